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

describe('place finder: where someone is taken is not where they are (safety14)', () => {
  it.each([
    [
      'a bag to bring to another town, the writer at home',
      'ik moet vanavond weer een tas naar Breda brengen, ik zit nu thuis in Oosterhout',
      'Oosterhout',
    ],
    [
      'a train to take, the writer living elsewhere',
      'he wants me to take the train to Zwolle tomorrow with a bag, I live in Meppel',
      'Meppel',
    ],
    [
      'taken to a house in a town, seen from another',
      'ze nemen haar vanavond mee naar een huis in Tilburg, wij wonen in Waalwijk',
      'Waalwijk',
    ],
  ])('%s', (_what, text, expected) => {
    expect(municipality(text)).toBe(expected);
  });

  it.each([
    [
      'a destination alone is still the place of the worry',
      'mijn vriendin is gisteravond met een fotograaf naar een huis in Almere gegaan',
      'Almere',
    ],
    ['moving to a town makes it home', 'we moved to Hilversum last year, our neighbours in Breda never call', 'Hilversum'],
    ['going back to it too', 'nu wil ze terug naar Den Helder, hoewel ze in Alkmaar woonde', 'Den Helder'],
  ])('%s', (_what, text, expected) => {
    expect(municipality(text)).toBe(expected);
  });
});
