import { detectConversation } from '../../../src/anonymiser';
import { found, foundOf } from './helpers';

/**
 * Issue 13, round 24: a town after another language's work verb, a route's "via", a phone number
 * said aloud with a digit too many, account words between a platform and a handle, a greeting that
 * is a name after a relation. Sentences made for these tests, in no set.
 */

describe('a town after a work verb of another language', () => {
  it('is the place of the work, not the employer', () => {
    expect(found('mój brat Olek pracuje w Venlo od maja')).toContainEqual(['PLAATS', 'Venlo']);
    expect(foundOf('ORGANISATIE', 'mój brat Olek pracuje w Venlo od maja')).toEqual([]);
    expect(foundOf('PLAATS', 'sestra mi trabaja en Breda sin contrato')).toEqual(['Breda']);
  });

  it('still takes a business name after the verb', () => {
    expect(foundOf('ORGANISATIE', 'pracuje w Fresh Logistics Polska od maja')).toEqual(['Fresh Logistics Polska']);
    expect(foundOf('ORGANISATIE', 'lucrez la Venlo Vers Logistiek de doi ani')).toEqual(['Venlo Vers Logistiek']);
  });
});

describe('"via" on a route', () => {
  it("names a place after the route's first place, also one that is a given name", () => {
    expect(found('she was taken from Accra via Milan to Schiedam')).toContainEqual(['PLAATS', 'Milan']);
    expect(found('ze kwam uit Boekarest via Sofia naar Utrecht')).toContainEqual(['PLAATS', 'Sofia']);
  });

  it('leaves a person after "via" alone', () => {
    expect(found('ik ken haar via Sofia, een collega van mijn zus')).toContainEqual(['NAAM', 'Sofia']);
    expect(found('ik kwam via Milan aan dit werk')).toContainEqual(['NAAM', 'Milan']);
  });
});

describe('a phone number said aloud after a phone word', () => {
  it('is taken with a digit too many or too few', () => {
    expect(foundOf('TELEFOON', 'bel me op nul zes een twee drie vier 55 67 89 vanavond')).toEqual(['nul zes een twee drie vier 55 67 89']);
    expect(foundOf('TELEFOON', 'mijn nummer is nul zes acht zeven zes vijf vier drie twee')).toEqual([
      'nul zes acht zeven zes vijf vier drie twee',
    ]);
  });

  it('needs the phone word and a leading zero', () => {
    expect(foundOf('TELEFOON', 'ik was op nul zes een twee drie keer bij hem')).toEqual([]);
    expect(foundOf('TELEFOON', 'we waren met nul zes een twee drie vier 55 67 89 mensen')).toEqual([]);
  });
});

describe('the word for an account between a platform and a handle', () => {
  it('is no handle in Turkish, Spanish or Portuguese', () => {
    expect(foundOf('HANDLE', 'Instagram hesabı @derya.k07, oradan yazabilirsiniz')).toEqual(['@derya.k07']);
    expect(foundOf('HANDLE', 'onun instagram hesabı mert.yilmaz.034 bence')).toEqual(['mert.yilmaz.034']);
    expect(foundOf('HANDLE', 'su cuenta de insta es lola.bcn_22')).toEqual(['lola.bcn_22']);
    expect(foundOf('HANDLE', 'a conta do insta dela é bia_santos.9')).toEqual(['bia_santos.9']);
  });
});

describe('a greeting that is a given name, after a relation', () => {
  it('is the name', () => {
    expect(foundOf('NAAM', 'Moja koleżanka Ola pracuje w magazynie')).toEqual(['Ola']);
    expect(foundOf('NAAM', 'mijn collega Ola werkt daar ook')).toEqual(['Ola']);
  });

  it('stays a greeting elsewhere', () => {
    expect(foundOf('NAAM', 'Ola, tudo bem? preciso de ajuda')).toEqual([]);
    expect(foundOf('NAAM', 'mijn vriendin, hoi! ik ben het weer')).toEqual([]);
    expect(foundOf('NAAM', 'dank je, mijn collega. Hallo nog')).toEqual([]);
  });
});

