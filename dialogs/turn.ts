import type { TurnContext } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import { said as saidOf, type Command, type Said } from './commands';
import type { Understanding, UnderstandingContext } from '../src/understanding/understanding';

export type Awaiting = NonNullable<UnderstandingContext['awaiting']>;

/** What the bot worked out about this turn before the dialogs run (kept in turn state). */
export interface TurnFacts {
  locale: Locale;
  text: string;
  /**
   * The one understanding of this message; dialogs read it, never the recognizer. A button label
   * or command word is a choice: its form and signals are cleared, and it describes nothing.
   */
  understanding: Understanding;
  /**
   * The command `text` is word for word (`exactCommand`), as the bot read it before the dialogs:
   * they take it from here instead of comparing the message with every command list again.
   * Absent: the dialogs read it themselves.
   */
  command?: Command | null;
  /**
   * `text` in plain words (commands.ts `said`), as the bot made it for the command check: the
   * dialogs' answer readings compare this one form. Absent: `saidIn` makes it from `text`.
   */
  said?: Said;
  conversationCode: string | null;
  /** The citizen told their story in another language before this message (the bot answered with the interpreter line). */
  storyInOtherLanguage?: boolean;
  /**
   * The lines the bot edge already named in this turn before the dialogs ran (the danger reply, "is
   * the danger still there? call 112"): not said twice in one turn.
   */
  linesNamed?: { emergency: boolean; suicide: boolean };
  /**
   * Danger told in this conversation still calls for 112 among the routes (see the bot's
   * emergencyInView): false after "no one is in danger now" or a tentative reading not borne out.
   * Absent: as the triage summary says.
   */
  emergencyInView?: boolean;
  /**
   * The danger in view is thoughts of suicide alone: no danger from others was read with them (the
   * bot's DangerView.onlySuicidal). The police question is then answered with 113, not 112 for danger from others.
   */
  onlySuicidalInView?: boolean;
  /**
   * The bot's last turn asked whether anyone is in danger now in other words than the danger
   * question (its danger reply, or its line for a message in a language it cannot read): this
   * message answers it, and the question is not asked again in this turn.
   */
  dangerAskedJustBefore?: boolean;
  /** What the bot just asked for, so the next message ("15", "in Tiel", "ja") is read as its answer. */
  expect(awaiting: Awaiting | null): void;
  /** The dialog gave the guidance: the story has been heard (see HelplineBot, reading a message in its conversation). */
  heard?(): void;
  /**
   * The wording to say now of a line the conversation may need more than once (src/bot/saidAgain.ts:
   * "no counsellor is chatting now" asked for again): another one than the last time. Absent: the key as it is.
   */
  reword?(key: string): string;
}

const KEY = Symbol('helpline.turnFacts');

/** The message of the turn in plain words: the bot's, or made here when it set none. */
export function saidIn(facts: Pick<TurnFacts, 'text' | 'said'>): Said {
  return facts.said ?? saidOf(facts.text);
}

export function setTurnFacts(context: TurnContext, facts: TurnFacts): void {
  context.turnState.set(KEY, facts);
}

/** The turn facts when the bot set them (a desk or a notifier may also run outside a citizen's turn). */
export function turnFactsIfAny(context: TurnContext): TurnFacts | undefined {
  return context.turnState.get(KEY) as TurnFacts | undefined;
}

export function turnFacts(context: TurnContext): TurnFacts {
  const facts = context.turnState.get(KEY) as TurnFacts | undefined;
  if (!facts) throw new Error('Turn facts are missing: the bot sets them before running dialogs.');
  return facts;
}
