import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TOKEN_RE, tokenPieces } from '../../../src/safety/normalise';
import { seededRandom } from '../../../src/seededRandom';

/**
 * Round 41 reads the tokenizer's pieces unit by unit instead of with `matchAll(TOKEN_RE)`. Seeded
 * random texts of the units where a reading unit by unit could part from the expression: letters
 * and digits of several scripts, an astral letter and digit, a lone high and low surrogate, a
 * combining mark, joiners (' and -) alone, doubled, at the start or end, boundary marks and spaces;
 * and the corpus lines as written.
 */
const PIECES = [
  'a',
  'Z',
  '7',
  'é',
  'ж',
  'ł',
  '\u0663',
  '\uff17',
  '²',
  '\u{1D7D8}',
  '\u{1D400}',
  '\u{1F600}',
  '\uD800',
  '\uDC00',
  '\u0301',
  "'",
  '-',
  "''",
  '--',
  '.',
  '!',
  '?',
  ';',
  ',',
  '\n',
  '\r',
  ' ',
  ':',
  '/',
  '_',
  '€',
];

function pieces(text: string): string[] {
  const out: string[] = [];
  tokenPieces(text, (piece) => out.push(piece));
  return out;
}

const byExpression = (text: string) => [...text.matchAll(TOKEN_RE)].map((m) => m[0]);

describe('tokenPieces', () => {
  it('gives the pieces TOKEN_RE gives on examples', () => {
    expect(pieces("z'n zelf-moord. Nu!!")).toEqual(["z'n", 'zelf-moord', '.', 'Nu', '!!']);
    expect(pieces("'t -a- b'' c-'d \u{1D400}x")).toEqual(['t', 'a', 'b', 'c', 'd', '\u{1D400}x']);
  });

  it('gives the pieces TOKEN_RE gives on seeded random texts', () => {
    const random = seededRandom(41);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(random() * PIECES.length)]!;
      expect(pieces(text)).toEqual(byExpression(text));
    }
  });

  it('gives the pieces TOKEN_RE gives on the corpus lines', () => {
    const dir = path.join(__dirname, '../../../corpus/nlu');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(path.join(dir, name), 'utf8').split('\n')) {
        const text = line === '' ? '' : (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string') expect(pieces(text)).toEqual(byExpression(text));
      }
    }
  });
});
