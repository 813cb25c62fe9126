import { calibratedSlowdown, completedRuns, LighthouseToolError, type LighthouseRun } from '../../../scripts/audit-pages';

const run = (performance: number): LighthouseRun => ({
  performance,
  accessibility: 100,
  lcpMs: 1000,
  tbtMs: 100,
  benchmarkIndex: 900,
  failing: [],
});

describe('audit:pages', () => {
  it('repeats a run Lighthouse could not record instead of counting it as a score of 0', async () => {
    const answers: Array<LighthouseRun | Error> = [run(95), new LighthouseToolError('NO_NAVSTART'), run(91), run(97)];
    const failed: string[] = [];
    const runs = await completedRuns(
      3,
      async () => {
        const next = answers.shift()!;
        if (next instanceof Error) throw next;
        return next;
      },
      failed,
    );
    expect(runs.map((r) => r.performance)).toEqual([95, 91, 97]);
    expect(failed).toEqual(['NO_NAVSTART']);
  });

  it('gives up after twice the runs when Lighthouse keeps failing, and lets other errors through', async () => {
    let calls = 0;
    const failing = async (): Promise<LighthouseRun> => {
      calls += 1;
      throw new LighthouseToolError('NO_FCP');
    };
    await expect(completedRuns(2, failing, [])).rejects.toThrow('Lighthouse completed no run: NO_FCP; NO_FCP; NO_FCP; NO_FCP');
    expect(calls).toBe(4);
    await expect(completedRuns(2, () => Promise.reject(new Error('browser gone')), [])).rejects.toThrow('browser gone');
  });

  it('calibrates the CPU slowdown from the benchmark index, between 1× and 4×', () => {
    expect(calibratedSlowdown(1800)).toBe(4);
    expect(calibratedSlowdown(900)).toBe(2);
    expect(calibratedSlowdown(200)).toBe(1);
    expect(calibratedSlowdown(Number.NaN)).toBe(4);
  });
});
