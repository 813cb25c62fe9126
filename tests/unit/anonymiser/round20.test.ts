import { found, foundOf } from './helpers';
import { isCpf } from '../../../src/anonymiser/detectors/numbers';

/** Issue 13, round 20: addresses, postcode areas, plates, register and ID numbers, names after relations. Sentences not in any set. */

describe('lower-case streets without a street word', () => {
  it('reads a word and a house number right after "adres", even a dictionary word', () => {
    expect(foundOf('ADRES', 'haar adres is kraaiennest 88, daar zit ze')).toEqual(['kraaiennest 88']);
    expect(foundOf('ADRES', 'adres: hoogoord 12b, bel maar aan')).toEqual(['hoogoord 12b']);
  });

  it('reads an unknown word and a number after "op" where someone lives', () => {
    expect(foundOf('ADRES', 'we slapen in een huis op kortenhoef 7, met 12 man')).toEqual(['kortenhoef 7']);
    expect(foundOf('ADRES', 'hij woont in die flat op develstein 240')).toEqual(['develstein 240']);
  });

  it('leaves dictionary words, counts and years after "op" alone', () => {
    expect(foundOf('ADRES', 'ik woon op nummer 5 sinds maart')).toEqual([]);
    expect(foundOf('ADRES', 'hij zit op groep 7 en zij woont op kamer 12')).toEqual([]);
    expect(foundOf('ADRES', 'zijn adres: onbekend 2 keer gevraagd')).toEqual([]);
  });
});

describe('Dutch streets in lower case and named by their number', () => {
  it('takes "huisnummer" and its number beside a postcode', () => {
    expect(foundOf('ADRES', 'postcode 2611 xz huisnummer 14')).toEqual(['huisnummer 14']);
  });

  it('reads a short street in lower case before "nummer", even a dictionary word', () => {
    expect(foundOf('ADRES', "we wonen met z'n tienen op de bosweg nummer 7")).toEqual(['bosweg nummer 7']);
    expect(foundOf('ADRES', 'ik sta in de rij nummer 3')).toEqual([]);
  });

  it('reads a lower-case street after "bij de" and an article after "adres:"', () => {
    expect(foundOf('ADRES', 'de bus stopt bij de vissersdijk 8 elke ochtend')).toEqual(['vissersdijk 8']);
    expect(foundOf('ADRES', "haar adres: 't pleintje 6, daar zit ze")).toEqual(["'t pleintje 6"]);
  });

  it('reads a street opened by "De" after "woont op"', () => {
    expect(
      found('Hij woont op De Hoven 31, daar komen veel mannen')
        .map(([, s]) => s)
        .join(' '),
    ).toContain('Hoven 31');
  });

  it('reads a lower-case postcode after where someone lives', () => {
    expect(foundOf('POSTCODE', 'ze zit in 3072 ap rotterdam')).toEqual(['3072 ap']);
    expect(foundOf('POSTCODE', 'ze woont in 2019 al')).toEqual([]);
  });
});

describe('flats and floors after the house number', () => {
  it('takes the flat after an English street and the floor after a Spanish or Portuguese one', () => {
    expect(foundOf('ADRES', 'My address is 41 Elm Road, Flat 2, Bradford')).toEqual(['41 Elm Road, Flat 2']);
    expect(foundOf('ADRES', 'vive en Calle Luna 8, 3º izquierda, con otras chicas')).toEqual(['Calle Luna 8, 3º izquierda']);
    expect(foundOf('ADRES', 'mora na Rua Nova 17, 2º Esq. com o patrão')).toEqual(['Rua Nova 17, 2º Esq.']);
  });
});

describe('a postcode area on its own', () => {
  it('reads four digits where someone lives or stays', () => {
    expect(foundOf('POSTCODE', 'het huis staat ergens in 3514, bij het station')).toEqual(['3514']);
    expect(foundOf('POSTCODE', 'ze woont in postcodegebied 2525 geloof ik')).toEqual(['2525']);
    expect(foundOf('POSTCODE', 'hij zit nu in 5611 denk ik')).toEqual(['5611']);
  });

  it('leaves years and amounts', () => {
    expect(foundOf('POSTCODE', 'ze wonen in 2019 al hier')).toEqual([]);
    expect(foundOf('POSTCODE', 'ik zat in 1500 euro schuld')).toEqual([]);
  });
});

describe('plates of Slovakia, Czechia and Hungary', () => {
  it('reads a dashed Slovak plate alone and spaced ones beside a vehicle word', () => {
    expect(foundOf('KENTEKEN', 'er stond weer een busje, BA-123XY, voor de deur')).toEqual(['BA-123XY']);
    expect(foundOf('KENTEKEN', 'Slovenská dodávka KE 204AB stála pred domom')).toEqual(['KE 204AB']);
  });

  it('reads Czech plates with a letter or digit third, and the new Hungarian shape', () => {
    expect(foundOf('KENTEKEN', 'the van had a Czech plate 1AB 2345')).toEqual(['1AB 2345']);
    expect(foundOf('KENTEKEN', 'auto s SPZ 5A2 3456 tam stálo')).toEqual(['5A2 3456']);
    expect(foundOf('KENTEKEN', 'a kisbusz rendszáma AA BC-123 volt')).toEqual(['AA BC-123']);
  });

  it('takes a Dutch plate that opens with BV or NV for a plate, not a company', () => {
    expect(found('de vrachtwagen van Bouwbedrijf Smit, kenteken BV-JN-42, stond er')).toContainEqual(['KENTEKEN', 'BV-JN-42']);
    expect(foundOf('ORGANISATIE', 'kenteken NV-XK-12')).toEqual([]);
  });
});

