/**
 * A compact "may this key be in the index?" test in front of a large map: one bit per hash of each
 * key in a 32 KiB table that stays in the processor's cache, where the map's own look-up of a key
 * it lacks (most words of a message are no place) first works out the hash of the new string and then walks memory spread over megabytes. A key it
 * says no to is certainly absent; a yes still needs the map (about one in eight absent keys).
 */
const BITS = 1 << 18;

function hash(key: string): number {
  // FNV-1a over UTF-16 code units.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (BITS - 1);
}

export class KeySieve {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const h = hash(key);
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** False when `key` was certainly not among the keys; true when it may have been. */
  mayHold(key: string): boolean {
    const h = hash(key);
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}
