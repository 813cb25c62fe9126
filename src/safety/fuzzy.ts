/**
 * Typo tolerance: one insertion, deletion or substitution, only for words of five letters or more
 * (shorter words collide with other real words too often) and only when the first letter agrees
 * (people rarely mistype the first letter). Real words that sit one edit away from a danger word
 * are listed in NEAR_MISSES or commonWords.ts so they never match ("vermoed" is not "vermoord").
 */
import { COMMON_DUTCH, COMMON_ENGLISH } from './commonWords';
import { skeleton } from './normalise';

export const FUZZY_MIN_LENGTH = 5;

/** Stems of ordinary words one edit away from lexicon words; a token starting with one never fuzzy-matches. */
const NEAR_MISS_WORDS: readonly string[] = [
  'vermoed',
  'schept',
  'cooking',
  'betting',
  'hinting',
  'staat',
  'staan',
  'slapen',
  'steken',
  'wacht',
  'geslaagd',
  'bedankt',
  'bezocht',
  'verwacht',
  'verkocht',
  'gevangenis',
  'killer',
  'helper',
];
const NEAR_MISSES = NEAR_MISS_WORDS.map(skeleton);

const COMMON = new Set([...COMMON_DUTCH, ...COMMON_ENGLISH].map(skeleton));

/** Ordinary words, and words starting with a near-miss stem, are never read as typos. */
export function isNearMiss(token: string): boolean {
  return COMMON.has(token) || NEAR_MISSES.some((stem) => token.startsWith(stem));
}

/** True when `a` and `b` differ by at most one edit. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < la && j < lb) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (la > lb) i++;
    else if (lb > la) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (la - i) + (lb - j) <= 1;
}

/** Does token skeleton `token` count as a typo of lexicon skeleton `word`? */
export function fuzzyEquals(token: string, word: string): boolean {
  if (token === word) return true;
  if (token.length < FUZZY_MIN_LENGTH || word.length < FUZZY_MIN_LENGTH) return false;
  if (token[0] !== word[0]) return false;
  if (isNearMiss(token)) return false;
  return withinOneEdit(token, word);
}

/** Prefix match for stems ("vermoord*"), allowing one edit inside the stem for long stems. */
export function fuzzyPrefix(token: string, stem: string, fuzzy: boolean): boolean {
  if (token.startsWith(stem)) return true;
  if (!fuzzy || stem.length < FUZZY_MIN_LENGTH || token[0] !== stem[0] || isNearMiss(token)) return false;
  return typoInPrefix(token, stem);
}

/** Whether the token starts with `stem` written with one edit (the checks of `fuzzyPrefix` left to the caller). */
export function typoInPrefix(token: string, stem: string): boolean {
  for (let cut = stem.length - 1; cut <= stem.length + 1; cut++) {
    if (cut <= token.length && withinOneEdit(token.slice(0, cut), stem)) return true;
  }
  return false;
}
