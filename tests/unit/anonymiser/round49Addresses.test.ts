import { found, foundOf } from './helpers';

/** Whether every letter and digit of `part` lies under some placeholder (of any type), as the eval counts it. */
function covered(text: string, part: string): boolean {
  const at = text.indexOf(part);
  const spans = found(text).map(([, s]) => {
    const start = text.indexOf(s);
    return [start, start + s.length] as const;
  });
  for (let i = at; i < at + part.length; i++) {
    if (!/[\p{L}\d]/u.test(text[i]!)) continue;
    if (!spans.some(([s, e]) => s <= i && i < e)) return false;
  }
  return true;
}

describe('case and file numbers after their word (round 49)', () => {
  it.each([
    ['dossiernummer 2023/04512', '2023/04512'],
    ['zaaknummer 12345/2024 bij de politie', '12345/2024'],
    ['referentienummer AB/123/2024', 'AB/123/2024'],
    ['case no. 45-AB-2023', '45-AB-2023'],
    ['my file number with immigration is 1234-5678', '1234-5678'],
    ['proces-verbaal nummer PL0900-2023123456', 'PL0900-2023123456'],
    ['het is dossier 2023-0451 bij veilig thuis', '2023-0451'],
    ['de aangifte heeft nummer 2024/118/889', '2024/118/889'],
    ['het dossier bij de IND heeft kenmerk 2023-IND-4471', '2023-IND-4471'],
  ])('"%s" masks "%s"', (text, number) => {
    expect(foundOf('DOCUMENTNUMMER', text)).toEqual([number]);
  });

  it('leaves a year, a date, a count and the word alone', () => {
    for (const text of [
      'de zaak van 2019 is gesloten',
      'in case 2 people come',
      'dossier van 12-03-2024 gelezen',
      'het dossier is 3 maanden oud',
      'zaak 4 op de lijst',
    ])
      expect(foundOf('DOCUMENTNUMMER', text)).toEqual([]);
  });

  it('never reads a lower-case word before the number as part of it', () => {
    expect(foundOf('DOCUMENTNUMMER', 'mijn zaaknummer bij de IND is 12345678')).toEqual(['12345678']);
  });
});

describe('a document number spelled in lower case (round 49)', () => {
  it('masks single letters and digits after a document word', () => {
    expect(foundOf('DOCUMENTNUMMER', 'haar paspoortnummer is n x k 4 l 8 2 p 1')).toEqual(['n x k 4 l 8 2 p 1']);
  });

  it('leaves spelled words without a document word, and letters without digits', () => {
    expect(foundOf('DOCUMENTNUMMER', 'ze zei a b c 1 2 3 4 tegen de kinderen')).toEqual([]);
    expect(foundOf('DOCUMENTNUMMER', 'paspoort: h e l p m e n u')).toEqual([]);
  });
});

describe('dates in words and other languages, birth dates (round 49)', () => {
  it.each([
    ['ze is geboren op vijf mei negentien vijfennegentig', 'vijf mei negentien vijfennegentig'],
    ['ze is op 12 maart negentienhonderdvijfennegentig geboren', '12 maart negentienhonderdvijfennegentig'],
    ['née le cinq mai 1990', 'cinq mai 1990'],
    ['le 1er janvier elle est partie', '1er janvier'],
    ['el primero de mayo llegó', 'primero de mayo'],
    ['llegó el tres de mayo', 'tres de mayo'],
    ['am dritten Mai ist sie gekommen', 'dritten Mai'],
    ['born on May the 5th', 'May the 5th'],
    ['DOB: 12 March, 1995', '12 March, 1995'],
    ['geboren 12 mrt 95', '12 mrt 95'],
    ['ze kwam hier op 3.5. aan', '3.5.'],
    ['op 3, 4 en 5 mei was ze daar', '3, 4 en 5 mei'],
    ["12 Mart'ta geldi", '12 Mart'],
  ])('"%s" masks "%s"', (text, date) => {
    expect(foundOf('DATUM', text)).toEqual([date]);
  });

  it('leaves amounts, counts, a bare year and a lone number word', () => {
    expect(foundOf('DATUM', 'op 3 mei, 2000 euro betaald')).toEqual(['3 mei']);
    expect(foundOf('DATUM', 'ik ben geboren op 12 mei 30 jaar geleden')).toEqual(['12 mei']);
    expect(foundOf('DATUM', 'geboren in 1995')).toEqual([]);
    expect(foundOf('DATUM', 'hij kreeg 3.5. punten')).toEqual([]);
    expect(foundOf('DATUM', 'un mai très chaud')).toEqual([]);
    expect(foundOf('DATUM', 'ze zit hier al 3 maanden')).toEqual([]);
  });
});

describe('floors, flats and house-number additions after the street (round 49)', () => {
  it.each([
    ['ze woont op kerkstraat 12-3 hoog', 'kerkstraat 12-3 hoog'],
    ['ze woont op de dorpsstraat 14, 2 hoog achter', 'dorpsstraat 14, 2 hoog achter'],
    ['ze woont op de Stationsweg 22, tweede etage', 'Stationsweg 22, tweede etage'],
    ['hij woont in een flat aan de Zuidplein 12, 4e etage links', 'Zuidplein 12, 4e etage links'],
    ['sie wohnt in der Bahnhofstraße 5, 2. Stock', 'Bahnhofstraße 5, 2. Stock'],
    ['mijn zus woont op de Withstraat 12 2hg', 'Withstraat 12 2hg'],
    ['Rua Augusta 200, apto 5', 'Rua Augusta 200, apto 5'],
    ['Nizami Cad. No: 14 Daire: 3', 'Nizami Cad. No: 14 Daire: 3'],
    ['Dohány utca 12, 3. emelet 4', 'Dohány utca 12, 3. emelet 4'],
    ['she lives at 27b Queen St', '27b Queen St'],
  ])('"%s" masks "%s"', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });
});

