import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { found, foundOf } from './helpers';

/** Issue 13, round 15: streets, document numbers, phones, plates, IBANs and dates in more written forms. Sentences not in any set. */

describe('streets in more forms', () => {
  it('reads Portuguese, Spanish and Italian particles inside a foreign street name', () => {
    expect(foundOf('ADRES', 'a minha irmã mora na Rua dos Pescadores 41, em Faro')).toEqual(['Rua dos Pescadores 41']);
    expect(foundOf('ADRES', 'vivimos en la Calle de las Rosas 8, Sevilla')).toEqual(['Calle de las Rosas 8']);
    expect(foundOf('ADRES', 'lavoravo in Via degli Aranci 17 vicino al porto')).toEqual(['Via degli Aranci 17']);
  });

  it('reads a lower-case street after a preposition and "de", without a number', () => {
    expect(foundOf('ADRES', 'ze slapen in een schuur achter de zonnebloemlaan bij de kerk')).toEqual(['zonnebloemlaan']);
    expect(foundOf('ADRES', 'het huis staat aan de wilgenstraat, naast de snackbar')).toEqual(['wilgenstraat']);
  });

  it('leaves a dictionary word with a street ending after "de"', () => {
    expect(foundOf('ADRES', 'we liepen door de winkelstraat naar het station')).toEqual([]);
    expect(foundOf('ADRES', 'hij reed op de snelweg naar huis')).toEqual([]);
  });

  it('reads capitalised words with a house number beside a town as a street', () => {
    // The article before a street with a street word of its own stays readable; it identifies no one.
    expect(foundOf('ADRES', 'mijn tante woont in Emmeloord, De Zuiderkade 31')).toEqual(['Zuiderkade 31']);
    expect(foundOf('ADRES', 'hij woont nu in Heerenveen, Het Vlonder 6, met twee anderen')).toEqual(['Het Vlonder 6']);
    expect(foundOf('ADRES', 'het adres is De Hoge Wal 3, Kampen')).toEqual(['De Hoge Wal 3']);
  });

  it('leaves a bus line, a room or a count beside a town', () => {
    expect(foundOf('ADRES', 'ik neem Bus 12 in Utrecht naar school')).toEqual([]);
    expect(foundOf('ADRES', 'ze werkt 40 uur in Utrecht, Zuilen 4 keer per week')).toEqual([]);
  });

  it('reads two capitalised words joined by "en" before a street word and a number', () => {
    expect(foundOf('ADRES', 'de winkel zit aan de Zeeburger en Kruisweg 48 in de stad')).toEqual(['Zeeburger en Kruisweg 48']);
  });

  it('takes a second house number after "en" or "t/m", not a count', () => {
    expect(foundOf('ADRES', 'hij verhuurt Molenweg 12 en 14 aan uitzendkrachten')).toEqual(['Molenweg 12 en 14']);
    expect(foundOf('ADRES', 'ze slapen op de Stationsstraat 3 t/m 7 boven de winkels')).toEqual(['Stationsstraat 3 t/m 7']);
    expect(foundOf('ADRES', 'op de Kerkweg 4 en 5 mensen in de schuur')).toEqual(['Kerkweg 4']);
  });
});

