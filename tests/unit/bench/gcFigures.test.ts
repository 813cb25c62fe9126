import { gcFigures, parseGcMarks } from '../../../bench/support/gcFigures';
import type { TimedTurn } from '../../../bench/support/gcFigures';

/** A marks line as support/gcMarks.cjs writes it: start, duration (ms), kind. */
const mark = (at: number, ms: number, kind: string) => `${at}\t${ms}\t${kind}`;

describe("the server's collections during the concurrent run (server bench, BENCH_GC)", () => {
  it('reads the lines gcMarks.cjs writes and leaves out what it cannot read', () => {
    expect(parseGcMarks([mark(1000.5, 12.25, 'minor'), 'garbage', mark(1010, Number.NaN, 'major'), ''].join('\n'))).toEqual([
      { at: 1000.5, ms: 12.25, kind: 'minor' },
    ]);
  });

  it('counts each kind per 1,000 turns, with its sum and longest pause, only within the run', () => {
    const turns: TimedTurn[] = Array.from({ length: 200 }, (_, i) => ({ sentAt: 1000 + i * 10, gotAt: 1050 + i * 10 }));
    // The run: 1000 → 3040. One scavenge before it (the warm-ups'), one weak-callback entry (not counted).
    const marks = [
      mark(900, 30, 'minor'),
      mark(1100, 10, 'minor'),
      mark(2000, 20, 'incremental'),
      mark(2500, 15, 'minor'),
      mark(2600, 40, 'major'),
      mark(2700, 1, 'weakcb'),
    ].join('\n');
    const figures = gcFigures(turns, marks, 1000, 1000);
    expect(figures.turns).toBe(200);
    expect(figures.minor).toEqual({ count: 2, perThousandTurns: 10, ms: 25, maxMs: 15 });
    expect(figures.major).toEqual({ count: 1, perThousandTurns: 5, ms: 40, maxMs: 40 });
    expect(figures.incremental).toEqual({ count: 1, perThousandTurns: 5, ms: 20, maxMs: 20 });
    // After the first second: 100 turns sent from 2000 on; the scavenge at 1100 is the warm-up's.
    expect(figures.afterWarmUp.minor).toEqual({ count: 1, perThousandTurns: 10, ms: 15, maxMs: 15 });
    expect(figures.afterWarmUp.major.count).toBe(1);
  });

  it('sets the pause inside the slowest 1 % of turns beside the pause inside a mean turn', () => {
    // 99 quick turns that no collection touches and one slow one that holds a whole mark-compact
    // and half of a scavenge.
    const quick: TimedTurn[] = Array.from({ length: 99 }, (_, i) => ({ sentAt: i * 10, gotAt: i * 10 + 5 }));
    const slow: TimedTurn = { sentAt: 2000, gotAt: 2300 };
    const marks = [mark(2100, 50, 'major'), mark(2290, 20, 'minor')].join('\n');
    const figures = gcFigures([...quick, slow], marks, 0, 0);
    expect(figures.inTurnMs.slowest1pct).toBe(60);
    expect(figures.inTurnMs.all).toBe(0.6);
  });

  it('says nothing of a run without turns', () => {
    const figures = gcFigures([], mark(5, 5, 'minor'), 0, 0);
    expect(figures.minor.count).toBe(0);
    expect(figures.inTurnMs.all).toBeNaN();
  });
});
