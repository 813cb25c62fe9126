import { found, foundOf } from './helpers';

describe('organisations by structure and context', () => {
  it.each([
    // a capitalised compound kind word is part of the name, and so are capitalised words before it
    ['Mijn zwager heeft een bakkerij, Bakkerij Demir & Zonen, in Poelenburg.', 'Bakkerij Demir & Zonen'],
    ['naast Tabaksspeciaalzaak Karakaya.', 'Tabaksspeciaalzaak Karakaya'],
    ['Indonesisch Restaurant Sari Rasa, Hoofdstraat 12.', 'Indonesisch Restaurant Sari Rasa'],
    ['Hij zit bij Sportschool Fit4All.', 'Sportschool Fit4All'],
    // legal forms of the victims' countries, and what follows them
    ['Hij werkt via Hun-Work Kft. en woont in een caravan.', 'Hun-Work Kft'],
    ['Ze werkt bij Groen en Zonen Hoveniers in de kas.', 'Groen en Zonen Hoveniers'],
    ['De eigenaar van VOF Jansen & Zn regelt de kamers.', 'VOF Jansen & Zn'],
    // a place or compass word after a school is part of its name
    ['Ze zit op het Stedelijk Gymnasium Leiden.', 'Stedelijk Gymnasium Leiden'],
    ['lotte zit bij mij op het Vondelcollege West', 'Vondelcollege West'],
    // the name after "genaamd" or "heet"
    ['ze werkt in een kapsalon genaamd Hair by Esra', 'Hair by Esra'],
    ['Het uitzendbureau heet Eurowork en zit in Venlo.', 'Eurowork'],
    // two or more capitalised words after "bij" or "voor", with words between the verb and the cue
    ["hij werkt 's nachts bij Car Wash Sparkle aan de Industrieweg 8.", 'Car Wash Sparkle'],
  ])('finds in %j the organisation', (text, name) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([name]);
  });

  it('leaves a sentence written in capitals alone', () => {
    expect(found('Sorry Voor Mijn Slechte Nederlands')).toEqual([]);
  });

  it('lets a person name after "bij" stay a name', () => {
    expect(found('Ze logeert bij Fatima El Amrani.')).toEqual([['NAAM', 'Fatima El Amrani']]);
  });
});

describe('context that decides between kinds', () => {
  it.each([
    // a supermarket brand that is also a place, right after a place word, is the place
    ['ze is gezien in Hoogvliet met een man', 'PLAATS', 'Hoogvliet'],
    // a town of several ordinary words, lower case, after a place word
    ['Ik woon in den haag sinds twee jaar.', 'PLAATS', 'den haag'],
    // a place right after a postcode
    ['Kapelsestraat 301 bus 4, 2950 Kapellen, elke ochtend', 'PLAATS', 'Kapellen'],
    // a month after a naming word is a name
    ['ze heet Mei of May', 'NAAM', 'Mei'],
    // a partner organisation's domain in a person's e-mail address
    ['rob.hoekstra@politie.nl, of mobiel', 'EMAIL', 'rob.hoekstra@politie.nl'],
    // en dash between the groups of a phone number
    ['Haar nummer: 06 – 29 48 17 30.', 'TELEFOON', '06 – 29 48 17 30'],
    // a permit or card number
    ['they take my permit, nr Y15820374', 'DOCUMENTNUMMER', 'Y15820374'],
    ['my card is KX 482913', 'DOCUMENTNUMMER', 'KX 482913'],
  ])('finds in %j a %s', (text, type, value) => {
    expect(foundOf(type, text)).toContain(value);
  });

  it('keeps a brand alone when nothing says it is a workplace or a place', () => {
    expect(found('Ze had een Hoogvliet tas bij zich.')).toEqual([]);
  });

  it('does not take the kind word after "via" for the name', () => {
    expect(found('ik werk via uitzendbureau Polflex Staffing BV')).toEqual([['ORGANISATIE', 'Polflex Staffing BV']]);
  });
});

describe('names after family words and naming words', () => {
  it.each([
    ['I am au pair in family in Wassenaar, family Van Rossum.', 'Van Rossum'],
    ['Ze moet een madam terugbetalen, die noemen ze Mama Joy, ze woont in Rotterdam.', 'Mama Joy'],
  ])('finds in %j the whole name', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });
});
