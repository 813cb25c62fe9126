import { found, foundOf } from './helpers';

/** Issue 13, round 22: places by their frame (lower case, other languages, islands, airports) and a name's other name. Sentences not in any set. */

describe('a lower-case place right after a place word with no article', () => {
  it('takes a town that is a word too', () => {
    expect(foundOf('PLAATS', 'mijn tante uit hoorn zegt dat hij daar vaak komt')).toEqual(['hoorn']);
    expect(foundOf('PLAATS', 'she works in a nail shop in leiden near the station')).toEqual(['leiden']);
    expect(foundOf('PLAATS', 'hij rijdt elke nacht naar ede met die meiden')).toEqual(['ede']);
  });

  it('takes a neighbourhood that is a word too', () => {
    expect(foundOf('PLAATS', 'die jongens verkopen in zuidoost en ze zijn pas 15')).toEqual(['zuidoost']);
  });

  it('leaves the word where an article comes first or the word stands bare itself', () => {
    expect(foundOf('PLAATS', 'hij blies uit de hoorn en iedereen keek')).toEqual([]);
    expect(foundOf('PLAATS', 'de schuur vloog in brand')).toEqual([]);
    expect(foundOf('PLAATS', 'we gaan vanavond uit eten')).toEqual([]);
    expect(foundOf('PLAATS', 'ze laten jongens inbreken in huizen')).toEqual([]);
    expect(foundOf('PLAATS', 'dit gebeurt in heel Nederland en in meer landen')).toEqual([]);
  });

  it('does not read "te" before an infinitive as a place word', () => {
    expect(foundOf('PLAATS', 'hij komt de spullen te halen')).toEqual([]);
  });
});

describe('a lower-case town after a street address', () => {
  it('takes a word no dictionary knows after "in" or "te"', () => {
    expect(foundOf('PLAATS', 'ze woont op molenweg 3 in oudenbosch, boven de bakker')).toEqual(['oudenbosch']);
  });

  it('leaves ordinary words after the address alone', () => {
    expect(foundOf('PLAATS', 'het pand op Kerkweg 8 te koop gezet')).toEqual([]);
  });
});

describe('place words of other languages', () => {
  it('reads Tagalog "sa", Indonesian "di" and Moroccan "f" before a town that is a word too', () => {
    expect(foundOf('PLAATS', 'nagtatrabaho ako sa Wassenaar bilang yaya')).toEqual(['Wassenaar']);
    expect(foundOf('PLAATS', 'saya kerja di Best sekarang')).toEqual(['Best']);
    expect(foundOf('PLAATS', 'kankhdem f Den Haag m3a khali')).toEqual(['Den Haag']);
    expect(foundOf('PLAATS', 'ana sakne b Best ma3 ukhti')).toEqual(['Best']);
  });
});

describe('a neighbourhood after an article', () => {
  it('reads a capitalised name after a lower-case Dutch article as the place', () => {
    expect(foundOf('PLAATS', 'die meiden slapen in een huis in de Pijp, boven een winkel')).toEqual(['de Pijp']);
  });

  it('reads the English article after a place word', () => {
    expect(foundOf('PLAATS', 'she cleans for a family in the Statenkwartier every day')).toEqual(['Statenkwartier']);
  });
});

describe('a town with a Polish case ending', () => {
  it('is the place after a preposition', () => {
    expect(foundOf('PLAATS', 'mój brat mieszka w Tilburgu od roku')).toEqual(['Tilburgu']);
    expect(foundOf('PLAATS', 'pojechała do Eindhovenu i nie wróciła')).toEqual(['Eindhovenu']);
    expect(foundOf('PLAATS', 'pracuje koło Bredy w magazynie')).toEqual(['Bredy']);
  });

  it('leaves a word whose stem is no town alone', () => {
    expect(foundOf('PLAATS', 'pracuje w Holandii od roku')).toEqual([]);
  });
});

describe('a Dutch village spelt like a foreign name of a country', () => {
  it('is the village in a Dutch message after a place word or postcode', () => {
    expect(foundOf('PLAATS', 'mijn zwager werkt bij een kwekerij in America en slaapt daar')).toEqual(['America']);
    expect(foundOf('PLAATS', 'de loods staat aan de Veldweg 3, 5966 AB America')).toEqual(['America']);
  });

  it('leaves the continent and the country alone', () => {
    expect(foundOf('PLAATS', 'hij woont nu in Amerika en ze werkt daar ook')).toEqual([]);
    expect(foundOf('PLAATS', 'he moved to America last year')).toEqual([]);
    expect(foundOf('PLAATS', 'we gaan in de zomer naar Zeeland en hij ook')).toEqual([]);
  });
});

