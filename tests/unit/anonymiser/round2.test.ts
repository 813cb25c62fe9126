import { detectConversation } from '../../../src/anonymiser';
import { isBalticPersonalCode, isBelgianNationalNumber, isBirthNumber } from '../../../src/anonymiser/detectors/numbers';
import { found, foundOf } from './helpers';

/** Issue 13, round 2: structure and context for what a fixed list does not know. */

describe('IBANs in odd groupings, of countries far down the list', () => {
  it.each([
    ['Het geld gaat via een Maltese rekening MT45 MALT 0789 1063 3094 3463 7409 904.', 'MT45 MALT 0789 1063 3094 3463 7409 904'],
    ['Kroatisch: HR44 0056 6439 7370 7428 5, dat is alles', 'HR44 0056 6439 7370 7428 5'],
    ['IBAN RO46.RNCB.0819.9896.7799.4213', 'RO46.RNCB.0819.9896.7799.4213'],
    ['ik heb het overgemaakt naar nl 89 rbrb 10 96 34 32 59 weet niet van wie', 'nl 89 rbrb 10 96 34 32 59'],
  ])('finds the IBAN in %j', (text, iban) => {
    expect(foundOf('IBAN', text)).toEqual([iban]);
  });
});

describe('foreign licence plates', () => {
  it.each([
    ['Roemeens kenteken CJ-12-XYZ, een zwarte BMW.', 'CJ-12-XYZ'],
    ['autobuzul IS 07 PTR vine vinerea', 'IS 07 PTR'],
    ['de bestelwagen met 2-xyz-987 (Belgisch)', '2-xyz-987'],
  ])('finds the plate in %j', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate]);
  });

  it('leaves a dashed lower-case code alone without a vehicle word', () => {
    expect(foundOf('KENTEKEN', 'de code was 2-xyz-987 op de site')).toEqual([]);
  });
});

describe('addresses and postcodes of the countries victims come from', () => {
  it.each([
    ['Cím: Budapest, Kossuth Lajos utca 12, 1053', 'Kossuth Lajos utca 12', '1053'],
    ['Adresas: Gedimino pr. 9, LT-01103 Vilnius', 'Gedimino pr. 9', 'LT-01103'],
    ['Bývam na Hlavná 12, 040 01 Košice.', 'Hlavná 12', '040 01'],
    ['Her mother lives at ul. Tsar Simeon 12, Varna 9000.', 'ul. Tsar Simeon 12', '9000'],
    ['Adres: Wrocław, ul. Legnicka 12 m. 4, 54-206', 'ul. Legnicka 12 m. 4', '54-206'],
    ['Моя адреса: вул. Шевченка 10, кв. 5, Київ, 01001', 'вул. Шевченка 10, кв. 5', '01001'],
  ])('finds address and postcode in %j', (text, address, postcode) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
    expect(foundOf('POSTCODE', text)).toEqual([postcode]);
  });

  it.each([
    ['ze kwam van ulica Polna 3 in Lublin', 'ulica Polna 3'],
    ['адрес: жк Младост 1, бл. 23, вх. Б, ап. 8, София', 'жк Младост 1, бл. 23, вх. Б, ап. 8'],
    ['Ze kwam uit Debrecen, Piac u. 25.', 'Piac u. 25'],
    ['Ze moest naar Am Markt 3 in Emmerich.', 'Am Markt 3'],
    ['ze is opgevangen op Hoofdweg 1213 in Nieuw-Vennep', 'Hoofdweg 1213'],
  ])('finds the address in %j', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it.each(['ik woon in Amsterdam 1000 jaar al', 'Ze werkt in Utrecht, 2019 begon het', 'langs de snelweg 2 keer'])(
    'finds no address or postcode in %j',
    (text) => {
      expect([...foundOf('ADRES', text), ...foundOf('POSTCODE', text)]).toEqual([]);
    },
  );
});

describe('identity numbers of other countries', () => {
  it('checks Belgian, Czech/Slovak and Baltic numbers by their checksums', () => {
    expect(isBelgianNationalNumber('79030373381')).toBe(true);
    expect(isBelgianNationalNumber('79030373382')).toBe(false);
    expect(isBirthNumber('8807035468')).toBe(true);
    expect(isBirthNumber('8807035469')).toBe(false);
    expect(isBalticPersonalCode('58106095243')).toBe(true);
    expect(isBalticPersonalCode('58106095244')).toBe(false);
  });

  it.each([
    ['Rijksregisternummer 64.01.15-942.56', '64.01.15-942.56'],
    ['Rodné číslo 880703/5468', '880703/5468'],
    ['Номер паспорта FE123456, він у бригадира.', 'FE123456'],
    ['Személyi igazolvány száma 482913AB.', '482913AB'],
    ['pasnummer 1234 5678 9012', '1234 5678 9012'],
  ])('finds the document number in %j', (text, number) => {
    expect(foundOf('DOCUMENTNUMMER', text)).toEqual([number]);
  });
});

describe('dates in the chat languages', () => {
  it.each([
    ['Urodziła się 15 stycznia 1999 w domu.', '15 stycznia 1999'],
    ['S-a născut pe 12 martie 2001.', '12 martie 2001'],
    ['Sie kam am 3. Mai 2022 nach Deutschland.', '3. Mai 2022'],
    ['Дойдох на 12 март.', '12 март'],
    ['Вона приїхала 12 березня 2024 року.', '12 березня 2024'],
    ['Született 2001. március 12. egy faluban', '2001. március 12.'],
    ['Ze vertrok op vrijdag de 13e oktober.', 'vrijdag de 13e oktober'],
    ['geboortedatum: 05 06 1995', '05 06 1995'],
    ['ik ben 13-03 jarig', '13-03'],
  ])('finds the date in %j', (text, date) => {
    expect(foundOf('DATUM', text)).toEqual([date]);
  });

  it('reads Romanian "mai" after a number as "more" when an amount word follows', () => {
    expect(foundOf('DATUM', 'am lucrat 2 mai multe ore azi')).toEqual([]);
  });
});

