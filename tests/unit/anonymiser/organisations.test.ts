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
