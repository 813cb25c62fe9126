import { foundOf } from './helpers';

describe('a lower-case surname right after a settled name (nameTails)', () => {
  it.each([
    ['mijn vriendin heet sanne visser, ze is 16', 'sanne visser'],
    ['rekeninghouder is mevrouw sanne visser, geboren 2001', 'sanne visser'],
    ['mijn ex kevin slootmaker laat meisjes werken', 'kevin slootmaker'],
    ['de beheerder is Ria meulenbelt en ze woont boven', 'Ria meulenbelt'],
  ])('masks the whole name in "%s"', (text, name) => {
    expect(foundOf('NAAM', text).join(' | ')).toContain(name);
  });

  it('leaves a word of the sentence after the name alone', () => {
    // A surname that is a word too, before a word of the sentence, is that word.
    expect(foundOf('NAAM', 'dank je wel, ik heb sanne post gestuurd')).not.toContain('sanne post');
    // A function word or verb after the name.
    expect(foundOf('NAAM', 'ik ben jolanda en ik werk hier')).toEqual(['jolanda']);
    expect(foundOf('NAAM', 'de baas heet evert zegt ze')).toEqual(['evert']);
  });

  it('does not take an unknown word after a name in a message of another language', () => {
    // Polish: "zabrał" (took) is unknown to the Dutch and English dictionaries, as most words here are.
    expect(foundOf('NAAM', 'koordynator marek zabrał nam paszporty')).not.toContain('marek zabrał');
  });

  it('does not let words of one or two letters make a message Dutch or English', () => {
    // Ukrainian "ta", "v", "na" are also Dutch or English abbreviations; the longer words are not Dutch.
    expect(foundOf('NAAM', 'Andrii ta Maksym zhyvut v kontejneri na Bosweg 11')).toEqual(['Andrii', 'Maksym']);
  });
});

describe('a first name with a possessive "s" before a relation (possessiveNames)', () => {
  it.each([
    ['Priyas moeder weet van niks', 'Priyas'],
    ['Ahmeds baas houdt geld in', 'Ahmeds'],
    ['Fatimas zus belde gisteren', 'Fatimas'],
  ])('masks the owner in "%s"', (text, name) => {
    expect(foundOf('NAAM', text)).toContain(name);
  });

  it('leaves a plural or a word before a relation alone', () => {
    expect(foundOf('NAAM', 'Kerstmis baas is streng')).toEqual([]);
    expect(foundOf('NAAM', 'Ouders moeder komt ook')).toEqual([]);
  });
});
