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

export function letterWordCount(text: string): number {
  return letterWords(text).length;
}
