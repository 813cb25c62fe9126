import { detectConversation } from '../../../src/anonymiser';
import { found, foundOf } from './helpers';

/** Issue 13, round 9 (tuning set I): naming cues, nicknames, businesses without a legal form, foreign shapes. */

describe('names by their naming words', () => {
  it('reads a nickname after "noemen die gast", "gebruikt de naam" and "iedereen zegt"', () => {
    expect(foundOf('NAAM', 'ze noemen die gast Kapitein maar hij is aardig')).toEqual(['Kapitein']);
    expect(foundOf('NAAM', 'hij gebruikt ook de naam B-Money op straat')).toEqual(['B-Money']);
    expect(foundOf('NAAM', 'hij heet Kevin, maar iedereen zegt K-Dog.')).toEqual(['Kevin', 'K-Dog']);
    expect(foundOf('NAAM', 'szef to Jan, ale wszyscy mowia GJ')).toContain('GJ');
    expect(foundOf('NAAM', 'iedereen zegt dat het goed komt')).toEqual([]);
  });

  it('reads the name after "heet" with the subject after the verb', () => {
    expect(foundOf('NAAM', 'volgens mij heet de pooier osas of zo')).toEqual(['osas']);
    expect(foundOf('NAAM', 'hoe heet de pooier?')).toEqual([]);
  });

  it('reads a capitalised word after "vraag naar" or "ask for" as a name, also a dictionary word', () => {
    expect(foundOf('NAAM', 'call after 11 in night, ask for Gift')).toEqual(['Gift']);
    expect(foundOf('NAAM', "met erbij 'vraag naar Dido'")).toEqual(['Dido']);
    expect(foundOf('NAAM', 'ik moet vragen naar de manager, ask for help')).toEqual([]);
  });

  it('reads a month after a nickname’s head as the name', () => {
    // The respect word goes with the name (addressForms.ts).
    expect(foundOf('NAAM', 'the boss lady call auntie Mei')).toEqual(['auntie Mei']);
    expect(foundOf('NAAM', 'sinds Mei werkt ze daar')).toEqual([]);
  });

  it('takes a dictionary word as surname right after a listed name, and as first name before an unknown one', () => {
    expect(foundOf('NAAM', 'the smuggler Kidane Welde ask more money')).toEqual(['Kidane Welde']);
    expect(foundOf('NAAM', 'contactpersoon Kleve: Dieter Hünermann, bel hem')).toEqual(['Dieter Hünermann']);
    expect(foundOf('NAAM', 'bij De Brug Schuldhulp in Lelystad')).toEqual([]);
    expect(foundOf('NAAM', 'hij rijdt een busje van Brouwer Transport')).toEqual([]);
  });

  it('ends a name with its particle before "van" and the business the person is from', () => {
    expect(found('de eigenaar is Gerrit ter Beek van Ter Beek Agro B.V.')).toEqual([
      ['NAAM', 'Gerrit ter Beek'],
      ['ORGANISATIE', 'Ter Beek Agro B.V.'],
    ]);
  });

  it('reads an unknown word before Polish "jestem" as a name', () => {
    expect(foundOf('NAAM', 'Krzysiek jestem, nie chcę podawać adresu')).toEqual(['Krzysiek']);
  });
});

describe('organisations without a legal form', () => {
  it('takes the name after a work cue with an adverb, a role compound or "namens"', () => {
    expect(foundOf('ORGANISATIE', 'ik werk zelf bij Zonnig dat is een schoonmaakbedrijf')).toEqual(['Zonnig']);
    expect(foundOf('ORGANISATIE', 'ik ben jeugdconsulent bij Jeugdzorg De Bron, wij hebben een meisje')).toEqual(['Jeugdzorg De Bron']);
    expect(foundOf('ORGANISATIE', 'Ik bel namens Woonzorg Noord, mijn naam is Bas')).toEqual(['Woonzorg Noord']);
  });

  it('keeps a public service without a name of its own readable', () => {
    expect(found('ik heb contact gehad met Jeugdzorg en de politie')).toEqual([]);
  });

  it('takes more kinds of business before and after a name', () => {
    expect(foundOf('ORGANISATIE', 'naast de Drogisterij Pluim')).toEqual(['Drogisterij Pluim']);
    expect(foundOf('ORGANISATIE', 'onze sponsor Kalverhouderij Mulder laat polen wonen')).toEqual(['Kalverhouderij Mulder']);
    expect(foundOf('ORGANISATIE', 'die jongen van Istanbul Grillroom werkt 7 dagen')).toEqual(['Istanbul Grillroom']);
    expect(foundOf('ORGANISATIE', 'zijn bedrijf is Verhoeven Asperges en')).toEqual(['Verhoeven Asperges']);
  });

  it('takes a kind word with a compass or country word after it', () => {
    expect(foundOf('ORGANISATIE', 'rabotim za Logistiek Zuidwest, ne ni dayat pari')).toEqual(['Logistiek Zuidwest']);
    expect(foundOf('ORGANISATIE', 'werkt in de Zorg Nederland')).toEqual([]);
  });

  it('takes every name before "(kvk …)", not the words before it, and no person after a role', () => {
    expect(foundOf('ORGANISATIE', 'zelfde eigenaar achter Uitzendbureau Snel (kvk 61902237) en Harvest Hands (kvk 68112409)')).toEqual([
      'Uitzendbureau Snel',
      'Harvest Hands',
    ]);
    expect(foundOf('NAAM', 'de nagelstudio, eigenaar Vu Thi Hong, kvk 60392817')).toEqual(['Vu Thi Hong']);
  });
});

