import { allMatches } from '../../../src/anonymiser/text';

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
