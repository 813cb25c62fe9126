/**
 * Whether a message is written in Dutch or English by its words, whatever share of them the danger
 * model knows: half its words or more are frequent Dutch or English words (commonWords.ts); a Polish,
 * Romanian or Turkish message has few of those. The same measure as the screen's plain threshold
 * (screen.ts `inDutchOrEnglish`), kept out of screen.ts so that a turn rule using it changes no model
 * source (src/nlu/model/sources.ts); screen.ts can take it from here at the next retraining.
 */
import type { ReadMessage } from '../nlu/model/reader';
import { isBoundary } from '../nlu/text/analyse';
import { COMMON_DUTCH, COMMON_ENGLISH } from './commonWords';

const COMMON_WORDS: ReadonlySet<string> = new Set([...COMMON_DUTCH, ...COMMON_ENGLISH]);

/** The share of a message's words that are frequent Dutch or English words, from which it is taken as written in one of them. */
const COMMON_SHARE = 0.5;

/** Up to this many words a message says too little to tell its language by. */
const SHORT_WORDS = 4;

export function writtenInDutchOrEnglish(read: ReadMessage): boolean {
  const words = read.analysis.written.filter((t) => !isBoundary(t));
  return words.length > SHORT_WORDS && words.filter((w) => COMMON_WORDS.has(w.toLowerCase())).length >= COMMON_SHARE * words.length;
}
