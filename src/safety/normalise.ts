/**
 * Turns a chat message into comparable tokens. Citizens write fast, on phones, sometimes while in
 * danger: no capitals, no diacritics, stretched letters ("heeeelp"), chat abbreviations ("k word",
 * "w8", "cant"). Everything downstream compares tokens through their skeleton (each run of the
 * same letter collapsed to one) so "slaaaat" and "slaat" meet, and typos are left to fuzzy.ts.
 */
import { slangOf } from './slang';

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

/**
 * Sentence and clause marks of other scripts, as the ASCII mark the readers know: the ideographic
 * full stop and comma (。、), the Arabic question mark, comma and semicolon (؟ ، ؛) and full stop (۔),
 * the Ethiopic full stop, comma and question mark (። ፣ ፧), the Devanagari danda (।). NFKD makes the
 * full-width ？！， plain already, but not these: a Chinese or Arabic message was one sentence
 * without a question, however it was punctuated, and its question was read as a story.
 */
const OTHER_SCRIPT_MARKS: Readonly<Record<string, string>> = {
  '\u3002': '.',
  '\uff61': '.',
  '\u3001': ',',
  '\uff64': ',',
  '\u061f': '?',
  '\u060c': ',',
  '\u061b': ';',
  '\u06d4': '.',
  '\u1362': '.',
  '\u1363': ',',
  '\u1367': '?',
  '\u0964': '.',
};
const OTHER_SCRIPT_MARK = /[\u3002\uff61\u3001\uff64\u061f\u060c\u061b\u06d4\u1362\u1363\u1367\u0964]/g;

/**
 * The normal forms made while one message is read, by text. A look reads the message's normal form
 * three times (the analysis's tokens, the told-now reader's plain text, the language guess) and the
 * question cues, the facts and the dialog's readers each again, of the message and of its sentences.
 * Those are the citizen's own words, so no memo outlives the reading (as src/triage/cueMemo.ts): one
 * is active only while `withNormalForms`'s synchronous call lasts. Outside one, every call normalises
 * afresh (the lexicons' words at load, tools, tests).
 */
let normalForms: Map<string, string> | undefined;
/** A bound for a very long message (its sentences and clauses); past it the memo starts again. */
const NORMAL_FORMS_KEPT = 4_096;

/** Runs `work` with a memo of normal forms for the reading of one message; inside one already, that one serves. */
export function withNormalForms<T>(work: () => T): T {
  if (normalForms !== undefined) return work();
  normalForms = new Map();
  try {
    return work();
  } finally {
    normalForms = undefined;
  }
}

/** Lower case, diacritics removed, typographic apostrophes made plain, other scripts' sentence marks as ASCII ones. */
export function normaliseText(text: string): string {
  const memo = normalForms;
  if (memo === undefined) return normalisedAfresh(text);
  let normal = memo.get(text);
  if (normal === undefined) {
    if (memo.size >= NORMAL_FORMS_KEPT) memo.clear();
    normal = normalisedAfresh(text);
    memo.set(text, normal);
  }
  return normal;
}

