import { detectConversation } from '../../../src/anonymiser';
import { found, foundOf } from './helpers';

/** Issue 13, round 12 (tuning set L): organisations, handles and URLs by structure and context. Sentences not in any set. */

describe('organisations by kind word and context', () => {
  it('reads a university, a school type or a housing business after its name', () => {
    expect(foundOf('ORGANISATIE', 'mijn nicht studeert aan Tilburg University en woont op kamers')).toEqual(['Tilburg University']);
    expect(foundOf('ORGANISATIE', 'mijn zoon zit sinds vorig jaar op Pius X Havo in de tweede klas')).toEqual(['Pius X Havo']);
    expect(foundOf('ORGANISATIE', 'ze huurt via Jansen Wonen een kamer')).toEqual(['Jansen Wonen']);
  });

  it('reads a riding school or beach pavilion with its name', () => {
    expect(foundOf('ORGANISATIE', 'ze werkt op manege De Vossenberg voor eten en een bed')).toEqual(['manege De Vossenberg']);
    expect(foundOf('ORGANISATIE', 'de eigenaar van Strandpaviljoen Branding laat ze in tenten slapen')).toEqual([
      'Strandpaviljoen Branding',
    ]);
  });

  it('reads a chain after an article as the place someone goes, with its branch', () => {
    expect(foundOf('ORGANISATIE', 'hij neemt haar mee naar het Ibis Styles bij de snelweg')).toEqual(['Ibis Styles']);
    expect(found('ik kocht het bij de Action')).toEqual([['ORGANISATIE', 'Action']]);
  });

  it('reads a name described by a kind word in brackets', () => {
    expect(foundOf('ORGANISATIE', 'de klant Moonlight (een "nagelstudio") betaalt alles contant')).toEqual(['Moonlight']);
    expect(foundOf('ORGANISATIE', 'ik ga naar Utrecht (een stad) morgen')).toEqual([]);
  });
});

describe('handles after short platform names', () => {
  it('reads the word after "sc" or "tg" and a naming word as the user name', () => {
    expect(foundOf('HANDLE', 'zn sc is koningkevin en hij stuurt elke dag')).toEqual(['koningkevin']);
    expect(foundOf('HANDLE', 'op tg heet hij bosswerk')).toEqual(['bosswerk']);
  });

  it('leaves a sports club written in capitals alone', () => {
    expect(foundOf('HANDLE', 'hij speelt bij SC Heerenveen en is trainer')).toEqual([]);
  });
});

describe('organisations from what only a business is or does', () => {
  it('reads the capitalised words before "is gevestigd" as a business', () => {
    expect(foundOf('ORGANISATIE', 'Moonlight Wellness zit gevestigd in een bedrijfsverzamelgebouw')).toEqual(['Moonlight Wellness']);
    expect(foundOf('ORGANISATIE', 'Het bedrijf is gevestigd in een loods')).toEqual([]);
  });

  it('remembers a one-word business guessed from its context for the rest of the conversation', () => {
    const texts = ['onze klant Moonlight (een "nagelstudio") betaalt contant', 'Moonlight heeft geen personeel op papier'];
    const [first, second] = detectConversation(texts);
    expect(first!.map((e) => [e.type, texts[0]!.slice(e.start, e.end)])).toEqual([['ORGANISATIE', 'Moonlight']]);
    expect(second!.map((e) => [e.type, texts[1]!.slice(e.start, e.end)])).toEqual([['ORGANISATIE', 'Moonlight']]);
  });
});

describe('names after an introduction and before their real name', () => {
  it('reads a capitalised word after "i am" with where the person is from as the name, a word too', () => {
    expect(foundOf('NAAM', 'i am Precious from Lagos, they took my passport')).toEqual(['Precious']);
    expect(foundOf('NAAM', 'i am Happy from today on')).toEqual([]);
  });

  it('reads a lower-case first name before "heet echt" as a name', () => {
    expect(foundOf('NAAM', 'en kevin heet echt Kevin Pinas denk ik')).toEqual(['kevin', 'Kevin Pinas']);
    expect(foundOf('NAAM', 'dat heet echt Lidl hoor')).toEqual([]);
  });
});

