import { Gazetteer } from '../../../src/geo';
import { KeySieve } from '../../../src/geo/keySieve';
import { KeyTrie } from '../../../src/geo/keyTrie';

/** Deterministic pseudo-random numbers (mulberry32), so the generated names and texts are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The scan the trie replaced: the words from `i` joined into a key, read on while the key so far is
 * a proper prefix of some name (a set of every name's leading words), the longest name found wins.
 */
function leadingWords(names: ReadonlyMap<string, number>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of names.keys()) for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  return prefixes;
}

function longestByJoinedKeys(
  names: ReadonlyMap<string, number>,
  prefixes: ReadonlySet<string>,
  words: readonly string[],
  i: number,
): [number, number] | null {
  let best: [number, number] | null = null;
  let key = words[i]!;
  for (let j = i; ;) {
    const value = names.get(key);
    if (value !== undefined) best = [value, j];
    if (j + 1 >= words.length || !prefixes.has(key)) break;
    j += 1;
    key = `${key} ${words[j]}`;
  }
  return best;
}

function longestByTrie(trie: KeyTrie<number>, words: readonly string[], i: number): [number, number] | null {
  let best: [number, number] | null = null;
  let node = trie.first(words[i]!);
  for (let j = i; node !== undefined; j++) {
    if (node.value !== undefined) best = [node.value, j];
    if (j + 1 >= words.length || node.next === undefined) break;
    node = node.next.get(words[j + 1]!);
  }
  return best;
}

describe('KeyTrie', () => {
  it('finds at every word the same longest name as the joined-key scan it replaced', () => {
    const random = seeded(20261205);
    const vocabulary = ['bergen', 'op', 'zoom', 'aan', 'den', 'ijssel', 'capelle', 'haag', 'de', 'rijp', 'noord', 'x'];
    const pick = (): string => vocabulary[Math.floor(random() * vocabulary.length)]!;
    const names = new Map<string, number>();
    for (let n = 0; names.size < 60; n++) names.set(Array.from({ length: 1 + Math.floor(random() * 4) }, pick).join(' '), n);
    const trie = new KeyTrie<number>();
    for (const [key, value] of names) trie.add(key, value);
    const prefixes = leadingWords(names);
    let found = 0;
    for (let text = 0; text < 300; text++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 12) }, pick);
      for (let i = 0; i < words.length; i++) {
        const expected = longestByJoinedKeys(names, prefixes, words, i);
        expect(longestByTrie(trie, words, i)).toEqual(expected);
        if (expected !== null) found++;
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('keeps a value under a name that is also the start of a longer one, and the last value added for a key', () => {
    const trie = new KeyTrie<string>();
    trie.add('bergen op zoom', 'BoZ');
    trie.add('bergen', 'Bergen');
    trie.add('bergen', 'Bergen (NH.)');
    expect(trie.first('bergen')?.value).toBe('Bergen (NH.)');
    expect(trie.first('bergen')?.next?.get('op')?.value).toBeUndefined();
    expect(trie.first('bergen')?.next?.get('op')?.next?.get('zoom')?.value).toBe('BoZ');
    expect(trie.first('op')).toBeUndefined();
    expect(trie.first('zoom')?.value).toBeUndefined();
  });

  it('lets the gazetteer find multi-word names, the longest first, and their first word alone', () => {
    const g = Gazetteer.load();
    const names = (t: string) => g.findPlaces(t, { typos: false }).map((s) => t.slice(s.start, s.end));
    expect(names('van Capelle aan den IJssel naar Bergen op Zoom en Bergen')).toEqual([
      'Capelle aan den IJssel',
      'Bergen op Zoom',
      'Bergen',
    ]);
    // A name's leading words that no name completes: the longest name within them is found.
    expect(names('naar Bergen op de fiets')).toEqual(['Bergen']);
    // A line break or comma between the words is no name of several words.
    expect(names('Bergen,\nop Zoom')).toEqual(['Bergen']);
  });
});

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
});