describe('streets abroad in more forms', () => {
  it('reads a lower-case name or a street word without its dot in Poland, Romania and Ukraine', () => {
    expect(foundOf('ADRES', 'mieszkałam przy ul. ogrodowej 12 w Łodzi')).toEqual(['ul. ogrodowej 12']);
    expect(foundOf('ADRES', 'mama stă pe str. trandafirilor nr 9 bl c2 ap 4')).toEqual(['str. trandafirilor nr 9 bl c2 ap 4']);
    expect(foundOf('ADRES', 'батьки живуть на вул Садова 18')).toEqual(['вул Садова 18']);
  });

  it('reads a Turkish street named before its word, in any case, with colons in its parts', () => {
    expect(foundOf('ADRES', 'annem lale sokak no 14 de oturuyor')).toEqual(['lale sokak no 14']);
    expect(foundOf('ADRES', 'adres: Menekşe Sokak No:3 Kat:1 Daire:2, Bursa')).toEqual(['Menekşe Sokak No:3 Kat:1 Daire:2']);
  });

  it('reads Latvian streets, an estate with its block and flat, and the quarter after a street', () => {
    expect(foundOf('ADRES', 'viņa dzīvo Lāčplēša iela 27-8, Rīgā')).toEqual(['Lāčplēša iela 27-8']);
    expect(foundOf('ADRES', 'живеем в ж.к. Младост, бл. 12, вх. А, ап. 31 в София')).toEqual(['ж.к. Младост, бл. 12, вх. А, ап. 31']);
    expect(foundOf('ADRES', 'adresa: Bulevardul Decebal 7, sector 3')).toEqual(['Bulevardul Decebal 7, sector 3']);
    expect(foundOf('ADRES', 'adresse au Maroc: Rue 9, N° 41, Hay Salam, Oujda')).toEqual(['Rue 9, N° 41, Hay Salam']);
  });

  it('takes "No" before a number-first street', () => {
    expect(foundOf('ADRES', 'the house is No 12 Aba Road, Port Harcourt')).toEqual(['No 12 Aba Road']);
  });

  it('leaves a Dutch "via" with a count and a Turkish distance', () => {
    expect(found('ik kocht via marktplaats 2 fietsen')).toEqual([]);
    expect(found('ben 3 sokak ötede oturuyorum')).toEqual([]);
  });
});

describe('house numbers said around the street', () => {
  it('takes the number said before the street', () => {
    expect(foundOf('ADRES', 'ze woont op nummer 31 van de Meidoornstraat')).toEqual(['nummer 31 van de Meidoornstraat']);
  });

  it('takes a plot, house or flat number before an English street', () => {
    expect(foundOf('ADRES', 'the office is at Plot 9, Allen Avenue, Ikeja')).toEqual(['Plot 9, Allen Avenue']);
    expect(foundOf('ADRES', 'we stayed in Flat 2, 41 Station Road')).toEqual(['Flat 2, 41 Station Road']);
  });

  it('takes an abbreviated particle or "\'s-" before the street', () => {
    expect(foundOf('ADRES', 'ze slapen boven een winkel op de v.d. Pekstraat 61')).toEqual(['v.d. Pekstraat 61']);
    expect(foundOf('ADRES', "het huis aan de 's-Gravelandseweg 144 is vol")).toEqual(["'s-Gravelandseweg 144"]);
  });

  it('reads a lower-case street with any street ending and a number after "op de" or an address word', () => {
    expect(foundOf('ADRES', 'ze woont op de berkenhof 17 bij haar oom')).toEqual(['berkenhof 17']);
    expect(foundOf('ADRES', 'hij woont aan het merelveld 8')).toEqual(['merelveld 8']);
  });

  it('leaves a place with a count after "op de" or "in het"', () => {
    expect(found('we stonden op de markt 3 keer per week')).toEqual([]);
    expect(found('ze zit in de achtertuin 2 uur per dag')).toEqual([]);
  });

  it('leaves a Polish or Italian preposition after the house number', () => {
    expect(foundOf('ADRES', 'pracuję przy ulicy Długiej 9 w Rotterdamie')).toEqual(['ulicy Długiej 9']);
  });
});

