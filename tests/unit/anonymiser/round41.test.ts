import { foundOf } from './helpers';

describe('a lone surname-list word opening a sentence (round 41)', () => {
  it.each([
    ['Boję się tego szefa, on krzyczy.', 'Polish "I fear"'],
    ['Chủ nhà không trả lương cho em.', 'Vietnamese "owner"'],
  ])('"%s": %s is no name', (text) => {
    expect(foundOf('NAAM', text)).toEqual([]);
  });

  it('keeps a first name opening a sentence', () => {
    expect(foundOf('NAAM', 'Ania pracuje w szklarni, ona nie ma paszportu')).toEqual(['Ania']);
  });

  it('keeps the surname after a relation', () => {
    expect(foundOf('NAAM', 'mijn baas Nowak zegt dat ik moet blijven')).toEqual(['Nowak']);
  });

  it('keeps the surname before a capitalised given name', () => {
    expect(foundOf('NAAM', 'Kowalczyk Anna pracuje tam')).toEqual(['Kowalczyk Anna']);
  });
});

describe('letters that run into digits (round 41)', () => {
  it('reads "de O17" as a team, not a particle and a name', () => {
    expect(foundOf('NAAM', 'de trainer van de O17 neemt jongens mee')).toEqual([]);
  });

  it('keeps a surname initial before a full stop', () => {
    expect(foundOf('NAAM', 'hij heet Ahmed O. en woont daar')).toEqual(['Ahmed O.']);
  });
});

describe('initials after a full stop that opens the message (round 41)', () => {
  it('finds the initial later in the message', () => {
    expect(foundOf('NAAM', '. ik heb het aan K. gevraagd')).toEqual(['K.']);
  });
});

describe('a word with a capital inside and a digit is a brand wherever it stands (round 41)', () => {
  it.each([
    ['eerst bij een ander bureau, nu SnelWerk24, maar de baas blijft', 'SnelWerk24'],
    ['pracuję przez agencję Jobs4Staff Polska w szklarni', 'Jobs4Staff Polska'],
    ['Flex4You Europe, registered in Tilburg, pays him nothing', 'Flex4You Europe'],
  ])('"%s"', (text, brand) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([brand]);
  });

  it('leaves a handle with an underscore to the handle detector', () => {
    expect(foundOf('ORGANISATIE', 'op insta heet hij Rico_010Cash')).toEqual([]);
  });
});

describe('a capitalised dictionary word with a house number where someone lives (round 41)', () => {
  it.each([
    ['ze slaapt boven de winkel op Arcade 7 met vier anderen', 'Arcade 7'],
    ['hij woont achter het station op Passage 31', 'Passage 31'],
  ])('"%s"', (text, street) => {
    expect(foundOf('ADRES', text)).toEqual([street]);
  });

  it.each(['ze slaapt op Zondag 12 uur lang', 'ze woont hier op Kamer 12 jaar'])('"%s": a weekday or a count is no street', (text) => {
    expect(foundOf('ADRES', text)).toEqual([]);
  });
});
