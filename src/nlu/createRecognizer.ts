import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../log';
import { createLocalRecognizer } from './local/localRecognizer';
import type { Recognizer } from './recognizer';

/**
 * Picks the recognizer from config. The local one is always built: it is the default and the
 * silent fallback of the cloud adapters.
 */
export async function createRecognizer(config: Config['recognizer'], deps: { root: string; logger: Logger }): Promise<Recognizer> {
  const local = await createLocalRecognizer({ localesDir: path.join(deps.root, 'locales') });
  deps.logger.info({ event: 'recognizer_ready', recognizer: local.name, trainingMs: local.trainingMs }, 'local recognizer trained');
  if (config.kind === 'local') return local;
  throw new Error(`Recognizer "${config.kind}" is not available in this build.`);
}
