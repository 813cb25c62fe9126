import type { TurnContext } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';

/** How dialogs ask for a human: queue the chat (or explain why not) and tell the citizen. */
export interface CounsellorDesk {
  request(context: TurnContext, locale: Locale): Promise<void>;
  cancel(context: TurnContext, locale: Locale): Promise<void>;
  /** Leaves the queue without a word (the citizen stopped the whole conversation). */
  stopWaiting(context: TurnContext): Promise<void>;
}
