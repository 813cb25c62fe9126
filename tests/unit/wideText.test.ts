import { asciiFastPathSource, isWide, patternFor } from '../../src/wideText';
import { seededRandom } from '../../src/seededRandom';

/** Every match with its offset and groups, as a pattern finds them from the start. */
function matchesOf(pattern: RegExp, text: string): string[] {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(JSON.stringify([m.index, [...m], m.groups ?? null]));
    if (m[0] === '') pattern.lastIndex++;
  }
  return out;
}

const PATTERNS: RegExp[] = [
  /(?<![\p{L}\d])\p{Lu}[\p{L}'’-]+(?:straat|laan)\s+\d{1,4}(?![\p{L}\d])/gu,
  /(?<![\p{L}])(?:heet|named)\s+(\p{Lu}\p{Ll}+)(?:\s+(?<last>\p{Lu}\p{Ll}+))?/gu,
  /[^\p{L}\p{N}\s]+/gu,
  /(?<=[\p{Ll}\d,]\s+)(?:op|aan)\s+de\s+(\p{Lu}\p{Ll}{3,})/gu,
  /\P{L}{2,}/gu,
  /(?<!(?<![\p{L}])(?:dat|dit)\s+)(?:heet|noemt)\s+\p{L}+/giu,
  /['’][tsTS](?![\p{L}\p{M}])|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’-](?=[\p{L}\p{M}]))*/gu,
  /[\p{L}\p{N}]+(?:['’`´][\p{L}\p{N}]+)*/gu,
  /\p{Lu}{2,}|\p{Ll}\p{M}*k/giu,
];

/** Letters and marks from ASCII, Latin-1, Polish, Romanian, Cyrillic, Greek, emoji and a letter beyond the BMP. */
const ALPHABET = [...'aZk Kx09-_.,:;\'"()[]\n\t', ...'éÉßü', ...'łŁșțăĂ’“”–', ...'жЖІіΩω', '\u0301', '\u212a', '\u017f', '😀', '𝐀', '𐐀'];

function randomText(random: () => number): string {
  const words = ['straat', 'Kerkstraat', 'op', 'de', 'heet', 'Named', 'dat', 'Łódź', 'Іван', "'t", '12', 'Ab', 'laan'];
  let text = '';
  const length = 1 + Math.floor(random() * 14);
  for (let i = 0; i < length; i++) {
    text += random() < 0.5 ? words[Math.floor(random() * words.length)]! : ALPHABET[Math.floor(random() * ALPHABET.length)]!;
    text += random() < 0.6 ? ' ' : '';
  }
  return text;
}

describe('patterns for text beyond Latin-1', () => {
  it('tells text stored two bytes a character from Latin-1 text', () => {
    expect(isWide('Café in Zürich')).toBe(false);
    expect(isWide('it’s')).toBe(true);
    expect(isWide('Łódź')).toBe(true);
  });

  it('try the ASCII characters of a property class first, after the class inside a look-behind', () => {
    expect(asciiFastPathSource('\\p{Lu}x', 'u')).toBe('(?:[ABCDEFGHIJKLMNOPQRSTUVWXYZ]|(?![\\x00-\\x7f])\\p{Lu})x');
    expect(asciiFastPathSource('(?<![\\p{L}\\d])', 'u')).toBe(
      '(?<!(?:[0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz]|[\\p{L}\\d](?<![\\x00-\\x7f])))',
    );
    expect(asciiFastPathSource('[a-z]\\d(x)', 'u')).toBe('[a-z]\\d(x)');
    expect(asciiFastPathSource('\\p{Lu}', 'g')).toBe('\\p{Lu}');
  });

  it('find exactly the matches and groups of the pattern itself', () => {
    const random = seededRandom(13);
    const texts = Array.from({ length: 400 }, () => randomText(random));
    for (const pattern of PATTERNS) {
      const twin = patternFor(pattern, true);
      expect(twin).not.toBe(pattern);
      for (const text of texts) expect(matchesOf(twin, text)).toEqual(matchesOf(pattern, text));
    }
  });

  it('leave patterns for Latin-1 text, and patterns without a property class, as they are', () => {
    const pattern = /\p{Lu}/gu;
    expect(patternFor(pattern, false)).toBe(pattern);
    const plain = /[a-z]+\d/u;
    expect(patternFor(plain, true)).toBe(plain);
  });

  it('make one twin per source, also for a pattern written inside a function', () => {
    const make = (): RegExp => /[\p{L}]+x/gu;
    expect(patternFor(make(), true)).toBe(patternFor(make(), true));
  });
});