describe('personal data in other countries’ shapes', () => {
  it('reads a Spanish plate after "coche" and a plate after a country’s adjective', () => {
    expect(foundOf('KENTEKEN', 'tiene un coche español 4821 KLB')).toEqual(['4821 KLB']);
    expect(foundOf('KENTEKEN', 'busjes die we zagen: een roemeense B 417 FLR en een poolse WX 52981')).toEqual(['B 417 FLR', 'WX 52981']);
  });

  it('takes the flat after a Turkish or Portuguese house number', () => {
    expect(foundOf('ADRES', 'adresim Atatürk Cad. No:23 Daire 5, Şahinbey')).toEqual(['Atatürk Cad. No:23 Daire 5']);
    expect(foundOf('ADRES', 'morada antiga Rua de Santa Catarina 540, 2º esq, 4000-446 Porto')).toEqual([
      'Rua de Santa Catarina 540, 2º esq',
    ]);
  });

  it('reads a lower-case postcode after a place, but no year', () => {
    expect(foundOf('POSTCODE', 'ik woon in Wapenveld, 8191 ab')).toEqual(['8191 ab']);
    expect(foundOf('POSTCODE', 'in Utrecht, 2019 ok')).toEqual([]);
  });

  it('reads an e-mail address typed with spaces between its letters', () => {
    expect(foundOf('EMAIL', 'имейл d e s i . i v a n o v a @ abv . bg')).toEqual(['d e s i . i v a n o v a @ abv . bg']);
  });

  it('reads a Polish driving licence number and a Portuguese citizen card', () => {
    expect(foundOf('DOCUMENTNUMMER', 'zabrali mi prawo jazdy 04471/19/1462 i mówią')).toEqual(['04471/19/1462']);
    expect(foundOf('DOCUMENTNUMMER', 'João Ferreira, CC 14729381 4ZX7, conta')).toEqual(['14729381 4ZX7']);
    expect(foundOf('DOCUMENTNUMMER', 'gekocht bij hem, met mijn BSN 111222333')).toEqual([]);
  });

  it('reads a street ending in "kant" with a house number', () => {
    expect(foundOf('ADRES', 'l7anout f Markerkant 13-42')).toEqual(['Markerkant 13-42']);
  });
});

describe('a name once known in a conversation', () => {
  const names = (texts: string[]): string[][] =>
    detectConversation(texts).map((spans, i) => spans.filter((e) => e.type === 'NAAM').map((e) => texts[i]!.slice(e.start, e.end)));

  it('is the name in lower case right before a verb a person does', () => {
    expect(names(['my friend Rose is there', 'this is a new phone rose dont know'])).toEqual([['Rose'], ['rose']]);
    expect(names(['my friend Rose is there', 'a rose is a flower'])).toEqual([['Rose'], []]);
  });

  it('is learned also when another language calls it a function word', () => {
    expect(names(['mijn vriendin Desi werkt daar ook', 'hij zegt dat desi moet opschieten'])).toEqual([['Desi'], ['desi']]);
  });
});

describe('a business in lower case', () => {
  it('takes the owner’s name after a kind word and "van"', () => {
    expect(foundOf('ORGANISATIE', 'ik werk bij de kwekerij van jansen in de lier')).toEqual(['kwekerij van jansen']);
    expect(foundOf('ORGANISATIE', 'het bedrijf van mijn oom')).toEqual([]);
  });
});

describe('handles after a platform’s name', () => {
  it('finds the platform also as part of a word with an apostrophe or hyphen', () => {
    expect(foundOf('HANDLE', "op insta's zie je hem als jaydenn.m20")).toEqual(['jaydenn.m20']);
    expect(foundOf('HANDLE', 'op tiktok-ul e jaydenn.m20')).toEqual(['jaydenn.m20']);
    expect(foundOf('HANDLE', 'zie jaydenn.m20')).toEqual([]);
  });
});

describe('places before a case ending', () => {
  it('reads a known place before an apostrophe and a Turkish case ending or a possessive', () => {
    expect(foundOf('PLAATS', "Den Haag'da Transvaal'da oturuyoruz")).toEqual(["Den Haag'da", "Transvaal'da"]);
    expect(foundOf('PLAATS', "eşim beni Konya'dan getirdi")).toEqual(["Konya'dan"]);
    expect(foundOf('PLAATS', "Amsterdam's nachtleven, Best's wel leuk")).toEqual(["Amsterdam's"]);
    expect(foundOf('PLAATS', "Elif'in annesi")).toEqual([]);
  });

  it('leaves a name before it whole and reads no street word in a surname', () => {
    expect(found("kuzenim Serkan Kaya Zaandam'da çalışıyor")).toEqual([
      ['NAAM', 'Serkan Kaya'],
      ['PLAATS', "Zaandam'da"],
    ]);
  });
});

describe('places the conversation knows', () => {
  it('stay two places when two of them stand side by side', () => {
    const text = "Den Haag'da Transvaal'da oturuyoruz";
    const [spans] = detectConversation([text]);
    expect(spans!.map((e) => `${e.type}:${text.slice(e.start, e.end)}`)).toEqual(["PLAATS:Den Haag'da", "PLAATS:Transvaal'da"]);
  });
});
