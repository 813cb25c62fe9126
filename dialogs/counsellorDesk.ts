import type { TurnContext } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';

/** How dialogs ask for a human: queue the chat (or explain why not) and tell the citizen. */
export interface CounsellorDesk {
  request(context: TurnContext, locale: Locale): Promise<void>;
  cancel(context: TurnContext, locale: Locale): Promise<void>;
  /**
   * Whether a counsellor could take the chat now (within opening hours): a question the bot cannot
   * answer offers the chat then, and the phone line outside them.
   */
  chatOpen(): boolean;
  /** Leaves the queue without a word (the citizen stopped the whole conversation). */
  stopWaiting(context: TurnContext): Promise<void>;
}
