import fs from 'node:fs';
import path from 'node:path';
import { Gazetteer, defaultDataFile } from '../../../src/geo';
import { nameKey, nameVariants } from '../../../src/geo/normalise';
import { gazetteerDataSchema, placeRows } from '../../../src/geo/schema';

const raw: unknown = JSON.parse(fs.readFileSync(defaultDataFile(), 'utf8'));
const gazetteer = Gazetteer.fromData(raw);

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe('shipped gazetteer data', () => {
  it('holds the 342 current municipalities, each once, with a four-digit CBS code', () => {
    const codes = gazetteer.municipalities.map((m) => m.code);
    expect(codes).toHaveLength(342);
    expect(new Set(codes).size).toBe(342);
    for (const code of codes) expect(code).toMatch(/^\d{4}$/);
    // Mergers up to 2023 are in: Voorne aan Zee, Dijk en Waard, Land van Cuijk, Maashorst; Weesp is gone.
    for (const name of ['Voorne aan Zee', 'Dijk en Waard', 'Land van Cuijk', 'Maashorst']) {
      expect(gazetteer.resolvePlace(name)).toMatchObject({ kind: 'municipality', name });
    }
    expect(gazetteer.resolvePlace('Weesp')).toMatchObject({ kind: 'town', municipality: { name: 'Amsterdam' } });
  });

  it('puts every municipality in one province, with the known number per province', () => {
    expect(countBy(gazetteer.municipalities, (m) => m.province.name)).toEqual({
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      'Noord-Holland': 44,
      'Zuid-Holland': 50,
      Zeeland: 13,
      'Noord-Brabant': 56,
      Limburg: 31,
    });
  });

  it('puts every municipality in one of the 25 veiligheidsregio’s, with the known number per region', () => {
    expect(gazetteer.regions).toHaveLength(25);
    expect(countBy(gazetteer.municipalities, (m) => m.region.code)).toEqual({
      VR01: 10,
      VR02: 18,
      VR03: 12,
      VR04: 11,
      VR05: 14,
      VR06: 22,
      VR07: 15,
      VR08: 14,
      VR09: 26,
      VR10: 16,
      VR11: 7,
      VR12: 9,
      VR13: 6,
      VR14: 6,
      VR15: 9,
      VR16: 18,
      VR17: 13,
      VR18: 10,
      VR19: 13,
      VR20: 24,
      VR21: 11,
      VR22: 21,
      VR23: 15,
      VR24: 16,
      VR25: 6,
    });
  });

  it('follows province borders where the regions do, and crosses them nowhere else', () => {
    const regionsOf = (province: string) =>
      new Set(gazetteer.municipalities.filter((m) => m.province.name === province).map((m) => m.region.code));
    expect(regionsOf('Zeeland')).toEqual(new Set(['VR19']));
    expect(regionsOf('Utrecht')).toEqual(new Set(['VR09']));
    expect(regionsOf('Flevoland')).toEqual(new Set(['VR25']));
    expect(regionsOf('Overijssel')).toEqual(new Set(['VR04', 'VR05']));
    expect(regionsOf('Limburg')).toEqual(new Set(['VR23', 'VR24']));
    for (const region of gazetteer.regions) {
      const provinces = new Set(gazetteer.municipalities.filter((m) => m.region.code === region.code).map((m) => m.province.name));
      expect([region.code, provinces.size]).toEqual([region.code, 1]);
    }
  });

  it('matches the hand-written region table line by line', () => {
    const file = path.join(path.dirname(defaultDataFile()), 'source', 'veiligheidsregios.tsv');
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    for (const line of lines) {
      const [code, , members] = line.split('\t');
      const expected = members!.split(';').map((m) => nameKey(m));
      const actual = gazetteer.municipalities.filter((m) => m.region.code === code).map((m) => nameKey(m.name));
      expect(new Set(actual)).toEqual(new Set(expected));
    }
  });

  it('counts woonplaatsen, neighbourhoods and cities abroad in the thousands', () => {
    expect(gazetteer.counts.towns).toBeGreaterThan(1300);
    expect(gazetteer.counts.neighbourhoods).toBeGreaterThan(800);
    expect(gazetteer.counts.foreign).toBeGreaterThan(5000);
  });

  it('stores under every place the keys today’s normalisation gives its own name', () => {
    const data = gazetteerDataSchema.parse(raw);
    const places = placeRows(data);
    const stale = places.names.filter((name, i) => nameVariants(name).some((key) => !places.keys[i]!.includes(key)));
    expect(stale).toEqual([]);
  });

  it('names its sources with a licence for each', () => {
    for (const source of gazetteer.sources) expect(source.licence).not.toBe('');
    expect(gazetteer.sources.map((s) => s.licence).join(' ')).toContain('CC-BY-4.0');
  });
});

describe('data validation on load', () => {
  const valid = () => JSON.parse(JSON.stringify(raw)) as Record<string, Record<string, unknown>>;

  it('rejects a file of another shape', () => {
    expect(() => Gazetteer.fromData({ format: 3 })).toThrow();
    const data = valid();
    data.places!.kind = '0012';
    expect(() => Gazetteer.fromData(data)).toThrow();
  });

  it('rejects a place that points at a municipality that does not exist', () => {
    const data = valid();
    const owners = String(data.places!.municipality).split(' ');
    owners[0] = '9999';
    data.places!.municipality = owners.join(' ');
    expect(() => Gazetteer.fromData(data)).toThrow(/points past the end/);
  });

  it('rejects columns that disagree in length', () => {
    const data = valid();
    data.foreign!.population = String(data.foreign!.population).split(' ').slice(1).join(' ');
    expect(() => Gazetteer.fromData(data)).toThrow(/rows, expected/);
  });

  it('rejects keys that are not folded', () => {
    const data = valid();
    data.places!.keys = `Amsterdam${String(data.places!.keys)}`;
    expect(() => Gazetteer.fromData(data)).toThrow();
  });
});
