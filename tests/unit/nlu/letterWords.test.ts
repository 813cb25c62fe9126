import { capitalWords } from '../../../src/nlu/language';
import { charClass, LATIN, LETTER, letterWordCount, letterWords, LOWER, NUMBER, UPPER } from '../../../src/nlu/text/letterWords';
import { seededRandom } from '../../../src/seededRandom';

describe('letterWords', () => {
  it('counts runs of letters in any script, not digits or signs between them', () => {
    expect(letterWords("ze is 15 -- en zegt: 'help'!")).toEqual(['ze', 'is', 'en', 'zegt', 'help']);
    expect(letterWordCount('Мені дуже соромно, ok?')).toBe(4);
    expect(letterWordCount('0612345678 112 :)')).toBe(0);
  });

  it('splits at a letter-free sign inside a word and gives the same answer on every call', () => {
    expect(letterWords("hij's ver-weg")).toEqual(['hij', 's', 'ver', 'weg']);
    expect(letterWordCount('een twee drie')).toBe(3);
    expect(letterWordCount('een twee drie')).toBe(3);
  });
});

/**
 * Seeded random texts over the characters where a reading by code point could part from the
 * Unicode property expressions: ASCII letters, digits, apostrophes and signs, Latin letters with
 * accents and combining marks, Greek, Cyrillic and Arabic, upper- and lower-case astral letters
 * (surrogate pairs), a title-case letter, other numbers and lone surrogates.
 */
function randomTexts(seed: number, count: number): string[] {
  const pieces = [
    'a',
    'Z',
    'q',
    'M',
    '0',
    '7',
    "'",
    ' ',
    '.',
    '-',
    '\n',
    '’',
    'é',
    'É',
    'ß',
    'ł',
    'Ł',
    'e\u0301',
    'ǅ',
    'Σ',
    'ς',
    'ж',
    'Ж',
    'ب',
    '²',
    'Ⅻ',
    '\u{1D400}',
    '\u{1D41A}',
    '\u{10400}',
    '\u{10428}',
    '\u{1F600}',
    '\uD800',
    '\uDC00',
  ];
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(random() * 40);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    return text;
  });
}

describe('letterWords and capitalWords read as the expressions they replace', () => {
  const texts = randomTexts(23, 3_000);

  it('letterWords finds the runs /\\p{L}+/gu finds, and letterWordCount counts them', () => {
    for (const text of texts) {
      const expected = text.match(/\p{L}+/gu) ?? [];
      expect(letterWords(text)).toEqual(expected);
      expect(letterWordCount(text)).toBe(expected.length);
    }
  });

  it("capitalWords finds what /(?<![\\p{L}\\p{N}'])\\p{Lu}\\p{Ll}+/gu finds, at the same places", () => {
    for (const text of texts) {
      const expected = [...text.matchAll(/(?<![\p{L}\p{N}'])\p{Lu}\p{Ll}+/gu)].map((m) => ({ index: m.index, word: m[0] }));
      expect(capitalWords(text)).toEqual(expected);
    }
  });

  it('charClass gives the property classes of single code points', () => {
    expect(charClass('a'.codePointAt(0)!)).toBe(LETTER | LATIN | LOWER);
    expect(charClass('Ж'.codePointAt(0)!)).toBe(LETTER | UPPER);
    expect(charClass('²'.codePointAt(0)!)).toBe(NUMBER);
    expect(charClass(0xd800)).toBe(0);
    expect(charClass(0x1d400)).toBe(LETTER | UPPER);
  });
});
