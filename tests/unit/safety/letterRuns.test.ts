import { cutStretches, skeleton, tokenize } from '../../../src/safety/normalise';
import { seededRandom } from '../../../src/seededRandom';

/**
 * Seeded random words of runs (one to five of a piece): ASCII and accented letters, a combining
 * mark, digits, apostrophes and hyphens, Cyrillic, Arabic, a title-case letter, an ASCII letter in
 * capitals, astral letters (surrogate pairs) and lone surrogates, where a reading unit by unit could
 * part from the Unicode expressions it replaces.
 */
function randomWords(seed: number, count: number): string[] {
  const pieces = ['a', 'e', 'o', 'n', 'Z', '0', '7', "'", '-', 'é', 'ß', '\u0301', 'ж', 'ب', 'ǅ', '²', '\u{1D41A}', '\u{10428}', '\uD800'];
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let word = '';
    const runs = 1 + Math.floor(random() * 8);
    for (let r = 0; r < runs; r++) word += pieces[Math.floor(random() * pieces.length)]!.repeat(1 + Math.floor(random() * 5));
    return word;
  });
}

describe('letter runs read unit by unit', () => {
  it('cuts stretched letters as the writers type them', () => {
    expect(cutStretches('heeeeelp')).toBe('heelp');
    expect(skeleton('heeelp')).toBe('help');
    expect(skeleton('maar')).toBe('mar');
    expect(cutStretches('112222')).toBe('112222');
    expect(skeleton('112')).toBe('112');
  });

  it('skeleton and cutStretches give what /(\\p{L})\\1+/gu and /(\\p{L})\\1{2,}/gu give', () => {
    for (const word of randomWords(36, 5_000)) {
      expect(skeleton(word)).toBe(word.replace(/(\p{L})\1+/gu, '$1'));
      expect(cutStretches(word)).toBe(word.replace(/(\p{L})\1{2,}/gu, '$1$1'));
    }
  });

  it('tokenize keeps a stretched word as written where the stretch is only a doubled letter', () => {
    expect(tokenize('neeeem de noot').map((t) => [t.text, t.skel, t.written])).toEqual([
      ['', '', ''],
      ['neem', 'nem', 'nem'],
      ['de', 'de', 'de'],
      ['noot', 'not', 'noot'],
      ['', '', ''],
    ]);
  });
});
