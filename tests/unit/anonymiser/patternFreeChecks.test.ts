import { isWordCharacter } from '../../../src/anonymiser/detectors/iban';
import { CAMEL_WORD, hasCamelHump } from '../../../src/anonymiser/detectors/organisations';

/** Seeded words of letters in both cases (ASCII and beyond), marks, digits and joiners. */
function seededWords(count: number): string[] {
  const alphabet = ['a', 'b', 'z', 'A', 'B', 'Z', 'é', 'É', 'ß', 'Ж', 'ж', '-', "'", '1', ' '];
  let seed = 27;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    const length = next() % 10;
    for (let j = 0; j < length; j++) w += alphabet[next() % alphabet.length];
    words.push(w);
  }
  return words;
}

describe('a letter or digit beside an IBAN, read without the pattern where it can be', () => {
  it('reads every code unit of the Basic Multilingual Plane as `/[\\p{L}\\p{N}]/u` does', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (isWordCharacter(ch) !== /[\p{L}\p{N}]/u.test(ch)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('reads a letter beyond the plane as the pattern does', () => {
    expect(isWordCharacter('𝐀')).toBe(true);
    expect(isWordCharacter('😀')).toBe(false);
  });
});

describe('a camel-case word, read without the pattern on ASCII', () => {
  it.each(['JavaScript', 'mcDonalds', 'abCd', 'abCD', 'aBcd', 'ab-Cd', 'abcDe', 'éaBcd', 'caféBar', 'ÉcoleBon', ''])(
    'reads "%s" as the pattern does',
    (word) => {
      expect(hasCamelHump(word)).toBe(CAMEL_WORD.test(word));
    },
  );

  it('agrees with the pattern on 20,000 seeded words', () => {
    const wrong = seededWords(20000).filter((w) => hasCamelHump(w) !== CAMEL_WORD.test(w));
    expect(wrong).toEqual([]);
  });
});