function normalisedAfresh(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`\u00b4]/g, "'")
    .replace(OTHER_SCRIPT_MARK, (mark) => OTHER_SCRIPT_MARKS[mark] ?? mark);
}

/** A question mark in any script a citizen writes in: ASCII, full-width (Chinese, Japanese), Arabic, Ethiopic, Spanish opening. */
export const ANY_QUESTION_MARK = /[?\uff1f\u061f\u1367\u00bf]/u;

/**
 * Letters of the scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao,
 * Khmer, Myanmar): a run of them is a whole clause, not a word, and no phrase of a lexicon ever
 * met it. Each such letter is made a token of its own (a character unigram), and the lexicons'
 * phrases in these scripts are split the same way when compiled (`unspacedLetters`), so "自杀" meets
 * "我想自杀了" and "ตาย" meets "ฉันอยากตาย" wherever they stand. A dictionary segmenter
 * (`Intl.Segmenter`) cuts the same phrase differently by its neighbours ("不想活" alone, "不想 活了" in a
 * sentence), so a phrase would meet some sentences and not others; single letters always line up.
 */
const isUnspacedUnit = unitTable(
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u,
);

function hasUnspaced(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit >= 0x0e00 && isUnspacedUnit(unit)) return true;
  }
  return false;
}

/**
 * `word` cut into the pieces the tokenizer reads: each letter of an unspaced script alone, the runs
 * of other word characters between them whole ("kfc外卖" → "kfc", "外", "卖").
 */
export function unspacedPieces(word: string): string[] {
  if (!hasUnspaced(word)) return [word];
  const out: string[] = [];
  let run = '';
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit >= 0x0e00 && isUnspacedUnit(unit)) {
      if (run !== '') out.push(run);
      run = '';
      out.push(word[i]!);
    } else run += word[i]!;
  }
  if (run !== '') out.push(run);
  return out;
}

/** A phrase word of a lexicon with its unspaced-script letters apart, as the tokenizer leaves them ("自杀" → "自 杀"). */
export function unspacedLetters(word: string): string {
  return hasUnspaced(word) ? unspacedPieces(word).join(' ') : word;
}

/** normaliseText on one line: every run of white space one space (the in-passing and answer readers' patterns read it so). */
export function normalisedLine(text: string): string {
  return normaliseText(text).replace(/\s+/g, ' ');
}

/** normaliseText, then words only: punctuation and hyphens become single spaces ("Noord-Beveland!" → "noord beveland"). */
export function plainWords(text: string): string {
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

export function skeleton(word: string): string {
  if (noRepeatedUnit(word)) return word;
  return hasSurrogate(word) ? word.replace(/(\p{L})\1+/gu, '$1') : cutLetterRuns(word, 1);
}

/**
 * `word` with every run of one letter longer than `keep` cut to `keep` letters, for a word without
 * surrogates, where each code unit is one code point: what `/(\p{L})\1+/gu` (keep 1) and
 * `/(\p{L})\1{2,}/gu` (keep 2) replace, read unit by unit. Many Dutch words double a letter
 * ("een", "maar", "nee"): on the bench's 2,000-character message 69 of 379 words took both
 * expressions, about half of the tokenizer's time (round 36); `tests/unit/safety/letterRuns.test.ts`
 * holds them equal.
 */
function cutLetterRuns(word: string, keep: number): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length;) {
    const unit = word.charCodeAt(i);
    let end = i + 1;
    while (end < word.length && word.charCodeAt(end) === unit) end++;
    if (end - i > keep && isLetterUnit(unit)) {
      out += word.slice(from, i + keep);
      from = end;
    }
    i = end;
  }
  return from === 0 ? word : out + word.slice(from);
}

/** Runs of three or more of one letter cut to two ("heeeelp" → "heelp"), as `Token.text` has them. */
export function cutStretches(word: string): string {
  return hasSurrogate(word) ? word.replace(/(\p{L})\1{2,}/gu, '$1$1') : cutLetterRuns(word, 2);
}

function hasSurrogate(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return true;
  }
  return false;
}

const UNSEEN = 0;
const MATCHES = 1;
const DOES_NOT_MATCH = 2;

/** Whether a code unit outside the surrogates, as a character, matches `expression`, by a table filled on first sight. */
function unitTable(expression: RegExp): (unit: number) => boolean {
  const table = new Uint8Array(0x10000);
  return (unit) => {
    let known = table[unit]!;
    if (known === UNSEEN) {
      known = expression.test(String.fromCharCode(unit)) ? MATCHES : DOES_NOT_MATCH;
      table[unit] = known;
    }
    return known === MATCHES;
  };
}

/** A letter (`\p{L}`). */
const isLetterUnit = unitTable(/^\p{L}$/u);

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

/** The pieces of a message the tokenizer reads: words (joined by ' or -) and runs of boundary marks; `tokenPieces` reads them. */
export const TOKEN_RE = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[.!?;,\n\r]+/gu;

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** A word character of TOKEN_RE (`[\p{L}\p{N}]`). */
const isWordUnit = unitTable(WORD_CHARACTER);

/** How many code units the word character at `i` takes (1, or 2 for a surrogate pair), 0 when none starts there. */
function wordCharacterAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdfff) return isWordUnit(unit) ? 1 : 0;
  // A lone surrogate is no character of a word; a pair is one code point, asked of the expression.
  if (unit > 0xdbff || i + 1 >= text.length) return 0;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff && WORD_CHARACTER.test(text.slice(i, i + 2)) ? 2 : 0;
}

function boundaryUnit(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x3b || unit === 0x2c || unit === 0x0a || unit === 0x0d;
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/**
 * Hands each piece TOKEN_RE would find in `text` to `visit`, in order, read unit by unit: `matchAll`
 * made a match array and an iterator result per piece, about a seventh of what a first look of a
 * 2,000-character message allocated (round 41), and so of how often it met a garbage collection.
 * The expression's word part is greedy and a joiner is no word character, so a word runs to the
 * first unit that is neither a word character nor a joiner followed by one; a position where no
 * piece starts is passed by one unit (a low surrogate never starts one).
 * `tests/unit/safety/tokenPieces.test.ts` holds the pieces equal to the expression's.
 */
export function tokenPieces(text: string, visit: (piece: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (boundaryUnit(text.charCodeAt(i))) {
      let end = i + 1;
      while (end < n && boundaryUnit(text.charCodeAt(end))) end++;
      visit(text.slice(i, end));
      i = end;
      continue;
    }
    let width = wordCharacterAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    let end = i + width;
    for (;;) {
      while (end < n && (width = wordCharacterAt(text, end)) > 0) end += width;
      const unit = end + 1 < n ? text.charCodeAt(end) : -1;
      if ((unit === APOSTROPHE || unit === HYPHEN) && (width = wordCharacterAt(text, end + 1)) > 0) end += 1 + width;
      else break;
    }
    visit(text.slice(i, end));
    i = end;
  }
}

/**
 * Whether a piece of TOKEN_RE is its boundary alternative: a word's first unit is a letter or a
 * digit, a boundary's one of `.!?;,\n\r`, so the first unit tells which (round 39: two
 * expressions per word, `^[.!?;,\n\r]+$` and `['-]`, were a tenth of the tokenizer's time).
 */
function boundaryPiece(piece: string): boolean {
  return boundaryUnit(piece.charCodeAt(0));
}

/**
 * Hands `visit` the forms of one word token (`Token.text`, `skel`, `written`): a token's forms
 * without the token object, for a reader that keeps only some of them (analyse.ts).
 */
function visitWord(text: string, visit: TokenVisitor): void {
  if (noRepeatedUnit(text)) {
    visit(text, text, text, false);
    return;
  }
  const trimmed = cutStretches(text);
  const skel = skeleton(trimmed);
  visit(trimmed, skel, trimmed === text ? trimmed : skel, false);
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

/** A token's forms as `tokenize` would make them (for a boundary all three are the piece, `boundary` true). */
export type TokenVisitor = (text: string, skel: string, written: string, boundary: boolean) => void;

/**
 * The tokens of `tokenize`, in order, handed to `visit` one at a time without a `Token` object or a
 * list: a word token's forms, or a boundary piece as read (`tokenize` joins neighbouring pieces
 * into one boundary token, and adds empty ones at the ends). The analysis of every message reads
 * the tokens once and keeps only their skeletons and written forms: the objects and their list
 * were about a tenth of a long message's first look allocation (round 45).
 */
export function readTokens(text: string, visit: TokenVisitor): void {
  tokenPieces(normaliseText(text), (piece) => {
    if (boundaryPiece(piece)) {
      visit(piece, piece, piece, true);
      return;
    }
    if (hasUnspaced(piece)) {
      for (const part of unspacedPieces(piece)) readWord(part, visit);
      return;
    }
    readWord(piece, visit);
  });
}

/** One word piece of `tokenPieces`: joined, its stretches cut, chat slang expanded. */
function readWord(piece: string, visit: TokenVisitor): void {
  // "can't", "z'n", "zelf-moord": joined so the slang table and lexicons see one word.
  const word = piece.includes("'") || piece.includes('-') ? piece.replace(/['-]/g, '') : piece;
  const text = noRepeatedUnit(word) ? word : cutStretches(word);
  const expansion = slangOf(text) ?? (text !== word ? slangOf(skeleton(text)) : undefined);
  if (expansion) for (const part of expansion) visitWord(part, visit);
  else visitWord(word, visit);
}

/**
 * Splits a message into word tokens and boundary tokens, expanding chat slang. The list always
 * starts and ends with a boundary so patterns can say "at the start of a clause".
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [boundary('')];
  readTokens(text, (token, skel, written, isBoundary) => {
    if (!isBoundary) out.push({ text: token, skel, written, boundary: false });
    else {
      const last = out[out.length - 1]!;
      if (last.boundary) out[out.length - 1] = boundary(last.text + token);
      else out.push(boundary(token));
    }
  });
  if (!out[out.length - 1]!.boundary) out.push(boundary(''));
  return out;
}

/** Counts signs of shouting: repeated exclamation marks and words written in capitals. */
export function urgencyMarks(text: string): { exclamations: number; capitalWords: number } {
  const exclamations = (text.match(/!/g) ?? []).length;
  const capitalWords = (text.match(/\b\p{Lu}{4,}\b/gu) ?? []).length;
  return { exclamations, capitalWords };
}
