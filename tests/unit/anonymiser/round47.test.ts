import { found, foundOf } from './helpers';

/** Every span of the text, whatever its type: what a reader of the copy no longer sees. */
function masked(text: string): string[] {
  return found(text).map(([, span]) => span);
}

describe('a BSN by its structure and the words around it (round 47)', () => {
  it.each([
    ['bsn van hem, ik denk 24719 0639', '24719 0639'],
    ['het nummer op zijn loonstrook: 11122 2333', '11122 2333'],
  ])('"%s": groups of up to five digits that pass the elfproef', (text, bsn) => {
    expect(foundOf('BSN', text)).toEqual([bsn]);
  });

  it('leaves two numbers of five and four digits that fail the elfproef, with no BSN word, to other rules', () => {
    expect(foundOf('BSN', 'we kregen 12345 6789 terug')).toEqual([]);
  });

  it('reads a BSN word further back in the sentence, with an aside between it and the number', () => {
    expect(foundOf('BSN', 'sofinummer (zo heette het vroeger, toch?) 12345 6780 van mijn neef')).toEqual([]);
    expect(foundOf('BSN', 'sofinummer (zo heette het vroeger toch) 12345 6780, van mijn neef')).toEqual(['12345 6780']);
  });

  it('takes "sofi nummer" written apart as a BSN word', () => {
    expect(foundOf('BSN', 'zijn sofi nummer is 123456780')).toEqual(['123456780']);
  });
});

describe('part of an identity number, said as a part (round 47)', () => {
  it.each([
    ['zijn bsn eindigt op 4208, meer weet ik niet', 'BSN', '4208'],
    ['laatste 4 cijfers bsn 6782', 'BSN', '6782'],
    ['de bsn begint met 1234', 'BSN', '1234'],
    ['the last four digits of her passport are 4471', 'DOCUMENTNUMMER', '4471'],
    ['laatste 3 cijfers van het v-nummer: 719', 'DOCUMENTNUMMER', '719'],
  ])('"%s" masks the digits as %s', (text, type, digits) => {
    expect(foundOf(type, text)).toEqual([digits]);
  });

  it.each(['the last 4 digits of my phone are 5678', 'het huis eindigt op 12 ofzo', 'de film begint met 20 minuten reclame'])(
    '"%s": a part of no identity number is left alone',
    (text) => {
      expect(masked(text)).toEqual([]);
    },
  );
});

describe('a partner organisation opening a reference code (round 47)', () => {
  it('masks "IND-2024-KM-0387152" after a document word as one number', () => {
    expect(foundOf('DOCUMENTNUMMER', 'he is scared to lose his permit, the IND reference is IND-2024-KM-0387152')).toEqual([
      'IND-2024-KM-0387152',
    ]);
  });

  it('still keeps the IND itself', () => {
    expect(masked('de IND heeft zijn IND-nummer nog niet gestuurd')).toEqual([]);
  });
});

describe('addresses in the orders of other countries (round 47)', () => {
  it.each([
    ['ella vive en Carrera 43 #52-18, Medellín', 'Carrera 43 #52-18'],
    ['mi tía vive en la calle 10 no. 5-51 sur, Bogotá', 'calle 10 no. 5-51 sur'],
    ['the address of the agent is Plot 14, Sector 21, Gurgaon', 'Plot 14, Sector 21'],
    ['House No. 7, Phase 2, Mohali', 'House No. 7, Phase 2'],
    ['flat 3, 22 baker street london', 'flat 3, 22 baker street'],
    ['mieszka ul. dluga 15 m 3', 'ul. dluga 15 m 3'],
  ])('"%s" masks %s', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it('takes the postcode after an address and its town, not a year', () => {
    expect(foundOf('POSTCODE', 'the agent is at Plot 14, Sector 21, Gurgaon 122016, he took the money')).toEqual(['122016']);
    expect(foundOf('POSTCODE', 'Kerkstraat 12, Utrecht 2019 was een goed jaar')).toEqual([]);
  });

  it('leaves a sector without a plot or house alone', () => {
    expect(foundOf('ADRES', 'we sat in sector 3 of the stadium')).toEqual([]);
  });
});

describe('Dutch streets written partly, in lower case or in another order (round 47)', () => {
  it.each([
    ['adres is nieuwe binnenweg 123b rotterdam', 'nieuwe binnenweg 123b'],
    ['ze woont op de lange nieuwstraat 8 in utrecht', 'lange nieuwstraat 8'],
    ['ze woont op 12 kerkstraat', '12 kerkstraat'],
    ['ze woont op de van Speijkstraat 96', 'van Speijkstraat 96'],
    ['adres: van der Helststraat 12', 'van der Helststraat 12'],
    ['in de straat van de moskee, de Ali Baba straat 7', 'Ali Baba straat 7'],
    ['ze woont boven de snackbar op de dorpsstraat', 'dorpsstraat'],
    ['she lives on Marktstraat, above the nail salon', 'Marktstraat'],
  ])('"%s" masks %s', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it('takes no preposition "van" after a verb into the street', () => {
    expect(foundOf('ADRES', 'hij komt van Kerkstraat 14')).toEqual(['Kerkstraat 14']);
  });

  it('takes a house number said alone once the message named a street, not one the street holds', () => {
    expect(foundOf('ADRES', 'ik woon op nr 12 van de Beukenlaan en aan de overkant op nummer 14 wonen 6 vrouwen')).toEqual([
      'nr 12 van de Beukenlaan',
      'nummer 14',
    ]);
    expect(foundOf('ADRES', 'ik hoor huilen in het huis op nummer 7, Sint Jansstraat 7 in Breda')).toEqual(['Sint Jansstraat 7']);
    expect(foundOf('ADRES', 'bel me op nummer 14 als je iets hoort')).toEqual([]);
  });

  it.each(['we lopen altijd in de winkelstraat', 'die jongen slaapt in de wasstraat zelf'])('"%s": a noun with a street ending', (text) => {
    expect(foundOf('ADRES', text)).toEqual([]);
  });
});

describe('streets named without a house number (round 47)', () => {
  it.each([
    ['she lives on Baker Street with two other girls', 'Baker Street'],
    ['they live on Green Lane near the station', 'Green Lane'],
    ['he lives in Rue Neuve in Brussels', 'Rue Neuve'],
  ])('"%s" masks %s', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it.each(['I went to Abbey Road Studios', 'we met at Kings Cross St. Pancras', 'ik kreeg het bericht Via Facebook'])(
    '"%s" is no address',
    (text) => {
      expect(foundOf('ADRES', text)).toEqual([]);
    },
  );

  it('leaves a surname before a place in Turkish a name ("Serkan Kaya Zaandam\'da")', () => {
    expect(foundOf('ADRES', "merhaba, kuzenim Serkan Kaya Zaandam'da çalışıyor")).toEqual([]);
  });
});

describe('a number and an English street word in a sentence (round 47)', () => {
  it.each(['he say i have debt 6000 for the road from Kabul to here', 'you fit call me after 7 when salon close'])(
    '"%s" is no address',
    (text) => {
      expect(foundOf('ADRES', text)).toEqual([]);
    },
  );

  it.each([
    ['she lives at 12 High Street', '12 High Street'],
    ['they sleep at 4 The Crescent', '4 The Crescent'],
  ])('"%s" still masks %s', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });
});
