import { isCnp, isEgn, isPesel } from '../../../src/anonymiser/detectors/numbers';
import { foundOf } from './helpers';

describe('IBANs of every country, in any grouping', () => {
  it.each([
    ['Het geld gaat naar NL55-ABNA-7961-7133-01, dat is van de huisbaas.', 'NL55-ABNA-7961-7133-01'],
    ['overmaken naar NL 78 KNAB 517 814 853 1 voor de bemiddeling', 'NL 78 KNAB 517 814 853 1'],
    ['rekeningnummer nl47rabo6303189868 staat op haar naam', 'nl47rabo6303189868'],
    ['Konto PL17777772279522825809776763 to konto szefa', 'PL17777772279522825809776763'],
    ['Salariul vine în contul RO04 BTRL 1165 9118 7129 7970, dar', 'RO04 BTRL 1165 9118 7129 7970'],
    ['Сметката е BG43 BNBG 0026 1073 0755 60.', 'BG43 BNBG 0026 1073 0755 60'],
    ['het stond op een briefje: BE88-6510-6093-8941', 'BE88-6510-6093-8941'],
    ['Рахунок UA92 3139 5621 6848 2928 7651 1414 8 належить йому', 'UA92 3139 5621 6848 2928 7651 1414 8'],
  ])('finds the IBAN in %j', (text, iban) => {
    expect(foundOf('IBAN', text)).toEqual([iban]);
  });

  it('takes exactly the length of the country, so a number after it stays apart', () => {
    expect(foundOf('IBAN', 'Rekening NL91ABNA0417164300 12 keer gebruikt')).toEqual(['NL91ABNA0417164300']);
  });

  it('masks a foreign IBAN with a wrong checksum when length and structure are its country’s', () => {
    expect(foundOf('IBAN', 'PL17777772279522825809776764')).toEqual(['PL17777772279522825809776764']);
    expect(foundOf('IBAN', 'Hij vraagt 200 euro op RO49 AAAA 1B31 0075 9384 0001')).toEqual(['RO49 AAAA 1B31 0075 9384 0001']);
  });

  it('refuses a code with a wrong checksum whose length or structure is not its country’s, without an account word', () => {
    expect(foundOf('IBAN', 'code PL1777777227952282580977676')).toEqual([]);
    expect(foundOf('IBAN', 'code PL17777772279522825809AB6764')).toEqual([]);
    expect(foundOf('IBAN', 'code BE68539007547035')).toEqual([]);
  });
});

describe('personal numbers of other countries, by their checksums', () => {
  it('knows valid PESEL, CNP and EGN numbers from invalid ones', () => {
    expect(isPesel('40052523379')).toBe(true);
    expect(isPesel('40052523378')).toBe(false);
    expect(isCnp('2660917444986')).toBe(true);
    expect(isCnp('2660917444987')).toBe(false);
    expect(isEgn('7812015230')).toBe(true);
    expect(isEgn('7812015231')).toBe(false);
  });

  it.each([
    ['Mój PESEL to 20081342642, szef go ma.', '20081342642'],
    ['Zijn CNP 1840117060577 staat op de kopie.', '1840117060577'],
    ['Haar EGN is 7812015230.', '7812015230'],
    ['Hij staat geregistreerd met 69041774615 in Polen.', '69041774615'],
    ['Buletin seria RX 123456, îl are patronul.', 'RX 123456'],
  ])('finds the document number in %j', (text, number) => {
    expect(foundOf('DOCUMENTNUMMER', text)).toEqual([number]);
  });
});

describe('licence plates of the countries that matter here', () => {
  it.each([
    ['Het busje had een Pools kenteken, WA 12345 of zoiets.', 'WA 12345'],
    ['polska rejestracja KR 4N567, biały bus', 'KR 4N567'],
    ['Mașina are numărul B 123 ABC, e un Logan gri.', 'B 123 ABC'],
    ['Bulgaarse plaat CA 1234 AB, een zilveren Golf.', 'CA 1234 AB'],
    ['Ein Mercedes mit Kennzeichen B-AB 1234 wartet', 'B-AB 1234'],
    ['Belgische nummerplaat 1-ABC-123, een rode Peugeot.', '1-ABC-123'],
    ['Litouwse bus, KZT 512, elke maandag', 'KZT 512'],
    ['English car, reg LB07 SEO, parked at the back.', 'LB07 SEO'],
    ['haar vriend rijdt in C 234 MD', 'C 234 MD'],
    ['are un Ford cu numărul BV 08 NIC și contul', 'BV 08 NIC'],
  ])('finds the plate in %j', (text, plate) => {
    expect(foundOf('KENTEKEN', text)).toEqual([plate]);
  });

  it('leaves ages, times and counts alone, also near a vehicle', () => {
    expect(foundOf('KENTEKEN', 'Een witte Sprinter haalt ze om 5 uur op, ze is 17 en 16 jaar.')).toEqual([]);
    expect(foundOf('KENTEKEN', 'Mijn zus is 17 en heeft een vriend van 24.')).toEqual([]);
    expect(foundOf('KENTEKEN', 'Bus 22 stopt voor het huis, lijn 4 ook.')).toEqual([]);
  });
});

describe('foreign addresses and postcodes', () => {
  it.each([
    ['Mieszkam na ul. Długa 15/3, 31-147 Kraków.', 'ul. Długa 15/3', '31-147'],
    ['Adresa ei este Str. Mihai Eminescu nr. 12, Iași, cod poștal 700259.', 'Str. Mihai Eminescu nr. 12', '700259'],
    ['Her address in Bulgaria is ul. Vitosha 15, 1000 Sofia.', 'ul. Vitosha 15', '1000'],
    ['Er wohnt in der Goethestraße 17a, 47533 Kleve.', 'Goethestraße 17a', '47533'],
    ['De baas woont in Duitsland, Bahnhofstr. 12, D-46446 Emmerich.', 'Bahnhofstr. 12', 'D-46446'],
    ['Elle habite Rue de la Loi 16, 1040 Bruxelles.', 'Rue de la Loi 16', '1040'],
    ['He lives at 14 Baker Street, London NW1 6XE.', '14 Baker Street', 'NW1 6XE'],
    ['Adres: Kerkstraat 45 bus 2, 2000 Antwerpen.', 'Kerkstraat 45 bus 2', '2000'],
  ])('finds address and postcode in %j', (text, address, postcode) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
    expect(foundOf('POSTCODE', text)).toEqual([postcode]);
  });

  it('finds addresses in Cyrillic and with flat numbers', () => {
    expect(foundOf('ADRES', 'Живее на бул. Цар Освободител 4, Пловдив.')).toEqual(['бул. Цар Освободител 4']);
    expect(foundOf('ADRES', 'Адреса: вул. Шевченка 10, кв. 5, Львів.')).toEqual(['вул. Шевченка 10, кв. 5']);
    expect(foundOf('ADRES', 'Hij woonde in Constanța, strada Florilor 7, bl. A2, ap. 14.')).toEqual(['strada Florilor 7, bl. A2, ap. 14']);
  });

  it('does not take amounts, years or counts for postcodes', () => {
    expect(foundOf('POSTCODE', 'Ze moet 2000 euro betalen en werkt sinds 2019 daar, 1250 uur.')).toEqual([]);
    expect(foundOf('POSTCODE', 'Het kost € 1500 Per maand.')).toEqual([]);
  });
});
