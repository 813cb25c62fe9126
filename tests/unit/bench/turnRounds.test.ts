import { turnRounds } from '../../../bench/support/turnRounds';

describe("the server bench's concurrent runs on one server (BENCH_TURN_ROUNDS, round 51)", () => {
  it('makes one run unless asked for more', () => {
    expect(turnRounds(undefined, [])).toBe(1);
    expect(turnRounds('', [])).toBe(1);
    expect(turnRounds('3', [])).toBe(3);
  });

  it('refuses a number of runs that is not a whole number of at least one', () => {
    for (const value of ['0', '-1', '1.5', 'two']) expect(() => turnRounds(value, [])).toThrow(/whole number of at least 1/);
  });

  it('refuses later runs beside an option whose figures are of the first run, and names it', () => {
    expect(() => turnRounds('2', ['BENCH_GC', 'BENCH_ALLOC'])).toThrow(/BENCH_GC, BENCH_ALLOC/);
    expect(turnRounds('1', ['BENCH_GC'])).toBe(1);
  });
});
