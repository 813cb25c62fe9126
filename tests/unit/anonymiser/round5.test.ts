import { isSpanishId } from '../../../src/anonymiser/detectors/numbers';
import { found, foundOf } from './helpers';

/** Issue 13, round 5: structure and context for numbers, handles and employers a list does not know. */

describe('BSNs in any grouping of nine digits', () => {
  it.each([
    ['zijn bsn is 1112 223 33 volgens de brief', '1112 223 33'],
    ['burgerservicenummer: 111-222-333', '111-222-333'],
    ['nummers 111.22.2333 en verder niets', '111.22.2333'],
  ])('finds the BSN in %j', (text, bsn) => {
    expect(foundOf('BSN', text)).toEqual([bsn]);
  });

  it('leaves nine digits that fail the elfproef without a cue, and ten digits in groups', () => {
    expect(foundOf('BSN', 'ordernummer 123 456 789 van de webshop')).toEqual([]);
    expect(foundOf('BSN', 'bsn 1112 2233 34')).toEqual([]);
  });
});

describe('document numbers by cue and by shape', () => {
  it.each([
    ['haar verblijfspas heeft nummer K7P2M91Q4', 'K7P2M91Q4'],
    ['het papier van de IND: W3N8R27T1', 'W3N8R27T1'],
    ['mi NIE era Y7712345B cuando llegué', 'Y7712345B'],
    ['DNI 12345678Z, lo tiene el jefe', '12345678Z'],
    ['він має мій паспорт, серія КА, ні: TT 583920', 'TT 583920'],
  ])('finds the document number in %j', (text, number) => {
    expect(foundOf('DOCUMENTNUMMER', text)).toEqual([number]);
  });

  it('checks the letter of a Spanish DNI and NIE', () => {
    expect(isSpanishId('12345678Z')).toBe(true);
    expect(isSpanishId('X1234567L')).toBe(true);
    expect(isSpanishId('12345678A')).toBe(false);
  });

  it('needs the checksum for eight digits and a letter without a cue', () => {
    expect(foundOf('DOCUMENTNUMMER', 'referentie 12345678A in de mail')).toEqual([]);
  });
});

describe('handles without an at sign where the message names a platform', () => {
  it.each([
    ['op tiktok staat hij als wesley.vd.berg', 'wesley.vd.berg'],
    ['via snap, die heet daar sanne_xo en ze antwoordt snel', 'sanne_xo'],
    ['op insta zit ze als lieke2007 en stuurt foto’s', 'lieke2007'],
    ['my zalo is hoa.tran.88', 'hoa.tran.88'],
  ])('finds the handle in %j', (text, handle) => {
    expect(foundOf('HANDLE', text)).toEqual([handle]);
  });

  it('leaves abbreviations and web sites to themselves', () => {
    expect(foundOf('HANDLE', 'op insta zag ik o.a. dat filmpje')).toEqual([]);
    expect(foundOf('HANDLE', 'op facebook en op www.voorbeeldsite.nl staat het')).toEqual([]);
  });

  it('reads an e-mail address with a Romanian "la" for the at sign', () => {
    expect(foundOf('EMAIL', 'scrie-mi la ioana.pop77 la yahoo punct com')).toEqual(['ioana.pop77 la yahoo punct com']);
  });
});

describe('employers after more kind words', () => {
  it.each([
    ['hij werkt bij een autowasstraat Sparkle Shine Wash aan de rand van de stad', 'Sparkle Shine Wash'],
    ['pracuję przez agencje Flexwork Polska od maja', 'Flexwork Polska'],
    ['работя във ферма De Witte Hoeve от година', 'De Witte Hoeve'],
    ['ze werken in Golden Dragon Wok sinds de zomer', 'Golden Dragon Wok'],
  ])('finds the organisation in %j', (text, organisation) => {
    expect(
      found(text)
        .filter(([t]) => t === 'ORGANISATIE')
        .map(([, s]) => s)
        .join(' '),
    ).toContain(organisation);
  });

  it('leaves a town after working "in" to the place detector', () => {
    expect(foundOf('ORGANISATIE', 'ze werken in Den Haag bij een kwekerij')).toEqual([]);
  });
});

describe('plates after a vehicle word in the plural', () => {
  it('finds a spaced Dutch plate after "busjes"', () => {
    expect(foundOf('KENTEKEN', 'er rijden twee busjes, een met VZT 48 L en een andere')).toEqual(['VZT 48 L']);
  });
});

