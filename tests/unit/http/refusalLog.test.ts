import { RefusalLog } from '../../../src/http/refusalLog';
import type { RefusalLine } from '../../../src/http/refusalLog';

function harness() {
  let now = 0;
  const lines: Array<RefusalLine & { detail: string | undefined }> = [];
  const timers: Array<{ at: number; flush: () => void }> = [];
  const log = new RefusalLog((line, detail) => lines.push({ ...line, detail }), {
    now: () => now,
    intervalMs: 1000,
    schedule: (flush, ms) => timers.push({ at: now + ms, flush }),
  });
  /** Moves the clock on and runs the timers that are due. */
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.flush();
    }
  };
  return { log, lines, timers, advance };
}

describe('RefusalLog', () => {
  it('writes the first refusal at once and the rest of its interval as one counted line', () => {
    const { log, lines, advance } = harness();
    log.refused('http', 'TooManyRequests', 429, 'first');
    expect(lines).toEqual([{ route: 'http', code: 'TooManyRequests', status: 429, refused: 1, detail: 'first' }]);
    for (let i = 0; i < 500; i++) {
      advance(1);
      log.refused('http', 'TooManyRequests', 429, 'later');
    }
    expect(lines).toHaveLength(1);
    advance(500);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toEqual({ route: 'http', code: 'TooManyRequests', status: 429, refused: 500, detail: 'later' });
    // Quiet again: the next refusal is written at once.
    advance(5000);
    log.refused('http', 'TooManyRequests', 429, undefined);
    expect(lines.map((l) => l.refused)).toEqual([1, 500, 1]);
  });

  it('keeps routes and error codes apart', () => {
    const { log, lines } = harness();
    log.refused('http', 'TooManyRequests', 429, undefined);
    log.refused('activities.post', 'TooManyRequests', 429, undefined);
    log.refused('http', 'NotFound', 404, undefined);
    log.refused('http', 'NotFound', 404, undefined);
    expect(lines.map((l) => `${l.route} ${l.code} ${l.refused}`)).toEqual([
      'http TooManyRequests 1',
      'activities.post TooManyRequests 1',
      'http NotFound 1',
    ]);
  });

  it('loses no count when a refusal arrives after the interval before its flush ran', () => {
    const { log, lines, timers, advance } = harness();
    log.refused('http', 'BadArgument', 400, undefined);
    log.refused('http', 'BadArgument', 400, undefined);
    log.refused('http', 'BadArgument', 400, undefined);
    // The timer is late (a busy loop): the next refusal starts a new interval and reports the old one first.
    timers.length = 0;
    advance(1500);
    log.refused('http', 'BadArgument', 400, undefined);
    expect(lines.map((l) => l.refused)).toEqual([1, 2, 1]);
    expect(lines.reduce((sum, l) => sum + l.refused, 0)).toBe(4);
  });

  it('schedules one flush per interval, however many refusals it counts', () => {
    const { log, timers } = harness();
    for (let i = 0; i < 100; i++) log.refused('http', 'TooManyRequests', 429, undefined);
    expect(timers).toHaveLength(1);
  });
});
