/** Text helpers shared by the detectors. All of them keep offsets into the original string. */
import { RECENT_TEXTS, activeMemo } from './runMemo';
import type { Token } from './types';
import { hasNonAscii, isWide, patternFor } from '../wideText';
import { DIGIT, WIDE, hasAny } from './textShape';

const SPECIAL_FOLDS: Record<string, string> = { ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', ı: 'i', ß: 's' };

function foldChar(ch: string): string {
  const special = SPECIAL_FOLDS[ch];
  let base = special ?? ch.normalize('NFD')[0]!.toLowerCase();
  if (base.length !== ch.length) base = ch.length === 1 ? ch.toLowerCase().slice(0, 1) : ch;
  return base;
}

/** Folded forms of U+0000 to U+04FF (Latin, Greek, Cyrillic), computed once: folding is on every path. */
const FOLD_TABLE: readonly string[] = Array.from({ length: 0x500 }, (_, code) => foldChar(String.fromCharCode(code)));

/** Lower case without diacritics, one output unit per input unit so offsets stay valid. */
export function fold(text: string): string {
  // Most chat is plain ASCII, whose fold (FOLD_TABLE below) is its lower case: one native call.
  if (!hasNonAscii(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x500) {
      out += FOLD_TABLE[code]!;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      out += foldChar(text.slice(i, i + 2));
      i++;
    } else {
      out += foldChar(text[i]!);
    }
  }
  return out;
}

/**
 * Every match of a global pattern in `text`, in order, as `text.matchAll(pattern)` gives them.
 * matchAll copies the pattern on every call, which on a short chat message costs several times the
 * search itself; this runs the pattern in place and leaves its `lastIndex` at 0. Each caller gets
 * all matches before it reads the first, so a pattern may be used again while they are read.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // On text beyond Latin-1 the pattern's twin that tries ASCII first (wideText.ts): the same matches, found faster.
  const run = patternFor(pattern, isWideText(text));
  run.lastIndex = 0;
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole surrogate pair in a Unicode pattern), as matchAll does.
    if (m[0] === '') run.lastIndex = nextIndex(text, run.lastIndex, run.unicode || run.flags.includes('v'));
  }
  return out;
}

/**
 * Where each match of `allMatches` starts and ends. Pushed, not mapped: map's array is packed when the
 * builtin makes it and holey when optimised code does, and its readers were thrown away at each change.
 */
export function matchSpans(pattern: RegExp, text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of allMatches(pattern, text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * `pattern.test(text)` for a whole message, with the ASCII-first twin on text beyond Latin-1 (see
 * `allMatches`). A global or sticky pattern is tested as it is: its `lastIndex` is the caller's.
 */
export function testText(pattern: RegExp, text: string): boolean {
  if (pattern.global || pattern.sticky) return pattern.test(text);
  return patternFor(pattern, isWideText(text)).test(text);
}

/** `isWide` for the text being read, asked once per message and not once per pattern. */
export function isWideText(text: string): boolean {
  const memo = activeMemo();
  if (memo === undefined) return isWide(text);
  // The message's shape, when it is the text asked about; a part of it (a run, a span) is asked on its own.
  if (memo.shapeOf === text && memo.shape !== undefined) return (memo.shape.flags & WIDE) !== 0;
  if (memo.wideOf !== text) {
    memo.wide = isWide(text);
    memo.wideOf = text;
  }
  return memo.wide;
}

/**
 * `text.toLowerCase()`, worked out once per message: several gates ask whether a message holds one of
 * a case-blind pattern's words. Within a run the last text's is kept.
 */
export function lowerCase(text: string): string {
  const memo = activeMemo();
  if (memo === undefined) return text.toLowerCase();
  if (memo.lowerOf !== text) {
    memo.lower = text.toLowerCase();
    memo.lowerOf = text;
  }
  return memo.lower;
}

/**
 * Whether `lower` (a text in lower case) holds one of `words`. A gate before a pattern that ignores
 * case and needs one of these words as written: each character of a match is one the pattern reads
 * case-blind, whose lower case is one character, so the lower-case text holds the word's letters in
 * a row. Words whose letters "ſ" or the Kelvin sign may stand for (s, k) under a Unicode pattern do
 * not keep that promise and must not be asked so.
 */
export function includesAny(lower: string, words: readonly string[]): boolean {
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

/**
 * Whether `text` holds an ASCII digit (`/\d/`), asked once per message (textShape.ts): most
 * detectors of numbers and codes skip a message without one, and each asked it of the whole text.
 */
export function hasDigit(text: string): boolean {
  return hasAny(text, DIGIT);
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

export type { Token } from './types';

// Letters with inner apostrophes or hyphens ("El-Amrani", "O'Neill"); a trailing dot belongs to
// initials and abbreviations ("J.", "dhr."), handled by the callers.
// "'t" and "'s" are words of their own ("van 't Hof", "'s avonds").
const WORD = /['’][tsTS](?![\p{L}\p{M}])|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu;

/**
 * Tokens of a text. Within a run the last few texts' tokens are kept in the run's memo: the
 * detectors of one message each ask for them (between their questions, the name and memory code
 * tokenizes short spans), so a small cache turns several scans into one. Callers must not change
 * the array they get.
 */
export function tokenize(text: string): readonly Token[] {
  const memo = activeMemo();
  if (memo === undefined) return scan(text);
  const batch = memo.batchTokens;
  if (batch !== undefined) {
    // A detector asks several times of the text it reads: the last answer is checked before the map,
    // whose look-up of a message (hashing, then comparing it) cost more than the rest of this call.
    if (memo.lastTokenized === text && memo.lastTokenizedIn === batch) return memo.lastTokens;
    let tokens = batch.get(text);
    if (tokens === undefined) {
      tokens = scan(text);
      batch.set(text, tokens);
    }
    memo.lastTokenized = text;
    memo.lastTokenizedIn = batch;
    memo.lastTokens = tokens;
    return tokens;
  }
  for (let i = 0; i < RECENT_TEXTS; i++) if (memo.recentTexts[i] === text) return memo.recentTokens[i]!;
  const tokens = scan(text);
  memo.recentTexts[memo.nextSlot] = text;
  memo.recentTokens[memo.nextSlot] = tokens;
  memo.nextSlot = (memo.nextSlot + 1) % RECENT_TEXTS;
  return tokens;
}

/**
 * Trigger sets (the words a detector's pattern needs) each get one bit; `wordBits` holds, per word,
 * the bits of the sets it is in. A message's words are then looked up once for all sets, and each
 * detector's question ("does the message have one of my words?") is a bit test. These hold the
 * detectors' own words only, never a message's.
 *
 * The bits come in two numbers of 32 (`low`, `high`), read in one look-up per word: the detectors ask
 * of 44 sets, and with one number the twelve sets asked last were answered by a look-up per word of
 * the message at every call, about 10,000 calls a bench round (ADR 0002, round 50).
 */
interface WordBits {
  low: number;
  high: number;
}
const setBits = new Map<ReadonlySet<string>, number>();
const wordBits = new Map<string, WordBits>();
/** Sets that get a bit: two numbers of 32; the last bit of each is its sign bit, which `& bit` tests as well. */
const MAX_SETS = 64;
/** Raised when a set gets its bit: a message's bits computed before lack it. */
let setsKnown = 0;

/** The set's index: its bit is `1 << index` in `low` below 32, else `1 << (index - 32)` in `high`. */
function indexOf(words: ReadonlySet<string>): number | undefined {
  let index = setBits.get(words);
  if (index === undefined) {
    if (setBits.size >= MAX_SETS) return undefined;
    index = setBits.size;
    setBits.set(words, index);
    for (const w of words) {
      let bits = wordBits.get(w);
      if (bits === undefined) {
        bits = { low: 0, high: 0 };
        wordBits.set(w, bits);
      }
      if (index < 32) bits.low |= 1 << index;
      else bits.high |= 1 << (index - 32);
    }
    setsKnown++;
  }
  return index;
}

/** The bits of both numbers of a message's words, written into `into`. */
function bitsOfTokens(tokens: readonly Token[], into: WordBits): WordBits {
  let low = 0;
  let high = 0;
  for (const t of tokens) {
    const bits = wordBits.get(t.key);
    if (bits !== undefined) {
      low |= bits.low;
      high |= bits.high;
    }
  }
  into.low = low;
  into.high = high;
  return into;
}

/** Reused for each message's bits, which are copied out at once: only detectors' set bits, no word. */
const scratchBits: WordBits = { low: 0, high: 0 };

/** The bits of the message's words: one number of the two, picked by whether `index` is past 31. */
function messageBits(tokens: readonly Token[], index: number): number {
  const memo = activeMemo();
  if (memo === undefined) {
    const bits = bitsOfTokens(tokens, scratchBits);
    return index < 32 ? bits.low : bits.high;
  }
  if (tokens !== memo.bitsOf || memo.bitsSets !== setsKnown) {
    const bits = bitsOfTokens(tokens, scratchBits);
    memo.lastBits = bits.low;
    memo.lastBitsHigh = bits.high;
    memo.bitsOf = tokens;
    memo.bitsSets = setsKnown;
  }
  return index < 32 ? memo.lastBits : memo.lastBitsHigh;
}

/** True when any of `words` is among the folded words of `text`. */
export function mentionsAny(text: string, words: ReadonlySet<string>): boolean {
  const index = indexOf(words);
  const tokens = tokenize(text);
  if (index !== undefined) return (messageBits(tokens, index) & (1 << (index & 31))) !== 0;
  for (const t of tokens) if (words.has(t.key)) return true;
  return false;
}

/** The distinct first words (folded) of some phrases: the trigger set for a pattern that lists them. */
export function firstWords(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map((p) => fold(p).split(/[^\p{L}\p{M}'’-]+/u)[0]!).filter((w) => w !== ''));
}

function scan(text: string): Token[] {
  // Most chat is plain ASCII: its words are found by a loop over the characters, without the pattern.
  if (!hasNonAscii(text)) return scanAscii(text, text.toLowerCase());
  const folded = fold(text);
  const tokens: Token[] = [];
  for (const m of allMatches(WORD, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const key = folded.slice(start, end);
    tokens.push({ text: m[0], key: key.includes('’') ? key.replace(/’/g, "'") : key, start, end });
  }
  return tokens;
}

const LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * `/\p{Ll}/u.test(text)`: among ASCII characters only a-z are lower-case letters, so a loop answers
 * for ASCII and hands the text to the pattern at its first character beyond ASCII. Asked of every
 * message and of many words, where the pattern call cost more than the loop.
 */
export function hasLowerCaseLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    if (code > 0x7f) return LOWER_CASE_LETTER.test(text);
  }
  return false;
}

/**
 * A word without a capital ("güneş", "'t"): `/\p{Ll}/u.test(word) && word === word.toLowerCase()`,
 * read by a loop for an ASCII word (lower case changes only A-Z there) without a new string.
 */
export function isLowerCaseWord(word: string): boolean {
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code > 0x7f) return LOWER_CASE_LETTER.test(word) && word === word.toLowerCase();
    if (code >= 65 && code <= 90) return false;
    if (code >= 97 && code <= 122) lower = true;
  }
  return lower;
}

/** a-z, as a character code. */
export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** t, s, T or S. */
function isTOrS(code: number): boolean {
  return code === 116 || code === 115 || code === 84 || code === 83;
}

/**
 * `WORD` on text without a character beyond ASCII, where a letter is A-Z or a-z and no mark occurs:
 * a run of letters joined by an apostrophe or hyphen before a letter, or "'t" / "'s" (either case)
 * not followed by a letter. `lower` is the text in lower case, its fold.
 */
function scanAscii(text: string, lower: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isAsciiLetter(code)) {
      // Whether the word has a capital: one without is its own key, and gets no second string.
      let capital = code <= 90;
      let j = i + 1;
      for (;;) {
        const c = j < n ? text.charCodeAt(j) : 0;
        if (isAsciiLetter(c)) {
          if (c <= 90) capital = true;
          j++;
        } else if (j + 1 < n && (c === 39 || c === 45) && isAsciiLetter(text.charCodeAt(j + 1))) {
          if (text.charCodeAt(j + 1) <= 90) capital = true;
          j += 2;
        } else break;
      }
      const word = text.slice(i, j);
      tokens.push({ text: word, key: capital ? lower.slice(i, j) : word, start: i, end: j });
      i = j;
    } else if (code === 39 && i + 1 < n && isTOrS(text.charCodeAt(i + 1)) && !(i + 2 < n && isAsciiLetter(text.charCodeAt(i + 2)))) {
      tokens.push({ text: text.slice(i, i + 2), key: lower.slice(i, i + 2), start: i, end: i + 2 });
      i += 2;
    } else {
      i++;
    }
  }
  return tokens;
}

// ASCII fast paths: both run for every word of every message.
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if ((code >= 97 && code <= 122) || code < 65) return false;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
  }
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * True when `index` starts a sentence: only spaces, quotes or brackets stand between it and the
 * start of the text or a sentence end. Chat users also start a new thought after a dash or colon.
 */
// The characters ' \t\r\n\u00a0"\'“”‘’([*_' by their codes: asked of the characters before every word
// the names detector reads, where a set of one-character strings cost a string and a hash each.
function skippedBeforeSentence(code: number): boolean {
  switch (code) {
    case 0x20:
    case 0x09:
    case 0x0d:
    case 0x0a:
    case 0xa0:
    case 0x22:
    case 0x27:
    case 0x201c:
    case 0x201d:
    case 0x2018:
    case 0x2019:
    case 0x28:
    case 0x5b:
    case 0x2a:
    case 0x5f:
      return true;
    default:
      return false;
  }
}

/** '.!?…:;\n-–•' by their codes. */
function endsSentence(code: number): boolean {
  switch (code) {
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x2026:
    case 0x3a:
    case 0x3b:
    case 0x0a:
    case 0x2d:
    case 0x2013:
    case 0x2022:
      return true;
    default:
      return false;
  }
}

export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && skippedBeforeSentence(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  if (endsSentence(code)) return true;
  // An emoji (a surrogate pair or a pictograph) ends a thought as well as a full stop does.
  return code >= 0x2600 && /\p{Extended_Pictographic}/u.test(text.slice(Math.max(0, i - 1), i + 1));
}

const SPACE = /\s/;

/**
 * `s.split(/\s+/)` without the pattern (which is called once per gap): the parts between runs of
 * spaces, with an empty first or last part where `s` opens or ends with spaces.
 */
export function splitOnSpaces(s: string): string[] {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    parts.push(s.slice(from, i));
    i++;
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    from = i;
  }
  parts.push(s.slice(from));
  return parts;
}

/** How many code units of `s` lie between `low` and `high` (inclusive), without a new string. */
function countBetween(s: string, low: number, high: number): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= low && c <= high) n++;
  }
  return n;
}

/** How many ASCII digits `s` holds: `s.replace(/\D/g, '').length`. */
export function countDigits(s: string): number {
  return countBetween(s, 48, 57);
}

/** How many ASCII capitals `s` holds: `s.replace(/[^A-Z]/g, '').length`. */
export function countCapitals(s: string): number {
  return countBetween(s, 65, 90);
}

/** Whether the code unit `code` is a space as `\s` reads it (ASCII first: most are). */
export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && SPACE.test(String.fromCharCode(code));
}

/** `/\d\s?$/` of the (at most) two characters before `end`: a digit right before it, or a digit and a space. */
export function digitJustBefore(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last >= 48 && last <= 57) return true;
  if (end < 2) return false;
  const before = text.charCodeAt(end - 2);
  return before >= 48 && before <= 57 && isSpaceCode(last);
}

/** The text between two offsets contains only spaces (and at most the given punctuation). */
export function onlyGap(text: string, from: number, to: number, punctuation = ''): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ASCII spaces first: this runs between every pair of words the name detector looks at.
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    const ch = text[i]!;
    if (!(c > 127 && SPACE.test(ch)) && !punctuation.includes(ch)) return false;
  }
  return true;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
