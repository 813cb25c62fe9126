import { foundOf } from './helpers';

describe('a lower-case listed name in a message of another language (round 40)', () => {
  it.each([
    ['o patrão não deixa ela sair sem ele', 'ela'],
    ['ele não paga nada e ela trabalha todo dia', 'ela'],
    ['nu ne plătește, luna asta am primit doar 200', 'luna'],
  ])('"%s": "%s" is that language\'s word', (text) => {
    expect(foundOf('NAAM', text)).toEqual([]);
  });

  it('keeps the name in a Dutch message', () => {
    expect(foundOf('NAAM', 'ik werk voor ela en zij betaalt niet')).toEqual(['ela']);
  });

  it('keeps the name after a relation of that language', () => {
    expect(foundOf('NAAM', 'moja siostra ela jest tam')).toEqual(['ela']);
  });

  it('keeps a capitalised name in that language', () => {
    expect(foundOf('NAAM', 'a Ela não recebe nada')).toEqual(['Ela']);
  });
});

describe('a month as given name after a name opening a clause (round 40)', () => {
  it.each([
    ['op de SEH kwam een meisje, Xiao Mei, met haar oom', 'Xiao Mei'],
    ['mijn collega, Chen Mei, werkt daar ook', 'Chen Mei'],
  ])('"%s"', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it.each(['het was druk, In Mei begint het pas', 'we praten, Vanaf Mei werk ik daar'])(
    '"%s": a month after a capitalised preposition of time stays',
    (text) => {
      expect(foundOf('NAAM', text)).toEqual([]);
    },
  );
});

describe('a business a kind word and "is called" name (round 40)', () => {
  it.each([
    ['the agency is called Work&Go and they house us in caravans', 'Work&Go'],
    ['the company was called Green Hands and they never paid', 'Green Hands'],
    ['het bedrijf is genaamd Schoon Plus en de baas', 'Schoon Plus'],
  ])('"%s"', (text, name) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([name]);
  });

  it('needs a name after it', () => {
    expect(foundOf('ORGANISATIE', 'the agency is called that because it sends people abroad')).toEqual([]);
  });
});
