import { found, foundOf } from './helpers';

/** Issue 13, round 14: businesses named in lower case, dates in more written forms, names of more communities. Sentences not in any set. */

describe('a business named in lower case after a kind word', () => {
  it('reads an article and words after the kind word as the name', () => {
    expect(foundOf('ORGANISATIE', 'mijn oom is eigenaar van lunchroom de zonnebloem in emmen')).toEqual(['lunchroom de zonnebloem']);
    expect(foundOf('ORGANISATIE', 'ze poetst elke ochtend in hotel het anker')).toEqual(['hotel het anker']);
  });

  it('reads dictionary words as the name when the sentence goes on with where it is', () => {
    expect(foundOf('ORGANISATIE', 'ze werkt bij de kapsalon royal style op de markt')).toEqual(['kapsalon royal style']);
  });

  it('reads a word no dictionary knows set off by commas after the kind word', () => {
    expect(foundOf('ORGANISATIE', 'hij werkt in een bakkerij, panificio rosso, in de binnenstad')).toEqual(['bakkerij, panificio rosso']);
  });

  it('leaves a verb, a time, an adverb or a second kind word after the kind word', () => {
    expect(foundOf('ORGANISATIE', 'de jongens in de wasstraat klagen in de pauze')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ze staat in de winkel de hele week')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ze eten in die zaak achterin')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'hij werkt in een shoarma zaak in de stad')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'toen ik bij de bakkerij stond op de hoek')).toEqual([]);
  });

  it('leaves English, which writes its compounds apart', () => {
    expect(foundOf('ORGANISATIE', 'my cousin works in restaurant kitchen in the city')).toEqual([]);
  });
});

describe('dates in more written forms', () => {
  it('reads a day, a month name and a year joined by one mark', () => {
    expect(foundOf('DATUM', 'op haar kaart staat 7-feb-2002 als geboortedag')).toEqual(['7-feb-2002']);
    expect(foundOf('DATUM', 'vertrek was 21/okt/2023 uit Sofia')).toEqual(['21/okt/2023']);
  });

  it('reads a holiday with its year', () => {
    expect(foundOf('DATUM', 'ze is op 2e paasdag 2022 meegenomen')).toEqual(['2e paasdag 2022']);
    expect(foundOf('DATUM', 'sinds koningsdag 2021 hebben we niks gehoord')).toEqual(['koningsdag 2021']);
  });

  it('leaves a holiday without a year', () => {
    expect(foundOf('DATUM', 'met koningsdag moet ze altijd werken')).toEqual([]);
  });
});

describe('names of more communities', () => {
  it('knows short forms and names people use in lower case', () => {
    expect(foundOf('NAAM', 'mijn collega jarek slaapt ook in dat huis')).toEqual(['jarek']);
    expect(foundOf('NAAM', 'ik weet dat osagie het geld ophaalt')).toEqual(['osagie']);
  });

  it('takes a short form that is a word elsewhere only with a cue', () => {
    expect(foundOf('NAAM', 'haar vriendin heet Desi en woont ook daar')).toEqual(['Desi']);
    expect(foundOf('NAAM', 'magandang gabi po, kumusta kayo')).toEqual([]);
  });

  it('reads more countries as no name', () => {
    expect(found('I am back in Ireland now and safe')).toEqual([]);
    expect(foundOf('NAAM', 'ze komt uit Guinee en spreekt Frans')).toEqual([]);
  });
});

