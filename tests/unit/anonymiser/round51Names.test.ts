import { detectConversation } from '../../../src/anonymiser';
import { Pseudonymiser } from '../../../src/anonymiser/pseudonymiser';
import { foundOf } from './helpers';

describe('forms of address said as part of a name (round 51)', () => {
  it.each([
    ['a agência paga 5 euros por hora, a patroa é dona Cida', 'dona Cida'],
    ['minha amiga trabalha para o seu Roberto em Haarlem', 'seu Roberto'],
    ['el dueño don Felipe le quitó todo', 'don Felipe'],
    ['seful nea Vasile ne ia 150 euro pe saptamana', 'nea Vasile'],
    ['Jamal is de neef van de baas, haj Mustapha', 'haj Mustapha'],
    ['goedenavond, ik ben oma Ernestine, ik woon nu bij mijn dochter', 'oma Ernestine'],
    ['ik schrijf namens broer Achmed, hij spreekt geen nederlands', 'broer Achmed'],
    ['the boss is Raj bhai, he keeps the passports', 'Raj bhai'],
  ])('%s', (text, name) => {
    expect(foundOf('NAAM', text)).toContain(name);
  });

  it('leaves the relation outside after a possessive, and takes a formal title in, with or without its full stop', () => {
    expect(foundOf('NAAM', 'mijn broer Achmed werkt daar')).toEqual(['Achmed']);
    expect(foundOf('NAAM', 'meneer van der Meer is de eigenaar')).toEqual(['meneer van der Meer']);
    expect(foundOf('NAAM', 'ik sprak met Mr. Daniel en dhr Jansen')).toEqual(['Mr. Daniel', 'dhr Jansen']);
    expect(foundOf('NAAM', 'zuster Ingrid gaf haar pillen')).toEqual(['Ingrid']);
  });

  it('finds no name in the forms of address alone', () => {
    expect(foundOf('NAAM', 'oma zegt dat het goed is')).toEqual([]);
    expect(foundOf('NAAM', 'de pastor heeft gebeld')).toEqual([]);
    expect(foundOf('NAAM', "i don't know where she is")).toEqual([]);
  });

  it('does not learn the form of address as the person, and keeps one placeholder for both', () => {
    const texts = ['a dona é dona Cida, ela tem o meu passaporte', 'a dona não paga'];
    const spans = detectConversation(texts).map((found, i) => found.map((e) => texts[i]!.slice(e.start, e.end)));
    expect(spans).toEqual([['dona Cida'], []]);
    const p = new Pseudonymiser();
    const out = p.anonymiseConversation(['ik ben oma Ernestine', 'Ernestine woont in Zuidoost']);
    expect(out.map((o) => o.text)).toEqual(['ik ben [NAAM-1]', '[NAAM-1] woont in [PLAATS-1]']);
  });
});

describe('a name said to be someone’s relation (round 51)', () => {
  it.each([
    ['Rozemarijn is mijn collega, zij heeft het gezien', 'Rozemarijn'],
    ['ok. Daan was de eigenaar van die zaak', 'Daan'],
    ['Precious is my sister and she is in Italy', 'Precious'],
    ['sanne is mijn nichtje', 'sanne'],
  ])('%s', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it.each([
    'Dit is mijn zus',
    'Maandag is mijn vrije dag',
    'Marktplaats is de site waar ze adverteren',
    'Het is de baas die alles regelt',
    'werk is mijn leven',
    'alles is mijn schuld',
    'wie is de baas?',
    'Mama is mijn alles',
  ])('finds no name in "%s"', (text) => {
    expect(foundOf('NAAM', text)).toEqual([]);
  });

  it('leaves a place opening the clause to the places', () => {
    expect(foundOf('NAAM', 'Marokko is mijn land')).toEqual([]);
  });
});

describe('a name as the subject of a speech verb that reports (round 51)', () => {
  it.each([
    ['Chidinma zegt dat het niet klopt', 'Chidinma'],
    ['roos zegt dat ze 50 euro per klant moet afdragen', 'roos'],
    ['Mohammed told me he keeps it', 'Mohammed'],
  ])('%s', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it.each([
    'Iedereen zegt dat hij gevaarlijk is',
    'Google zegt dat het mag',
    'mama zegt dat ik moet komen',
    'het contract zegt dat ik moet betalen',
    'Marokko zegt dat het niet kan',
    'werk zegt dat ik moet blijven',
    'Ze zei: kom maar',
    'she said madam took her passport',
    'Workers told me they have to pay a housing fee',
  ])('finds no name in "%s"', (text) => {
    expect(foundOf('NAAM', text)).toEqual([]);
  });
});
