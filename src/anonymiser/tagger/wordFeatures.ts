/**
 * The features of the span tagger: for each word of a message, a few numbers (hashed feature
 * names) that describe its form and its place, never the word itself unless a dictionary knows it.
 * A name the lists lack then still looks like a name by its shape, its letters, its position and
 * the words around it ("heet", "named", "mijn baas", "werkt bij"), in any language.
 *
 * Each position's features are read again by its neighbours through the model's slots (two words
 * before to two words after), so a word's features are computed once per message.
 */
import { tokenFacts } from '../detectors/names';
import type { Token } from '../types';

/** Feature families: each hashes its value with its own seed, so "shape=x" and "word=x" differ. */
const Family = {
  Shape: 1,
  Length: 2,
  Word: 3,
  Suffix2: 4,
  Suffix3: 5,
  Fact: 6,
  GapBefore: 7,
  GapAfter: 8,
  StartCap: 9,
  Place: 10,
  Script: 11,
  Padding: 12,
  CapMidSentence: 13,
  Prefix2: 14,
} as const;

/** 32-bit FNV-1a of a family and a string: the feature's id, stable across runs and machines. */
export function featureHash(family: number, value: string): number {
  let h = (0x811c9dc5 ^ family) >>> 0;
  h = Math.imul(h, 0x01000193) >>> 0;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function intHash(family: number, value: number): number {
  return featureHash(family, String(value));
}

/** The ids the slots of a position beyond the message's ends read: "nothing before", "nothing after". */
export const PAD_BEFORE = featureHash(Family.Padding, '^');
export const PAD_AFTER = featureHash(Family.Padding, '$');

/** Fact bits (names.ts) that make a word worth knowing as itself: words of a dictionary, cues, particles. */
const KNOWN_WORD_BITS = (1 << 2) | (1 << 3) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 19) | (1 << 22);
const FACT_BITS = 29;
const FACT_IDS: readonly number[] = Array.from({ length: FACT_BITS }, (_, bit) => intHash(Family.Fact, bit));
/** The Length feature's ids by the length class (0 to 9) a word's key falls in, hashed once. */
const LENGTH_IDS: readonly number[] = Array.from({ length: 10 }, (_, n) => intHash(Family.Length, n));
const CAP_MID = featureHash(Family.CapMidSentence, '1');
const IN_PLACE = featureHash(Family.Place, '1');

/** A word's shape: X upper, x lower, a a letter without case, d digit, other marks as written; runs collapsed. */
export function shapeOf(word: string): string {
  if (isAsciiLetters(word)) return asciiShapeOf(word);
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 6; i++) {
    const ch = word[i]!;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== lower) c = 'X';
    else if (ch !== upper) c = 'x';
    else if (/\p{L}/u.test(ch)) c = 'a';
    else c = ch === '’' ? "'" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** The classes `gapClass` writes, in the order of their numbers in `gapCode` (1 to 13). */
const GAP_CLASSES = 'n.,:()"d@/-&o';
/** The quotes beyond ASCII that `gapClass` reads as '"'. */
const WIDE_QUOTES: ReadonlySet<number> = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb, 0x201e]);

/** The class of one character between two words (as `gapClass` names it), 1 to 13; 0 for a space it skips. */
function gapClassNumber(code: number): number {
  if (code === 32 || code === 9 || code === 0xa0) return 0;
  if (code === 10 || code === 13) return 1;
  if (code === 46 || code === 33 || code === 63 || code === 0x2026) return 2;
  if (code === 44 || code === 59) return 3;
  if (code === 58) return 4;
  if (code === 40 || code === 91) return 5;
  if (code === 41 || code === 93) return 6;
  if (code === 34 || code === 39 || (code > 127 && WIDE_QUOTES.has(code))) return 7;
  if (code >= 48 && code <= 57) return 8;
  if (code === 64 || code === 35) return 9;
  if (code === 47 || code === 92) return 10;
  if (code === 45 || code === 0x2013 || code === 0x2014) return 11;
  if (code === 38 || code === 43) return 12;
  return 13;
}

/**
 * `gapClass` as a number, four bits a class (first class highest), without building the string:
 * the tagger reads it for every word of a message and keys its rows by it. `gapClassOfCode`
 * turns it back into the string.
 */
export function gapCode(text: string, from: number, to: number): number {
  let out = 0;
  let length = 0;
  let last = 0;
  for (let i = from; i < to && length < 4; i++) {
    const c = gapClassNumber(text.charCodeAt(i));
    if (c === 0) continue;
    if (c !== last) {
      out = (out << 4) | c;
      length++;
    }
    last = c;
  }
  return out;
}

/** The class string of a `gapCode`. */
export function gapClassOfCode(code: number): string {
  let out = '';
  for (let c = code; c !== 0; c >>>= 4) out = GAP_CLASSES[(c & 15) - 1]! + out;
  return out;
}

/** Whether a `gapCode` ends a sentence (its last class is ".", ":" or a line break), as `SENTENCE_GAP` reads the string. */
export function gapEndsSentence(code: number): boolean {
  const last = code & 15;
  return last === 1 || last === 2 || last === 4;
}

/** Whether every character of `word` is an ASCII letter: most words of chat, whose shape needs no case mapping. */
function isAsciiLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) | 32;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** `shapeOf` of a word of ASCII letters only: X for A-Z, x for a-z, runs collapsed, at most six. */
function asciiShapeOf(word: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < word.length && out.length < 6; i++) {
    const code = word.charCodeAt(i);
    const upper = code <= 90 ? 1 : 2;
    if (upper !== last) out += upper === 1 ? 'X' : 'x';
    last = upper;
  }
  return out;
}

