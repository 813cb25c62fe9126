import { dutchLatinOf, hasCyrillic, latinSpellings, withoutMarks } from '../../../src/geo/transliterate';
import { foldPart } from '../../../src/geo/normalise';

describe('transliterate: one spelling of Cyrillic names and accents for every reader', () => {
  it('spells a name the international way, with the Russian and German readings beside it', () => {
    expect(latinSpellings('Харків')).toContain('kharkiv');
    expect(latinSpellings('Утрехт')).toContain('utrecht');
    expect(latinSpellings('Пловдив')).toContain('plovdiv');
    // Bulgarian ъ is a vowel.
    expect(latinSpellings('Търново')).toContain('tarnovo');
    expect(latinSpellings('Amsterdam')).toEqual([]);
  });

  it('spells a Dutch place back the Dutch way, capitalised', () => {
    expect(dutchLatinOf('Роттердам')).toBe('Rotterdam');
    expect(dutchLatinOf('Дронтен')).toBe('Dronten');
    expect(dutchLatinOf('Лейден')).toBe('Leiden');
    expect(dutchLatinOf('Зайст')).toBe('Zijst');
    expect(dutchLatinOf('Хаага')).toBe('Chaaga');
  });

  it('writes the letters both spellings share alike', () => {
    for (const word of ['Лодз', 'Бреда', 'Сліп']) {
      expect(latinSpellings(word)[0]).toBe(dutchLatinOf(word).toLowerCase());
    }
  });

  it('drops accents and combining marks, and the gazetteer folds with it', () => {
    expect(withoutMarks('Súdwest-Fryslân')).toBe('Sudwest-Fryslan');
    expect(withoutMarks('Łódź')).toBe('Łodz');
    expect(foldPart('Súdwest')).toBe('sudwest');
    expect(foldPart('Łódź')).toBe('lodz');
    expect(hasCyrillic('Київ')).toBe(true);
    expect(hasCyrillic('Kyiv')).toBe(false);
  });
});
