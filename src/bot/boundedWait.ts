/**
 * A wait with a bound, for the one place the 112 answer may wait for the store: the session that
 * says what the bot asked last (HelplineBot, ADR 0006 round 26). A store that fails or is slow
 * must never delay or swallow a 112, so a failure and a timeout both give null, and the caller
 * falls back to the message read alone (which can only be stricter).
 */

/** Starts a timer that calls `fire` after `ms`; returns a function that cancels it. Injected so tests need no real time. */
export type Timer = (fire: () => void, ms: number) => () => void;

/** Node's timer, unreferenced: a pending bound never keeps the process alive. */
export const systemTimer: Timer = (fire, ms) => {
  const handle = setTimeout(fire, ms);
  handle.unref?.();
  return () => clearTimeout(handle);
};

/** How long the first look waits for the session before it reads the message alone. A local store answers in well under a millisecond. */
export const SESSION_WAIT_MS = 150;

/** `work`'s value, or null when it fails or has not settled within `ms`. Never rejects. */
export function within<T>(work: Promise<T>, ms: number, timer: Timer = systemTimer): Promise<T | null> {
  return new Promise<T | null>((resolve) => {
    const cancel = timer(() => resolve(null), ms);
    work.then(
      (value) => {
        cancel();
        resolve(value);
      },
      () => {
        cancel();
        resolve(null);
      },
    );
  });
}
