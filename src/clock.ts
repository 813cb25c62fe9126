/** Time and randomness are injected everywhere so tests can be deterministic. */
import { randomBytes, randomFillSync } from 'node:crypto';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move by hand. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2026-01-05T10:00:00.000Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
}

export interface RandomSource {
  /** `size` cryptographically strong (or, in tests, seeded) bytes. */
  bytes(size: number): Buffer;
}

/**
 * Bytes of the operating system's CSPRNG, fetched a few kilobytes at a time: a server turn takes
 * random ids, eTags and a CSP nonce, and one call into the CSPRNG per id cost about 20 times as
 * much as copying from a filled pool. Each byte is handed out once and wiped from the pool.
 */
export class PooledCryptoRandom implements RandomSource {
  private readonly pool: Buffer;
  private offset: number;

  constructor(poolBytes = 4096) {
    this.pool = Buffer.alloc(poolBytes);
    this.offset = poolBytes;
  }

  bytes(size: number): Buffer {
    if (size > this.pool.length) return randomBytes(size);
    if (this.offset + size > this.pool.length) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    const out = Buffer.from(this.pool.subarray(this.offset, this.offset + size));
    this.pool.fill(0, this.offset, this.offset + size);
    this.offset += size;
    return out;
  }
}

export const cryptoRandom: RandomSource = new PooledCryptoRandom();

/** Deterministic bytes for tests (mulberry32); never use for secrets in production. */
export class SeededRandom implements RandomSource {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  bytes(size: number): Buffer {
    const out = Buffer.alloc(size);
    for (let i = 0; i < size; i++) {
      this.state = (this.state + 0x6d2b79f5) >>> 0;
      let t = this.state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
    return out;
  }
}

/** URL-safe identifier of `bytes` random bytes. */
export function randomId(random: RandomSource, bytes = 16): string {
  return random.bytes(bytes).toString('base64url');
}

/** Alphabet without look-alikes (0/O, 1/I/L) so a citizen can read a code aloud on the phone. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Short citizen-facing conversation code such as `K7M-4QX`. */
export function conversationCode(random: RandomSource): string {
  const raw = random.bytes(6);
  let code = '';
  for (let i = 0; i < 6; i++) {
    code += CODE_ALPHABET[raw[i]! % CODE_ALPHABET.length];
    if (i === 2) code += '-';
  }
  return code;
}
