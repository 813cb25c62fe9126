import { EscapePresses } from '../../../../src/web/browser/quickExit/escapePresses';
import { manualTimers } from '../../../support/manualTimers';

describe('quick exit: Escape presses', () => {
  it('leaves on the third press within the window and says how many are left before that', async () => {
    const timers = manualTimers();
    const presses = new EscapePresses(timers, () => undefined);
    expect(presses.press()).toEqual({ kind: 'counting', left: 2 });
    await timers.advance(1500);
    expect(presses.press()).toEqual({ kind: 'counting', left: 1 });
    await timers.advance(1500);
    expect(presses.press()).toEqual({ kind: 'leave' });
  });

  it('starts again, and says so, when two seconds pass between presses', async () => {
    const timers = manualTimers();
    const resets: number[] = [];
    const presses = new EscapePresses(timers, () => resets.push(1));
    presses.press();
    presses.press();
    await timers.advance(EscapePresses.WINDOW_MS);
    expect(resets).toHaveLength(1);
    expect(presses.press()).toEqual({ kind: 'counting', left: 2 });
  });
});
