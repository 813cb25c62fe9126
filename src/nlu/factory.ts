/**
 * Builds the configured recognizer: the local one, or LUIS / CLU with the local one as silent
 * fallback. The composition root calls this once at start-up; the safety screen built here (or
 * passed in) is the one the understander uses, so the trained models are loaded once.
 */
import { SafetyScreen } from '../safety/screen';
import { firstLooker } from '../understanding/firstLook';
import { CluRecognizer, type CluOptions } from './clu/cluRecognizer';
import { FallbackRecognizer, type WarnLogger } from './fallback';
import { createLocalRecognizer, type LocalRecognizer } from './local/localRecognizer';
import type { LuisOptions } from './luis/luisRecognizer';
import type { Recognizer } from './recognizer';

export type RecognizerSettings = { kind: 'local' } | { kind: 'luis'; luis: LuisOptions } | { kind: 'clu'; clu: CluOptions };

export interface BuiltRecognizer {
  recognizer: Recognizer;
  local: LocalRecognizer;
  screen: SafetyScreen;
}

export async function buildRecognizer(
  settings: RecognizerSettings,
  logger: WarnLogger,
  screen: SafetyScreen = new SafetyScreen(),
): Promise<BuiltRecognizer> {
  const local = createLocalRecognizer({ screen });
  const look = firstLooker(screen);
  switch (settings.kind) {
    case 'local':
      return { recognizer: local, local, screen };
    case 'luis': {
      // Loaded only when LUIS is configured: its client (@azure/cognitiveservices-luis-runtime and
      // @azure/ms-rest-js) costs about 18 MB of memory in every server that never calls it.
      const { LuisRecognizer } = await import('./luis/luisRecognizer');
      return { recognizer: new FallbackRecognizer(new LuisRecognizer(settings.luis, look), local, logger), local, screen };
    }
    case 'clu':
      return { recognizer: new FallbackRecognizer(new CluRecognizer(settings.clu, look), local, logger), local, screen };
  }
}
