/**
 * A Bloom filter over folded words: a compact, fast "is this an ordinary word?" test for the
 * 430,000 Dutch and English word forms, loaded in milliseconds. A word that is not in the list
 * is said to be in it with a probability of about 1 in 1,000 (never the other way round).
 *
 * File layout: bytes 0-3 the number of bits m (uint32, little endian), byte 4 the number of hashes
 * k, then m bits.
 */

export class BloomFilter {
  private constructor(
    private readonly bits: Uint8Array,
    private readonly m: number,
    private readonly k: number,
  ) {}

  /** An empty filter sized for `count` words at about one false positive in 1,000. */
  static forCount(count: number): BloomFilter {
    const m = Math.max(64, Math.ceil(count * 14.4));
    return new BloomFilter(new Uint8Array(Math.ceil(m / 8)), m, 10);
  }

  static fromBytes(bytes: Uint8Array): BloomFilter {
    if (bytes.length < 5) throw new Error('Bloom filter file too short');
    const m = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
    const k = bytes[4]!;
    if (bytes.length !== 5 + Math.ceil(m / 8) || k < 1) throw new Error('Bloom filter file has the wrong size');
    return new BloomFilter(bytes.subarray(5), m, k);
  }

  toBytes(): Uint8Array {
    const out = new Uint8Array(5 + this.bits.length);
    out[0] = this.m & 0xff;
    out[1] = (this.m >>> 8) & 0xff;
    out[2] = (this.m >>> 16) & 0xff;
    out[3] = (this.m >>> 24) & 0xff;
    out[4] = this.k;
    out.set(this.bits, 5);
    return out;
  }

  add(word: string): void {
    this.probe(word, true);
  }

  has(word: string): boolean {
    return this.probe(word, false);
  }

  /**
   * Walks the word's k bits, setting them (add) or stopping at the first one unset (has). The two
   * hashes are FNV-1a and a multiplicative hash over UTF-16 code units, combined as h1 + i·h2
   * (Kirsch–Mitzenmacher); worked out in place, because has() runs for every new word of a run and a
   * returned pair would be a new array each time.
   */
  private probe(word: string, set: boolean): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 >>>= 0;
    h2 = (h2 | 1) >>> 0;
    for (let i = 0; i < this.k; i++) {
      const bit = (h1 + i * h2) % this.m;
      if (set) this.bits[bit >>> 3]! |= 1 << (bit & 7);
      else if ((this.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}
