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
const CAP_MID = featureHash(Family.CapMidSentence, '1');
const IN_PLACE = featureHash(Family.Place, '1');

/** A word's shape: X upper, x lower, a a letter without case, d digit, other marks as written; runs collapsed. */
export function shapeOf(word: string): string {
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

/** The characters between two words, as a short class string: ". , : ( ) \" d @ / - n o". */
export function gapClass(text: string, from: number, to: number): string {
  let out = '';
  let last = '';
  for (let i = from; i < to && out.length < 4; i++) {
    const ch = text[i]!;
    let c: string;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') continue;
    if (ch === '\n' || ch === '\r') c = 'n';
    else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') c = '.';
    else if (ch === ',' || ch === ';') c = ',';
    else if (ch === ':') c = ':';
    else if (ch === '(' || ch === '[') c = '(';
    else if (ch === ')' || ch === ']') c = ')';
    else if ('"\'“”‘’«»„'.includes(ch)) c = '"';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch === '@' || ch === '#') c = '@';
    else if (ch === '/' || ch === '\\') c = '/';
    else if (ch === '-' || ch === '–' || ch === '—') c = '-';
    else if (ch === '&' || ch === '+') c = '&';
    else c = 'o';
    if (c !== last) out += c;
    last = c;
  }
  return out;
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
  ids.push(intHash(Family.Length, t.key.length < 4 ? t.key.length : t.key.length < 6 ? 5 : t.key.length < 9 ? 8 : 9));
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
  const ids = [featureHash(Family.GapBefore, before), featureHash(Family.GapAfter, after)];
  const opens = i === 0 || SENTENCE_GAP.test(before);
  const shape = shapeOf(t.text.slice(0, 2));
  ids.push(featureHash(Family.StartCap, `${opens ? 's' : 'm'}${shape.slice(0, 2)}`));
  if (shape[0] === 'X' && !opens) ids.push(CAP_MID);
  if (placeStarts.has(t.start)) ids.push(IN_PLACE);
  return ids;
}

/**
 * The feature ids of each word of `text` (`tokens` are its words; `placeStarts` the starts of the
 * words a place detector found): what each word is and where it stands.
 */
export function positionFeatures(text: string, tokens: readonly Token[], placeStarts: ReadonlySet<number>): number[][] {
  const facts = tokenFacts(tokens);
  return tokens.map((t, i) => [...wordFeatureIds(t, facts[i]!), ...placeFeatureIds(text, tokens, i, placeStarts)]);
}
