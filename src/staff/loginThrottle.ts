/**
 * Slows password guessing without handing strangers a lock-out button. Every failed login adds a
 * delay before the next attempt is even checked, doubling with each failure past a free allowance,
 * per account, per client address and per account-and-address pair. The per-account delay is
 * capped low (a stranger who knows a counsellor's name can slow that account down, never shut it);
 * the address and pair delays grow much further, because only the guesser sits behind them.
 * Successful logins never count, and clear the account's and the pair's failures.
 *
 * An attempt is admitted and counted as failed in one atomic step, before its password is checked,
 * and taken back if it succeeds: a guesser who sends many attempts at once gets no more through than
 * one who sends them one by one.
 *
 * The counts live in the store, so every instance on it sees the same ones: a guesser who spreads
 * attempts over instances gets no more tries than one who stays on one. Usernames and addresses
 * are stored as hashes only.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { LoginFailureCount, LoginFailureKey, LoginFailureStore } from '../store/guardPorts';

export type ThrottleScope = 'account' | 'address' | 'pair';

export interface ThrottleRule {
  /** Failures before any delay. */
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface LoginThrottleOptions {
  account: ThrottleRule;
  address: ThrottleRule;
  pair: ThrottleRule;
  /** Failures older than this (since the last one) are forgotten. */
  forgetAfterMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  account: { free: 5, baseDelayMs: 1_000, maxDelayMs: 30_000 },
  address: { free: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  pair: { free: 5, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  forgetAfterMs: 60 * 60_000,
};

export interface ThrottleRefusal {
  scope: ThrottleScope;
  /** The hashed key of that scope: names the refused counter without a username or address. */
  key: string;
  retryAfterSeconds: number;
}

/** How often one instance removes forgotten counters from the store. */
const PRUNE_EVERY_MS = 60_000;

export class LoginThrottle {
  private lastPrune = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly failures: LoginFailureStore,
    private readonly clock: Clock,
    private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE,
  ) {}

  /** Null when an attempt may be checked now; otherwise which delay applies and how long is left. */
  async check(username: string, address: string): Promise<ThrottleRefusal | null> {
    const now = this.clock.now().getTime();
    const keys = throttleKeys(username, address);
    return this.refusal(keys, await this.failures.get(storedKeys(keys), this.since(now)), now);
  }

  /**
   * Null when the attempt may go ahead, and then it already counts as failed until `recordSuccess`;
   * otherwise which delay applies (the refused attempt is not counted).
   */
  async admit(username: string, address: string): Promise<ThrottleRefusal | null> {
    const now = this.clock.now().getTime();
    const keys = throttleKeys(username, address);
    const refusal = await this.failures.admit(storedKeys(keys), new Date(now), this.since(now), (counts) =>
      this.refusal(keys, counts, now),
    );
    if (refusal === null && now - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await this.failures.deleteBefore(this.since(now));
    }
    return refusal;
  }

  /** The admitted attempt succeeded: it is taken back, and the account's and the pair's failures end. */
  async recordSuccess(username: string, address: string): Promise<void> {
    const keys = throttleKeys(username, address);
    await this.failures.clear(storedKeys(keys.filter((k) => k.scope !== 'address')));
    await this.failures.forgive(storedKeys(keys.filter((k) => k.scope === 'address')));
  }

  private since(now: number): Date {
    return new Date(now - this.options.forgetAfterMs);
  }

  private refusal(keys: readonly ThrottleKey[], counts: readonly LoginFailureCount[], now: number): ThrottleRefusal | null {
    let worst: ThrottleRefusal | null = null;
    for (const { scope, stored } of keys) {
      const entry = counts.find((c) => c.scope === stored.scope && c.key === stored.key);
      const wait = entry ? waitMs(this.options[scope], entry, now) : 0;
      if (wait > 0 && (worst === null || wait > worst.retryAfterSeconds * 1000)) {
        worst = { scope, key: stored.key, retryAfterSeconds: Math.ceil(wait / 1000) };
      }
    }
    return worst;
  }
}

/** The delay left before the next attempt under `rule`, given the failures so far. */
export function waitMs(rule: ThrottleRule, failures: Pick<LoginFailureCount, 'count' | 'lastAt'>, now: number): number {
  const over = failures.count - rule.free;
  if (over <= 0) return 0;
  const delay = Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** Math.min(over - 1, 30));
  return Math.max(0, failures.lastAt.getTime() + delay - now);
}

interface ThrottleKey {
  scope: ThrottleScope;
  stored: LoginFailureKey;
}

const storedKeys = (keys: readonly ThrottleKey[]): LoginFailureKey[] => keys.map((k) => k.stored);

function throttleKeys(username: string, address: string): ThrottleKey[] {
  const name = username.trim().toLowerCase();
  const stored = (scope: ThrottleScope, value: string) => ({ scope, key: createHash('sha256').update(value).digest('hex') });
  return [
    { scope: 'account', stored: stored('account', name) },
    { scope: 'address', stored: stored('address', address) },
    { scope: 'pair', stored: stored('pair', `${name}\u0000${address}`) },
  ];
}
