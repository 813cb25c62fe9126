/**
 * Which messages the screen's unsure reading is checked against their conversation before the
 * danger question is asked (src/safety/turnContext.ts decides what the conversation changes; this
 * says which turns it may look at). Pure: the bot edge passes what it knows of the turn.
 */
import type { UnderstandingContext } from '../understanding/understanding';
import { letterWordCount } from '../nlu/text/letterWords';

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
 * read alone, such turns filled most of the unsure band in conversations. A longer statement keeps
 * the danger question ("ze durft niet naar huis te gaan") while the story is still being told; once
 * it has been heard, a longer statement is read in its conversation too (a counsellor who asked, or
 * gave the guidance, does not ask again at every detail that follows: on the dialog tuning sets most
 * such questions came after the guidance, on turns with no danger told). What the screen reads as
 * happening now ("nu komen er steeds andere mannen binnen") keeps its question in every case, and a
 * message the conversation cannot explain away keeps it anyway (unreadable words, a danger named:
 * see assessTurn).
 */
export function readInConversation(text: string, turn: TurnSoFar): boolean {
  if (turn.awaiting !== null && turn.awaiting !== undefined && turn.awaiting !== 'dangerCheck') return true;
  if (text.includes('?')) return true;
  if (letterWordCount(text) <= 4) return true;
  return turn.heard && !turn.reasons.includes(TOLD_NOW);
}

/** The screen's reason for a message that says what happens now ("nu", "right now"). */
const TOLD_NOW = 'distance.now';
