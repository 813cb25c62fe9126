/** The bound on the one wait the 112 answer may have: the store's session (ADR 0006 round 26). */
import { within, type Timer } from '../../../src/bot/boundedWait';

/** A timer fired by hand: `fire()` runs every pending bound; `pending` counts those not cancelled. */
function handTimer() {
  const bounds = new Map<number, () => void>();
  let next = 0;
  const timer: Timer = (fire) => {
    const id = next++;
    bounds.set(id, fire);
    return () => bounds.delete(id);
  };
  return {
    timer,
    pending: () => bounds.size,
    fire: () => {
      for (const [id, fire] of [...bounds]) {
        bounds.delete(id);
        fire();
      }
    },
  };
}

it('gives the value that comes within the bound, and cancels the bound', async () => {
  const t = handTimer();
  await expect(within(Promise.resolve({ awaiting: 'dangerCheck' }), 150, t.timer)).resolves.toEqual({ awaiting: 'dangerCheck' });
  expect(t.pending()).toBe(0);
});

it('gives null when the work fails, never a rejection', async () => {
  const t = handTimer();
  await expect(within(Promise.reject(new Error('store down')), 150, t.timer)).resolves.toBeNull();
  expect(t.pending()).toBe(0);
});

it('gives null when the bound passes first, and keeps null when the work settles later', async () => {
  const t = handTimer();
  let settle: (value: string) => void = () => undefined;
  const slow = new Promise<string>((resolve) => {
    settle = resolve;
  });
  const result = within(slow, 150, t.timer);
  t.fire();
  settle('too late');
  await expect(result).resolves.toBeNull();
});

it('passes the bound to the timer', () => {
  const asked: number[] = [];
  void within(new Promise(() => undefined), 42, (_fire, ms) => {
    asked.push(ms);
    return () => undefined;
  });
  expect(asked).toEqual([42]);
});
