/**
 * Optimisations and deoptimisations of the server's code by phase of the server bench, counted from
 * V8's `--trace-opt --trace-deopt` lines (`BENCH_JIT=1`): how much compiling the warm-ups leave to
 * the concurrent run, and whether code is thrown away and compiled again in its steady state (a
 * deoptimisation loop). Counts, not times: the host's load changes them far less than latencies.
 */

/**
 * Before the port opens; the one-conversation run and the opening of the concurrent run's
 * conversations; the concurrent run's first 2 s and the rest of it; after it (other phases, the shutdown).
 */
export const JIT_PHASES = ['start', 'alone', 'concurrentFirst2s', 'concurrentAfter2s', 'afterRun'] as const;
export type JitPhase = (typeof JIT_PHASES)[number];

const OPTIMISED = /^\[completed optimizing 0x[0-9a-f]+ <JSFunction ([^ >]*)/;
const DEOPTIMISED = /^\[bailout \(kind: ([^,]+), reason: ([^)]*)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction ([^ >]*)/;

export type JitLine = { kind: 'optimised'; fn: string } | { kind: 'deoptimised'; fn: string; reason: string } | null;

/** V8 prints an anonymous function as `<JSFunction (sfi = …)>`: named "(anonymous)" here. */
const named = (fn: string | undefined) => (fn === undefined || fn === '' || fn.startsWith('(') ? '(anonymous)' : fn);

/** What a line of V8's trace says, or null for any other line. */
export function readJitLine(line: string): JitLine {
  const optimised = OPTIMISED.exec(line);
  if (optimised) return { kind: 'optimised', fn: named(optimised[1]) };
  const deoptimised = DEOPTIMISED.exec(line);
  if (deoptimised) return { kind: 'deoptimised', fn: named(deoptimised[3]), reason: deoptimised[2]! };
  return null;
}

export interface JitFigures {
  optimised: Record<JitPhase, number>;
  deoptimised: Record<JitPhase, number>;
  /** The functions deoptimised after the concurrent run's first 2 s, most often first, with their reasons. */
  deoptimisedAfter2s: Array<{ fn: string; times: number; reasons: string[] }>;
  /** The same for its first 2 s (round 32): what the warm-ups left to be thrown away while every wave waits. */
  deoptimisedFirst2s: Array<{ fn: string; times: number; reasons: string[] }>;
}

/** Counts the trace's lines into the phase the bench is in when each arrives. */
export class JitCounter {
  private phase: JitPhase = 'start';
  private readonly optimised = Object.fromEntries(JIT_PHASES.map((p) => [p, 0])) as Record<JitPhase, number>;
  private readonly deoptimised = Object.fromEntries(JIT_PHASES.map((p) => [p, 0])) as Record<JitPhase, number>;
  private readonly later = new Map<string, { times: number; reasons: Set<string> }>();
  private readonly first = new Map<string, { times: number; reasons: Set<string> }>();

  enter(phase: JitPhase): void {
    this.phase = phase;
  }

  /** True when the line was V8's trace of an optimisation or a deoptimisation. */
  line(text: string): boolean {
    const read = readJitLine(text);
    if (read === null) return false;
    if (read.kind === 'optimised') this.optimised[this.phase]++;
    else {
      this.deoptimised[this.phase]++;
      const named = this.phase === 'concurrentAfter2s' ? this.later : this.phase === 'concurrentFirst2s' ? this.first : null;
      if (named) {
        const entry = named.get(read.fn) ?? { times: 0, reasons: new Set<string>() };
        entry.times++;
        entry.reasons.add(read.reason);
        named.set(read.fn, entry);
      }
    }
    return true;
  }

  figures(): JitFigures {
    return {
      optimised: { ...this.optimised },
      deoptimised: { ...this.deoptimised },
      deoptimisedAfter2s: byTimes(this.later),
      deoptimisedFirst2s: byTimes(this.first),
    };
  }
}

function byTimes(functions: ReadonlyMap<string, { times: number; reasons: Set<string> }>): JitFigures['deoptimisedAfter2s'] {
  return [...functions]
    .map(([fn, { times, reasons }]) => ({ fn, times, reasons: [...reasons] }))
    .sort((a, b) => b.times - a.times || a.fn.localeCompare(b.fn));
}