describe('document numbers in odd groups and after more words', () => {
  it('reads a Dutch passport number typed in groups of letters and digits', () => {
    expect(foundOf('DOCUMENTNUMMER', 'het paspoort van mijn zus is XR 40 TK 81 2')).toEqual(['XR 40 TK 81 2']);
  });

  it('reads a series and number said with words between them', () => {
    expect(foundOf('DOCUMENTNUMMER', 'buletinul ei are seria KZ nr 730215')).toEqual(['KZ nr 730215']);
  });

  it('reads an Italian tax code without a cue', () => {
    expect(foundOf('DOCUMENTNUMMER', 'il suo codice è BNCLRA90A41F205X, me lo ha mandato')).toEqual(['BNCLRA90A41F205X']);
  });

  it('reads a number in odd groups after a document word, with series letters and a check letter', () => {
    expect(foundOf('DOCUMENTNUMMER', 'op de kopie van haar paspoort staat 31 9048217')).toEqual(['31 9048217']);
    expect(foundOf('DOCUMENTNUMMER', 'zijn rijbewijs heeft nummer BG 7720419 K, dat weet ik zeker')).toEqual(['BG 7720419 K']);
    expect(foundOf('DOCUMENTNUMMER', 'my residence permit says XK-48.21.903')).toEqual(['XK-48.21.903']);
  });

  it('leaves the word for the number out of the span', () => {
    expect(foundOf('DOCUMENTNUMMER', 'zijn ID 4410 228 91 ligt bij de baas')).toEqual(['4410 228 91']);
  });

  it('reads document words in Vietnamese, Arabic and Arabic in Latin letters', () => {
    expect(foundOf('DOCUMENTNUMMER', 'hộ chiếu của em số B 7731 0462')).toEqual(['B 7731 0462']);
    expect(foundOf('DOCUMENTNUMMER', 'jawaz safar dyali raqam R093316642 3ando lmodir')).toEqual(['R093316642']);
  });

  it('reads a payment card number in groups of four by its Luhn check, and numbers after card and visa words', () => {
    expect(foundOf('DOCUMENTNUMMER', 'hij betaalt met de kaart 4556 7375 8689 9855 van haar')).toEqual(['4556 7375 8689 9855']);
    expect(foundOf('DOCUMENTNUMMER', 'haar betaalpas nummer 6703 4444 4444 4449')).toEqual(['6703 4444 4444 4449']);
    expect(foundOf('DOCUMENTNUMMER', 'ikamet izni numaram 98 4410 2271')).toEqual(['98 4410 2271']);
  });

  it('leaves sixteen digits in fours that fail the Luhn check without a cue', () => {
    expect(found('de code op de doos is 1234 5678 9012 3456')).toEqual([]);
  });

  it('leaves an amount after a document word', () => {
    expect(foundOf('DOCUMENTNUMMER', 'een nep paspoort kost daar 2 400 euro')).toEqual([]);
  });
});

describe('phone numbers spelled in more languages and in mixed forms', () => {
  it('reads digits spelled in Polish, Romanian, Spanish and Turkish', () => {
    expect(foundOf('TELEFOON', 'zadzwoń: zero sześć trzy jeden dwa osiem dziewięć cztery pięć zero')).toEqual([
      'zero sześć trzy jeden dwa osiem dziewięć cztery pięć zero',
    ]);
    expect(foundOf('TELEFOON', 'sună la zero șase patru patru unu doi trei opt nouă cinci')).toEqual([
      'zero șase patru patru unu doi trei opt nouă cinci',
    ]);
    expect(foundOf('TELEFOON', 'llámame al cero seis nueve uno dos tres cuatro ocho siete seis')).toEqual([
      'cero seis nueve uno dos tres cuatro ocho siete seis',
    ]);
    expect(foundOf('TELEFOON', 'ara beni sıfır beş yedi iki üç dört beş altı yedi sekiz dokuz')).toEqual([
      'sıfır beş yedi iki üç dört beş altı yedi sekiz dokuz',
    ]);
  });

  it('reads one number word among digit groups', () => {
    expect(foundOf('TELEFOON', 'hij zei 06 eenenzestig 47 20 93, bel hem niet')).toEqual(['06 eenenzestig 47 20 93']);
  });

  it('reads a mobile number without its 0 after a number word, not as an age', () => {
    expect(foundOf('TELEFOON', 'haar nummer is 6 28 41 93 07 zonder de nul')).toEqual(['6 28 41 93 07']);
  });

  it('reads a national number after the words for a phone in other languages', () => {
    expect(foundOf('TELEFOON', 'numer telefonu 601 448 372, dzwoń wieczorem')).toEqual(['601 448 372']);
    expect(foundOf('TELEFOON', 'mein Handy ist 157 3381 2290')).toEqual(['157 3381 2290']);
  });

  it('leaves counting in other languages and ages', () => {
    expect(found('un deux trois quatre cinq six sept huit neuf dix')).toEqual([]);
    expect(found('ich habe zwei Kinder, eins ist drei und eins ist sieben')).toEqual([]);
    expect(found('ze is 15 en haar zus is 17')).toEqual([]);
  });
});

