import { isWordCharacter } from '../../../src/anonymiser/detectors/iban';

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
