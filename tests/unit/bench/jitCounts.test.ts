import { JitCounter, readJitLine } from '../../../bench/support/jitCounts';

// Lines as Node 20's V8 prints them (abridged after the function's name).
const OPTIMISED = (fn: string) => `[completed optimizing 0x038ec9f1bf29 <JSFunction ${fn} (sfi = 0x1423bbedaec1)> (target TURBOFAN)]`;
const DEOPTIMISED = (fn: string, reason: string) =>
  `[bailout (kind: deopt-eager, reason: ${reason}): begin. deoptimizing 0x1067d4967fc1 <JSFunction ${fn} (sfi = 0x24a45e756f49)>, 0x1e2e82064ea1 <Code TURBOFAN>, opt id 764, bytecode offset 38]`;

describe("the server's optimisations and deoptimisations by phase (server bench, BENCH_JIT)", () => {
  it('reads what a trace line says and nothing from other lines', () => {
    expect(readJitLine(OPTIMISED('respond'))).toEqual({ kind: 'optimised', fn: 'respond' });
    // An anonymous function: `<JSFunction (sfi = …)>`.
    expect(readJitLine('[completed optimizing 0x1611d61e2f49 <JSFunction (sfi = 0x2f2ab9e6441)> (target TURBOFAN)]')).toEqual({
      kind: 'optimised',
      fn: '(anonymous)',
    });
    expect(readJitLine(DEOPTIMISED('readForDanger', 'wrong map'))).toEqual({
      kind: 'deoptimised',
      fn: 'readForDanger',
      reason: 'wrong map',
    });
    expect(
      readJitLine('[marking 0x08038b189661 <JSFunction shapeFeatures (sfi = 0x24a45e756bd9)> for optimization to TURBOFAN]'),
    ).toBeNull();
    expect(readJitLine('[compiling method 0x08038b189661 <JSFunction shapeFeatures (sfi = 0x24a45e756bd9)> (target TURBOFAN)]')).toBeNull();
    expect(readJitLine('[31664:0x416912c0]    14332 ms: Scavenge 273.3 (343.8) -> 220.4 (348.3) MB, 13.41 / 0.00 ms')).toBeNull();
  });

  it('counts each line in the phase it arrives in and names what was thrown away in the first 2 s and after', () => {
    const counter = new JitCounter();
    expect(counter.line(OPTIMISED('tokenize'))).toBe(true);
    expect(counter.line('{"event":"listening"}')).toBe(false);
    counter.enter('alone');
    counter.line(OPTIMISED('respond'));
    counter.line(DEOPTIMISED('respond', 'Insufficient type feedback for generic named access'));
    counter.enter('concurrentFirst2s');
    counter.line(OPTIMISED('respond'));
    counter.line(DEOPTIMISED('respond', 'wrong map'));
    counter.enter('concurrentAfter2s');
    counter.line(DEOPTIMISED('readForDanger', 'wrong map'));
    counter.line(DEOPTIMISED('look', 'wrong map'));
    counter.line(DEOPTIMISED('readForDanger', 'Insufficient type feedback for call'));
    counter.line(OPTIMISED('readForDanger'));
    counter.enter('afterRun');
    counter.line(DEOPTIMISED('emitCloseNT', 'wrong map'));
    const figures = counter.figures();
    expect(figures.optimised).toEqual({ start: 1, alone: 1, concurrentFirst2s: 1, concurrentAfter2s: 1, afterRun: 0 });
    expect(figures.deoptimised).toEqual({ start: 0, alone: 1, concurrentFirst2s: 1, concurrentAfter2s: 3, afterRun: 1 });
    expect(figures.deoptimisedAfter2s).toEqual([
      { fn: 'readForDanger', times: 2, reasons: ['wrong map', 'Insufficient type feedback for call'] },
      { fn: 'look', times: 1, reasons: ['wrong map'] },
    ]);
    expect(figures.deoptimisedFirst2s).toEqual([{ fn: 'respond', times: 1, reasons: ['wrong map'] }]);
  });
});
