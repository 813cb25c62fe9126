import { waveSpread } from '../../../bench/support/waveSpread';

/** `count` turns sent at `at` ms with the latencies `ms(i)`. */
const sent = (at: number, count: number, ms: (i: number) => number) => Array.from({ length: count }, (_, i) => ({ sentAt: at, ms: ms(i) }));

describe('where the slowest turns stand in their wave (server bench, round 32)', () => {
  it('tells a slow wave, whose turns are all slow, by a small excess over its median', () => {
    // 99 waves of 100 turns answered together at 200 ms, one whole wave at 500 ms.
    const turns = [...Array.from({ length: 99 }, (_, w) => sent(w * 300, 100, () => 200)).flat(), ...sent(99 * 300, 100, () => 500)];
    expect(waveSpread(turns)).toEqual({ windowMedianMs: 500, excessMs: 0, turns: 100 });
  });

  it('tells turns passed over inside their wave by a large excess', () => {
    // Every wave answers at 200 ms except one turn in each, which waits 450 ms.
    const turns = Array.from({ length: 100 }, (_, w) => sent(w * 300, 100, (i) => (i === 0 ? 450 : 200))).flat();
    expect(waveSpread(turns)).toEqual({ windowMedianMs: 200, excessMs: 250, turns: 100 });
  });

  it('groups by send time from the first turn and takes at least one turn', () => {
    expect(waveSpread([])).toBeNull();
    expect(
      waveSpread([
        { sentAt: 1000, ms: 10 },
        { sentAt: 1100, ms: 30 },
        { sentAt: 1300, ms: 50 },
      ]),
    ).toEqual({
      windowMedianMs: 50,
      excessMs: 0,
      turns: 1,
    });
  });
});
