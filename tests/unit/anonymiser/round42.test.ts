import { foundOf } from './helpers';

describe('a chain with "the" before it or its place after "on" (round 42)', () => {
  it('masks an English "the" before a chain', () => {
    expect(foundOf('ORGANISATIE', 'they wait for us behind the Aldi every night')).toEqual(['Aldi']);
  });

  it('masks a chain whose street follows after "on"', () => {
    expect(foundOf('ORGANISATIE', 'he sells cards outside Kruidvat on Hoofdstraat 12')).toEqual(['Kruidvat']);
  });

  it("reads the employer cue before a fuller name that ends in a chain's name", () => {
    expect(foundOf('ORGANISATIE', 'ik pluk tomaten in Westland voor Tomaat Plus sinds mei')).toEqual(['Tomaat Plus']);
  });

  it('keeps a chain that is only a product ("a Hema bag")', () => {
    expect(foundOf('ORGANISATIE', 'she carried a Hema bag with her papers')).toEqual([]);
  });
});

describe('a bank where someone holds an account (round 42)', () => {
  it.each([
    ['he opened an account for me at ING last year', 'ING'],
    ['alle lonen gaan naar een rekening bij Knab', 'Knab'],
    ['ze heeft een pas van Revolut gekregen', 'Revolut'],
  ])('"%s" masks %s', (text, bank) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([bank]);
  });

  it('keeps capitals that only contain the letters', () => {
    expect(foundOf('ORGANISATIE', 'DE WERKING VAN DE POMP IS KAPOT')).toEqual([]);
  });
});

describe('"the number" that points back to a document in the sentence (round 42)', () => {
  it('masks a code of letters and digits after "het nummer is"', () => {
    expect(foundOf('DOCUMENTNUMMER', 'Haar paspoort heeft de eigenaar van de flat, het nummer is K7P2M9041.')).toEqual(['K7P2M9041']);
  });

  it('needs the document in the same sentence', () => {
    expect(foundOf('DOCUMENTNUMMER', 'Haar paspoort is weg. Mijn klantcode, het nummer is K7P2M9041.')).toEqual([]);
  });

  it('leaves a number of digits alone to the telephone rules', () => {
    expect(foundOf('DOCUMENTNUMMER', 'Zijn pas ligt bij de baas, het nummer is 0612345678')).toEqual([]);
  });
});

describe('a name before a school word in lower case (round 42)', () => {
  it.each([
    ['haar dochter zit op het Lorentz lyceum in Almelo', 'Lorentz lyceum'],
    ['zijn school is Noorderpoort college', 'Noorderpoort college'],
  ])('"%s" masks %s', (text, school) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([school]);
  });

  it.each([
    ['ze gaat naar de Engelse school', 'an adjective'],
    ['Leerling school: geen idee', 'a word opening the sentence'],
  ])('"%s" keeps %s', (text) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([]);
  });
});

describe('snack bars and cafés as kinds of business (round 42)', () => {
  it('masks a lower-case snack bar by its kind word', () => {
    expect(foundOf('ORGANISATIE', 'hij werkt bij frituur het pleintje in de avond')).toEqual(['frituur het pleintje']);
  });

  it('keeps "de cafetaria" with no name after it', () => {
    expect(foundOf('ORGANISATIE', 'we gingen naar de cafetaria en daarna naar huis')).toEqual([]);
  });
});
