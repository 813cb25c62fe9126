import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Locale } from '../i18n/catalog';
import { toLocale } from '../i18n/catalog';
import type { EarlierTurn } from '../safety/turnContext';
import type { QuestionTopic, UnderstandingContext } from '../understanding/understanding';
import type { DangerView } from './dangerInView';
import type { LanguageState } from './languagePolicy';
import type { SaidCounts } from './saidAgain';

/** What the bot remembers about one conversation between turns (kept in bot state). */
export interface Session {
  locale: Locale;
  welcomed: boolean;
  /** What the last bot turn asked for, so the next message can be read as its answer. */
  awaiting?: UnderstandingContext['awaiting'];
  /** A one-word message pointed to this language (see languagePolicy). */
  leaning?: Locale | null;
  /** Citizen messages read so far. */
  messages?: number;
  /** The last citizen message was screened as acute danger. */
  lastAcute?: boolean;
  /** The last citizen message was screened as suicidal thoughts. */
  lastSuicidal?: boolean;
  /** The last bot turn asked whether the danger is still there (the still-now line): "nee" answers it. */
  askedStillNow?: boolean;
  /**
   * The last bot turn asked whether anyone is in danger now in other words than the danger question:
   * its danger reply ("Is er nu gevaar? Bel meteen 112.") or its line for a language it cannot read.
   */
  askedDangerNow?: boolean;
  /** The last citizen message went on about danger (see talksOfDanger): the next turn may still name 112. */
  talkedOfDanger?: boolean;
  /** Danger told in this conversation that every bot turn keeps in view (see dangerInView). */
  danger?: DangerView;
  /**
   * The story has been heard: the guidance was given, or the direct danger question asked. From then
   * on a longer message the screen is unsure of is read in its conversation too (see HelplineBot).
   */
  heard?: boolean;
  /** The last citizen message was in a language other than Dutch and English. */
  lastOther?: boolean;
  /** A story (six words or more) was told in a language other than Dutch and English. */
  storyInOther?: boolean;
  /** Where to go (the routes in English and Dutch) was given to a citizen writing in another language. */
  numbersGiven?: boolean;
  /** The own questions answered in English and Dutch to messages in another language: asked again, a shorter answer. */
  answeredUnread?: QuestionTopic[];
  /** The consequences (dialogs/ownAnswers.ts `consequenceKeys`) answered in those replies: one named again gets the answer that adds something. */
  consequencesSaidUnread?: string[];
  /** Replies to messages in another language so far (the interpreter line is said in full once, then shorter). */
  otherLines?: number;
  /** Danger replies so far while danger stayed in view (the first in full, later ones shorter). */
  dangerReplies?: number;
  /** How often each line with other wordings was said (see saidAgain): the next time in other words. */
  said?: SaidCounts;
  /** Short hashes of the bot's texts shown so far, never the texts (see shownAgain): not shown word for word again. */
  shown?: string[];
  /**
   * The danger screen's level and score of the latest citizen messages, oldest first (no text), so
   * the next message is read in its conversation (src/safety/turnContext.ts). At most
   * EARLIER_TURNS_KEPT: the rule looks at whether there were earlier turns, not at old ones.
   */
  earlier?: EarlierTurn[];
}

export const EARLIER_TURNS_KEPT = 8;

/** The session's earlier turns with this message's reading added (the oldest dropped past the limit). */
export function withTurn(earlier: readonly EarlierTurn[] | undefined, turn: EarlierTurn): EarlierTurn[] {
  return [...(earlier ?? []), turn].slice(-EARLIER_TURNS_KEPT);
}

/** Reads the session, initialising the locale from the channel's locale on first use. */
export async function loadSession(accessor: StatePropertyAccessor<Session>, context: TurnContext, fallback: Locale): Promise<Session> {
  return accessor.get(context, { locale: toLocale(context.activity.locale, fallback), welcomed: false });
}

export function languageState(session: Session): LanguageState {
  return { locale: session.locale, leaning: session.leaning ?? null, messages: session.messages ?? 0 };
}
