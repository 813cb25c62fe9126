/**
 * What every feature is built from. The composition root (src/main.ts) makes these once; each
 * feature's wiring function takes them plus the few things it needs from features listed before it.
 */
import type { Clock, RandomSource } from '../clock';
import type { Config } from '../config';
import type { ConversationRegistry } from '../conversations/registry';
import type { WebHost } from '../http/webHost';
import type { Catalog } from '../i18n/catalog';
import type { Logger } from '../log';
import type { Store } from '../store/ports';

export interface AppParts {
  config: Config;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  store: Store;
  catalog: Catalog;
  /** Opens, finds and ends citizens' conversations, whatever channel they came in on. */
  conversations: ConversationRegistry;
  web: WebHost;
}

/** Repeats `task` every `everyMs` without keeping the process alive; returns how to stop it. */
export function every(everyMs: number, task: () => void): () => void {
  const timer = setInterval(task, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
