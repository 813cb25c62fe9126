/**
 * Password hashing with scrypt from node:crypto. Stored as `scrypt$N$r$p$salt$hash` (base64url
 * salt and hash) so the cost can be raised later without breaking existing accounts.
 */
import { scrypt, timingSafeEqual } from 'node:crypto';
import type { RandomSource } from '../clock';
import { AppError } from '../errors';

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that nobody can make us hash megabytes. */
export const PASSWORD_MAX_LENGTH = 512;

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** About 32 MiB and tens of milliseconds per hash: costly to guess offline, fine for logins. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds for costs read back from stored hashes, so a corrupted row cannot exhaust memory.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** Characters as people count them (code points), after Unicode normalisation. */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

/** Throws PasswordTooWeak unless the password meets the policy (length only, as NIST advises). */
export function checkPasswordPolicy(password: string): void {
  const length = [...normalise(password)].length;
  if (length < PASSWORD_MIN_LENGTH) throw new AppError('PasswordTooWeak');
  if (length > PASSWORD_MAX_LENGTH) throw new AppError('BadArgument', `Password longer than ${PASSWORD_MAX_LENGTH} characters.`);
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = 256 * cost.N * cost.r * cost.p;
    scrypt(normalise(password), salt, KEY_BYTES, { N: cost.N, r: cost.r, p: cost.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

function parse(encoded: string): ParsedHash | null {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((v) => (/^\d{1,8}$/.test(v!) ? Number(v) : NaN)) as [number, number, number];
  const powerOfTwo = N >= 2 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || !(r >= 1 && r <= MAX_R) || !(p >= 1 && p <= MAX_P)) return null;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < 8 || key.length !== KEY_BYTES) return null;
  return { cost: { N, r, p }, salt, key };
}

export class PasswordHasher {
  constructor(
    private readonly random: RandomSource,
    readonly cost: ScryptCost = DEFAULT_SCRYPT_COST,
  ) {}

  /** Hashes with a fresh random salt. Does not check the policy; callers do that first. */
  async hash(password: string): Promise<string> {
    const salt = this.random.bytes(SALT_BYTES);
    const key = await derive(password, salt, this.cost);
    const { N, r, p } = this.cost;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  /** Constant-time comparison; false (never an error) for a malformed stored hash. */
  async verify(password: string, encoded: string): Promise<boolean> {
    const parsed = parse(encoded);
    if (!parsed || password.length > PASSWORD_MAX_LENGTH * 4) return false;
    const key = await derive(password, parsed.salt, parsed.cost);
    return timingSafeEqual(key, parsed.key);
  }

  /** True when the stored hash was made with another cost, so a login can upgrade it. */
  needsRehash(encoded: string): boolean {
    const parsed = parse(encoded);
    return !parsed || parsed.cost.N !== this.cost.N || parsed.cost.r !== this.cost.r || parsed.cost.p !== this.cost.p;
  }
}
