/**
 * Words of letters in a message, in any script: digits and signs between them do not count. The
 * policies that ask "is this a few words or a story?" (the danger question in its conversation, the
 * language reading, a story told in passing) all count this way, so a rule about "four words or
 * fewer" means the same thing everywhere.
 *
 * Read code point by code point with the classes below rather than with `/\p{L}+/gu`: the same
 * words, without the expression's cost per match (a long message is read this way for the whole
 * and again per sentence; ADR 0002 round 23).
 */

/** `charClass` bits: a letter (`\p{L}`), of the Latin script, an upper-case letter (`\p{Lu}`), a lower-case one (`\p{Ll}`), a number (`\p{N}`). */
export const LETTER = 1;
export const LATIN = 2;
export const UPPER = 8;
export const LOWER = 16;
export const NUMBER = 32;
/** In the table: the code point's classes are known (a class of 0 is a real answer). */
const KNOWN = 4;

const CLASS_TESTS: readonly [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{Script=Latin}$/u, LATIN],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\p{N}$/u, NUMBER],
];

/** The classes of the Basic Multilingual Plane's code points met so far, plus KNOWN (0: not met yet). */
const BMP_CLASSES = new Uint8Array(0x10000);
/** The same for astral code points (bounded: cleared when full). */
const ASTRAL_CLASSES = new Map<number, number>();

function testClasses(point: number): number {
  const char = String.fromCodePoint(point);
  let bits = 0;
  for (const [re, bit] of CLASS_TESTS) if (re.test(char)) bits |= bit;
  return bits;
}

/** The classes of one code point (a lone surrogate has none), as the Unicode property expressions say. */
export function charClass(point: number): number {
  if (point < 0x10000) {
    const known = BMP_CLASSES[point]!;
    if (known !== 0) return known & ~KNOWN;
    const bits = testClasses(point);
    BMP_CLASSES[point] = bits | KNOWN;
    return bits;
  }
  let bits = ASTRAL_CLASSES.get(point);
  if (bits === undefined) {
    bits = testClasses(point);
    if (ASTRAL_CLASSES.size >= 4_096) ASTRAL_CLASSES.clear();
    ASTRAL_CLASSES.set(point, bits);
  }
  return bits;
}

/** A code point beyond ASCII: 1 when it is a letter (`\p{L}`), plus 2 when it is of the Latin script. */
export function scriptBits(point: number): number {
  return charClass(point) & (LETTER | LATIN);
}

/** In ASCII the letters are A-Z and a-z, and they are exactly its characters of the Latin script. */
export const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

/** `text.match(/\p{L}+/gu) ?? []`: the runs of letters, by code point. */
export function letterWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let letter: boolean;
    const from = i;
    if (code < 128) letter = isAsciiLetter(code);
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      letter = (charClass(point) & LETTER) !== 0;
    }
    if (letter) {
      if (start < 0) start = from;
    } else if (start >= 0) {
      words.push(text.slice(start, from));
      start = -1;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** `letterWords(text).length`, counted by code point in one pass without building the words (a long message is counted per sentence). */
export function letterWordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let letter: boolean;
    if (code < 128) letter = isAsciiLetter(code);
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      letter = (scriptBits(point) & 1) === 1;
    }
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}
