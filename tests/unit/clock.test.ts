import { PooledCryptoRandom, randomId } from '../../src/clock';

describe('pooled CSPRNG bytes', () => {
  it('hands out the sizes asked for, across refills of its pool and beyond its size', () => {
    const random = new PooledCryptoRandom(32);
    expect([10, 10, 10, 10, 32, 1, 100].map((size) => random.bytes(size).length)).toEqual([10, 10, 10, 10, 32, 1, 100]);
  });

  it('never hands out the same bytes twice (16-byte ids from many refills are all different)', () => {
    const random = new PooledCryptoRandom(64);
    const ids = Array.from({ length: 2000 }, () => randomId(random, 16));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives each caller its own copy: changing one answer changes no other', () => {
    const random = new PooledCryptoRandom(64);
    const first = random.bytes(8);
    const kept = Buffer.from(first);
    first.fill(0);
    const second = random.bytes(8);
    expect(second.equals(Buffer.alloc(8))).toBe(false);
    expect(kept.equals(Buffer.alloc(8))).toBe(false);
  });
});
