/**
 * The facts' place finder over the shipped gazetteer: Dutch names bent by the grammar or the
 * script of another language (sentences written for this test).
 */
import { Gazetteer } from '../../../src/geo';
import { gazetteerPlaces } from '../../../src/nlu/facts/gazetteerPlaces';

const places = gazetteerPlaces(Gazetteer.load());
const municipality = (text: string) => places.find(text)?.municipality ?? null;

describe('place finder: names bent by another language', () => {
  it.each([
    ['a Turkish ending after an apostrophe', "kardeşim Tilburg'da bir depoda çalışıyor", 'Tilburg'],
    ['a Hungarian case ending', 'a bátyám egy üvegházban dolgozik Westlandben', 'Westland'],
    ['a Polish locative', 'mój brat pracuje w Amsterdamie i nie dostaje pieniędzy', 'Amsterdam'],
    ['Cyrillic with a case ending', 'мой брат работает на складе в Тилбурге', 'Tilburg'],
    ['Cyrillic for a Dutch "ch"', 'сестра ми работи в Утрехт', 'Utrecht'],
  ])('%s', (_what, text, expected) => {
    expect(municipality(text)).toBe(expected);
  });

  it('keeps the place as written for Cyrillic, the Dutch stem for Latin letters', () => {
    expect(places.find('мой брат работает в Тилбурге')?.place).toBe('Тилбурге');
    expect(places.find("kardeşim Tilburg'da çalışıyor")?.place).toBe('Tilburg');
  });

  it('reads no place into ordinary words with a case-like ending', () => {
    for (const text of [
      'Szia, segítség kellene',
      'Dzień dobry, pracuję w magazynie',
      'Здравейте, работя в склад',
      'Beste mensen, ik heb een vraag',
    ])
      expect(places.find(text)).toBeNull();
  });

  it('still prefers a name as written', () => {
    expect(places.find('mijn zus woont in Hoogvliet')).toMatchObject({ place: 'Hoogvliet', municipality: 'Rotterdam' });
  });
});
