/**
 * One pass over a message that every model reads: tokens (lower case, no diacritics, chat slang
 * expanded, letter runs collapsed, see safety/normalise.ts; "ł" and "ı" folded, foldLetters.ts) joined into one string in which
 * sentence ends are "|" and commas ",", so phrase lexicons can be compiled to regular expressions
 * and run once over the whole message. Linear in the length of the text.
 */
import { tokenize } from '../../safety/normalise';
import { foldLetters } from './foldLetters';

export interface TextAnalysis {
  /** Word tokens (skeletons, letters folded) and boundary tokens ("|" sentence end, "," clause end). */
  readonly tokens: readonly string[];
  /** Each token as written (`Token.written`), for closed word lists such as negations; boundaries as in `tokens`. */
  readonly written: readonly string[];
  /** `tokens` joined by single spaces. */
  readonly joined: string;
  /** Token index of every character offset in `joined` (the space before a token counts to it). */
  readonly tokenAtChar: Int32Array;
  /** Sentence number of every token. */
  readonly sentenceOf: Int32Array;
  /** Number of word tokens. */
  readonly words: number;
  /** The raw text had a question mark. */
  readonly question: boolean;
  /** Sentences that end in a question mark. */
  readonly questionSentences: ReadonlySet<number>;
}

const SENTENCE_END = /[.!?;\n\r]/;

/**
 * A dot between digits: a thousands separator or a decimal point ("40.000 euro", "1.500.000", "3.5
 * uur"). The number is read as one number.
 */
const NUMBER_DOT = /(?<=\p{N})\.(?=\p{N})/gu;
/**
 * Single letters with dots, an abbreviation said letter by letter ("o.a.", "z.s.m.", "i.p.v.",
 * "d.w.z.", "e.g.", "i.e."): one word, as when written without the dots ("zsm"). Almost always in
 * the middle of a sentence; a line break after one still ends it.
 */
const DOTTED_LETTERS = /(?<![\p{L}\p{N}])\p{L}\.(?:\p{L}\.)*\p{L}\.?(?![\p{L}\p{N}])/gu;
/**
 * A title before a name ("dhr. Jansen", "Mr. Smith"): never the end of a sentence. A word cut short
 * ("ca. 40", "bijv. de buren", "tel. 06…"): not the end of one when the next word starts in lower case
 * or is a number; with a capital after it ("al 10 min. Hij komt") it may well be, and stays one.
 */
const TITLES: ReadonlySet<string> = new Set(['dhr', 'mevr', 'mw', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir']);
const SHORT_WORDS: ReadonlySet<string> = new Set(
  'ca bijv bv ong zgn evt ivm nr tel str resp jl vlg blz pag enz etc approx incl excl max min vs'.split(' '),
);
const WORD_DOT = /(?<![\p{L}\p{N}])(\p{L}+)\.(?=\s*([\p{L}\p{N}]))/gu;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;
/**
 * An initial before a surname ("J. de Vries", "A. Jansen"): a capital letter alone, then a capital or a
 * Dutch name particle. "plan B. He came" is read as one sentence too: rarer than a name in these chats.
 */
const INITIAL_DOT = /(?<![\p{L}\p{N}])(\p{Lu})\.(?=\s+(?:\p{Lu}|(?:de|van|der|den|ter|ten|te)\s))/gu;

/**
 * The text with only the dots that end a sentence: a dot inside a number, an abbreviation or an
 * initial splits nothing (calm32 saw "40.000" read as two sentences; the reader's features of one
 * sentence, and a negation's or a distance's reach, stop at a sentence end). Exported for its test.
 */
export function sentenceDotsOnly(text: string): string {
  if (!text.includes('.')) return text;
  return text
    .replace(NUMBER_DOT, '')
    .replace(DOTTED_LETTERS, (m) => m.replace(/\./g, ''))
    .replace(WORD_DOT, (m, word: string, next: string) => {
      const w = word.toLowerCase();
      return TITLES.has(w) || (SHORT_WORDS.has(w) && LOWER_OR_DIGIT.test(next)) ? word : m;
    })
    .replace(INITIAL_DOT, '$1');
}

export function analyseText(text: string): TextAnalysis {
  const tokens: string[] = [];
  const written: string[] = [];
  const questionSentences = new Set<number>();
  let sentences = 0;
  for (const t of tokenize(sentenceDotsOnly(text))) {
    if (!t.boundary) {
      tokens.push(foldLetters(t.skel));
      written.push(t.written);
    } else if (t.text === '') continue;
    else {
      const mark = SENTENCE_END.test(t.text) ? '|' : ',';
      if (t.text.includes('?')) questionSentences.add(sentences);
      if (mark === '|' && tokens.length > 0 && tokens[tokens.length - 1] !== '|') sentences++;
      const last = tokens[tokens.length - 1];
      if (last === '|' || last === ',') tokens[tokens.length - 1] = written[written.length - 1] = last === '|' ? '|' : mark;
      else if (tokens.length > 0) {
        tokens.push(mark);
        written.push(mark);
      }
    }
  }
  while (tokens.length > 0 && (tokens[tokens.length - 1] === '|' || tokens[tokens.length - 1] === ',')) {
    tokens.pop();
    written.pop();
  }
  const joined = tokens.join(' ');
  const tokenAtChar = new Int32Array(joined.length + 1);
  const sentenceOf = new Int32Array(tokens.length);
  let offset = 0;
  let sentence = 0;
  let words = 0;
  tokens.forEach((token, i) => {
    const end = offset + token.length + (i < tokens.length - 1 ? 1 : 0);
    tokenAtChar.fill(i, offset, end);
    offset = end;
    sentenceOf[i] = sentence;
    if (token === '|') sentence++;
    else if (token !== ',') words++;
  });
  tokenAtChar[joined.length] = Math.max(0, tokens.length - 1);
  return { tokens, written, joined, tokenAtChar, sentenceOf, words, question: text.includes('?'), questionSentences };
}

export const isBoundary = (token: string): boolean => token === '|' || token === ',';

const DIGITS = /^\p{N}+$/u;

/**
 * A token of digits only, `/^\p{N}+$/u`: the only ASCII units among `\p{N}` are 0–9, so a token in
 * ASCII is told by its units and only one with another unit asks the expression. The readers ask
 * it of every token several times over (word features, known words, the matchers' number starts),
 * about a thousand expressions on a 2,000-character message (round 39).
 */
export function isNumberToken(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const unit = token.charCodeAt(i);
    if (unit >= 0x80) return DIGITS.test(token);
    if (unit < 0x30 || unit > 0x39) return false;
  }
  return token.length > 0;
}
