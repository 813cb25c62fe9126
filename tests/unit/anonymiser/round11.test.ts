import { found, foundOf } from './helpers';

/** Issue 13, round 11 (tuning set K): names by structure (initials, titles, months, other languages' naming phrases). */

describe('names by structure', () => {
  it('reads a particle and a capitalised word after initials as the surname, even one that is a word too', () => {
    expect(foundOf('NAAM', 'volgens mij laat meneer B.J. van Dam zijn neef daar werken')).toEqual(['meneer B.J. van Dam']);
    expect(foundOf('NAAM', 'de zorg lag bij mevrouw K.L. ter Haar, zij beheert de kamers')).toEqual(['mevrouw K.L. ter Haar']);
  });

  it('reads a lone initial after a relation as the person', () => {
    expect(foundOf('NAAM', 'mijn vriend R. zegt dat ik niet mag bellen')).toEqual(['R.']);
    expect(foundOf('NAAM', 'zie bijlage B. voor de rest')).toEqual([]);
  });

  it('takes the kunya into the name ("Abu", "Umm")', () => {
    expect(foundOf('NAAM', 'de baas, Abu Karim, houdt de paspoorten')).toEqual(['Abu Karim']);
  });

  it('reads a capitalised month before a capitalised word inside a sentence as a first name', () => {
    expect(foundOf('NAAM', 'op mijn werk is er een meisje, Mei Xiu, dat nooit praat')).toEqual(['Mei Xiu']);
    expect(found('we zagen haar in Mei nog')).toEqual([]);
    expect(foundOf('DATUM', 'op 3 Mei Jansen gezien')).toEqual(['3 Mei']);
  });

  it('reads an unknown capitalised word before a listed surname as its first name, inside a sentence too', () => {
    expect(foundOf('NAAM', 'a colega dela, Jussara Oliveira, também trabalha lá')).toEqual(['Jussara Oliveira']);
  });

  it('knows naming phrases in Portuguese, Spanish and Italian, and "noemt zich ook"', () => {
    expect(foundOf('NAAM', 'olá, meu nome é Rosângela e trabalho numa estufa')).toEqual(['Rosângela']);
    expect(foundOf('NAAM', 'hola, mi nombre es Yolanda y trabajo en un invernadero')).toEqual(['Yolanda']);
    expect(foundOf('NAAM', 'hij noemt zich ook Kleine Tijger op straat')).toEqual(['Kleine Tijger']);
  });

  it('reads a quoted name right after the word for a name', () => {
    expect(foundOf('NAAM', 'op de site staat de naam "Bambi" bij haar foto')).toEqual(['Bambi']);
    expect(foundOf('NAAM', 'onder de naam "Lola" werkt ze daar')).toEqual(['Lola']);
  });

  it('reads a listed first name in lower case that opens the message before a possessive as the owner', () => {
    expect(foundOf('NAAM', 'roos haar insta is privé nu')).toEqual(['roos']);
    expect(foundOf('NAAM', 'ik zag dat roos haar insta privé is')).toEqual([]);
  });

  it('takes greetings in other languages for no name', () => {
    expect(foundOf('NAAM', 'Olá, preciso de ajuda')).toEqual([]);
    expect(foundOf('NAAM', 'Hola, necesito ayuda')).toEqual([]);
  });
});

describe('organisations by structure', () => {
  it('reads a compound ending in stichting, corporatie or vereniging as a kind word before the name', () => {
    expect(foundOf('ORGANISATIE', 'de brief kwam van Woningstichting Het Anker, heel vervelend')).toEqual(['Woningstichting Het Anker']);
  });

  it('reads Maatschap and Coöperatie before a name as its legal form', () => {
    expect(foundOf('ORGANISATIE', 'het land is van Maatschap Brouwer-Smit, zij huren de jongens in')).toEqual(['Maatschap Brouwer-Smit']);
  });

  it('reads the name an apposition calls an agency ("X, een uitzender uit …")', () => {
    expect(foundOf('ORGANISATIE', 'ze werken via Bluewave, een uitzender uit Tilburg')).toEqual(['Bluewave']);
  });

  it('reads capitalised words before Club or Bar as the business', () => {
    expect(foundOf('ORGANISATIE', 'ze danst bij Golden Nights Club in Venlo')).toEqual(['Golden Nights Club']);
    expect(foundOf('ORGANISATIE', 'Zij Werkt In Een Bar En Moet Mee')).toEqual([]);
  });

  it('keeps the fuller name of a business that holds a surer find of it', () => {
    expect(foundOf('ORGANISATIE', "I'm a cleaner at Physio Plus in Leiden")).toEqual(['Physio Plus']);
  });

  it('reads a word with a capital inside as a brand, with a region after it, but not apps or particles', () => {
    expect(foundOf('ORGANISATIE', 'de ploeg van ProClean Brabant slaapt in een loods')).toEqual(['ProClean Brabant']);
    expect(foundOf('ORGANISATIE', 'hij stuurde het via WhatsApp naar mij')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'mijn buurman McBride zag het ook')).toEqual([]);
  });
});