/** The characters between two words, as a short class string: ". , : ( ) \" d @ / - n o" (`gapCode`'s classes). */
export function gapClass(text: string, from: number, to: number): string {
  return gapClassOfCode(gapCode(text, from, to));
}

function scriptOf(word: string): string | undefined {
  const code = word.charCodeAt(0);
  if (code < 0x250) return undefined;
  if (code >= 0x370 && code < 0x400) return 'greek';
  if (code >= 0x400 && code < 0x530) return 'cyrillic';
  if (code >= 0x590 && code < 0x600) return 'hebrew';
  if (code >= 0x600 && code < 0x780) return 'arabic';
  if (code >= 0x0e00 && code < 0x0e80) return 'thai';
  if (code >= 0x1100 && code < 0x1200) return 'hangul';
  if (code >= 0x1200 && code < 0x13a0) return 'ethiopic';
  if (code >= 0x3040 && code < 0xa000) return 'cjk';
  if (code >= 0xac00 && code < 0xd7b0) return 'hangul';
  return 'other';
}

const SENTENCE_GAP = /[.:n]$/;

/** The ids of what a word is by itself (shape, length, letters, the lists' facts, script): the same wherever it stands. */
export function wordFeatureIds(t: Token, f: number): number[] {
  const ids: number[] = [];
  ids.push(featureHash(Family.Shape, shapeOf(t.text)));
  ids.push(LENGTH_IDS[t.key.length < 4 ? t.key.length : t.key.length < 6 ? 5 : t.key.length < 9 ? 8 : 9]!);
  if ((f & KNOWN_WORD_BITS) !== 0) ids.push(featureHash(Family.Word, t.key));
  if (t.key.length >= 4) ids.push(featureHash(Family.Suffix3, t.key.slice(-3)), featureHash(Family.Prefix2, t.key.slice(0, 2)));
  if (t.key.length >= 3) ids.push(featureHash(Family.Suffix2, t.key.slice(-2)));
  for (let bit = 0; bit < FACT_BITS; bit++) if ((f & (1 << bit)) !== 0) ids.push(FACT_IDS[bit]!);
  const script = scriptOf(t.text);
  if (script !== undefined) ids.push(featureHash(Family.Script, script));
  return ids;
}

/** The ids of where the word at `i` stands: the marks around it, whether it opens a sentence, a place detector's find. */
export function placeFeatureIds(text: string, tokens: readonly Token[], i: number, placeStarts: ReadonlySet<number>): number[] {
  const t = tokens[i]!;
  const before = i === 0 ? '^' + gapClass(text, 0, t.start) : gapClass(text, tokens[i - 1]!.end, t.start);
  const after = i === tokens.length - 1 ? gapClass(text, t.end, text.length) + '$' : gapClass(text, t.end, tokens[i + 1]!.start);
  const ids = [gapBeforeId(before), gapAfterId(after)];
  const opens = i === 0 || SENTENCE_GAP.test(before);
  const shape = shapeOf(t.text.slice(0, 2));
  ids.push(startCapId(opens, shape));
  if (shape[0] === 'X' && !opens) ids.push(CAP_MID);
  if (placeStarts.has(t.start)) ids.push(IN_PLACE);
  return ids;
}

/**
 * The shape of a word's first two letters (`shapeOf(word.slice(0, 2))`) as a number when both are
 * ASCII letters (1 upper, 2 lower, four bits each, runs collapsed as `shapeOf` does); -1 otherwise,
 * where the caller asks `shapeOf`.
 */
export function asciiOpeningShape(word: string): number {
  const first = word.charCodeAt(0);
  const a = first >= 65 && first <= 90 ? 1 : first >= 97 && first <= 122 ? 2 : 0;
  if (a === 0) return -1;
  if (word.length === 1) return a;
  const second = word.charCodeAt(1);
  const b = second >= 65 && second <= 90 ? 1 : second >= 97 && second <= 122 ? 2 : 0;
  if (b === 0) return -1;
  return b === a ? a : (a << 4) | b;
}

/** The string `shapeOf` gives for an `asciiOpeningShape`. */
export function openingShapeOfCode(code: number): string {
  let out = '';
  for (let c = code; c !== 0; c >>>= 4) out = ((c & 15) === 1 ? 'X' : 'x') + out;
  return out;
}

/** The id of the StartCap feature: whether the word opens a sentence and the shape of its first two letters. */
export function startCapId(opens: boolean, openingShape: string): number {
  return featureHash(Family.StartCap, `${opens ? 's' : 'm'}${openingShape.slice(0, 2)}`);
}

/** The ids of the marks before and after a word (`gapClass`, with "^" and "$" at the message's ends). */
export function gapBeforeId(before: string): number {
  return featureHash(Family.GapBefore, before);
}

export function gapAfterId(after: string): number {
  return featureHash(Family.GapAfter, after);
}

/** The ids of a capital inside a sentence and of a word a place detector found. */
export { CAP_MID as CAP_MID_ID, IN_PLACE as IN_PLACE_ID };

/**
 * The feature ids of each word of `text` (`tokens` are its words; `placeStarts` the starts of the
 * words a place detector found): what each word is and where it stands.
 */
export function positionFeatures(text: string, tokens: readonly Token[], placeStarts: ReadonlySet<number>): number[][] {
  const facts = tokenFacts(tokens);
  return tokens.map((t, i) => [...wordFeatureIds(t, facts[i]!), ...placeFeatureIds(text, tokens, i, placeStarts)]);
}
