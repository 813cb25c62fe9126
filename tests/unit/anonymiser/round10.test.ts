import { detectConversation } from '../../../src/anonymiser';
import { found, foundOf } from './helpers';

/** Issue 13, round 10 (tuning set J): names by their place in the sentence, businesses without a legal form, numbers. */

describe('names by naming phrases', () => {
  it('reads the nickname a person gives themself before "noemen"', () => {
    expect(foundOf('NAAM', 'de eigenaar laat zich Big Sam noemen')).toEqual(['Big Sam']);
    expect(foundOf('NAAM', 'hij wil zich Prince noemen')).toEqual(['Prince']);
    expect(foundOf('NAAM', 'ze noemen zich niet zo')).toEqual([]);
  });

  it('reads the name someone is known by, a few words after "ken"', () => {
    expect(foundOf('NAAM', 'ik ken de jongen alleen als Sjonnie, wel groot')).toEqual(['Sjonnie']);
    expect(foundOf('NAAM', 'we know him only as Bobo')).toEqual(['Bobo']);
    expect(foundOf('NAAM', 'ik ken hem al lang als collega')).toEqual([]);
  });

  it('reads the name after "mijn naam" without "is", as learners write it', () => {
    expect(foundOf('NAAM', 'mijn naam Li Na, ik werk in keuken')).toEqual(['Li Na']);
    expect(foundOf('NAAM', 'mijn naam staat op het contract')).toEqual([]);
    expect(foundOf('NAAM', 'my name not important')).toEqual([]);
  });
});

describe('names by their place in the sentence', () => {
  it('reads a capitalised word before a verb of saying inside a lower-case sentence as the name', () => {
    expect(foundOf('NAAM', 'er is een vrouw binnengebracht die alleen Mercy zegt')).toEqual(['Mercy']);
    expect(foundOf('NAAM', 'ik weet niet wat Nederland zegt')).toEqual([]);
  });

  it('reads any capitalised word after a relation and an initial as the surname', () => {
    expect(foundOf('NAAM', 'Het betreft cliënte A. Bah, geb. 03-11-1998')).toEqual(['A. Bah']);
  });

  it('does not take a Dutch sentence with "er" and "die" for German, where capitals are no hint', () => {
    expect(foundOf('NAAM', 'er woont een vrouw die elke dag met Orlavi praat')).toEqual(['Orlavi']);
    expect(foundOf('NAAM', 'Die Wohnung ist Bahnhofstraße 22a')).toEqual([]);
    expect(foundOf('NAAM', 'Danke für die Hilfe.')).toEqual([]);
  });
});

describe('organisations without a legal form', () => {
  it('starts the business at a capitalised kind word after "van", leaving the person before it whole', () => {
    expect(found('Meneer Ruud de la Croix van Kwekerij De Zonnehoek betaalt 3 euro per uur')).toEqual([
      ['NAAM', 'Meneer Ruud de la Croix'],
      ['ORGANISATIE', 'Kwekerij De Zonnehoek'],
    ]);
  });

  it('reads compounds ending in a kind word, in Dutch and other languages', () => {
    expect(foundOf('ORGANISATIE', 'nieuwe nagels van Nailbar Glamour')).toEqual(['Nailbar Glamour']);
    expect(foundOf('ORGANISATIE', 'een kaartje van Escortservice Velvet Nights bij zich')).toEqual(['Escortservice Velvet Nights']);
    expect(foundOf('ORGANISATIE', 'ik ben in Hengelo bij benzinepomp Tango')).toEqual(['benzinepomp Tango']);
    expect(foundOf('ORGANISATIE', 'pracownik socjalny z Fundacja Bezpieczny Powrót w Wrocław')).toEqual(['Fundacja Bezpieczny Powrót']);
    expect(foundOf('ORGANISATIE', 'ik ben inspecteur van Certivo Audits')).toEqual(['Certivo Audits']);
  });

  it('reads a kind word joined by a hyphen, with a region after it', () => {
    expect(foundOf('ORGANISATIE', 'elke ochtend komt een bus van Agri-Staff Limburg')).toEqual(['Agri-Staff Limburg']);
  });

  it('reads a kind word before a surname with its capitalised particle', () => {
    expect(foundOf('ORGANISATIE', 'die eigenaar is van Transport Van den Berg')).toEqual(['Transport Van den Berg']);
  });

  it('reads a brand of letters and digits after "bij" or "via"', () => {
    expect(foundOf('ORGANISATIE', 'ze heeft leningen bij Snelkrediet24 die ze niet afsloot')).toEqual(['Snelkrediet24']);
    expect(foundOf('ORGANISATIE', 'ik woon bij A2 in de buurt')).toEqual([]);
  });

  it('reads a legal form written before the name', () => {
    expect(foundOf('ORGANISATIE', 'op naam van SARL Nettoyage Lumière, contact Jean')).toEqual(['SARL Nettoyage Lumière']);
  });

  it('reads the name given to a place or business ("noemen het")', () => {
    expect(foundOf('ORGANISATIE', 'het is een boerderij, ze noemen het De Vrolijke Kip')).toEqual(['De Vrolijke Kip']);
    expect(foundOf('ORGANISATIE', 'hoe heet het Nederlands voor dit')).toEqual([]);
  });

  it('reads a money transfer service used to send money, not a family after "bij fam."', () => {
    expect(foundOf('ORGANISATIE', 'het geld gaat via Western Union naar Lagos')).toEqual(['Western Union']);
    expect(foundOf('ORGANISATIE', 'ze werkt bij fam. Visser-Groen in Blaricum')).toEqual([]);
  });
});

