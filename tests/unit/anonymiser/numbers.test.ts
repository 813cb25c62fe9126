import { passesElfproef } from '../../../src/anonymiser/detectors/numbers';
import { found, foundOf } from './helpers';

describe('phone numbers', () => {
  it.each([
    ['Bel me op 06-12345678.', '06-12345678'],
    ['Mijn nummer is 06 1234 5678, liefst na 18:00.', '06 1234 5678'],
    ['app 06 12 34 56 78', '06 12 34 56 78'],
    ['nummer 0612345678', '0612345678'],
    ['Bel +31 6 23456789 of mail.', '+31 6 23456789'],
    ['Bel +31(0)6 23456789.', '+31(0)6 23456789'],
    ['Bel 0031 6 11223344 maar niet na 22:00.', '0031 6 11223344'],
    ['Het vaste nummer is 020-6123456.', '020-6123456'],
    ['Bel (010) 412 34 56 tussen 9 en 17 uur.', '(010) 412 34 56'],
    ['De vaste lijn is 0475 123 456.', '0475 123 456'],
    ['Ze belde vanaf 085-1234567.', '085-1234567'],
    ['Een Pools nummer: +48 512 345 678.', '+48 512 345 678'],
    ['Zijn Duitse nummer is +49 151 23456789.', '+49 151 23456789'],
    ['Roemeens: 0040 721 234 567', '0040 721 234 567'],
    ['Call me on +44 7911 123456 please.', '+44 7911 123456'],
    ['telefoon 06.12.34.56.78', '06.12.34.56.78'],
  ])('finds the number in %j', (text, number) => {
    expect(foundOf('TELEFOON', text)).toEqual([number]);
  });

  it('splits two numbers written one after the other', () => {
    expect(foundOf('TELEFOON', 'Bel 06-12345678, 0031687654321 of 020-6123456')).toEqual(['06-12345678', '0031687654321', '020-6123456']);
  });

  it('does not take dates, amounts or a BSN for a phone number', () => {
    expect(foundOf('TELEFOON', 'Op 12-03-2021 betaalde hij 12345678 euro, BSN 482168110.')).toEqual([]);
  });
});