describe('plates of Bulgaria and Ukraine', () => {
  it('reads region, four digits and series in the letters Cyrillic shares with Latin as a plate, not a postcode', () => {
    expect(found('they came in a van CA 7781 KX to the farm')).toEqual([['KENTEKEN', 'CA 7781 KX']]);
    expect(foundOf('POSTCODE', 'ons adres is Dorpsstraat 5, 4417 HK Hansweert')).toEqual(['4417 HK']);
  });
});

describe('places and addresses by structure', () => {
  it('reads a Dutch place in lower case after a residence cue, and the list it opens, even one that is a word too', () => {
    expect(foundOf('PLAATS', 'wij wonen in lombok sinds vorig jaar')).toEqual(['lombok']);
    expect(foundOf('PLAATS', 'ze woont in zuidoost, kraaiennest geloof ik')).toEqual(['zuidoost', 'kraaiennest']);
    expect(foundOf('PLAATS', 'ik woon in centrum, vlak bij het station')).toEqual([]);
    expect(foundOf('PLAATS', 'ze zit in de put')).toEqual([]);
  });

  it('reads Belgian and Romanian streets with their street word and lower-case joining words', () => {
    expect(foundOf('ADRES', 'hij zit nu in Brussel, Chaussée de Louvain 12')).toEqual(['Chaussée de Louvain 12']);
    expect(foundOf('ADRES', 'adresa mea este Strada Mihai cel Bun 4, Iași')).toEqual(['Strada Mihai cel Bun 4']);
  });

  it('reads two capitalised words and a house number after "aan de" as a street', () => {
    expect(foundOf('ADRES', 'het pand staat in Alkmaar, aan de Lange Dijk 12.')).toEqual(['Lange Dijk 12']);
  });
});

describe('names in Arabic and Chinese script', () => {
  it('reads the name after "my name is" in Arabic, with a family name that has the article', () => {
    expect(foundOf('NAAM', 'السلام عليكم، اسمي سارة العلي وأنا من دمشق')).toEqual(['سارة العلي']);
  });

  it('reads a name after a relation, but not a verb or "her age" there', () => {
    expect(foundOf('NAAM', 'صديقي محمود لا يعرف أين هي')).toEqual(['محمود']);
    expect(foundOf('NAAM', 'أختي عمرها 19 سنة')).toEqual([]);
    expect(foundOf('NAAM', 'ابني يعمل في مزرعة')).toEqual([]);
  });

  it('reads a common surname and one or two characters after a cue in Chinese', () => {
    expect(foundOf('NAAM', '我叫李娜，我在饭店工作')).toEqual(['李娜']);
    expect(foundOf('NAAM', '老板张国华不让我走')).toEqual(['张国华']);
    expect(foundOf('NAAM', '我是学生，老板不给钱')).toEqual([]);
  });
});

describe('ordinary words after a work cue', () => {
  it('reads one lower-case dictionary word after "work for" or "werken voor" as the sentence\'s own word, not a business', () => {
    expect(foundOf('ORGANISATIE', 'the man i work for took my passport')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ze moet werken voor kost en inwoning')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ik werk bij flexwerkz in de kassen')).toEqual(['flexwerkz']);
  });
});

describe('a business name ends with its sentence', () => {
  it('does not run a guessed name over a full stop into the next sentence', () => {
    expect(foundOf('ORGANISATIE', 'he came here via France. The family said it was fine')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ze werkt via Tulp Logistics B.V. in Venlo')).toEqual(['Tulp Logistics B.V.']);
  });
});