describe('BSN and other personal numbers in any grouping', () => {
  it('reads a BSN typed one digit at a time or in odd groups after its cue', () => {
    expect(foundOf('BSN', 'bsn 1 2 3 4 5 6 7 8 2')).toEqual(['1 2 3 4 5 6 7 8 2']);
    expect(foundOf('BSN', 'burgerservicenummer 12345 6782')).toEqual(['12345 6782']);
    expect(foundOf('BSN', 'BSN nr. 1234 5678 2')).toEqual(['1234 5678 2']);
    expect(foundOf('BSN', 'citizen number 12345678 2')).toEqual(['12345678 2']);
  });

  it('reads a BSN in printed groups by the elfproef alone, and one glued to its cue', () => {
    expect(foundOf('BSN', 'nummer 1234.56.782 van de gemeente')).toEqual(['1234.56.782']);
    expect(foundOf('BSN', 'zij heeft BSN123456782')).toEqual(['123456782']);
    expect(foundOf('BSN', 'zijn bsn is 123456782 3 keer gebruikt')).toEqual(['123456782']);
  });

  it('leaves odd groupings without a cue, amounts, times, phones and service numbers alone', () => {
    expect(foundOf('BSN', 'ik heb 1 2 3 4 5 6 7 8 2 geteld')).toEqual([]);
    expect(foundOf('BSN', 'het bedrag is 123.456.782 euro')).toEqual([]);
    expect(foundOf('BSN', 'om 12:30 kwam ze, ze is 17, bel 0800 2000 of 112')).toEqual([]);
    expect(found('bel +31 6 1234 5678')).toEqual([['TELEFOON', '+31 6 1234 5678']]);
  });

  it('keeps "BSN" out of a document number found after a document word', () => {
    expect(found('identiteitskaart IHK09L4R7, BSN 638986928')).toEqual([
      ['DOCUMENTNUMMER', 'IHK09L4R7'],
      ['BSN', '638986928'],
    ]);
  });

  it('reads a V-number after "V-nr", a Turkish ID after "kimliğim" and a T.C. Kimlik number by its checksum', () => {
    expect(found('V-nr 3012 8847 65')).toEqual([['DOCUMENTNUMMER', '3012 8847 65']]);
    expect(foundOf('DOCUMENTNUMMER', 'kimliğim A12Z84915 onda')).toEqual(['A12Z84915']);
    expect(foundOf('DOCUMENTNUMMER', 'numaram 10000000146')).toEqual(['10000000146']);
  });
});

describe('Title Case is told from a list of names', () => {
  it('reads capitals as evidence in a message of business, street and place names', () => {
    expect(
      foundOf(
        'NAAM',
        'werkgever Schoonmaakbedrijf Het Witte Doekje, KvK 80341927, Ambachtsweg 17, 2222 AH Katwijk, eigenaar Cor Parlevliet',
      ),
    ).toEqual(['Cor Parlevliet']);
  });

  it('still reads Title Case chat, which capitalises the little words too, as capitals that say nothing', () => {
    expect(foundOf('NAAM', 'Zij Werkt In Een Bar En Moet Mee Naar Huis')).toEqual([]);
  });
});

describe('places and dates by their neighbours', () => {
  it('reads the town after a house number with a letter or suffix and a comma', () => {
    expect(foundOf('PLAATS', 'woont op Prins Hendrikkade 12-A, Den Helder')).toEqual(['Den Helder']);
    expect(foundOf('PLAATS', 'ik woon Oudegracht 144 bis, Utrecht')).toEqual(['Utrecht']);
  });

  it('takes a capitalised word joined by a hyphen into the place, as after a Belgian postcode', () => {
    expect(foundOf('PLAATS', 'Kortrijksesteenweg 1044, 9051 Sint-Denijs-Westrem')).toEqual(['Sint-Denijs-Westrem']);
  });

  it('leaves a town abroad written in lower case without a place word before it', () => {
    expect(foundOf('PLAATS', 'pisz na mail albo na fb')).toEqual([]);
  });

  it('reads a day and month listed right after another date as a date', () => {
    expect(foundOf('DATUM', 'ze was afwezig op 13-03 en 14-03 en had nieuwe nagels')).toEqual(['13-03', '14-03']);
    expect(foundOf('DATUM', 'ik werk 3-4 dagen en 5-6 uur')).toEqual([]);
  });

  it('reads the name after a closing kiss or love', () => {
    expect(foundOf('NAAM', "ondertekend met 'kus sanaa'")).toEqual(['sanaa']);
    expect(foundOf('NAAM', 'ik geef haar een kus op haar wang')).toEqual([]);
  });
});

