/**
 * The analysis reads the tokens as a stream (normalise.ts readTokens) into lists kept between calls,
 * and finds a character's token by a search over the tokens' starts (analyse.ts tokenAt), instead of
 * a `Token` object a word, lists grown by push and a table of every character (round 45). The
 * analysis, the tokens and the token at every character must stay what the old code made, on every
 * text we have: the old code stands here as the reference.
 */
import { analyseText, sentenceDotsOnly, tokenAt } from '../../../src/nlu/text/analyse';
import { foldLetters } from '../../../src/nlu/text/foldLetters';
import {
  ANY_QUESTION_MARK,
  normaliseText,
  skeleton,
  tokenize,
  tokenPieces,
  unspacedPieces,
  type Token,
} from '../../../src/safety/normalise';
import { SLANG } from '../../../src/safety/slang';
import { seededRandom } from '../../../src/seededRandom';
import { corpusAndTuningLines, joinedStories } from '../../support/textLines';

function cutStretches(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** tokenize as it was before round 45: a token object made for each word and each expansion. */
function oldTokenize(text: string): Token[] {
  const makeToken = (t: string): Token => {
    const trimmed = cutStretches(t);
    const skel = skeleton(trimmed);
    return { text: trimmed, skel, written: trimmed === t ? trimmed : skel, boundary: false };
  };
  const boundary = (t: string): Token => ({ text: t, skel: t, written: t, boundary: true });
  const out: Token[] = [boundary('')];
  tokenPieces(normaliseText(text), (piece) => {
    if (/^[.!?;,\n\r]/.test(piece)) {
      const last = out[out.length - 1]!;
      if (last.boundary) out[out.length - 1] = boundary(last.text + piece);
      else out.push(boundary(piece));
      return;
    }
    // Round 47 (lang47): the letters of an unspaced script are words of their own, in both codes.
    for (const part of unspacedPieces(piece)) {
      const word = part.replace(/['-]/g, '');
      const base = makeToken(word);
      const expansion = SLANG[base.text] ?? (base.text !== word ? SLANG[skeleton(base.text)] : undefined);
      if (expansion) for (const slang of expansion) out.push(makeToken(slang));
      else out.push(base);
    }
  });
  if (!out[out.length - 1]!.boundary) out.push(boundary(''));
  return out;
}

/** analyseText as it was before round 45, with its table of the token at every character. */
function oldAnalysis(text: string) {
  const tokens: string[] = [];
  const written: string[] = [];
  const questionSentences = new Set<number>();
  let sentences = 0;
  for (const t of oldTokenize(sentenceDotsOnly(text))) {
    if (!t.boundary) {
      tokens.push(foldLetters(t.skel));
      written.push(t.written);
    } else if (t.text === '') continue;
    else {
      const mark = /[.!?;\n\r]/.test(t.text) ? '|' : ',';
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
  return { tokens, written, joined, tokenAtChar, sentenceOf, words, question: ANY_QUESTION_MARK.test(text), questionSentences };
}

/** What differs between the analysis and the old one, or undefined. */
function difference(text: string): string | undefined {
  const tokens = JSON.stringify(tokenize(text));
  if (tokens !== JSON.stringify(oldTokenize(text))) return `tokens of ${text}`;
  const now = analyseText(text);
  const old = oldAnalysis(text);
  const same =
    JSON.stringify(now.tokens) === JSON.stringify(old.tokens) &&
    JSON.stringify(now.written) === JSON.stringify(old.written) &&
    now.joined === old.joined &&
    JSON.stringify([...now.sentenceOf]) === JSON.stringify([...old.sentenceOf]) &&
    now.words === old.words &&
    now.question === old.question &&
    JSON.stringify([...now.questionSentences]) === JSON.stringify([...old.questionSentences]);
  if (!same) return `analysis of ${text}`;
  for (let c = 0; c < old.tokenAtChar.length; c++) if (tokenAt(now, c) !== old.tokenAtChar[c]) return `token at ${c} of ${text}`;
  return undefined;
}

describe('the analysis read from the token stream', () => {
  it('is the old analysis on texts with runs of marks, slang, stretched letters, dots and questions', () => {
    const texts = [
      '',
      '...',
      '?! ,',
      'hallo',
      'k wil weg... , ; ?? hij slaaaat me!!! , en t is nie goed',
      "Hij z'n paspoort, is weg?.. Dhr. Jansen zei: ca. 40.000 euro; o.a. zsm!\nNeeeeem contact op ?",
      'kzit vast , ,, ; . ik ben bang?? help',
      'wypłaty nie ma. çıkamıyorum! Она в Амстердаме?',
      'a , b',
      ' , ',
    ];
    expect(texts.map(difference).filter((d) => d !== undefined)).toEqual([]);
  });

  it('is the old analysis on seeded texts of words, slang, marks and spaces', () => {
    const random = seededRandom(45);
    const pieces = [
      'ik',
      'k',
      'kzit',
      'nie',
      'slaaaat',
      'een',
      'dood',
      "z'n",
      'zelf-moord',
      ',',
      '.',
      '?',
      '!',
      ';',
      '\n',
      ' ',
      '  ',
      '...',
      '?,',
      'ł',
      'Øre',
      '40.000',
    ];
    const texts: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = Math.floor(random() * 14);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)]! + (random() < 0.6 ? ' ' : '');
      texts.push(text);
    }
    expect(texts.map(difference).filter((d) => d !== undefined)).toEqual([]);
  });

  it('is the old analysis on the corpus lines and the tuning sets, alone and joined into long stories', () => {
    const lines = corpusAndTuningLines();
    const differing: string[] = [];
    for (const text of [...lines, ...joinedStories(lines)]) {
      const d = difference(text);
      if (d !== undefined) differing.push(d);
    }
    expect(differing).toEqual([]);
    expect(lines.length).toBeGreaterThan(10000);
  });
});