describe('organisations', () => {
  it.each([
    ['Ze werkt bij een massagesalon, Lotus Thai Massage, aan de rand van de stad.', 'Lotus Thai Massage'],
    ['De shoarmazaak Sultan Grill in Schiedam betaalt hem 3 euro per uur.', 'shoarmazaak Sultan Grill'],
    ['Ze werkt bij de Action in Venlo.', 'Action'],
    ['Die Lidl aan de Markt, daar staat hij.', 'Lidl'],
    ["via uitzendbureau 'Work4You' kwam ik hier", 'Work4You'],
    ['een schoonmaakbedrijf genaamd "CleanPro"', 'CleanPro'],
    ['ze is schoonmaakster bij Hago', 'Hago'],
  ])('finds the organisation in %j', (text, organisation) => {
    expect(foundOf('ORGANISATIE', text)).toEqual([organisation]);
  });

  it.each(['De kapsalon is dicht.', 'Ze heeft een Spar tas.', 'Plus ik weet het niet meer.', 'Hij zit in het Hotel.'])(
    'finds nothing in %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('names by structure and context', () => {
  it.each([
    ['Getekend: A.M. Bakker', 'A.M. Bakker'],
    ['Iedereen kent hem als Sjonnie.', 'Sjonnie'],
    ['Jaydi zegt dat ze naar huis moet.', 'Jaydi'],
    ['Het meisje heet Xiao Mei, ze spreekt geen Nederlands.', 'Xiao Mei'],
    ['Ik zag Sanne van Dijk gisteren met hem in de auto.', 'Sanne van Dijk'],
    ['De eigenaar is Thi Hoa Le, ze komt elke dag.', 'Thi Hoa Le'],
    ['Hij heet "Big Mike"', 'Big Mike'],
  ])('finds the name in %j', (text, name) => {
    expect(foundOf('NAAM', text)).toEqual([name]);
  });

  it.each([
    'Ik woon in blok B. Daarna ging ik weg.',
    'Het geld gaat via een Maltese rekening.',
    'Ik ben Hongaarse en mijn man is Slowaak.',
    'Hij spreekt Dari en Pashto.',
    'Firma duce oamenii în Olanda.',
    'Na Instagramie nic nie ma.',
  ])('finds no name in %j', (text) => {
    expect(foundOf('NAAM', text)).toEqual([]);
  });

  it('keeps a name found once throughout the conversation, also in lower case', () => {
    const texts = ['mijn nichtje Kiki heeft een nieuwe vriend', 'gisteren sliep kiki niet thuis'];
    const [, second] = detectConversation(texts);
    expect(second!.map((e) => texts[1]!.slice(e.start, e.end))).toEqual(['kiki']);
  });
});

describe('handles and obfuscated contact details', () => {
  it.each([
    ['Na Instagramie ma konto kasia.modelka.', 'kasia.modelka'],
    ['In Telegram його нік vasyl_work.', 'vasyl_work'],
    ['Jego nick to bigmarek', 'bigmarek'],
    ['hij zit op tiktok als princessfenna', 'princessfenna'],
  ])('finds the handle in %j', (text, handle) => {
    expect(foundOf('HANDLE', text)).toEqual([handle]);
  });

  it.each(['Konto PL17777772279522825809776763 to konto szefa, pieniądze idą tam.', 'Ze heeft een account bij de bank.'])(
    'finds no handle in %j',
    (text) => {
      expect(foundOf('HANDLE', text)).toEqual([]);
    },
  );

  it('reads a phone number spelled out with commas between the groups', () => {
    const text = 'zijn nummer is nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig';
    expect(foundOf('TELEFOON', text)).toEqual(['nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig']);
  });
});

describe('ordinary words stay readable', () => {
  // The review page once masked "Overslaan": buttons, menu items and ordinary words at the start of a sentence.
  it.each([
    'Overslaan',
    'Volgende',
    'Verstuur',
    'Opslaan',
    'Annuleren',
    'Terug naar het begin',
    'Snel weg',
    'Doorgaan? Ja of Nee',
    'Sluiten',
    'Akkoord',
    'Vorige vraag',
    'Overslaan en doorgaan naar de chat',
    'Bedankt voor het wachten.',
    'Eigenlijk wil ik gewoon weg.',
    'Zondag moet ik weer werken.',
    'Baas zegt dat we niet mogen praten.',
    'Kassen, loodsen, overal werken ze.',
    'Vrijdag krijgen we geld, zegt hij.',
    'Niemand mag het weten.',
  ])('masks nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    'Bel 112 als het niet veilig is, of 113 bij zelfmoordgedachten.',
    'Veilig Thuis is bereikbaar op 0800-2000, Fier op 0800 7000 en het Juridisch Loket op 0900-8844.',
    'Ze moest € 1.250 betalen en werkt van 06:00 tot 22:00, ze is 17.',
    'Er werken 35 Polen en 12 Roemenen in die kas.',
  ])('keeps service numbers, amounts, times, ages and counts in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});
