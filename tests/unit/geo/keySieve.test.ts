import { Gazetteer } from '../../../src/geo';
import { KeySieve } from '../../../src/geo/keySieve';

describe('KeySieve', () => {
  it('says yes to every key it was built from', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `plaats ${i}`);
    const sieve = new KeySieve(keys);
    expect(keys.every((k) => sieve.mayHold(k))).toBe(true);
  });

  it('says no to most keys it was not built from', () => {
    const sieve = new KeySieve(Array.from({ length: 5000 }, (_, i) => `plaats ${i}`));
    const absent = Array.from({ length: 5000 }, (_, i) => `woord ${i}`);
    expect(absent.filter((k) => sieve.mayHold(k)).length).toBeLessThan(500);
  });

  it('leaves the gazetteer finding multi-word names and their parts', () => {
    const g = Gazetteer.load();
    const names = (t: string) => g.findPlaces(t, { typos: false }).map((s) => t.slice(s.start, s.end));
    expect(names('van Capelle aan den IJssel naar Bergen op Zoom en Bergen')).toEqual([
      'Capelle aan den IJssel',
      'Bergen op Zoom',
      'Bergen',
    ]);
  });
});