describe('streets citizens type in lower case (round 49)', () => {
  it.each([
    ['woonachtig te laan van meerdervoort 345 b', 'laan van meerdervoort 345 b'],
    ['ze woont aan de laan van nieuw oost-indië 12', 'laan van nieuw oost-indië 12'],
    ['mijn zus woont op de burgemeester de withstraat 12', 'burgemeester de withstraat 12'],
    ['ze woont op de jan van galenstraat 3', 'jan van galenstraat 3'],
    ['ze zit op de 2e hugo de grootstraat 14', '2e hugo de grootstraat 14'],
    ['ze woont op nummer 12 van de lindelaan', 'nummer 12 van de lindelaan'],
  ])('"%s" masks "%s"', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it('leaves "laan van" without a house number or with a count, and a verb before a particle', () => {
    expect(foundOf('ADRES', 'ze werken op de laan van de stad 3 keer')).toEqual([]);
    expect(foundOf('ADRES', 'ik loop van de kerkstraat 12 naar huis')).toEqual(['kerkstraat 12']);
  });
});

describe('a house number before a street named without a street word (round 49)', () => {
  it.each([
    ['he stays at 45 Tran Hung Dao, quan 1', '45 Tran Hung Dao, quan 1'],
    ['she lives at 12 Kofi Annan in Accra', '12 Kofi Annan'],
    ['address: 14 Nguyen Trai, phường 7', '14 Nguyen Trai, phường 7'],
  ])('"%s" masks "%s"', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it('leaves a town, a date and dictionary words after the number', () => {
    expect(foundOf('ADRES', 'she lives in 2 Amsterdam')).toEqual([]);
    expect(foundOf('ADRES', 'he lives at 12 May 2020')).toEqual([]);
    expect(foundOf('ADRES', 'she lives at 3 Green Park')).toEqual([]);
  });
});

describe('country roads by their kind and the town, and rural streets (round 49)', () => {
  it('masks the farm road near a known town', () => {
    expect(covered('they keep the girls at the farm road near Zevenhuizen', 'farm road near Zevenhuizen')).toBe(true);
    expect(foundOf('ADRES', 'they keep the girls at the farm road near Zevenhuizen')).toEqual(['farm road near Zevenhuizen']);
  });

  it('masks a road a dictionary knows where a farm, camp site or shed stands on it', () => {
    expect(foundOf('ADRES', 'ze zitten bij de boerderij aan de zandweg')).toEqual(['zandweg']);
    expect(foundOf('ADRES', 'de mannen slapen op de camping aan de dijkweg')).toEqual(['dijkweg']);
  });

  it('leaves a road without a town or farm', () => {
    expect(foundOf('ADRES', 'I take the back road to work every day')).toEqual([]);
    expect(foundOf('ADRES', 'ze reed over de landweg naar huis')).toEqual([]);
  });
});

describe('what round 49 leaves alone', () => {
  it('masks none of the helpline numbers, 112, amounts, times, ages or durations', () => {
    for (const text of [
      'bel 112 als het erg is',
      'ze betaalt 500 euro per maand voor de kamer',
      'om 14:30 komt hij',
      'ik ben 23 jaar',
      'ze zit hier al 3 maanden',
      'bel Veilig Thuis op 0800-2000',
    ])
      expect(found(text)).toEqual([]);
  });
});

describe('rural and Groningen addresses, an article opening a cued street (round 49)', () => {
  it.each([
    ['ze wonen bij de boerderij aan de Hoofdweg in Nieuw-Buinen', 'Hoofdweg'],
    ['ze zitten op de boerderij aan de Oosterdiep WZ 12', 'Oosterdiep WZ 12'],
    ["adres: 't Hooge Land 4", "'t Hooge Land 4"],
    ['de meiden wonen tegenover Zonnehof 12', 'Zonnehof 12'],
  ])('"%s" masks "%s"', (text, address) => {
    expect(foundOf('ADRES', text)).toEqual([address]);
  });

  it('leaves a main road without a farm, and a count or a name after "achter"', () => {
    expect(foundOf('ADRES', 'ik reed over de Hoofdweg naar huis')).toEqual([]);
    expect(foundOf('ADRES', 'achter Lidl 2 mannen')).toEqual([]);
    expect(foundOf('ADRES', 'naast Fatima 3 meisjes')).toEqual([]);
  });
});

describe('document numbers: a driver licence without the possessive, dashed groups of a long number (round 49)', () => {
  it('masks the licence number after "driver licence"', () => {
    expect(foundOf('DOCUMENTNUMMER', 'his driver licence D1234-56789-01234')).toEqual(['D1234-56789-01234']);
  });

  it('masks a long number with the group a dash joins to it, not a service number', () => {
    expect(foundOf('DOCUMENTNUMMER', 'TIN 12345678-0001')).toEqual(['12345678-0001']);
    expect(found('bel 0800-2000 of 0900-8844')).toEqual([]);
  });
});

describe('French house numbers before the street and floors after it (round 49)', () => {
  it('masks the number, its "bis" and the floor', () => {
    expect(foundOf('ADRES', 'elle habite au 14 bis rue Victor Hugo, 3e étage')).toEqual(['14 bis rue Victor Hugo, 3e étage']);
  });
});

describe('a reference needs its number word (round 49)', () => {
  it('masks a reference number, not a bare reference', () => {
    expect(foundOf('DOCUMENTNUMMER', 'referentienummer AB/123/2024')).toEqual(['AB/123/2024']);
    expect(foundOf('DOCUMENTNUMMER', 'referentie 2023-0451 in de mail')).toEqual([]);
  });
});