describe('BSN', () => {
  it('checks the 11-proef', () => {
    expect(passesElfproef('482168110')).toBe(true);
    expect(passesElfproef('482168111')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
  });

  it.each([
    ['Mijn BSN is 482168110.', '482168110'],
    ['bsn 3645.63.205', '3645.63.205'],
    ['Ik heb haar BSN, 168 082 172, wilt u dat?', '168 082 172'],
    ['Het nummer 742666244 staat op de brief.', '742666244'],
  ])('finds the BSN in %j', (text, bsn) => {
    expect(foundOf('BSN', text)).toEqual([bsn]);
  });

  it('needs a cue for nine digits that fail the 11-proef', () => {
    expect(foundOf('BSN', 'Het nummer 482168111 staat op de brief.')).toEqual([]);
    expect(foundOf('BSN', 'Zijn burgerservicenummer is 482168111.')).toEqual(['482168111']);
  });
});

describe('IBAN', () => {
  it.each([
    ['Het loon gaat naar NL20INGB0001234567.', 'NL20INGB0001234567'],
    ['Maak over naar NL81 RABO 0312 3456 78 graag.', 'NL81 RABO 0312 3456 78'],
    ['Belgisch: BE68 5390 0754 7034', 'BE68 5390 0754 7034'],
    ['Pools: PL61109010140000071219812874', 'PL61109010140000071219812874'],
    ['Duits: DE89 3704 0044 0532 0130 00 en verder', 'DE89 3704 0044 0532 0130 00'],
    ['kleine letters nl20ingb0001234567', 'nl20ingb0001234567'],
  ])('finds the IBAN in %j', (text, iban) => {
    expect(foundOf('IBAN', text)).toEqual([iban]);
  });

  it('keeps a mistyped IBAN of its country’s structure, but not a short code without an account word', () => {
    expect(foundOf('IBAN', 'code DE00370400440532013000')).toEqual(['DE00370400440532013000']);
    expect(foundOf('IBAN', 'code DE0037040044053201')).toEqual([]);
    expect(found('rekening NL21INGB0001234567').map(([t]) => t)).toEqual(['IBAN']);
  });
});

describe('IBAN in odd groupings and with typos', () => {
  it.each([
    ['NL91.ABNA.0417.1643.00 is haar rekening', 'NL91.ABNA.0417.1643.00'],
    ['NL91-ABNA-0417-1643-00 is haar rekening', 'NL91-ABNA-0417-1643-00'],
    ['rekening NL91  ABNA  0417  1643  00', 'NL91  ABNA  0417  1643  00'],
    ['rekening NL 91 ABNA 041 716 4300', 'NL 91 ABNA 041 716 4300'],
    ['сметка BG80 BNBG 9661 1020 3456 78', 'BG80 BNBG 9661 1020 3456 78'],
    ['rekening: FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['Het geld ging naar LT12 1000 0111 0100 1000, de rekening van de baas', 'LT12 1000 0111 0100 1000'],
  ])('finds the valid IBAN in %j without the words around it', (text, iban) => {
    expect(foundOf('IBAN', text)).toEqual([iban]);
  });

  it.each([
    // one digit wrong: the checksum fails, the shape and length do not
    ['Ze moet overmaken naar PL61 1090 1014 0000 0712 1981 2875', 'PL61 1090 1014 0000 0712 1981 2875'],
    // a digit missing, after an account word
    ['ze moest storten op PL61 1090 1014 0000 0712 1981 287 (een cijfer te weinig)', 'PL61 1090 1014 0000 0712 1981 287'],
    ['Mijn IBAN is NL20INGB000123456 (ik mis een cijfer)', 'NL20INGB000123456'],
    ['contul meu ro49aaaa1b3100759384000', 'ro49aaaa1b3100759384000'],
  ])('masks the mistyped IBAN in %j', (text, iban) => {
    expect(foundOf('IBAN', text)).toEqual([iban]);
  });

  it('leaves a wrong checksum alone without an account word when the length is also off', () => {
    expect(foundOf('IBAN', 'code de00 3704 0044 0532 013')).toEqual([]);
  });
});

describe('KvK numbers in any grouping', () => {
  it.each([
    ['ingeschreven in het handelsregister onder nummer 12.34.56.78', '12.34.56.78'],
    ['chamber of commerce number 9876-5432', '9876-5432'],
    ['kvk 123 456 78', '123 456 78'],
    ['KvK nr. 68750110 van het bureau', '68750110'],
    ['Het bedrijf staat bij de kamer van koophandel met nummer 34 12 45 67.', '34 12 45 67'],
  ])('finds in %j the KvK number', (text, kvk) => {
    expect(found(text)).toEqual([['KVK', kvk]]);
  });

  it('needs the register named before the number', () => {
    expect(foundOf('KVK', 'Het zijn 12 34 56 78 stuks')).toEqual([]);
  });
});

describe('KvK and identity documents', () => {
  it.each([
    ['Het uitzendbureau heeft KvK-nummer 61234567.', 'KVK', '61234567'],
    ['Kamer van Koophandel nummer 12345678.', 'KVK', '12345678'],
    ['ingeschreven bij de kvk onder 7012 3456', 'KVK', '7012 3456'],
    ['Zijn paspoortnummer is BL7K33D15.', 'DOCUMENTNUMMER', 'BL7K33D15'],
    ['Haar ID-kaart nummer is IR4K2L9P1.', 'DOCUMENTNUMMER', 'IR4K2L9P1'],
    ['Mijn rijbewijsnummer is 5012345678.', 'DOCUMENTNUMMER', '5012345678'],
    ['verblijfsvergunning V12345678', 'DOCUMENTNUMMER', 'V12345678'],
    ['Er lag een paspoort NW92BD7P4 op tafel.', 'DOCUMENTNUMMER', 'NW92BD7P4'],
    ['His passport number is 123456789A.', 'DOCUMENTNUMMER', '123456789A'],
  ])('finds in %j a %s', (text, type, value) => {
    expect(foundOf(type, text)).toEqual([value]);
  });

  it('treats any other long digit string as an identifier', () => {
    expect(found('Zaaknummer 20231234567 ging verloren')).toEqual([['DOCUMENTNUMMER', '20231234567']]);
  });
});

describe('account numbers and IBANs typed with look-alikes', () => {
  it.each([
    ['rekeningnummer ABNA 0417 1643 00', 'ABNA 0417 1643 00'],
    ['stort het op rekening 0417 1643 00 vandaag', '0417 1643 00'],
    ['overmaken naar NL 44 RABO 03O1 2345 67 (met een O)', 'NL 44 RABO 03O1 2345 67'],
  ])('finds the account in %j', (text, account) => {
    expect(foundOf('IBAN', text)).toEqual([account]);
  });

  it('needs an account word for a bare digit run, and leaves amounts alone', () => {
    expect(foundOf('IBAN', 'ze werkt 0417 1643 00 dingen')).toEqual([]);
    expect(found('overmaken: 1.250.000 euro')).toEqual([]);
    expect(foundOf('IBAN', 'betaal naar 1234 5678 vandaag')).toEqual(['1234 5678']);
  });
});

describe('phones and plates typed with look-alikes', () => {
  it.each([
    ['The number is +40 721 o94 338, the o is a zero', 'TELEFOON', '+40 721 o94 338'],
    ['zijn nummer is 06-1O 22 83 91 (met een O)', 'TELEFOON', '06-1O 22 83 91'],
    ['Той има кола СВ 3381 НК.', 'KENTEKEN', 'СВ 3381 НК'],
  ])('finds in %j a %s', (text, type, value) => {
    expect(foundOf(type, text)).toEqual([value]);
  });

  it('reads no O as a zero inside a word', () => {
    expect(found('Bo3 en NO1 zijn codes, go2 ook')).toEqual([]);
  });
});

describe('document numbers by context', () => {
  it.each([
    ['My seaman book number is C0193476, the captain keeps it.', 'C0193476'],
    ['His residence permit number is V 0291 8837 and more', 'V 0291 8837'],
  ])('finds the document number in %j', (text, value) => {
    expect(foundOf('DOCUMENTNUMMER', text)).toEqual([value]);
  });

  it('needs six digits in a series and number', () => {
    expect(foundOf('DOCUMENTNUMMER', 'paspoort AB 12 34')).toEqual([]);
  });
});
