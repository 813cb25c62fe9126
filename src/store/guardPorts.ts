/**
 * Protections that must hold across every instance on one store, so they live in the store and
 * not in a process's memory: remembered idempotency keys (a retried request does its work once,
 * whichever instance the retry reaches) and failed-login counts (a guesser who spreads attempts
 * over instances gets no more tries than one who stays on one).
 */

export interface IdempotencyStore {
  /** Whether `key` was recorded and has not expired at `now`. */
  has(key: string, now: Date): Promise<boolean>;
  /** Records `key` until `expiresAt`; an earlier record of the same key is replaced. */
  record(key: string, expiresAt: Date): Promise<void>;
  /** Removes records that expired at or before `now`; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

/** One counter of failed logins, e.g. scope 'account' and a hash of the username. */
export interface LoginFailureKey {
  scope: string;
  key: string;
}

export interface LoginFailureCount extends LoginFailureKey {
  count: number;
  lastAt: Date;
}

export interface LoginFailureStore {
  /** The counters among `keys` whose last failure is after `since` (older ones count as none). */
  get(keys: readonly LoginFailureKey[], since: Date): Promise<LoginFailureCount[]>;
  /**
   * Adds one failure at `at` to each counter, each as one atomic step (concurrent adds from
   * several instances all count); a counter whose last failure is not after `since` starts at 1.
   */
  add(keys: readonly LoginFailureKey[], at: Date, since: Date): Promise<void>;
  clear(keys: readonly LoginFailureKey[]): Promise<void>;
  /** Removes counters whose last failure is before `before`; returns how many. */
  deleteBefore(before: Date): Promise<number>;
}
