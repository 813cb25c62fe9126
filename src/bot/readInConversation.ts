/**
 * Which messages the screen's unsure reading is checked against their conversation before the
 * danger question is asked (src/safety/turnContext.ts decides what the conversation changes; this
 * says which turns it may look at). Pure: the bot edge passes what it knows of the turn.
 */
import type { UnderstandingContext } from '../understanding/understanding';
import { letterWordCount } from '../nlu/text/letterWords';
import { opensWithPlainNo } from '../safety/dangerAnswer';
import { NOW_EVENT_REASON } from '../safety/screen';

export interface TurnSoFar {
  /** What the bot asked for last ("dangerCheck": the danger question itself). */
  awaiting: UnderstandingContext['awaiting'];
  /** The story has been heard: the guidance was given, or the direct danger question asked. */
  heard: boolean;
  /** The screen's reasons for this message read alone. */
  reasons: readonly string[];
}

/**
 * A turn that answers the bot's own question for a fact, asks something, or is a few words only:
 * read alone, such turns filled most of the unsure band in conversations. A longer statement is read
 * in its conversation too. After the story was heard (the guidance given or the danger question
 * asked), one the screen reads as happening at this moment ("nu komen er steeds andere mannen
 * binnen", see TOLD_NOW) keeps its question; a counsellor who asked, or gave the guidance, does not ask again at every other detail
 * that follows (on the dialog tuning sets most such questions came after the guidance, on turns with
 * no danger told). While the story is still being told (`tellsTheStory`), the welcome has just asked
 * "is someone in danger now? call 112", and the story's "nu" is most often its own present ("eerst
 * kreeg ik er geld voor, nu zegt hij dat ik hem iets schuldig ben"): a first account that names no
 * danger and nobody held or hurt, and that the model reads under its acute threshold, gets the
 * story's follow-up, not the question again (calm30). What the model reads over it keeps the
 * question, and a message the conversation cannot explain away keeps it anyway (unreadable words, a
 * danger named, someone held or hurt, a danger for today: see assessTurn).
 */
export function readInConversation(text: string, turn: TurnSoFar): boolean {
  if (isAside(text, turn) || !turn.heard) return true;
  // A "now" after a plain "no" is most often the answer ("nee nu is ze er niet"): read in the
  // conversation like any detail, which keeps a danger named in it (calm32; calm30 for the question asked).
  return !turn.reasons.includes(TOLD_NOW) || opensWithPlainNo(text);
}

/** An answer to the bot's question for a fact, a question, or a few words only. */
function isAside(text: string, turn: TurnSoFar): boolean {
  if (turn.awaiting !== null && turn.awaiting !== undefined && turn.awaiting !== 'dangerCheck') return true;
  return text.includes('?') || letterWordCount(text) <= 4;
}

/**
 * A longer statement before the story was heard: the first account of the worry, which the screen
 * reads in its conversation with the model's own doubt kept (SafetyScreen `inConversation`,
 * `storyUntold`).
 */
export function tellsTheStory(text: string, turn: TurnSoFar): boolean {
  return !turn.heard && !isAside(text, turn);
}

/**
 * The screen's reason for a message that says what happens at this moment ("nu komen er steeds andere
 * mannen binnen", "right now"): not a "now" that only says where a debt, pay or papers stand ("nu
 * zeggen ze dat hij 40.000 euro schuldig is"), nor "nog" or "just" alone (screen.ts
 * `tellsNowOfAnEvent`, calm32). Those are read in their conversation as any other later detail.
 */
const TOLD_NOW = NOW_EVENT_REASON;
