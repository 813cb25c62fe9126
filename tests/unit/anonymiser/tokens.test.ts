import { fold, tokenize } from '../../../src/anonymiser/text';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';

/**
 * The tokens every detector shares: plain ASCII text is read by a loop over its characters, other
 * text by the pattern below (text.ts `WORD`). Both must give the same words with the same offsets.
 */
const WORD = /['’][tsTS](?![\p{L}\p{M}])|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu;

function byPattern(text: string): { text: string; key: string; start: number; end: number }[] {
  const folded = fold(text);
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    key: folded.slice(m.index, m.index + m[0].length).replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const LINES = [
  'Ik woon in Den Haag, bij Anna.',
  "van 't Hof en 's avonds laat",
  "'s-Hertogenbosch, O'Neill en El-Amrani",
  "rock'n'roll -- a- -b x' 'T 'tis 'S 'sx '",
  'A4-papier, 06-12345678, user_name@mail.nl, #hashtag',
  "it's Anna's 'n' 't",
  'EEN ZIN IN HOOFDLETTERS!',
  '',
  '...',
  'Mijn baas heet Đỗ Văn Hải',
  'Тетяна живе в Харкові',
  'اسمه محمد',
  '他叫王伟',
  'José en Jose\u0301 (met een losse accent)',
  'Łódź, Kraków en Iași',
  '’t Harde en van ’t Hof',
  'emoji 😀 tussen 👩‍👩‍👧 woorden',
  'tab\tna\nregel',
];

/** A seeded generator: the same strings every run. */
function* seededStrings(count: number, seed: number): Generator<string> {
  const alphabet = "aZt sS'-.9xT’é";
  let state = seed;
  for (let n = 0; n < count; n++) {
    let out = '';
    const length = (state >>> 3) % 12;
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      out += alphabet[(state >>> 16) % alphabet.length];
    }
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    yield out;
  }
}

describe('the shared tokens of a message', () => {
  it.each(LINES)('are the pattern’s words with their offsets in %j', (line) => {
    expect(tokenize(line)).toEqual(byPattern(line));
  });

  it('are the pattern’s words in short strings of letters, apostrophes, hyphens and marks', () => {
    for (const text of seededStrings(3000, 7)) expect([text, tokenize(text)]).toEqual([text, byPattern(text)]);
  });

  it('are the same inside a run, where they are kept for the message', () => {
    const got = withMemo(new RunMemo(), () => LINES.map((line) => [tokenize(line), tokenize(line)]));
    expect(got).toEqual(LINES.map((line) => [byPattern(line), byPattern(line)]));
  });

  it('give each word its offsets into the text as written', () => {
    for (const line of LINES) for (const t of tokenize(line)) expect(line.slice(t.start, t.end)).toBe(t.text);
  });
});