describe('register and ID numbers', () => {
  it('reads a KvK number when the register is named further back and "nummer" stands before it', () => {
    const text = 'Ik heb het KvK-uittreksel gevonden: Bouwbedrijf De Vries uit Zwolle, nummer 61 02 33 45, eigenaar Henk';
    expect(foundOf('KVK', text)).toEqual(['61 02 33 45']);
  });

  it('reads ID numbers with dots after the capitals that name them', () => {
    expect(foundOf('DOCUMENTNUMMER', 'e o RG 12.345.678-9 ficou com ele')).toEqual(['12.345.678-9']);
    expect(foundOf('DOCUMENTNUMMER', 'y mi RUT es 12.345.678-5')).toEqual(['12.345.678-5']);
  });

  it('reads a Venezuelan C.I. with its letter and a Portuguese card with its check characters', () => {
    expect(foundOf('DOCUMENTNUMMER', 'mi C.I. V-18.204.311 la tiene él')).toEqual(['V-18.204.311']);
    expect(foundOf('DOCUMENTNUMMER', 'o meu cartão de cidadão 30412298 4 ZX7 está com ele')).toEqual(['30412298 4 ZX7']);
  });

  it('reads a Brazilian CPF by its check digits, without a word before it', () => {
    expect(isCpf('12345678909')).toBe(true);
    expect(isCpf('12345678900')).toBe(false);
    expect(isCpf('11111111111')).toBe(false);
    expect(foundOf('DOCUMENTNUMMER', 'ze gaf me 123.456.789-09 om te gebruiken')).toEqual(['123.456.789-09']);
  });

  it('leaves amounts with dots', () => {
    expect(found('het bedrijf heeft 12.345.678 euro omzet')).toEqual([]);
  });
});

describe('names after relations in more languages', () => {
  it('reads a capitalised word that is a word too after a boss or relative in Spanish, Portuguese, French, Hungarian', () => {
    expect(foundOf('NAAM', 'mi jefe Long no me paga')).toEqual(['Long']);
    expect(foundOf('NAAM', 'o patrão Grande ficou com o meu passaporte')).toEqual(['Grande']);
    expect(foundOf('NAAM', 'mon patron Petit garde mon passeport')).toEqual(['Petit']);
    expect(foundOf('NAAM', 'a főnök Nagy elvette az útlevelemet')).toEqual(['Nagy']);
  });

  it('reads the name after a Vietnamese form of address', () => {
    expect(foundOf('NAAM', 'quản lý là ông Long, ông ấy giữ hộ chiếu')).toEqual(['ông Long']);
  });

  it('reads a lower-case pet name said twice after a relation', () => {
    expect(foundOf('NAAM', 'mn broertje jay-jay zit in een groepsapp')).toEqual(['jay-jay']);
  });

  it('reads a lower-case first name that is a word too after a relation and its possessive', () => {
    expect(foundOf('NAAM', 'seful meu ion nu ne plateste')).toEqual(['ion']);
  });

  it('reads a lower-case listed first name after a relation of another language', () => {
    expect(foundOf('NAAM', 'minha irmã flor está lá sem passaporte')).toEqual(['flor']);
    expect(foundOf('NAAM', 'ma soeur rose travaille là-bas')).toEqual(['rose']);
  });

  it('takes the first name after a nickname head that a cue opened', () => {
    expect(foundOf('NAAM', 'vraag maar naar ome kees bij de haven')).toEqual(['ome kees']);
  });

  it('does not read Vietnamese forms of address as a name in lower case', () => {
    expect(foundOf('NAAM', 'chào anh chị, em cần giúp đỡ')).toEqual([]);
  });

  it('leaves the relation word alone and words said twice that are words', () => {
    expect(foundOf('NAAM', 'De patron van het café is aardig')).toEqual([]);
    expect(foundOf('NAAM', 'mijn broertje bye-bye zei hij')).toEqual([]);
  });
});

describe('given names of more communities', () => {
  it('knows Tigrinya and Edo names in lower case in a name frame', () => {
    expect(foundOf('NAAM', 'mijn vriend awet zit daar vast')).toEqual(['awet']);
    expect(foundOf('NAAM', 'ik ben bij oghenekaro in huis')).toEqual(['oghenekaro']);
  });
});

describe('mobiles in threes without a country code', () => {
  it('reads nine digits in threes in a message about phones', () => {
    expect(foundOf('TELEFOON', 'numer szefa: 601 234 567, a jego żony 502-345-678')).toEqual(['601 234 567', '502-345-678']);
  });

  it('leaves counts, amounts and messages without a phone word', () => {
    expect(foundOf('TELEFOON', 'ze heeft 612 345 678 volgers maar geen telefoon')).toEqual([]);
    expect(foundOf('TELEFOON', 'het project kost 512 345 678 en dat is veel')).toEqual([]);
  });
});

describe('what stays readable', () => {
  it('leaves service numbers, amounts, times and ages', () => {
    expect(found('bel 0800-2000 of 112, het kost 50 euro per week, om 14:30, ze is 16')).toEqual([]);
  });
});