describe('tuning set O: plates, fuel stations and banks, words of other languages', () => {
  it('reads a plate after the plural "platen"', () => {
    expect(foundOf('KENTEKEN', 'een oude vrachtwagen met litouwse platen KTR 55219 stond achter de loods')).toEqual(['KTR 55219']);
  });

  it('reads a fuel station or bank as a place someone works or is picked up', () => {
    expect(foundOf('ORGANISATIE', 'ze worden elke avond opgehaald bij de Esso naast de snelweg')).toEqual(['Esso']);
    expect(foundOf('ORGANISATIE', 'mijn zwager werkt bij de Rabobank als beveiliger')).toEqual(['Rabobank']);
  });

  it('leaves the Darija "ana" and the Polish name of the Netherlands', () => {
    expect(foundOf('NAAM', 'ana khdama f dar dyal wahed rajel')).toEqual([]);
    expect(foundOf('NAAM', 'mój brat pracuje w Holandii od marca')).toEqual([]);
  });

  it('knows Ukrainian and Albanian given names', () => {
    expect(foundOf('NAAM', 'Serhii pratsyuye tut bez dohovoru')).toEqual(['Serhii']);
    expect(foundOf('NAAM', 'de man die het regelt is Ilir, hij rijdt een zwarte golf')).toEqual(['Ilir']);
  });
});

describe('more shapes of addresses, web addresses, organisations and neighbourhoods', () => {
  it('reads a post-office box as an address', () => {
    expect(foundOf('ADRES', 'de brieven gaan naar Postbus 4410 en niet naar zijn huis')).toEqual(['Postbus 4410']);
    expect(foundOf('ADRES', 'write to P.O. Box 88 in Accra')).toEqual(['P.O. Box 88']);
  });

  it('reads a web address with a newer top-level domain', () => {
    expect(foundOf('URL', 'haar foto staat op sweetgirls-holland.club/den-haag met prijzen')).toEqual(['sweetgirls-holland.club/den-haag']);
  });

  it('goes on with "en" and a capitalised kind word, or English "of" and a name after a kind word', () => {
    expect(foundOf('ORGANISATIE', 'hij werkt bij Demir Schoonmaak en Onderhoud in Zwolle')).toEqual(['Demir Schoonmaak en Onderhoud']);
    expect(foundOf('ORGANISATIE', 'she prays at the Victory Church of Christ every sunday')).toEqual(['Victory Church of Christ']);
  });

  it('reads a capitalised name after a word for a neighbourhood or village', () => {
    expect(foundOf('PLAATS', 'we wonen in de wijk Kerckebosch vlak bij de school')).toEqual(['Kerckebosch']);
    expect(foundOf('PLAATS', 'hij heet volgens de buurt Rocco')).toEqual([]);
  });
});

describe('dates with a weekday or a short English month', () => {
  it('reads a weekday before a day and month in digits, with the weekday', () => {
    expect(foundOf('DATUM', 'ze moest za 21/9 weer naar dat huis')).toEqual(['za 21/9']);
  });

  it('leaves a fraction after a weekday when a unit follows', () => {
    expect(foundOf('DATUM', 'ze werkt ma 1/2 dag in de kas')).toEqual([]);
  });

  it('reads a weekday and a day of the month as an ordinal', () => {
    expect(foundOf('DATUM', 'hij komt haar woensdag de 17e halen')).toEqual(['woensdag de 17e']);
  });

  it('reads a short English month before a day with its ordinal or a year', () => {
    expect(foundOf('DATUM', 'she arrived Feb 3rd, 2022 by bus')).toEqual(['Feb 3rd, 2022']);
    expect(foundOf('DATUM', 'my date of birth is Aug 14 1999')).toEqual(['Aug 14 1999']);
  });
});

describe('a town in lower case where someone comes from or was born', () => {
  it('reads a town that is also a word after "kom uit" or "geboren in"', () => {
    expect(foundOf('PLAATS', 'mijn vriendin komt uit putten en woont nu hier')).toEqual(['putten']);
    expect(foundOf('PLAATS', 'zijn broer is geboren in huizen')).toEqual(['huizen']);
  });

  it('leaves the word with an article or no town', () => {
    expect(foundOf('PLAATS', 'de mannen komen uit de kampen')).toEqual([]);
    expect(foundOf('PLAATS', 'hij komt uit bed om vijf uur')).toEqual([]);
  });
});

describe('a floor after the house number', () => {
  it('reads "hoog" after the number as part of the address', () => {
    expect(foundOf('ADRES', 'ze wonen met zes man op Vechtstraat 88 hoog, boven de snackbar')).toEqual(['Vechtstraat 88 hoog']);
  });
});
