import { foundOf } from './helpers';

/** Issue 13, round 10 (tuning set J): names by their place in the sentence, businesses without a legal form, numbers. */

describe('names by naming phrases', () => {
  it('reads the nickname a person gives themself before "noemen"', () => {
    expect(foundOf('NAAM', 'de eigenaar laat zich Big Sam noemen')).toEqual(['Big Sam']);
    expect(foundOf('NAAM', 'hij wil zich Prince noemen')).toEqual(['Prince']);
    expect(foundOf('NAAM', 'ze noemen zich niet zo')).toEqual([]);
  });

  it('reads the name someone is known by, a few words after "ken"', () => {
    expect(foundOf('NAAM', 'ik ken de jongen alleen als Sjonnie, wel groot')).toEqual(['Sjonnie']);
    expect(foundOf('NAAM', 'we know him only as Bobo')).toEqual(['Bobo']);
    expect(foundOf('NAAM', 'ik ken hem al lang als collega')).toEqual([]);
  });

  it('reads the name after "mijn naam" without "is", as learners write it', () => {
    expect(foundOf('NAAM', 'mijn naam Li Na, ik werk in keuken')).toEqual(['Li Na']);
    expect(foundOf('NAAM', 'mijn naam staat op het contract')).toEqual([]);
    expect(foundOf('NAAM', 'my name not important')).toEqual([]);
  });
});

describe('names by their place in the sentence', () => {
  it('reads a capitalised word before a verb of saying inside a lower-case sentence as the name', () => {
    expect(foundOf('NAAM', 'er is een vrouw binnengebracht die alleen Mercy zegt')).toEqual(['Mercy']);
    expect(foundOf('NAAM', 'ik weet niet wat Nederland zegt')).toEqual([]);
  });

  it('reads any capitalised word after a relation and an initial as the surname', () => {
    expect(foundOf('NAAM', 'Het betreft cliënte A. Bah, geb. 03-11-1998')).toEqual(['A. Bah']);
  });

  it('does not take a Dutch sentence with "er" and "die" for German, where capitals are no hint', () => {
    expect(foundOf('NAAM', 'er woont een vrouw die elke dag met Orlavi praat')).toEqual(['Orlavi']);
    expect(foundOf('NAAM', 'Die Wohnung ist Bahnhofstraße 22a')).toEqual([]);
    expect(foundOf('NAAM', 'Danke für die Hilfe.')).toEqual([]);
  });
});
