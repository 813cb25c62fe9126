import { EscapePresses, type Timers } from '../../../../src/web/browser/quickExit/escapePresses';

/** Timers the test moves by hand. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout(fn, ms) {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...pending]) {
        if (t.at <= now) {
          pending.delete(id);
          t.fn();
        }
      }
    },
  };
}

describe('quick exit: Escape presses', () => {
  it('leaves on the third press within the window and says how many are left before that', () => {
    const timers = manualTimers();
    const presses = new EscapePresses(timers, () => undefined);
    expect(presses.press()).toEqual({ kind: 'counting', left: 2 });
    timers.advance(1500);
    expect(presses.press()).toEqual({ kind: 'counting', left: 1 });
    timers.advance(1500);
    expect(presses.press()).toEqual({ kind: 'leave' });
  });

  it('starts again, and says so, when two seconds pass between presses', () => {
    const timers = manualTimers();
    const resets: number[] = [];
    const presses = new EscapePresses(timers, () => resets.push(1));
    presses.press();
    presses.press();
    timers.advance(EscapePresses.WINDOW_MS);
    expect(resets).toHaveLength(1);
    expect(presses.press()).toEqual({ kind: 'counting', left: 2 });
  });
});
