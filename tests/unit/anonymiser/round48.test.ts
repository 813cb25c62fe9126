import { found, foundOf } from './helpers';

describe('part of a plate, said as a part (round 48)', () => {
  it.each([
    ['het busje is wit, kenteken begint met VZ-7... de rest zag ik niet', 'VZ-7'],
    ['i saw part of plate, VBN-3 something, dutch yellow plate', 'VBN-3'],
    ['zijn auto, het kenteken eindigt op 12-K', '12-K'],
  ])('"%s" masks "%s"', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate]);
  });

  it('needs the plate itself named: a bus route or a level after the same words is none', () => {
    expect(foundOf('KENTEKEN', 'de bus begint met A2 richting het centrum')).toEqual([]);
    expect(foundOf('KENTEKEN', 'de bus naar huis, de cursus start with B1 level')).toEqual([]);
  });
});

describe('plates by a country and a vehicle, and inflected plate words (round 48)', () => {
  it.each([
    ['hij heeft een poolse bus, wgm 4k21', 'wgm 4k21'],
    ['roemeense auto cj 45 rtx', 'cj 45 rtx'],
    ['a lithuanian van khn 482 every day', 'khn 482'],
    ['the van with romanian numbers b 123 abc', 'b 123 abc'],
    ['the car had polish plates po 7h2k9', 'po 7h2k9'],
    ['bulgarian plates ca 4821 kp', 'ca 4821 kp'],
    ['magyar rendszámú autója van: AA BC-214, mindig ott parkol', 'AA BC-214'],
  ])('"%s" masks "%s"', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate]);
  });

  it('leaves times, counts and years after a country and a vehicle', () => {
    for (const text of [
      'een poolse bus om 0700 uur',
      'de roemeense auto met 4 man',
      'polish van at 6 am',
      'the romanian car was in 2023 there',
      'kenteken 12 en 13 staan op de lijst',
    ])
      expect(foundOf('KENTEKEN', text)).toEqual([]);
  });

  it('still reads "was" after the plate word as the sentence, not the plate', () => {
    expect(foundOf('KENTEKEN', 'het kenteken was tk 208 n of zo')).toEqual(['tk 208 n']);
  });
});

describe('lower-case and written-apart streets (round 48)', () => {
  it.each([
    ['they take 95 euro every week for housing at ringbaan-oost 233, 4 men', 'ringbaan-oost 233'],
    ['ze zit op de oudezijds achterburgwal 142, ze kon niet weg', 'oudezijds achterburgwal 142'],
    ['bij de buren op Wergeaster dyk 4 wonen nu 11 man', 'Wergeaster dyk 4'],
    ['op Wergeaster weg 4 wonen ze', 'Wergeaster weg 4'],
    ['woont op hoofdweg 12 in Emmen', 'hoofdweg 12'],
    ['ze wonen aan de hoofdweg 12', 'hoofdweg 12'],
    ['my sister lives via garibaldi 12 in Milano', 'via garibaldi 12'],
    ['abita in via garibaldi 12, roma', 'via garibaldi 12'],
    ['piazza duomo 3 is waar ze slapen', 'piazza duomo 3'],
  ])('"%s" masks "%s"', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it('leaves words with a street ending, "weg" after a name and "via" as a word', () => {
    for (const text of [
      'I found a listing offering 12 beds in one house',
      'toen Jan weg 2 was',
      'de hoofdweg 12 km verderop',
      'ze werken in de haven 3 dagen per week',
      'ik stuur het op via whatsapp 3 keer',
      'hij kwam in via schiphol 2 jaar geleden',
    ])
      expect(foundOf('ADRES', text)).toEqual([]);
  });
});

describe('organisations by structure (round 48)', () => {
  it.each([
    ['az étterem neve Gulyás Ház, a főnök nem fizet', 'Gulyás Ház'],
    ['haar school is Het Polderlicht? nee wacht', 'Het Polderlicht'],
    ['mijn school is Penta college', 'Penta college'],
    ['wij zijn van Kerkgemeenschap Elim in Middelburg', 'Kerkgemeenschap Elim'],
    ["ja de baas heet Bram, van Bram's Bouw & Sloop, de jongens slapen in de keet", "Bram's Bouw & Sloop"],
    ['i drive for Bolt and yesterday a man paid me 200', 'Bolt'],
    ['ik rij voor Uber sinds maart', 'Uber'],
    ['ozan van Telecom Shop 2000 in Feijenoord verkoopt simkaarten', 'Telecom Shop 2000'],
  ])('"%s" masks "%s"', (text, organisation) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([organisation]);
  });

  it('reads the person, not the business, after a finite naming verb that follows "van die <kind>"', () => {
    expect(found('de eigenaresse van die nagelsalon heet Nguyen Thi Linh en er werken meisjes')).toEqual([['NAAM', 'Nguyen Thi Linh']]);
    expect(foundOf('NAAM', 'the man from the agency is Kwame Boateng, ask him')).toEqual(['Kwame Boateng']);
  });

  it('leaves a number after a lower-case kind word, a word after "is", and a person or town after driving', () => {
    expect(found('ze slapen in paviljoen 3 van het park')).toEqual([]);
    expect(found('huis van bureau 110 per week')).toEqual([]);
    expect(found('het bedrijf is Nederlands')).toEqual([]);
    expect(found('de school was Engels')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ik rij voor Jan naar huis')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'ik rijd voor Utrecht')).toEqual([]);
    expect(foundOf('ORGANISATIE', 'then madam drive me with uber')).toEqual([]);
  });
});

describe('the Croatian OIB (round 48)', () => {
  it('takes eleven digits with a valid ISO 7064 check digit, or after the word "OIB", as a document number', () => {
    expect(foundOf('DOCUMENTNUMMER', 'OIB mu je 94577403194')).toEqual(['94577403194']);
    expect(found('her OIB number is 69435151530')).toEqual([['DOCUMENTNUMMER', '69435151530']]);
  });

  it('reads the word "OIB" as the name of a number, never as a person', () => {
    expect(found('Ona ima OIB i putovnicu')).toEqual([]);
    expect(foundOf('NAAM', 'OIB van haar heb ik niet')).toEqual([]);
  });
});

describe('a business named in a clause, and time words before the employer (round 48)', () => {
  it('reads the name in "een bedrijf dat X heet" and after "uitzendbureau heet" as the business', () => {
    expect(found('we werken voor een bedrijf dat Handige Harry heet')).toEqual([['ORGANISATIE', 'Handige Harry']]);
    expect(found('het uitzendbureau heet snelwerk')).toEqual([['ORGANISATIE', 'snelwerk']]);
  });

  it('still reads a person in "een jongen die Mo heet"', () => {
    expect(found('een jongen die Mo heet')).toEqual([['NAAM', 'Mo']]);
  });

  it.each([
    ['ik werk sinds mei bij Flexpoint', 'Flexpoint'],
    ['hij werkt al 3 jaar bij Jansen Bouw', 'Jansen Bouw'],
    ['i worked for 2 years at Hamid Logistics', 'Hamid Logistics'],
  ])('"%s": the employer after how long someone works there', (text, organisation) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([organisation]);
  });
});
