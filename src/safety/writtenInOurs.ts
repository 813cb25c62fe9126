/**
 * Whether a message is written in Dutch or English by its words, whatever share of them the danger
 * model knows: half its words or more are frequent Dutch or English words (commonWords.ts); a Polish,
 * Romanian or Turkish message has few of those. A professional's opening with the names of the job
 * and the place ("Ik ben jeugdverpleegkundige bij het consultatiebureau") reads poorly by the model's
 * vocabulary alone and took the lower unsure threshold meant for other languages (safety18). The same measure as the screen's plain threshold
 * (screen.ts reads it from here, round 40) and of the turn rules that ask whether a later turn in the
 * unsure band names danger in a language the model reads well.
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
