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

export function analyseText(text: string): TextAnalysis {
  const tokens: string[] = [];
  const written: string[] = [];
  const questionSentences = new Set<number>();
  let sentences = 0;
  for (const t of tokenize(text)) {
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
