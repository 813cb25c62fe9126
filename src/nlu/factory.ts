/**
 * Builds the configured recognizer: the local one, or LUIS / CLU with the local one as silent
 * fallback. The composition root calls this once at start-up (training takes a fraction of a second).
 */
import { CluRecognizer, type CluOptions } from './clu/cluRecognizer';
import { FallbackRecognizer, type WarnLogger } from './fallback';
import { createLocalRecognizer, type LocalRecognizer } from './local/localRecognizer';
import { LuisRecognizer, type LuisOptions } from './luis/luisRecognizer';
import type { Recognizer } from './recognizer';

export type RecognizerSettings = { kind: 'local' } | { kind: 'luis'; luis: LuisOptions } | { kind: 'clu'; clu: CluOptions };

export interface BuiltRecognizer {
  recognizer: Recognizer;
  local: LocalRecognizer;
}

export async function buildRecognizer(settings: RecognizerSettings, localesDir: string, logger: WarnLogger): Promise<BuiltRecognizer> {
  const local = await createLocalRecognizer({ localesDir });
  switch (settings.kind) {
    case 'local':
      return { recognizer: local, local };
    case 'luis':
      return { recognizer: new FallbackRecognizer(new LuisRecognizer(settings.luis), local, logger), local };
    case 'clu':
      return { recognizer: new FallbackRecognizer(new CluRecognizer(settings.clu), local, logger), local };
  }
}
