/**
 * Turns a chat message into comparable tokens. Citizens write fast, on phones, sometimes while in
 * danger: no capitals, no diacritics, stretched letters ("heeeelp"), chat abbreviations ("k word",
 * "w8", "cant"). Everything downstream compares tokens through their skeleton (each run of the
 * same letter collapsed to one) so "slaaaat" and "slaat" meet, and typos are left to fuzzy.ts.
 */
import { SLANG } from './slang';

export interface Token {
  /** Lower case, no diacritics, runs of three or more letters cut to two. */
  readonly text: string;
  /** `text` with every run of the same letter collapsed to one ("dood" → "dod"); digits stay. */
  readonly skel: string;
  /**
   * The form a closed list of words (negations) is compared with: `text`, or `skel` when the writer
   * stretched a letter ("niiiiet"). Dutch spells a long vowel double ("neem", "noot"), so a doubled
   * letter alone is no stretch: "neem" must never meet Hungarian "nem", nor "noot" English "not".
   */
  readonly written: string;
  /** Sentence or clause boundary (. ! ? ; , a line break, start or end): gaps never cross one. */
  readonly boundary: boolean;
}

/** Lower case, diacritics removed, typographic apostrophes made plain. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`\u00b4]/g, "'");
}

/** normaliseText, then words only: punctuation and hyphens become single spaces ("Noord-Beveland!" → "noord beveland"). */
export function plainWords(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

export function skeleton(word: string): string {
  return noRepeatedUnit(word) ? word : word.replace(/(\p{L})\1+/gu, '$1');
}

/**
 * No code unit of `word` equals the one before it, and none is half of a surrogate pair: then no
 * letter follows the same letter, and the letter-run expressions here (skeleton, makeToken) leave
 * the word as it is. Most words are like that; asking first spares two Unicode expressions per
 * token, a few hundred per long message (ADR 0002 round 22). An astral letter written twice has no
 * two equal neighbouring units, so any surrogate takes the expressions' way.
 */
function noRepeatedUnit(word: string): boolean {
  let previous = -1;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit === previous || (unit >= 0xd800 && unit <= 0xdfff)) return false;
    previous = unit;
  }
  return true;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[.!?;,\n\r]+/gu;
const BOUNDARY_RE = /^[.!?;,\n\r]+$/;

function makeToken(text: string): Token {
  if (noRepeatedUnit(text)) return { text, skel: text, written: text, boundary: false };
  const trimmed = text.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const skel = skeleton(trimmed);
  return { text: trimmed, skel, written: trimmed === text ? trimmed : skel, boundary: false };
}

function boundary(text: string): Token {
  return { text, skel: text, written: text, boundary: true };
}

/**
 * The forms under which a closed list of words is recognised in `Token.written`: each word as
 * written and its skeleton (what a stretched "nooooit" or "neeeem" comes to).
 */
export function closedWordForms(words: readonly string[]): ReadonlySet<string> {
  const forms = new Set<string>();
  for (const w of words) {
    const text = normaliseText(w);
    forms.add(text);
    forms.add(skeleton(text));
  }
  return forms;
}

/**
 * Splits a message into word tokens and boundary tokens, expanding chat slang. The list always
 * starts and ends with a boundary so patterns can say "at the start of a clause".
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [boundary('')];
  for (const match of normaliseText(text).matchAll(TOKEN_RE)) {
    const piece = match[0];
    if (BOUNDARY_RE.test(piece)) {
      const last = out[out.length - 1]!;
      if (last.boundary) out[out.length - 1] = boundary(last.text + piece);
      else out.push(boundary(piece));
      continue;
    }
    // "can't", "z'n", "zelf-moord": joined so the slang table and lexicons see one word.
    const word = piece.replace(/['-]/g, '');
    const base = makeToken(word);
    const expansion = SLANG[base.text] ?? (base.text !== word ? SLANG[skeleton(base.text)] : undefined);
    if (expansion) for (const part of expansion) out.push(makeToken(part));
    else out.push(base);
  }
  if (!out[out.length - 1]!.boundary) out.push(boundary(''));
  return out;
}

/** Counts signs of shouting: repeated exclamation marks and words written in capitals. */
export function urgencyMarks(text: string): { exclamations: number; capitalWords: number } {
  const exclamations = (text.match(/!/g) ?? []).length;
  const capitalWords = (text.match(/\b\p{Lu}{4,}\b/gu) ?? []).length;
  return { exclamations, capitalWords };
}
