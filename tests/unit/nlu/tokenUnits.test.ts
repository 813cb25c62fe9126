import { isNumberToken } from '../../../src/nlu/text/analyse';
import { foldLetters } from '../../../src/nlu/text/foldLetters';
import { tokenize } from '../../../src/safety/normalise';
import { seededRandom } from '../../../src/seededRandom';

/**
 * Round 39 reads three questions of every token by its code units instead of an expression: a
 * number token, a letter to fold, a boundary piece of the tokenizer. Seeded random words of pieces
 * where a reading unit by unit could part from the expression: ASCII digits and letters, digits of
 * other scripts (Arabic-Indic, Devanagari, full-width, superscript, an astral digit), the four folded
 * letters and their look-alikes, punctuation, apostrophes, hyphens and a lone surrogate.
 */
function randomWords(seed: number, count: number, pieces: readonly string[]): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let word = '';
    const runs = Math.floor(random() * 6);
    for (let r = 0; r < runs; r++) word += pieces[Math.floor(random() * pieces.length)]!.repeat(1 + Math.floor(random() * 3));
    return word;
  });
}

const PIECES = ['0', '7', 'a', 'Z', '/', ':', '\u0663', '\u0967', '\uff17', '²', '\u{1D7D8}', 'ł', 'ı', 'đ', 'ø', 'l', 'ö', 'ж', '\uD800'];

describe('token questions read by code units', () => {
  it('isNumberToken gives what /^\\p{N}+$/u gives', () => {
    expect(isNumberToken('2026')).toBe(true);
    expect(isNumberToken('\u0663\u0664')).toBe(true);
    expect(isNumberToken('10e')).toBe(false);
    expect(isNumberToken('')).toBe(false);
    for (const word of randomWords(39, 5_000, PIECES)) expect(isNumberToken(word)).toBe(/^\p{N}+$/u.test(word));
  });

  it('foldLetters gives what the replacement of /[łıđø]/gu gives', () => {
    const fold: Record<string, string> = { ł: 'l', ı: 'i', đ: 'd', ø: 'o' };
    expect(foldLetters('wypłaty')).toBe('wyplaty');
    for (const word of randomWords(40, 5_000, PIECES)) expect(foldLetters(word)).toBe(word.replace(/[łıđø]/gu, (c) => fold[c] ?? c));
  });

  it('tokenize makes boundaries of punctuation pieces only and joins apostrophes and hyphens into words', () => {
    const pieces = ['nu', 'ik', "'", '-', '.', '!', '?', ';', ',', '\n', ' ', '3', 'é', 'Ж', "can't", 'zelf-moord'];
    for (const text of randomWords(41, 2_000, pieces)) {
      for (const token of tokenize(text)) {
        if (token.boundary) expect(token.text).toMatch(/^[.!?;,\n\r]*$/);
        else expect(token.text).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }
    expect(tokenize("z'n zelf-moord. Nu!").map((t) => t.text)).toEqual(['', 'zijn', 'zelfmoord', '.', 'nu', '!']);
  });
});