describe('names by structure', () => {
  it.each([
    ['goedemiddag, ik ben Wendy Kooiman en ik bel over mijn buren', 'Wendy Kooiman'],
    ['het pand is van fam. Van der Stoel, al jaren', 'fam. Van der Stoel'],
    ['hij noemt zichzelf Kleine Ricky op straat', 'Kleine Ricky'],
    ['op insta heet ze anders, echte naam ilse verbeek, woont in Zwolle', 'ilse verbeek'],
    ['aanvullend: Dilan Zebari, woont boven de bakker', 'Dilan Zebari'],
  ])('finds the name in %j', (text, name) => {
    expect(foundOf('NAAM', text).join(' ')).toContain(name.replace(/^fam\. /, ''));
  });

  it('does not take a capitalised word at a sentence start for a surname after a first name', () => {
    expect(foundOf('NAAM', 'Dat zei Sanne. Morgen bel ik weer.')).toEqual(['Sanne']);
  });
});

describe('addresses by structure', () => {
  it.each([
    ['she lives in Bijlmer, Kraaiennest 12', 'Kraaiennest 12'],
    ['ik woon in Nieuw-Vennep, Getsewoud-Noord 8, bel me niet', 'Getsewoud-Noord 8'],
    ['adres in Turkije: Cumhuriyet Cad. No: 12 D:4, Samsun', 'Cumhuriyet Cad. No: 12 D:4'],
    ['Bulgaars adres: ul. "Vasil Levski" 23, Plovdiv', 'ul. "Vasil Levski" 23'],
    ['zij woont op Curaçao, Kaya Grandi 40', 'Kaya Grandi 40'],
    ['вул. Franka 9, kv. 12, Lviv', 'Franka 9, kv. 12'],
  ])('finds the address in %j', (text, address) => {
    expect(foundOf('ADRES', text).join(' ')).toContain(address);
  });

  it('leaves a place with a count after it alone', () => {
    expect(foundOf('ADRES', 'ik woon in Utrecht, Amsterdam 3 keer bezocht')).toEqual([]);
  });
});

describe('smaller gaps', () => {
  it('reads a Turkish month after a day', () => {
    expect(foundOf('DATUM', "3 Mart 2022'den beri orada")).toEqual(['3 Mart 2022']);
  });

  it('does not take the Romanian "numele" (the name) after an account word for a handle', () => {
    expect(foundOf('HANDLE', 'contul e pe numele lui Andrei')).toEqual([]);
  });
});

describe('phone numbers of other countries in their national form', () => {
  it.each([
    ['Desi heeft 0878/512 904, bel na zessen', '0878/512 904'],
    ['onun numarası 0 542 318 9071, akşam ara', '0 542 318 9071'],
    ['my sister in Leeds: 07911 123 456', '07911 123 456'],
  ])('finds the number in %j', (text, phone) => {
    expect(foundOf('TELEFOON', text)).toEqual([phone]);
  });

  it('leaves dates with slashes and the helpline numbers alone', () => {
    expect(found('op 03/04/2021 belde ze 0800 2000 en later 112')).toEqual([['DATUM', '03/04/2021']]);
  });
});

describe('places the gazetteer also lists as words', () => {
  it('finds a lower-case town after a place word when the dictionary does not know it', () => {
    expect(foundOf('PLAATS', 'ze woont sinds kort in oss bij een oom')).toEqual(['oss']);
  });

  it('still leaves an ordinary word after a place word', () => {
    expect(foundOf('PLAATS', 'ze zit de hele dag in bed')).toEqual([]);
  });
});

describe('a name before "van" and an organisation', () => {
  it('keeps the name and the organisation apart', () => {
    expect(found('onze contactpersoon is zuster Ingrid van Stichting De Linde in Ede')).toEqual(
      expect.arrayContaining([
        ['NAAM', 'Ingrid'],
        ['ORGANISATIE', 'Stichting De Linde'],
      ]),
    );
  });
});

describe('lower-case full names and names set off by a comma', () => {
  it('finds a first name, a particle and a surname in lower case', () => {
    expect(foundOf('NAAM', 'ze moet voor sanne van dijk werken')).toEqual(['sanne van dijk']);
  });

  it('finds a business named after a kind word and a comma', () => {
    expect(foundOf('ORGANISATIE', 'hij heeft een uitzendbureau, Noord Flex Groep, in de stad')).toEqual(['Noord Flex Groep']);
  });

  it('leaves a lower-case phrase without a surname alone', () => {
    expect(foundOf('NAAM', 'we gingen met roos de tuin in')).toEqual([]);
  });
});

describe('a profile shown under a display name', () => {
  it('takes the capitalised words after a platform and a naming word as the handle', () => {
    expect(foundOf('HANDLE', 'my facebook is Grace Eghosa Blessed, she check it')).toEqual(['Grace Eghosa Blessed']);
  });

  it('leaves a single capitalised word after a platform to the name detector', () => {
    expect(found('op insta is Sanne heel actief')).toEqual([['NAAM', 'Sanne']]);
  });
});
