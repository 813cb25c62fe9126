import { positionSlots, taggerModel } from '../../../src/anonymiser/tagger';
import { SLOTS, rowsOf, slotScores } from '../../../src/anonymiser/tagger/model';
import {
  asciiOpeningShape,
  gapClass,
  gapClassOfCode,
  gapCode,
  gapEndsSentence,
  openingShapeOfCode,
  positionFeatures,
  shapeOf,
} from '../../../src/anonymiser/tagger/wordFeatures';
import { RunMemo, withMemo } from '../../../src/anonymiser/runMemo';
import { tokenize } from '../../../src/anonymiser/text';

/**
 * Issue 13, round 21 (speed, output unchanged): the tagger reads where a word stands by numeric
 * codes of the marks around it and of its first letters' shapes, and a word's own scores by one
 * look-up. Lines written for these tests: other scripts, emoji, combining marks, quotes, breaks.
 */
const LINES = [
  'Mijn buurvrouw Sanne Oosterveld werkt bij Bakkerij Stam, zegt ze.',
  'ok',
  'Hij heet Wiesław en belt 06 12345678',
  'zat. Daarna: "Jan" (of Piet?) … — ging ze weg\nEn toen!',
  'Ze heet Zo\u0308e en werkt bij “De Gouden Draak” in Den Haag…',
  'Ik ben 😀 bij Андрій, hij woont in Київ; mijn baas is Ayşe Yılmaz',
  "van 't Hof & Zn. / Ahmed's broer @ work #2 + 'S-Hertogenbosch",
  'زهرا گفت که Mohammed در Rotterdam کار می‌کند',
  'Nguyễn Văn An  \t\u00a0 werkt bij 王芳 in Utrecht\r\nxX Xx xx XX',
  '«Olá» disse a Maria — a irmã do João; „Tomek” też',
];

/** gapClass as it read the marks before this round, character by character into a string: the reference. */
function gapClassByString(text: string, from: number, to: number): string {
  let out = '';
  let last = '';
  for (let i = from; i < to && out.length < 4; i++) {
    const ch = text[i]!;
    let c: string;
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') continue;
    if (ch === '\n' || ch === '\r') c = 'n';
    else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') c = '.';
    else if (ch === ',' || ch === ';') c = ',';
    else if (ch === ':') c = ':';
    else if (ch === '(' || ch === '[') c = '(';
    else if (ch === ')' || ch === ']') c = ')';
    else if ('"\'“”‘’«»„'.includes(ch)) c = '"';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch === '@' || ch === '#') c = '@';
    else if (ch === '/' || ch === '\\') c = '/';
    else if (ch === '-' || ch === '–' || ch === '—') c = '-';
    else if (ch === '&' || ch === '+') c = '&';
    else c = 'o';
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

describe('the marks between words as a number', () => {
  it('name the same classes as gapClass between every two words and at both ends', () => {
    for (const line of LINES) {
      const tokens = tokenize(line);
      const cuts: [number, number][] = [[0, tokens[0]?.start ?? line.length]];
      tokens.forEach((t, i) => cuts.push([t.end, tokens[i + 1]?.start ?? line.length]));
      for (const [from, to] of cuts) {
        const code = gapCode(line, from, to);
        expect(gapClassOfCode(code)).toBe(gapClassByString(line, from, to));
        expect(gapClass(line, from, to)).toBe(gapClassByString(line, from, to));
        expect(gapEndsSentence(code)).toBe(/[.:n]$/.test(gapClassByString(line, from, to)));
      }
    }
  });

  it('cover every class gapClass knows, at most four in a row', () => {
    for (const marks of ['\n.,:()"1@/-&%', '…;[]’9#\\–+*', '!?\r«»„‘', "—/'😀\u0308é"]) {
      for (let from = 0; from < marks.length; from++)
        expect(gapClass(marks, from, marks.length)).toBe(gapClassByString(marks, from, marks.length));
    }
    expect(gapClassOfCode(gapCode(' . . ', 0, 5))).toBe('.');
    expect(gapCode('   ', 0, 3)).toBe(0);
  });
});

describe("a word's first two letters as a shape number", () => {
  it('give the shape of the first two letters when both are ASCII letters, and -1 otherwise', () => {
    const words = ['Jansen', 'DHL', 'van', 'a', 'B', 'jA', "O'Neill", 'Ölçer', 'zö', "'t", 'Андрій', 'زهرا', 'x-y', 'Zo\u0308e'];
    for (const word of words) {
      const code = asciiOpeningShape(word);
      if (/^[A-Za-z]{1,2}/.test(word) && (word.length === 1 || /^[A-Za-z]{2}/.test(word)))
        expect(openingShapeOfCode(code)).toBe(shapeOf(word.slice(0, 2)));
      else expect(code).toBe(-1);
    }
  });

  it('read ASCII words as before the shortcut', () => {
    expect(shapeOf('Jansen')).toBe('Xx');
    expect(shapeOf('McDonaldsXYZabc')).toBe('XxXxXx');
    expect(shapeOf('aBcDeFgH')).toBe('xXxXxX');
    expect(shapeOf('')).toBe('');
    expect(shapeOf('Ölçer')).toBe('Xx');
    expect(shapeOf('O’Neill')).toBe("X'Xx");
  });
});

describe("the tagger's slot scores of a message", () => {
  it('are the very sums of every feature row in order, inside a run and outside one', () => {
    const model = taggerModel()!;
    const width = SLOTS * model.tags;
    const expected = (line: string, starts: ReadonlySet<number>): number[] => {
      const rows = rowsOf(model, positionFeatures(line, tokenize(line), starts));
      const slots = new Float64Array(rows.length * width);
      rows.forEach((r, i) => slotScores(model, r, slots, i * width));
      return Array.from(slots);
    };
    const actual = (line: string, starts: ReadonlySet<number>): number[] =>
      Array.from(positionSlots(model, line, tokenize(line), starts).subarray(0, tokenize(line).length * width));
    const memo = new RunMemo();
    for (const line of [...LINES, ...LINES]) {
      const starts = new Set(
        tokenize(line)
          .filter((_, i) => i % 3 === 1)
          .map((t) => t.start),
      );
      expect(actual(line, starts)).toEqual(expected(line, starts));
      // Within a run the words' own scores come from the run's pool (filled by the first line of a word).
      expect(withMemo(memo, () => actual(line, starts))).toEqual(withMemo(new RunMemo(), () => expected(line, starts)));
    }
  });
});