describe('contact details spelled out', () => {
  it('reads nine number words as a mobile number without its 0, and "plus" before an international one', () => {
    expect(foundOf('TELEFOON', 'app me, ik ben Joyce, zes vier acht een twee drie nul negen vijf')).toEqual([
      'zes vier acht een twee drie nul negen vijf',
    ]);
    expect(foundOf('TELEFOON', 'bereikbaar op plus vier acht, vijf nul een, twee drie vier, vijf zes zeven')).toEqual([
      'plus vier acht, vijf nul een, twee drie vier, vijf zes zeven',
    ]);
    expect(foundOf('TELEFOON', 'het kost twee plus drie euro')).toEqual([]);
  });

  it('reads "arroba" and "punto" in an address, and a spoken surname with its particle', () => {
    expect(foundOf('EMAIL', 'escribe a rosa.mendez[arroba]yahoo.es por favor')).toEqual(['rosa.mendez[arroba]yahoo.es']);
    expect(foundOf('EMAIL', 'mijn mail is kees punt van dam apenstaartje ziggo punt nl')).toEqual([
      'kees punt van dam apenstaartje ziggo punt nl',
    ]);
  });
});

describe('streets and places by their structure', () => {
  it('takes capitalised words before a street word of its own into the street', () => {
    expect(foundOf('ADRES', 'de zaak zit op de Korte Markt 7 naast de bakker')).toEqual(['Korte Markt 7']);
    expect(foundOf('ADRES', 'ze wonen aan de Oude Singel 41 in Leiden')).toEqual(['Oude Singel 41']);
  });

  it('takes the short form of a province after a place into the place', () => {
    expect(foundOf('PLAATS', 'ze woont in Bergen (L) bij een oom')).toEqual(['Bergen (L)']);
    expect(foundOf('PLAATS', 'hij werkt in hengelo gld op een boerderij')).toEqual(['hengelo gld']);
    expect(foundOf('PLAATS', 'in Utrecht nb wel')).toEqual(['Utrecht']);
  });
});

describe('words of nationality are no names', () => {
  it('leaves an inflected Dutch adjective of nationality and an English one alone', () => {
    expect(foundOf('NAAM', 'hij geeft Ethiopische en Somalische meisjes onderdak')).toEqual([]);
    expect(foundOf('NAAM', "I'm Fiona Walsh, Scottish, living in Delft")).toEqual(['Fiona Walsh']);
  });
});

describe('foreign plates', () => {
  it('starts a plate after a car make written in capitals', () => {
    expect(foundOf('KENTEKEN', 'hij rijdt een witte VW CJ 45 KLM met Roemeense platen')).toEqual(['CJ 45 KLM']);
  });

  it('reads a Serbian or Montenegrin plate after a plate word', () => {
    expect(foundOf('KENTEKEN', 'de bus heeft kenteken NS 482-TK en staat bij de loods')).toEqual(['NS 482-TK']);
  });
});

describe('a BSN given after a colon', () => {
  it('reads nine digits after a colon as the BSN the sentence named, not across a sentence end', () => {
    expect(foundOf('BSN', 'haar BSN heb ik gevonden in de map van de huisbaas: 174 392 055')).toEqual(['174 392 055']);
    expect(foundOf('BSN', 'Haar BSN weet ik niet. Het kenmerk: 174 392 055')).toEqual([]);
  });
});

describe('identity documents in Bulgarian', () => {
  it('reads the number after "my identity card" with its article and possessive', () => {
    expect(foundOf('DOCUMENTNUMMER', 'той взе личната ми карта с номер 512 884 202 и не я връща')).toEqual(['512 884 202']);
  });
});