describe('words of other languages and regions that name no one', () => {
  it('leaves languages, regional accents and countries in English alone', () => {
    expect(foundOf('NAAM', 'Merhaba, Türkçe yazabilir miyim?')).toEqual([]);
    expect(foundOf('NAAM', 'hij spreekt Nederlands met een Brabants accent')).toEqual([]);
    expect(found('my sister Luwam is in Libya and i must pay')).toEqual([['NAAM', 'Luwam']]);
    expect(foundOf('PLAATS', 'she brought me from Kuwait to Wassenaar')).toEqual(['Wassenaar']);
  });
});

describe('one person, every way a conversation writes them', () => {
  const names = (texts: string[]): string[][] =>
    detectConversation(texts).map((found, i) => found.filter((e) => e.type === 'NAAM').map((e) => texts[i]!.slice(e.start, e.end)));

  it('reads the short form of a learned name as that person', () => {
    expect(names(['ik heet Kimberley', 'Kim is mijn roepnaam, kim zegt iedereen'])).toEqual([['Kimberley'], ['Kim', 'kim']]);
    expect(names(['mijn vriendin Agnieszka Wójcik werkt daar', 'Dank je. Zou Aga zelf met ons willen praten?'])).toEqual([
      ['Agnieszka Wójcik'],
      ['Aga'],
    ]);
  });

  it('leaves a word that only shares letters with a learned name, and one opening a sentence', () => {
    expect(names(['ik heet Kimberley', 'Wat een kimono'])).toEqual([['Kimberley'], []]);
    expect(names(['ik heet Wilhelmina', 'Wil je bellen?'])).toEqual([['Wilhelmina'], []]);
    expect(names(['mijn collega Marleen zegt dat', 'die man zegt dat het mag'])).toEqual([['Marleen'], []]);
  });

  it('reads a first name that is a word too, in lower case after a relation, when a pronoun or verb follows', () => {
    expect(names(['maybe you call my friend precious she is safe'])).toEqual([['precious']]);
    expect(names(['mijn zus joy zegt dat het goed gaat'])).toEqual([['joy']]);
  });
});

describe('the person spoken to', () => {
  it('reads a listed first name that is a word too, in lower case, closing a greeting or thanks', () => {
    expect(foundOf('NAAM', 'hoi roos, ik wil iets vragen')).toEqual(['roos']);
    expect(foundOf('NAAM', 'dank je wel bas!')).toEqual(['bas']);
    expect(foundOf('NAAM', 'hi i am joy, my madam is Mama Joy also')).toEqual(['joy', 'Mama Joy']);
  });

  it('leaves ordinary words and verbs after a greeting', () => {
    expect(foundOf('NAAM', 'hallo man, hoe gaat het')).toEqual([]);
    expect(foundOf('NAAM', 'hoi, ben jij daar')).toEqual([]);
    expect(foundOf('NAAM', 'dank je wel voor alles')).toEqual([]);
  });
});

describe('more by structure', () => {
  it('reads any capitalised word closing a greeting or thanks as the person spoken to, but no public name', () => {
    expect(foundOf('NAAM', 'dzięki Aga, napiszę do ciebie jutro')).toEqual(['Aga']);
    expect(foundOf('NAAM', 'Hoi Politie, ik heb een vraag')).toEqual([]);
    expect(foundOf('NAAM', 'hallo Nederland!')).toEqual([]);
  });

  it('reads the person to call before "on" and a number', () => {
    expect(foundOf('NAAM', 'pls call joy on 0 6 1 8 4 4 2 9 0 3, thats me')).toEqual(['joy']);
    expect(foundOf('NAAM', 'bel hem op 06 12345678')).toEqual([]);
  });

  it('reads a house number with an addition after a dash after an unknown street word', () => {
    expect(foundOf('ADRES', 'het pand op Vlamoven 14-3 controleren')).toEqual(['Vlamoven 14-3']);
    expect(foundOf('ADRES', 'ik werk 12-3 uur')).toEqual([]);
  });

  it('reads passports of one capital and eight digits, and British NI numbers', () => {
    expect(foundOf('DOCUMENTNUMMER', 'the documents of Ifeoma Nwosu (A11934582)')).toEqual(['A11934582']);
    expect(foundOf('DOCUMENTNUMMER', 'british NI number QQ 12 34 56 C, passport')).toEqual(['QQ 12 34 56 C']);
    expect(foundOf('DOCUMENTNUMMER', 'ordernummer A12345678-9')).toEqual([]);
  });
});

describe('a business named with common words', () => {
  it('reads common words joined by "&" before a legal form or after "heet" as the business', () => {
    expect(foundOf('ORGANISATIE', 'het uitzendbureau heet Werk & Wonen BV, kvk 71884203')).toEqual(['Werk & Wonen BV']);
    expect(foundOf('ORGANISATIE', 'het uitzendbureau heet Werk & Wonen, echt waar')).toEqual(['Werk & Wonen']);
  });
});
