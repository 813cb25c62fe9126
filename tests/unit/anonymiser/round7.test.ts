import { found, foundOf } from './helpers';

/** Issue 13, round 7 (tuning set G): structure for names, employers, IBANs and plates. */

describe('names by structure', () => {
  it('takes a nickname’s head with the name, in any case', () => {
    expect(foundOf('NAAM', 'i am in house of Madam Efe in Den Bosch')).toEqual(['Madam Efe']);
    expect(foundOf('NAAM', 'auntie grace number is kapot')).toEqual(['auntie grace']);
    expect(foundOf('NAAM', 'dikke hans woont in Dronten')).toEqual(['dikke hans']);
    expect(foundOf('NAAM', 'ik vind mama lief')).toEqual([]);
  });

  it('ends a surname after a particle with a capitalised word only another language calls a function word', () => {
    expect(foundOf('NAAM', 'ik ben de buurvrouw, Gerda ten Cate, en ik zie')).toEqual(['Gerda ten Cate']);
  });

  it('keeps a capitalised month that is a given name with the name before it', () => {
    expect(foundOf('NAAM', 'ik ben Chen Mei, ik werk in een restaurant')).toEqual(['Chen Mei']);
  });

  it('reads the owner before a possessive as a person, not a thing after an article', () => {
    expect(foundOf('NAAM', 'ik heb shurandy zijn insta')).toEqual(['shurandy']);
    expect(foundOf('NAAM', 'Angel haar BSN weet ik niet')).toEqual(['Angel']);
    expect(foundOf('NAAM', 'De meisjes in die nagelsalon zijn Vietnamees')).toEqual([]);
  });

  it('takes a lower-case first name that opens a sentence before a verb', () => {
    expect(foundOf('NAAM', 'huy heeft geen papieren')).toEqual(['huy']);
  });

  it('takes lower-case initials before a surname, and no abbreviation written like them', () => {
    expect(foundOf('NAAM', 'rekening t.n.v. j.w. de groot')).toEqual(['j.w. de groot']);
    expect(foundOf('NAAM', 'm.a.j. de wit staat op de brievenbus')).toEqual(['m.a.j. de wit']);
    expect(foundOf('NAAM', 'i.v.m. de bakker kom ik later')).toEqual([]);
  });
});

describe('organisations by structure', () => {
  it('reads a capitalised compound that names an activity before a name as a business', () => {
    expect(foundOf('ORGANISATIE', 'Aspergeteelt Van Rijswijk, owner is Toon')).toEqual(['Aspergeteelt Van Rijswijk']);
    expect(foundOf('ORGANISATIE', 'meestal met een taxi van TaxiCentrale Arnhem')).toEqual(['TaxiCentrale Arnhem']);
    expect(foundOf('ORGANISATIE', 'ik doe mijn huiswerk Maandag')).toEqual([]);
  });

  it('reads "bij De …" and kind words and legal forms of more countries', () => {
    expect(foundOf('ORGANISATIE', 'ik werk in Monster bij De Tuinderij')).toEqual(['De Tuinderij']);
    expect(foundOf('ORGANISATIE', 'pratsiuiu na fabryky Drenthe Verpakking')).toEqual(['Drenthe Verpakking']);
    expect(foundOf('ORGANISATIE', '2 busjes van Lusa Trabalho Lda met plaat')).toEqual(['Lusa Trabalho Lda']);
  });

  it('starts a business after "van" when an initial shows the word before it is a surname', () => {
    expect(found('mr. A. Demir van Demir & Kılıç Advocaten')).toEqual([
      ['NAAM', 'mr. A. Demir'],
      ['ORGANISATIE', 'Demir & Kılıç Advocaten'],
    ]);
  });
});

describe('IBANs, phones and plates', () => {
  it('reads a mobile number with slashes between all its groups, and leaves a date alone', () => {
    expect(found('mijn nummer: 06/51/37/20/89')).toEqual([['TELEFOON', '06/51/37/20/89']]);
    expect(foundOf('TELEFOON', 'op 12/03/2024 om 10 uur')).toEqual([]);
  });

  it('reads capitals inside the account part where the country allows letters there', () => {
    expect(foundOf('IBAN', 'I send money to RO51 BTRL RONC RT64 9208 3124')).toEqual(['RO51 BTRL RONC RT64 9208 3124']);
    expect(foundOf('IBAN', 'NL91 ABNA 0417 1643 00 EN DAN')).toEqual(['NL91 ABNA 0417 1643 00']);
  });

  it('reads a plate in lower case after "kenteken", Latin Bulgarian vehicle words, and more plates in a message about plates', () => {
    expect(foundOf('KENTEKEN', 'kenteken gz 123 k of GZ123K, en eentje met 34 ABC 123 (turks)')).toEqual([
      'gz 123 k',
      'GZ123K',
      '34 ABC 123',
    ]);
    expect(foundOf('KENTEKEN', 'kolata mu e CA 4821 KT')).toEqual(['CA 4821 KT']);
  });
});
