/**
 * Slows password guessing without handing strangers a lock-out button. Every failed login adds a
 * delay before the next attempt is even checked, doubling with each failure past a free allowance,
 * per account, per client address and per account-and-address pair. The per-account delay is
 * capped low (a stranger who knows a counsellor's name can slow that account down, never shut it);
 * the address and pair delays grow much further, because only the guesser sits behind them.
 * Successful logins never count, and clear the account's and the pair's failures.
 */
import type { Clock } from '../clock';

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
  /** Keys tracked per scope; beyond it the oldest are dropped (memory stays bounded). */
  maxKeys: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  account: { free: 5, baseDelayMs: 1_000, maxDelayMs: 30_000 },
  address: { free: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  pair: { free: 5, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  forgetAfterMs: 60 * 60_000,
  maxKeys: 50_000,
};

interface Failures {
  count: number;
  last: number;
}

export interface ThrottleRefusal {
  scope: ThrottleScope;
  retryAfterSeconds: number;
}

export class LoginThrottle {
  private readonly failures: Record<ThrottleScope, Map<string, Failures>> = {
    account: new Map(),
    address: new Map(),
    pair: new Map(),
  };

  constructor(
    private readonly clock: Clock,
    private readonly options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE,
  ) {}

  /** Null when an attempt may be checked now; otherwise which delay applies and how long is left. */
  check(username: string, address: string): ThrottleRefusal | null {
    const now = this.clock.now().getTime();
    let worst: ThrottleRefusal | null = null;
    for (const [scope, key] of this.keys(username, address)) {
      const wait = this.waitMs(scope, key, now);
      if (wait > 0 && (worst === null || wait > worst.retryAfterSeconds * 1000)) {
        worst = { scope, retryAfterSeconds: Math.ceil(wait / 1000) };
      }
    }
    return worst;
  }

  recordFailure(username: string, address: string): void {
    const now = this.clock.now().getTime();
    for (const [scope, key] of this.keys(username, address)) {
      const map = this.failures[scope];
      const previous = this.current(map, key, now);
      map.delete(key); // re-insert so the Map's order is oldest-first for trimming
      map.set(key, { count: (previous?.count ?? 0) + 1, last: now });
      if (map.size > this.options.maxKeys) map.delete(map.keys().next().value!);
    }
  }

  recordSuccess(username: string, address: string): void {
    const normalised = normalise(username);
    this.failures.account.delete(normalised);
    this.failures.pair.delete(`${normalised}\u0000${address}`);
  }

  private keys(username: string, address: string): [ThrottleScope, string][] {
    const normalised = normalise(username);
    return [
      ['account', normalised],
      ['address', address],
      ['pair', `${normalised}\u0000${address}`],
    ];
  }

  private current(map: Map<string, Failures>, key: string, now: number): Failures | null {
    const entry = map.get(key);
    if (!entry) return null;
    if (now - entry.last >= this.options.forgetAfterMs) {
      map.delete(key);
      return null;
    }
    return entry;
  }

  private waitMs(scope: ThrottleScope, key: string, now: number): number {
    const entry = this.current(this.failures[scope], key, now);
    if (!entry) return 0;
    const rule = this.options[scope];
    const over = entry.count - rule.free;
    if (over <= 0) return 0;
    const delay = Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** Math.min(over - 1, 30));
    return Math.max(0, entry.last + delay - now);
  }
}

function normalise(username: string): string {
  return username.trim().toLowerCase();
}
