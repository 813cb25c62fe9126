import { hasLowerCaseLetter, isLowerCaseWord } from '../../../src/anonymiser/text';
import { hasNonAscii, isWide } from '../../../src/wideText';
import { detectPii } from '../../../src/anonymiser';
import { seededRandom } from '../../../src/seededRandom';

/** Seeded texts of ASCII letters and digits, letters beyond ASCII and Latin-1, a surrogate pair, spaces. */
function seededTexts(count: number, longest: number): string[] {
  const alphabet = ['a', 'z', 'A', 'Z', '1', ' ', '-', 'é', 'É', 'ß', 'ÿ', 'ł', 'Ł', 'ж', 'Ж', 'ǅ', 'ª', '’', '😀', '𝐚'];
  const random = seededRandom(44);
  return Array.from({ length: count }, () =>
    Array.from({ length: Math.floor(random() * longest) }, () => alphabet[Math.floor(random() * alphabet.length)]!).join(''),
  );
}

/** The texts on which a loop answers otherwise than the pattern it stands for. */
function answeredOtherwise(texts: readonly string[]): string[] {
  return texts.filter(
    (text) =>
      hasNonAscii(text) !== /[^\x00-\x7f]/.test(text) ||
      isWide(text) !== /[^\x00-\xff]/.test(text) ||
      hasLowerCaseLetter(text) !== /\p{Ll}/u.test(text) ||
      isLowerCaseWord(text) !== (/\p{Ll}/u.test(text) && text === text.toLowerCase()),
  );
}

describe('character questions read by a loop, answered as their patterns answer them', () => {
  it('reads every code unit of the Basic Multilingual Plane as the patterns do', () => {
    expect(answeredOtherwise(Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)))).toEqual([]);
  });

  it('reads words and texts, short and past the loop length, as the patterns do', () => {
    expect(answeredOtherwise(['', ...seededTexts(3000, 12), ...seededTexts(40, 700)])).toEqual([]);
  });
});

describe('a street ending found in its word before the message is scanned for one', () => {
  it.each([
    ['Ze woont op de Dorpsstraat 12 in Assen', 'ADRES'],
    ['Ze woont op de Dorpsstraat-Oost 12', 'ADRES'],
    ['adres: Lange Nieuwstraat 3a, Utrecht', 'ADRES'],
    ['hij zit in de Kalverstraat bij de winkel', 'ADRES'],
  ])('still finds the address in "%s"', (text, type) => {
    expect(detectPii(text).some((d) => d.type === type)).toBe(true);
  });

  it('marks no address in a message without a street', () => {
    expect(detectPii('ik heb 3 pakketstraatjes gezien').some((d) => d.type === 'ADRES')).toBe(false);
  });
});

describe('a document cue asked once for a number read in several shapes', () => {
  it('marks the number after the cue, and not one without it', () => {
    expect(detectPii('Mijn paspoortnummer is NX 4R8 1P2 en verloopt snel').some((d) => d.type === 'DOCUMENTNUMMER')).toBe(true);
    expect(detectPii('Bestelling 12 34 56 78 is onderweg').some((d) => d.type === 'DOCUMENTNUMMER')).toBe(false);
  });
});