describe('plates, accounts and dates', () => {
  it('reads a Dutch plate spaced in lower case after "kenteken", not words and numbers', () => {
    expect(foundOf('KENTEKEN', 'het kenteken was tk 208 n of zo')).toEqual(['tk 208 n']);
    expect(foundOf('KENTEKEN', 'kenteken 12 en 13 staan op de lijst')).toEqual([]);
  });

  it('reads a mistyped IBAN after an account word in Turkish, Spanish or Czech', () => {
    expect(foundOf('IBAN', 'parayı TR12 0006 2000 1230 0006 2957 871 hesabına yatırdı')).toEqual(['TR12 0006 2000 1230 0006 2957 871']);
    expect(foundOf('IBAN', 'mi cuenta: ES12 0049 1500 0512 3456 789, por favor')).toEqual(['ES12 0049 1500 0512 3456 789']);
  });

  it('reads the first day of a range as part of the date', () => {
    expect(foundOf('DATUM', 'in de nacht van 14 op 15 augustus is ze verdwenen')).toEqual(['14 op 15 augustus']);
    expect(foundOf('DATUM', 'she worked there 2-4 June 2023 without pay')).toEqual(['2-4 June 2023']);
  });

  it('reads a year cut to two digits after an apostrophe', () => {
    expect(foundOf('DATUM', "ze is geboren op 7-11-'01 in Kyiv")).toEqual(["7-11-'01"]);
  });

  it('leaves an age before a date', () => {
    expect(foundOf('DATUM', 'ze werd 16 op 9 maart')).toEqual(['9 maart']);
    expect(found('ze is 12 op 20 mei geworden')).toEqual([['DATUM', '20 mei']]);
  });

  it('reads a weekday in German, French or Polish before a date', () => {
    expect(foundOf('DATUM', 'wir sind am Freitag, 3. Mai angekommen')).toEqual(['Freitag, 3. Mai']);
    expect(foundOf('DATUM', 'il est parti samedi 12 octobre')).toEqual(['samedi 12 octobre']);
  });
});

describe('names of more communities in the word lists', () => {
  const list = (file: string): string[] =>
    readFileSync(join(__dirname, '..', '..', '..', 'src', 'anonymiser', 'data', file), 'utf8').split('\n');

  it('holds Kurdish, Senegalese, Uzbek and Macedonian names, and Arabic ones as written', () => {
    expect(list('first-names.txt')).toEqual(expect.arrayContaining(['berfin', 'aminata', 'anora', 'jadranka', 'بتول']));
  });

  it('holds no Ukrainian spelling of a Macedonian name and no piece of an Arabic compound', () => {
    expect(list('first-names.txt')).not.toContain('dobry');
    expect(list('surnames.txt')).not.toContain('السلام');
    expect(list('first-names.txt')).not.toContain('انا');
  });
});

describe('what stays readable', () => {
  it('keeps the helpline, 112, amounts and times among the new rules', () => {
    expect(found('bel 0800-2000 of 112, het paspoort kostte 350 euro, kom om 14:30 naar de Stationsstraat')).toEqual([
      ['ADRES', 'Stationsstraat'],
    ]);
    expect(found('we betaalden 12 en 13 euro voor de bus in de nacht')).toEqual([]);
  });
});
