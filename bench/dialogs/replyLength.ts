/**
 * How much the citizen has to read per bot turn: bubbles and words. A turn that answers two questions
 * and then asks one still has to fit a phone screen, so a longer answer must not pass the scorer
 * unnoticed (issue 10, round 49). Pure.
 */
import type { PlayedTurn } from './score';

/**
 * About what a phone screen shows at once in the chat client (390 × 844 CSS pixels, 16 px type, bubbles
 * with their margins): a turn above this makes the citizen scroll before they reach the bot's question.
 */
export const LONG_TURN_WORDS = 100;

/** Words as a reader counts them: runs between spaces that hold a letter or digit (a number, a link, "0800-2000"). */
export function wordsOf(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** The words of each bot turn, every bubble of the turn together. */
export function wordsPerTurn(played: readonly PlayedTurn[]): number[] {
  return played.map((turn) => turn.replies.reduce((n, reply) => n + wordsOf(reply.text), 0));
}

export interface LengthFigures {
  turns: number;
  bubbles: number;
  words: number;
  medianWords: number | null;
  maxWords: number | null;
  /** Turns above LONG_TURN_WORDS. */
  longTurns: number;
}

/** Reply length summed over conversations (each given as its bubbles and words per turn). */
export function lengthFigures(conversations: readonly { bubbles: readonly number[]; words: readonly number[] }[]): LengthFigures {
  const words = conversations.flatMap((c) => c.words);
  const sorted = [...words].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length === 0 ? null : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    turns: words.length,
    bubbles: conversations.reduce((n, c) => n + c.bubbles.reduce((m, b) => m + b, 0), 0),
    words: words.reduce((n, w) => n + w, 0),
    medianWords: median,
    maxWords: sorted.length === 0 ? null : sorted[sorted.length - 1]!,
    longTurns: words.filter((w) => w > LONG_TURN_WORDS).length,
  };
}
