/**
 * Names written in Arabizi, the Latin chat spelling of Moroccan, Egyptian and Levantine Arabic, where
 * digits stand for sounds Latin has no letter for: "Mo7amed" (ح), "Sa3id" (ع), "5alid" (خ), "9asim"
 * (ق). The word tokenizer reads the digit as glue that makes a code of the word, so the lists never
 * see it: here the digits are read back as letters and the result looked up in the name lists.
 *
 * Darija writes every word so ("m3a", "wa7ed", "l3ayla", "3omri"), and some of those read as names
 * once the digit is gone, so only a capitalised word that reads as a listed name counts, or any
 * such word right after a naming word ("smito 3abdelkrim", "heet 7amid").
 */
import { FIRST_NAMES, SURNAMES } from '../lexicons/wordLists';
import { allMatches, fold, hasDigit } from '../text';
import type { Candidate } from '../types';

/** A word of letters and digits with at least one letter and one digit that Arabizi uses for a sound. */
const ARABIZI_WORD = /(?<![\p{L}\d@_./#-])(?=[\p{L}\d]*\p{L})(?=[\p{L}\d]*[235789])[\p{L}\d]{4,}(?![\p{L}\d@_./#-])/gu;

/** What each digit stands for, most common reading first ("3" is ع, often written as a vowel or left out). */
const SOUNDS: Readonly<Record<string, readonly string[]>> = {
  '2': ['', 'a', 'e'],
  '3': ['', 'a', 'e', 'o', 'aa'],
  '5': ['kh'],
  '7': ['h'],
  '8': ['gh'],
  '9': ['q', 'k'],
};

/** "smito" (his name), "smitha", "esmi", "ismo", and the chat's other naming words, right before the word. */
const NAMING_BEFORE =
  /(?:^|[^\p{L}])(?:smito|smitou|smitha|smiti|smiya|esmi|esmo|esmha|ismi|ismo|ismuh|ismha|heet|heette|genaamd|named|called|alias|aka|naam|name\s+is|naam\s+is)\s*:?\s+$/iu;

/** Every reading of `word` with its digits as letters; undefined when a digit has no reading. */
function readings(word: string): string[] | undefined {
  let out = [''];
  for (const ch of word) {
    if (ch >= '0' && ch <= '9') {
      const sounds = SOUNDS[ch];
      if (sounds === undefined) return undefined;
      out = out.flatMap((head) => sounds.map((s) => head + s));
    } else out = out.map((head) => head + ch);
  }
  return out;
}

export function findArabiziNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(ARABIZI_WORD, text)) {
    const word = m[0];
    const digits = word.replace(/\D/g, '').length;
    // "b2b", "mp3", "4x4": a code has as many digits as letters, an Arabizi name only one or two.
    if (digits > 2 || word.length - digits < 3 * digits) continue;
    const sounds = readings(word);
    if (sounds === undefined) continue;
    // Right after a naming word the word is the name, listed or not; elsewhere a capitalised one must read as a listed name.
    const named = NAMING_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
    const listed =
      /^\p{Lu}/u.test(word) &&
      sounds.some((r) => {
        const key = fold(r);
        return key.length >= 4 && (FIRST_NAMES.has(key) || SURNAMES.has(key));
      });
    if (named || listed) out.push({ type: 'NAAM', start: m.index, end: m.index + word.length, tier: 2 });
  }
  return out;
}

/** A digit Arabizi uses for a sound right beside a letter: `ARABIZI_WORD` holds one wherever it matches. */
export const ARABIZI_DIGIT_BESIDE_LETTER = /\p{L}[235789]|[235789]\p{L}/u;

/**
 * Whether `text` has a digit right beside a letter, without which no word is Arabizi. Asked of every
 * message: the message's digit flag (textShape.ts, `/\d/`) answers first for the three in five
 * without an ASCII digit, which the pattern's digits all are.
 */
export function mayHoldArabizi(text: string): boolean {
  return hasDigit(text) && ARABIZI_DIGIT_BESIDE_LETTER.test(text);
}
