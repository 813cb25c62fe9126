/**
 * What kinds of character a message holds, and its runs of digits, found in one pass over it. Before
 * this, the detectors each ran a pattern over the whole message to learn one such fact (a digit, a
 * quote, an "@", Cyrillic, a character beyond Latin-1) and computed the runs of digits again for
 * each question: some twenty scans of every message, each a pattern call that cost more than the
 * loop below does for all of them. A flag is set exactly when the pattern it stands for would find
 * its character (see each flag), so a gate on a flag says "cannot match" only when the pattern
 * cannot (tests/unit/anonymiser/textShape.test.ts holds each flag against its pattern).
 *
 * Kept in the run's memo for the last message asked about (never in a module).
 */
import { activeMemo } from './runMemo';
import type { DigitRuns, TextShape } from './types';

export type { DigitRuns, TextShape } from './types';

/** An ASCII digit: `/\d/` (with or without the u flag). */
export const DIGIT = 1;
/** A character beyond ASCII: `/[^\x00-\x7f]/`. */
export const NON_ASCII = 2;
/** A character beyond Latin-1, which V8 stores two bytes a character: `/[^\x00-\xff]/`. */
export const WIDE = 4;
/** A Cyrillic letter of the basic block: `/[\u0400-\u04ff]/`. */
export const CYRILLIC = 8;
/** A quote that may open a quoted name: `/["“'‘„]/`. */
export const QUOTE = 16;
/** "@", "[" or "(": `/[@[(]/`. */
export const AT_OR_OPENING = 32;
/** An ASCII lower-case letter right before an ASCII digit: `/[a-z]\d/`. */
export const LOWER_BEFORE_DIGIT = 64;
/** An apostrophe (straight or curly) or a hyphen: `/['’-]/`. */
export const APOSTROPHE_OR_HYPHEN = 128;
/**
 * An ASCII capital at most two characters from an ASCII digit (either side): every pattern of a
 * capital and a digit with at most one character between them needs one (`/[A-Z]\d{8}/`,
 * `/\d[\s.]?[IVX]/`, `/[A-Z] \d\d/`, `/\d{7}-?[A-Z]/`, …).
 */
export const CAPITAL_NEAR_DIGIT = 256;
/** Two ASCII capitals side by side, neither an O: `/[A-NP-Z]{2}/`. */
export const CAPITAL_PAIR = 512;
/** A Latin or Russian capital before another or a dot: `/[A-ZА-Я][A-ZА-Я.]/`. */
export const CAPITAL_THEN_CAPITAL_OR_DOT = 1024;
/**
 * What a web address needs (the web detector's `/\.\p{L}|www|https?:/iu` cannot match without
 * it): a dot before an ASCII letter or any character beyond ASCII, three w's in either case, or a
 * colon. `/\.[A-Za-z\u0080-\uffff]|[wW]{3}|:/`.
 */
export const WEB_MARK = 2048;

const NO_RUNS: DigitRuns = { starts: [], ends: [], total: 0, longest: 0, lengths: 0 };

/** The shape of `text`: within a run the one kept for the last text asked about, else worked out. */
export function textShape(text: string): TextShape {
  const memo = activeMemo();
  if (memo === undefined) return shapeOf(text);
  if (memo.shapeOf !== text || memo.shape === undefined) {
    memo.shape = shapeOf(text);
    memo.shapeOf = text;
  }
  return memo.shape;
}

/** Whether `text` holds any of the characters of `flags` (an OR of the constants above). */
export function hasAny(text: string, flags: number): boolean {
  return (textShape(text).flags & flags) !== 0;
}

function shapeOf(text: string): TextShape {
  let flags = 0;
  let starts: number[] | undefined;
  let ends: number[] = [];
  let total = 0;
  let longest = 0;
  let lengths = 0;
  let runStart = -1;
  // How many w's (either case) end at the character before this one.
  let wRun = 0;
  // Where the last digit and the last ASCII capital stood, and the character before this one.
  let lastDigit = -3;
  let lastCapital = -3;
  let previous = -1;
  const n = text.length;
  for (let i = 0; i <= n; previous = i < n ? text.charCodeAt(i) : -1, i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 119 || c === 87) {
      if (++wRun >= 3) flags |= WEB_MARK;
    } else wRun = 0;
    if (previous === 46 && (c >= 0x80 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90))) flags |= WEB_MARK;
    if (c >= 48 && c <= 57) {
      if (i - lastCapital <= 2) flags |= CAPITAL_NEAR_DIGIT;
      lastDigit = i;
      if (runStart < 0) {
        runStart = i;
        // Tested at a run's first digit only: the character before it is a letter, not a digit.
        if (previous >= 97 && previous <= 122) flags |= LOWER_BEFORE_DIGIT;
      }
      continue;
    }
    if (runStart >= 0) {
      const length = i - runStart;
      if (starts === undefined) {
        starts = [];
        ends = [];
      }
      starts.push(runStart);
      ends.push(i);
      total += length;
      if (length > longest) longest = length;
      lengths |= 1 << Math.min(length, 31);
      runStart = -1;
    }
    if (c < 0) break;
    const capitalBefore = (previous >= 65 && previous <= 90) || (previous >= 0x410 && previous <= 0x42f);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) {
        if (i - lastDigit <= 2) flags |= CAPITAL_NEAR_DIGIT;
        lastCapital = i;
        if (capitalBefore) flags |= CAPITAL_THEN_CAPITAL_OR_DOT;
        if (c !== 79 && previous >= 65 && previous <= 90 && previous !== 79) flags |= CAPITAL_PAIR;
      } else if (c === 46) {
        if (capitalBefore) flags |= CAPITAL_THEN_CAPITAL_OR_DOT;
      } else if (c === 58) flags |= WEB_MARK;
      else if (c === 34 || c === 39) flags |= QUOTE | (c === 39 ? APOSTROPHE_OR_HYPHEN : 0);
      else if (c === 45) flags |= APOSTROPHE_OR_HYPHEN;
      else if (c === 64 || c === 91 || c === 40) flags |= AT_OR_OPENING;
      continue;
    }
    flags |= NON_ASCII;
    if (c <= 0xff) continue;
    flags |= WIDE;
    if (c >= 0x400 && c <= 0x4ff) {
      flags |= CYRILLIC;
      if (c >= 0x410 && c <= 0x42f && capitalBefore) flags |= CAPITAL_THEN_CAPITAL_OR_DOT;
    } else if (c === 0x201c || c === 0x2018 || c === 0x201e) flags |= QUOTE;
    else if (c === 0x2019) flags |= APOSTROPHE_OR_HYPHEN;
  }
  if (starts !== undefined) flags |= DIGIT;
  return { flags, runs: starts === undefined ? NO_RUNS : { starts, ends, total, longest, lengths } };
}