describe('a national number in two groups', () => {
  it("is a phone number: Britain's 5 and 6 digits, Turkey's 4 and 7", () => {
    expect(foundOf('TELEFOON', 'you can call me 07911 123456 after six')).toEqual(['07911 123456']);
    expect(foundOf('TELEFOON', 'call me on 07700 918442 pls')).toEqual(['07700 918442']);
    expect(foundOf('TELEFOON', 'abim beni 0532 4182763 numarasından arıyor')).toEqual(['0532 4182763']);
  });

  it('takes "me", "him", "on" between the verb and the number as a phone cue', () => {
    expect(foundOf('TELEFOON', 'bel me 0612345678')).toEqual(['0612345678']);
    expect(foundOf('TELEFOON', 'call him on 0044 7911 123456')).toEqual(['0044 7911 123456']);
  });

  it('leaves a sum and a year beside a number alone', () => {
    expect(foundOf('TELEFOON', 'ze betaalde 2000 euro in 2023')).toEqual([]);
    expect(foundOf('TELEFOON', 'hij kwam op 12 05 2023 binnen')).toEqual([]);
  });
});

describe('a neighbourhood team with the name of its area', () => {
  it('is one organisation when written as a name', () => {
    expect(foundOf('ORGANISATIE', 'Met Ruud van Wijkteam Kruiskamp, ik bel over een gezin')).toEqual(['Wijkteam Kruiskamp']);
    expect(foundOf('ORGANISATIE', 'ik werk bij Buurtteam Oosterpark in Groningen')).toEqual(['Buurtteam Oosterpark']);
    expect(foundOf('ORGANISATIE', 'Het Sociaal Wijkteam Noord weet ervan')).toEqual(['Sociaal Wijkteam Noord']);
  });

  it('stays the public kind alone, in lower case or before a function word', () => {
    expect(found('het Wijkteam heeft al gebeld')).toEqual([]);
    expect(found('bel het wijkteam of de politie')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ik ben van het wijkteam Presikhaaf')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'Ik heb het Wijkteam En de huisarts gebeld')).toEqual([]);
  });
});

describe('a street that opens with its street word, without a house number', () => {
  it('is an address after a preposition and an article', () => {
    expect(foundOf('ADRES', 'ze zit in een flat aan de Laan van Meerdervoort, 3 hoog')).toEqual(['Laan van Meerdervoort']);
    expect(foundOf('ADRES', 'het huis aan de Weg naar Rhoon staat vol matrassen')).toEqual(['Weg naar Rhoon']);
    expect(foundOf('NAAM', 'ze zit in een flat aan de Laan van Meerdervoort')).toEqual([]);
  });

  it('leaves the words in lower case and a street word without a name alone', () => {
    expect(found('hij liep op de weg naar huis')).toEqual([]);
    expect(foundOf('ADRES', 'ze stond op het Plein en wachtte')).toEqual([]);
  });
});

describe('a name span that holds a kind of business', () => {
  it('is that business', () => {
    expect(found('kızı Demir Bakkerij de sabah çalıştırıyor')).toContainEqual(['ORGANISATIE', 'Demir Bakkerij']);
    expect(found('De eigenaar van Nagelstudio Diamond Nails laat meisjes slapen')).toContainEqual([
      'ORGANISATIE',
      'Nagelstudio Diamond Nails',
    ]);
    expect(foundOf('NAAM', 'De eigenaar van Nagelstudio Diamond Nails laat meisjes slapen')).toEqual([]);
  });

  it('splits a person who ran on over "van" into a business from the business', () => {
    expect(found('Hallo, ik ben Sevda van Vrouwencentrum Lale in Lombardijen')).toEqual([
      ['NAAM', 'Sevda'],
      ['ORGANISATIE', 'Vrouwencentrum Lale'],
      ['PLAATS', 'Lombardijen'],
    ]);
    expect(found('Ik ben Anouk Verbruggen van Kinderdagverblijf Het Vlindertje in Breda')).toEqual([
      ['NAAM', 'Anouk Verbruggen'],
      ['ORGANISATIE', 'Kinderdagverblijf Het Vlindertje'],
      ['PLAATS', 'Breda'],
    ]);
    expect(found('Meneer Özdemir van Özdemir Bouw & Sloop laat mannen slapen')).toEqual([
      ['NAAM', 'Meneer Özdemir'],
      ['ORGANISATIE', 'Özdemir Bouw & Sloop'],
    ]);
  });

  it('keeps a person whose "business" is only a kind word, a nickname and surnames that are trades', () => {
    expect(found('ik sprak met Anna van de Bakkerij')).toEqual([['NAAM', 'Anna']]);
    expect(found('ze noemen hem de Kapper')).toEqual([['NAAM', 'de Kapper']]);
    expect(found('Piet Visser en Jan Smit halen ze op')).toEqual([
      ['NAAM', 'Piet Visser'],
      ['NAAM', 'Jan Smit'],
    ]);
    expect(found('ik ben Jan de Bakker van hiernaast')).toEqual([['NAAM', 'Jan de Bakker']]);
  });
});

describe('a guessed name right after a preposition of place', () => {
  it('is a place the gazetteer lacks', () => {
    expect(found('My colleague Priya Raman from Kerala works at a hospital')).toContainEqual(['PLAATS', 'Kerala']);
    expect(found('hij werkt in een kas in Niedersachsen en mag niet weg')).toEqual([['PLAATS', 'Niedersachsen']]);
    expect(found('ze is zijn vriendin uit Udon Thani, zegt hij')).toEqual([['PLAATS', 'Udon Thani']]);
  });

  it('keeps a person a name list knows after "from" or "in"', () => {
    expect(found('I got a message from Chukwuemeka yesterday')).toEqual([['NAAM', 'Chukwuemeka']]);
    expect(found('ik heb het van Ayodele gehoord').map(([type]) => type)).toEqual(['NAAM']);
  });

  it('is learned as a place in the conversation, also in lower case later', () => {
    const [first, second] = detectConversation(['I was born in Ekpoma, my madam is there', 'she knows my family in ekpoma']);
    expect(first).toContainEqual({ type: 'PLAATS', start: 14, end: 20 });
    expect(second).toContainEqual({ type: 'PLAATS', start: 23, end: 29 });
    expect(found('she knows my family in ekpoma')).toEqual([]);
  });
});

describe('a business the tagger reads around names the rules found', () => {
  it('is the whole business when it holds a word for its kind', () => {
    expect(found('o barco é da Visserij Zeewind, sem contrato')).toEqual([['ORGANISATIE', 'Visserij Zeewind']]);
    expect(found('trabaja sin contrato en Restaurante El Rincón')).toEqual([['ORGANISATIE', 'Restaurante El Rincón']]);
    expect(found('Hello, I work in HR at Nordic Hotels Amsterdam. One of our cleaners')).toEqual([
      ['ORGANISATIE', 'Nordic Hotels Amsterdam'],
    ]);
  });

  it('reads kinds of business in other languages, with a Turkish case ending, never a surname that is a trade', () => {
    expect(found("kızı Demir Bakkerij'de sabah çalıştırıyor")).toEqual([['ORGANISATIE', "Demir Bakkerij'de"]]);
    expect(found('ik heb gesproken met Jan Bakker en Piet Kok')).toEqual([
      ['NAAM', 'Jan Bakker'],
      ['NAAM', 'Piet Kok'],
    ]);
  });
});

describe('a lower-case first name before an article and a role', () => {
  it('is that person', () => {
    expect(foundOf('NAAM', 'er wonen 30 arbeiders, piet de beheerder haalt elke vrijdag de huur op')).toEqual(['piet']);
    expect(foundOf('NAAM', 'ik zag mark de chauffeur weer bij de loods')).toEqual(['mark']);
    expect(foundOf('NAAM', 'mike the driver takes our phones')).toEqual(['mike']);
  });

  it('leaves a verb that is also a name and a function word alone', () => {
    expect(foundOf('NAAM', 'he called saturday night crying, said the boss hit him')).toEqual([]);
    expect(foundOf('NAAM', 'hij zegt dat de baas de eigenaar is')).toEqual([]);
  });
});

describe('a sports club by its short form', () => {
  it('takes the name and the year it was founded, the short form in lower case too', () => {
    expect(foundOf('ORGANISATIE', "mijn zoon voetbalt bij vv De Zwaluwen '30 en een trainer geeft hem geld")).toEqual([
      "vv De Zwaluwen '30",
    ]);
    expect(foundOf('ORGANISATIE', 'hij speelt bij RKSV Halsteren 1928 in de A1')).toEqual(['RKSV Halsteren 1928']);
  });

  it('needs a capitalised name after it', () => {
    expect(found('vv is een afkorting')).toEqual([]);
    expect(found('sv en vv zijn clubs')).toEqual([]);
  });
});
