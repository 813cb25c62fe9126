/**
 * Cue patterns over plain words, compiled on a small alphabet. A cue's word edges and word
 * letters are "a letter or digit of any script" (`[\p{L}\p{N}]`: JavaScript's \b and \w know only
 * ASCII). V8 compiles that class into a test over some 700 ranges and the surrogate pairs beyond
 * them, at every place it stands; the question cues have it some 600 times, and compiling them
 * took 1.3 to 4 s on the first message a fresh process read, holding every request of the server.
 *
 * Only the scripts the cues are written in need their letters told apart (Latin, Cyrillic,
 * Arabic, Ethiopic); a letter of any other script can only ever be "a letter" to a cue. So a text is tested
 * in its key: each letter or digit outside those scripts stands in as one letter that no cue
 * names (one outside the BMP as one outside the BMP, so that the key has the text's length and
 * every character its place), and the class becomes the letters and digits of those scripts and
 * the two stand-ins: a few dozen ranges. Every cue then matches a text's key exactly where it
 * matched the text before, at the same places. A cue that names a letter of another script is
 * refused when it is built (add that script's block to KEPT).
 */
import { normaliseText } from '../safety/normalise';

/**
 * What stays itself in a key: ASCII, and the letters of the alphabets the cues are written in
 * (Latin Extended-A, the basic Cyrillic letters, the Arabic letters, Ethiopic syllables). Narrow on
 * purpose: the class is written out at every word edge and letter of every cue, and V8 optimises
 * a pattern less once its source passes 20 KB.
 */
const KEPT: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x007f],
  [0x0100, 0x017f],
  [0x0400, 0x045f],
  [0x0620, 0x064a],
  [0x1200, 0x137f],
];

/** The stand-ins: a letter of the kept blocks that no cue names (and NFKD leaves alone), and one beyond the BMP. */
const STAND_IN = '\u0138';
const WIDE_STAND_IN = '\u{10000}';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function kept(code: number): boolean {
  return KEPT.some(([from, to]) => code >= from && code <= to);
}

/** A code point as it stands in a class: itself when it is a letter or digit, else escaped. */
function inClass(code: number): string {
  return code > 0x7f || /[0-9A-Za-z]/.test(String.fromCharCode(code)) ? String.fromCodePoint(code) : `\\u{${code.toString(16)}}`;
}

/** The letters and digits of the kept blocks (the stand-in among them) and the wide stand-in, as the body of a class. */
function wordClassBody(): string {
  let body = '';
  for (const [from, to] of KEPT) {
    let start = -1;
    for (let code = from; code <= to + 1; code++) {
      const member = code <= to && LETTER_OR_DIGIT.test(String.fromCodePoint(code));
      if (member && start < 0) start = code;
      if (!member && start >= 0) {
        body += start === code - 1 ? inClass(start) : `${inClass(start)}-${inClass(code - 1)}`;
        start = -1;
      }
    }
  }
  return body + WIDE_STAND_IN;
}

/** A letter or digit, in a key. */
const WORD = `[${wordClassBody()}]`;

/** The text as the cues test it: letters and digits outside the kept scripts as a stand-in. */
export function keyOf(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  let key = '';
  for (const ch of text) {
    if (kept(ch.codePointAt(0)!) || !LETTER_OR_DIGIT.test(ch)) key += ch;
    else key += ch.length === 1 ? STAND_IN : WIDE_STAND_IN;
  }
  return key;
}

/** A pattern tested on keys; `test` and `replace` take the text itself. */
export class Cue {
  private global: RegExp | undefined;

  constructor(private readonly pattern: RegExp) {}

  test(text: string): boolean {
    return this.pattern.test(keyOf(text));
  }

  /** The text with every match replaced by `by` (as `text.replace` with a global pattern). */
  replace(text: string, by: string): string {
    this.global ??= new RegExp(this.pattern.source, `${this.pattern.flags}g`);
    const key = keyOf(text);
    if (key === text) return text.replace(this.global, by);
    let out = '';
    let from = 0;
    for (const match of key.matchAll(this.global)) {
      out += text.slice(from, match.index) + by;
      from = match.index + match[0].length;
    }
    return out + text.slice(from);
  }
}

/**
 * A cue over plain words (lower case, no diacritics, single spaces): `\w` is a letter or digit of
 * any script, `\b` is dropped and the whole cue stands between word edges. `atStart`: the cue
 * reads only the start of the text (written without its `^`), so the pattern is anchored there
 * instead of trying every place the text could start a word.
 */
export function cue(source: string, { atStart = false }: { atStart?: boolean } = {}): Cue {
  const normal = normaliseText(source);
  for (const ch of normal) {
    if (LETTER_OR_DIGIT.test(ch) && !kept(ch.codePointAt(0)!)) throw new Error(`cue names "${ch}", outside the kept scripts`);
  }
  if (normal.includes(STAND_IN)) throw new Error('cue names the stand-in letter');
  const body = normal.replace(/\\b/g, '').replace(/\\w/g, WORD);
  return new Cue(new RegExp(`${atStart ? '^' : `(?<!${WORD})`}(?:${body})(?!${WORD})`, 'u'));
}