describe('Bonaire, Sint Eustatius and Saba', () => {
  it('are places after a place word', () => {
    expect(foundOf('PLAATS', 'haar broer zit nog op Statia en belt elke week')).toEqual(['Statia']);
    expect(foundOf('PLAATS', 'de man komt uit Bonaire, zegt ze')).toEqual(['Bonaire']);
  });

  it('leave the countries of the Kingdom public, as any country', () => {
    expect(foundOf('PLAATS', 'haar moeder komt uit Curaçao en woont nu hier')).toEqual([]);
  });

  it('leave the given name Saba as a name', () => {
    expect(foundOf('PLAATS', 'Saba zegt dat ze moe is')).toEqual([]);
  });
});

describe('an airport named after a town', () => {
  it('takes "Airport" with the town', () => {
    expect(foundOf('PLAATS', 'ze kwamen aan op Rotterdam Airport met een busje')).toEqual(['Rotterdam Airport']);
  });
});

describe('a name\'s other name after a naming word and "or"', () => {
  it('takes the second name, hyphens and all, even a dictionary word', () => {
    expect(foundOf('NAAM', 'they call him marco or Lil-Money on the street')).toEqual(['marco', 'Lil-Money']);
    expect(foundOf('NAAM', 'hij heet Dennis of Money, dat weet ik niet zeker')).toEqual(['Dennis', 'Money']);
  });

  it('takes a lone capital joined to a name by a hyphen', () => {
    expect(foundOf('NAAM', 'he is called Jay or J-Boss by the girls')).toEqual(['Jay', 'J-Boss']);
  });

  it('leaves "or" after a name that no naming word introduced', () => {
    expect(found('ik weet niet of Money genoeg is')).toEqual([]);
  });
});

describe('a name before "heet" with a pronoun between', () => {
  it('takes a lower-case name', () => {
    expect(foundOf('NAAM', 'ze zegt dat ze nadia heet en 16 is')).toEqual(['nadia']);
  });

  it('leaves "zo" alone', () => {
    expect(found('ik denk dat hij zo heet')).toEqual([]);
  });
});

describe('what stays unmasked', () => {
  it('keeps the helpline numbers, 112, amounts and times next to the new frames', () => {
    expect(found('bel 112 of 0800-2000, ik woon in een huis en betaal 300 euro om 9 uur')).toEqual([]);
  });
});

describe('an account number typed with digits too many', () => {
  it('takes the extra group after a code of the country shape whose checksum fails', () => {
    expect(foundOf('IBAN', 'przelew na konto PL27 1140 2004 0000 3002 0135 5388 12 co tydzień')).toEqual([
      'PL27 1140 2004 0000 3002 0135 5388 12',
    ]);
  });

  it('leaves a count or an amount after it alone', () => {
    expect(foundOf('IBAN', 'rekening NL20 INGB 0001 2345 67 12 keer betaald')).toEqual(['NL20 INGB 0001 2345 67']);
    expect(foundOf('IBAN', 'rekening NL20 INGB 0001 2345 67 300 euro')).toEqual(['NL20 INGB 0001 2345 67']);
  });

  it('leaves a valid IBAN as it is', () => {
    expect(foundOf('IBAN', 'mijn rekening NL91 ABNA 0417 1643 00 12 is het')).toEqual(['NL91 ABNA 0417 1643 00']);
  });
});

describe('words made from a public word', () => {
  it('leaves plurals and adjectives of countries bare', () => {
    expect(found('are you also open on Sundays?')).toEqual([]);
    expect(found('she showed me her Colombian passport')).toEqual([]);
  });

  it('still finds a given name that a public word of four letters makes', () => {
    expect(foundOf('NAAM', 'mijn collega Roman werkt daar ook')).toEqual(['Roman']);
  });
});

describe('a lower-case name after a preposition that takes a person', () => {
  it('takes a first name the dictionary has too, closing its clause', () => {
    expect(foundOf('NAAM', 'ik kreeg gisteren een bericht van kim gestuurd')).toEqual(['kim']);
    expect(foundOf('NAAM', 'de sleutel ligt bij die sjaak.')).toEqual(['sjaak']);
  });

  it('leaves ordinary words and a clause that goes on alone', () => {
    expect(found('dat doe ik voor jan en alleman')).toEqual([]);
    expect(found('hij zat met de bakker aan tafel')).toEqual([]);
  });
});
