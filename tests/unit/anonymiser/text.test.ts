import { allMatches, fold, matchSpans } from '../../../src/anonymiser/text';

const spans = (ms: RegExpExecArray[]): [number, string][] => ms.map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it.each([
    [/\d+/g, 'tel 06 1234 en 112'],
    [/(?<![\p{L}])\p{Lu}\p{Ll}+/gu, 'Anna en Jan in Łódź'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/[A-Z]{2}-\d{2}/giu, 'geen kenteken'],
  ])('gives what matchAll gives for %s in %j', (pattern, text) => {
    expect(spans(allMatches(pattern, text))).toEqual([...text.matchAll(new RegExp(pattern))].map((m) => [m.index, m[0]]));
  });

  it('starts at the beginning and leaves the pattern ready for its next use', () => {
    const pattern = /o/g;
    pattern.lastIndex = 3;
    expect(spans(allMatches(pattern, 'oo'))).toEqual([
      [0, 'o'],
      [1, 'o'],
    ]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('keeps the groups of each match', () => {
    expect(allMatches(/(\d)(\p{L})/gu, '1a 2b').map((m) => m[2])).toEqual(['a', 'b']);
  });
});

describe('fold', () => {
  it('folds plain ASCII to its lower case and every other text letter by letter, keeping offsets', () => {
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
    expect(fold(ascii)).toBe(ascii.toLowerCase());
    // The same ASCII letters beside one that is not take the letter-by-letter path, with the same result.
    expect(fold(`${ascii}é`)).toBe(`${ascii.toLowerCase()}e`);
    expect(fold('Łódź ŞAHİN Ærø')).toHaveLength('Łódź ŞAHİN Ærø'.length);
    expect(fold('Łódź')).toBe('lodz');
  });
});

describe('matchSpans', () => {
  it.each([
    [/\d+/g, '06 1234 5678'],
    [/\p{Lu}\p{Ll}+/gu, 'Ève en Łódź'],
    [/x*/g, 'axxb'],
    [/\d+/g, 'geen cijfers'],
  ])('gives where each match of %s in %j starts and ends', (pattern, text) => {
    expect(matchSpans(pattern, text)).toEqual(allMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length })));
  });

  it('gives the offsets of the groups of a digit run', () => {
    expect(matchSpans(/\d+/g, '06 12 345')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
      { start: 6, end: 9 },
    ]);
  });
});
