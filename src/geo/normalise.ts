/**
 * How place names and free text are made comparable. The same functions build the index (from the
 * data file), read a citizen's message and, in the data build script, decide which names are also
 * ordinary words: one definition, so a name found at build time is found at run time.
 *
 * A text is cut into word parts: letters and digits, joined by apostrophes ("r'dam" is one part),
 * split at hyphens and everything else ("Noord-Beveland" is two). Each part is folded: lower case,
 * no diacritics, no apostrophes, and the few letters Unicode does not decompose spelled out.
 */
import { withoutMarks } from './transliterate';
import { hasNonAscii, isWide, patternFor } from '../wideText';

/** One word part of a text, with its place in the original string. */
export interface WordPart {
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset just past the last character in the original text. */
  readonly end: number;
  /** Folded form: lower case, no diacritics, no apostrophes. */
  readonly key: string;
  /** The first letter is a capital in the original text. */
  readonly capitalised: boolean;
  /**
   * The text between the previous part and this one is only spaces or hyphens (no line break, no
   * punctuation), so a multi-word name may run across it.
   */
  readonly joined: boolean;
}

const PART_RE = /[\p{L}\p{N}]+(?:['’`´][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’`´]/g;
// Letters that NFKD leaves alone but people type without the mark.
const SPELLED: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };
const SPELLED_RE = /[ßøłđðæœıþ]/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Folds one word part: "Súdwest" → "sudwest", "R'dam" → "rdam", "Łódź" → "lodz". */
function isAsciiWord(part: string): boolean {
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return part.length > 0;
}

/** Only spaces, tabs, no-break spaces or hyphens between two offsets (and at least one). */
function isJoinableGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 45) return false;
  }
  return true;
}

export function foldPart(part: string): string {
  // Plain loops rather than patterns: both run for every word of every message.
  if (isAsciiWord(part)) return part.toLowerCase();
  return withoutMarks(part)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(SPELLED_RE, (c) => SPELLED[c] ?? c);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * `wordParts` of text without a character beyond ASCII, by a loop instead of the pattern: a run of
 * letters and digits, joined by an apostrophe or backtick before another (`PART_RE`); its key is
 * its lower case without them (`foldPart`: nothing to decompose or spell out in ASCII).
 */
function asciiWordParts(text: string): WordPart[] {
  const parts: WordPart[] = [];
  const n = text.length;
  let previousEnd = -1;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isAsciiAlnum(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    let joinedByMark = false;
    for (;;) {
      if (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
      else if (j + 1 < n && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 96) && isAsciiAlnum(text.charCodeAt(j + 1))) {
        joinedByMark = true;
        j += 2;
      } else break;
    }
    const lower = text.slice(i, j).toLowerCase();
    parts.push({
      start: i,
      end: j,
      key: joinedByMark ? lower.replace(APOSTROPHES, '') : lower,
      capitalised: code >= 65 && code <= 90,
      joined: previousEnd >= 0 && isJoinableGap(text, previousEnd, i),
    });
    previousEnd = j;
    i = j;
  }
  return parts;
}

/** The word parts of a text, in order, in time linear in its length. */
export function wordParts(text: string): WordPart[] {
  // Most chat is plain ASCII: its parts are found by a loop over the characters, without the pattern.
  if (!hasNonAscii(text)) return asciiWordParts(text);
  const parts: WordPart[] = [];
  let previousEnd = -1;
  // exec in place rather than matchAll, which copies the pattern on every call (this runs on every message);
  // on text beyond Latin-1 the pattern's twin that tries ASCII first (wideText.ts).
  const pattern = patternFor(PART_RE, isWide(text));
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const code = raw.charCodeAt(0);
    parts.push({
      start,
      end: start + raw.length,
      key: foldPart(raw),
      // ASCII answered without a new string; the same test as comparing the letter with its lower case.
      capitalised: code < 128 ? code >= 65 && code <= 90 : raw.charAt(0) !== raw.charAt(0).toLowerCase(),
      joined: previousEnd >= 0 && isJoinableGap(text, previousEnd, start),
    });
    previousEnd = start + raw.length;
  }
  return parts;
}

/**
 * The folded key of a name: its parts joined by single spaces ("'s-Gravenhage" → "s gravenhage").
 * Same result as folding each of `wordParts(name)`, done on the whole string at once because the
 * index folds some 40,000 names at start-up.
 */
export function nameKey(name: string): string {
  return foldPart(name)
    .split(NON_WORD)
    .filter((w) => w !== '')
    .join(' ');
}

/**
 * Every key under which a name is found: the name itself, the name written as one word ("den
 * haag" → "denhaag"), and, for the old genitive "'s-"/"'t" prefixes, the name without it
 * ("'s-Hertogenbosch" → "hertogenbosch"), since people drop it.
 */
export function nameVariants(name: string): string[] {
  const key = nameKey(name);
  if (key === '') return [];
  const variants = new Set([key]);
  const words = key.split(' ');
  if (words.length > 1) variants.add(words.join(''));
  if (words.length > 1 && (words[0] === 's' || words[0] === 't')) {
    const rest = words.slice(1);
    variants.add(rest.join(' '));
    variants.add(rest.join(''));
  }
  return [...variants];
}
