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

/**
 * Decides from the counters read inside an atomic step whether an attempt may go ahead: null lets it
 * go ahead, any other value refuses it and is handed back to the caller.
 */
export type AttemptDecision<R> = (counts: readonly LoginFailureCount[]) => R | null;

export interface LoginFailureStore {
  /** The counters among `keys` whose last failure is after `since` (older ones count as none). */
  get(keys: readonly LoginFailureKey[], since: Date): Promise<LoginFailureCount[]>;
  /**
   * Reads the counters among `keys` (as `get`) and, when `decide` lets the attempt go ahead, adds one
   * failure at `at` to each of them, as one atomic step across every instance on the store: of many
   * parallel attempts each one is decided on the counts of the ones admitted before it. A counter
   * whose last failure is not after `since` starts again at 1. Returns what `decide` returned.
   * The attempt counts as failed from the start; one that then succeeds is taken back (`forgive`,
   * `clear`).
   */
  admit<R>(keys: readonly LoginFailureKey[], at: Date, since: Date, decide: AttemptDecision<R>): Promise<R | null>;
  /** Takes one admitted attempt back from each counter (it succeeded after all); `lastAt` stays. */
  forgive(keys: readonly LoginFailureKey[]): Promise<void>;
  clear(keys: readonly LoginFailureKey[]): Promise<void>;
  /** Removes counters whose last failure is before `before`; returns how many. */
  deleteBefore(before: Date): Promise<number>;
}
