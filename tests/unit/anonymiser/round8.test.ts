import { found, foundOf } from './helpers';

/** Issue 13, round 8 (tuning set H): names in lists, towns after addresses, businesses by compound kind words. */

describe('names by their company in a sentence', () => {
  it('takes every name of a list that a name opens', () => {
    expect(foundOf('NAAM', 'ze heten Ama, Esi en Abena, ze zijn met Kofi Mensah gekomen')).toEqual(['Ama', 'Esi', 'Abena', 'Kofi Mensah']);
    expect(foundOf('NAAM', 'ik sprak Jan, Utrecht en Gouda')).toEqual(['Jan']);
  });

  it('takes an unknown word before another language’s "and" and a name', () => {
    expect(foundOf('NAAM', 'Andrii ta Maksym zhyvut v kontejneri na Bosweg 11')).toEqual(['Andrii', 'Maksym']);
  });

  it('reads a quoted name after "noemt hij"', () => {
    expect(foundOf('NAAM', "de vrouw noemt hij 'Mimi'")).toEqual(['Mimi']);
  });

  it('reads capitals after "op de" as a department, not a surname', () => {
    expect(foundOf('NAAM', 'ik ben verpleegkundige op de SEH in Tilburg')).toEqual([]);
  });
});

describe('places by structure', () => {
  it('takes the town after a street address and "in", also one the gazetteer lacks', () => {
    expect(foundOf('PLAATS', 'een busje bij Hofstraat 19 in Vlijmen, kenteken 3-KBT-45')).toEqual(['Vlijmen']);
    expect(foundOf('PLAATS', 'Kerkstraat 5 in Het Centrum')).toEqual([]);
  });

  it('takes the town after a postcode in Title Case text', () => {
    expect(foundOf('PLAATS', 'adres van de kraamvrouw: Laan van Nieuw Oost-Indië 311, 2593 BT Den Haag')).toEqual(['Den Haag']);
  });

  it('joins a compass word to the place and leaves a province alone', () => {
    expect(foundOf('PLAATS', 'in Woensel-West op de Celebesstraat 61 gaan mannen in en uit')).toEqual(['Woensel-West']);
    expect(foundOf('PLAATS', 'het is ergens in Noord-Brabant, vlak bij de grens')).toEqual([]);
  });

  it('reads a lower-case word with accents the place lacks as another word, and "v" as a place word', () => {
    expect(foundOf('PLAATS', 'el dueño Paco me quitó el DNI')).toEqual([]);
    expect(foundOf('PLAATS', 'tuk sme v Wateringen, Heulweg 9')).toEqual(['Wateringen']);
  });
});

describe('addresses by structure', () => {
  it('reads a street after "woonachtig" and a street word written as a word of its own', () => {
    expect(foundOf('ADRES', 'gegevens van de melder: woonachtig Achter de Kerk 2, Drachten')).toEqual(['Achter de Kerk 2']);
    expect(foundOf('ADRES', 'ik woon aan de Hoge Weg 12 in Assen')).toEqual(['Hoge Weg 12']);
    expect(found('kantoor: Hagsche Straße 21, Kleve').some(([, s]) => s.includes('Hagsche Straße 21'))).toBe(true);
  });
});

describe('plates by their context', () => {
  it('reads Turkish vehicle words after the plate', () => {
    expect(foundOf('KENTEKEN', "arabası 34 ABC 123 plakalı, Almanya'dan gelmiş")).toEqual(['34 ABC 123']);
    expect(foundOf('KENTEKEN', 'ik heb 12 ABC 123 gezien')).toEqual([]);
  });
});

describe('organisations by compound kind words', () => {
  it('takes a name after a compound kind word', () => {
    expect(foundOf('ORGANISATIE', 'ik bel namens Zorgboerderij De Hooiberg in Sint-Oedenrode')).toEqual(['Zorgboerderij De Hooiberg']);
    expect(foundOf('ORGANISATIE', 'naast de Buurtsuper Zuidhoek')).toEqual(['Buurtsuper Zuidhoek']);
  });

  it('takes a name before a capitalised compound kind word or a new kind word', () => {
    expect(foundOf('ORGANISATIE', 'daar wonen 25 man van Peelland Plantenkwekerij')).toEqual(['Peelland Plantenkwekerij']);
    expect(foundOf('ORGANISATIE', 'the company name on the truck is Rijnmond Recycling, phone')).toEqual(['Rijnmond Recycling']);
    expect(foundOf('ORGANISATIE', 'Mijn Transportbedrijf is groot')).toEqual([]);
  });

  it('reads French "agence" as a kind word and "work for free" as no employer', () => {
    expect(foundOf('ORGANISATIE', 'van Agence Intérim Lumière uit Lille')).toEqual(['Agence Intérim Lumière']);
    expect(found('now i work for free in Dordrecht')).toEqual([['PLAATS', 'Dordrecht']]);
  });
});
