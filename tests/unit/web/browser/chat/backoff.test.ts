import { Backoff, RECONNECT_STEPS_MS } from '../../../../../src/web/browser/chat/backoff';

describe('reconnect backoff', () => {
  it('starts short, grows to a few seconds at most, and starts short again after a reset', () => {
    const middle = new Backoff(() => 0.5);
    const waits = Array.from({ length: 8 }, () => middle.next());
    expect(waits).toEqual([250, 1000, 2000, 4000, 8000, 8000, 8000, 8000]);
    middle.reset();
    expect(middle.next()).toBe(250);
  });

  it('spreads waits by ±20% so many pages do not reconnect at the same moment', () => {
    const low = new Backoff(() => 0);
    const high = new Backoff(() => 0.999999);
    expect(low.next()).toBe(200);
    expect(high.next()).toBe(300);
    for (let i = 0; i < 10; i++) expect(high.next()).toBeLessThanOrEqual(Math.max(...RECONNECT_STEPS_MS) * 1.2);
  });
});
