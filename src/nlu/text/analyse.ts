/**
 * One pass over a message that every model reads: tokens (lower case, no diacritics, chat slang
 * expanded, letter runs collapsed, see safety/normalise.ts; "ł" and "ı" folded, foldLetters.ts) joined into one string in which
 * sentence ends are "|" and commas ",", so phrase lexicons can be compiled to regular expressions
 * and run once over the whole message. Linear in the length of the text.
 */
import { ANY_QUESTION_MARK, readTokens } from '../../safety/normalise';
import { foldLetters } from './foldLetters';

export interface TextAnalysis {
  /** Word tokens (skeletons, letters folded) and boundary tokens ("|" sentence end, "," clause end). */
  readonly tokens: readonly string[];
  /** Each token as written (`Token.written`), for closed word lists such as negations; boundaries as in `tokens`. */
  readonly written: readonly string[];
  /** `tokens` joined by single spaces. */
  readonly joined: string;
  /** Offset in `joined` of each token's first character; `tokenAt` reads a token index from it. */
  readonly tokenStarts: Int32Array;
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

/**
 * The lists `analyseText` fills, kept between calls: a list grown by push made about twice its final
 * size in copies on a long message (round 45), and the analysis keeps an exact copy. Emptied after
 * each copy, so no message's words stay referenced from here after its analysis (round 50: the last
 * message's tokens, and a longer earlier one's beyond them, stayed); a list grown past `SCRATCH_KEPT`
 * is let go.
 */
let scratchTokens: string[] = [];
let scratchWritten: string[] = [];
const SCRATCH_KEPT = 4096;

export function analyseText(text: string): TextAnalysis {
  const tokens = scratchTokens;
  const written = scratchWritten;
  let count = 0;
  const questionSentences = new Set<number>();
  let sentences = 0;
  // A run of boundary pieces is one boundary token (as `tokenize` joins them): what it says, a
  // sentence end or a question, is gathered piece by piece and read when a word or the end comes.
  let inBoundary = false;
  let endsSentence = false;
  let asks = false;
  const closeBoundary = () => {
    inBoundary = false;
    const mark = endsSentence ? '|' : ',';
    if (asks) questionSentences.add(sentences);
    if (mark === '|' && count > 0 && tokens[count - 1] !== '|') sentences++;
    const last = count > 0 ? tokens[count - 1] : undefined;
    if (last === '|' || last === ',') tokens[count - 1] = written[count - 1] = last === '|' ? '|' : mark;
    else if (count > 0) {
      tokens[count] = written[count] = mark;
      count++;
    }
  };
  readTokens(sentenceDotsOnly(text), (token, skel, asWritten, boundary) => {
    if (boundary) {
      if (!inBoundary) {
        inBoundary = true;
        endsSentence = asks = false;
      }
      endsSentence ||= SENTENCE_END.test(token);
      asks ||= token.includes('?');
      return;
    }
    if (inBoundary) closeBoundary();
    tokens[count] = foldLetters(skel);
    written[count] = asWritten;
    count++;
  });
  if (inBoundary) closeBoundary();
  const filled = count;
  while (count > 0 && (tokens[count - 1] === '|' || tokens[count - 1] === ',')) count--;
  const kept = tokens.slice(0, count);
  const keptWritten = written.slice(0, count);
  // Up to the last slot written: the trailing boundaries dropped above were written too.
  tokens.fill('', 0, filled);
  written.fill('', 0, filled);
  if (tokens.length > SCRATCH_KEPT) {
    scratchTokens = [];
    scratchWritten = [];
  }
  const joined = kept.join(' ');
  const tokenStarts = new Int32Array(count);
  const sentenceOf = new Int32Array(count);
  let offset = 0;
  let sentence = 0;
  let words = 0;
  for (let i = 0; i < count; i++) {
    const token = kept[i]!;
    tokenStarts[i] = offset;
    offset += token.length + 1;
    sentenceOf[i] = sentence;
    if (token === '|') sentence++;
    else if (token !== ',') words++;
  }
  return {
    tokens: kept,
    written: keptWritten,
    joined,
    tokenStarts,
    sentenceOf,
    words,
    question: ANY_QUESTION_MARK.test(text),
    questionSentences,
  };
}

/**
 * The index of the token that the character at `offset` of `analysis.joined` belongs to: the last
 * token starting at or before it, so the space after a token counts to that token, and the end of
 * the text to the last token (0 when there is none). A search over the tokens' starts instead of a
 * table of every character (an `Int32Array` of the text's length a message, round 45).
 */
export function tokenAt(analysis: TextAnalysis, offset: number): number {
  const starts = analysis.tokenStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
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
