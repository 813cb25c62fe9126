/**
 * Words of letters in a message, in any script: digits and signs between them do not count. The
 * policies that ask "is this a few words or a story?" (the danger question in its conversation, the
 * language reading, a story told in passing) all count this way, so a rule about "four words or
 * fewer" means the same thing everywhere.
 */
const LETTER_WORDS = /\p{L}+/gu;

export function letterWords(text: string): string[] {
  return text.match(LETTER_WORDS) ?? [];
}

const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;
/** Per code point beyond ASCII, as `scriptBits` says (bounded: cleared when full). */
const SCRIPT_BITS = new Map<number, number>();

/** A code point beyond ASCII: 1 when it is a letter (`\p{L}`), plus 2 when it is of the Latin script. */
export function scriptBits(point: number): number {
  let bits = SCRIPT_BITS.get(point);
  if (bits === undefined) {
    const char = String.fromCodePoint(point);
    bits = (LETTER.test(char) ? 1 : 0) | (LATIN.test(char) ? 2 : 0);
    if (SCRIPT_BITS.size >= 4_096) SCRIPT_BITS.clear();
    SCRIPT_BITS.set(point, bits);
  }
  return bits;
}

/** In ASCII the letters are A-Z and a-z, and they are exactly its characters of the Latin script. */
export const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

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
