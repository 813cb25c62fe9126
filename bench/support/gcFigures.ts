/**
 * The server's garbage collections during the concurrent run, from the marks support/gcMarks.cjs
 * wrote (`BENCH_GC=1`), set beside the client's turns: how many collections of each kind ran per
 * 1,000 turns (a count the host's load does not decide, as long as the turns are the same), how
 * long they held the event loop, and how much of that fell inside the slowest 1 % of turns (the
 * p99's) against an average turn. A pause holds every turn in flight, so in the closed loop a long
 * one lands in a whole wave (ADR 0002, round 24).
 */

/** A turn of the run as the client saw it: send and read times in ms since the epoch (the marks' clock). */
export interface TimedTurn {
  sentAt: number;
  gotAt: number;
}

export interface GcKindFigures {
  count: number;
  perThousandTurns: number;
  /** Sum and largest of the pauses on the event loop, ms. */
  ms: number;
  maxMs: number;
}

export interface GcFigures {
  /** Scavenges, mark-compacts' final pauses and incremental marking steps, over the whole run. */
  minor: GcKindFigures;
  major: GcKindFigures;
  incremental: GcKindFigures;
  /** The same after the run's first `warmUpMs` (the turns sent then, the collections that began then). */
  afterWarmUp: { minor: GcKindFigures; major: GcKindFigures; incremental: GcKindFigures };
  /** Mean ms of collection pause inside a turn (between its send and its read): all turns, and the slowest 1 %. */
  inTurnMs: { all: number; slowest1pct: number };
  turns: number;
}

interface Mark {
  at: number;
  ms: number;
  kind: string;
}

const KINDS = ['minor', 'major', 'incremental'] as const;

/** Lines `start \t duration \t kind` (ms since the epoch, ms). Unreadable lines are left out. */
export function parseGcMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const line of text.split('\n')) {
    const [at, ms, kind] = line.split('\t');
    if (kind === undefined) continue;
    const start = Number(at);
    const duration = Number(ms);
    if (Number.isFinite(start) && Number.isFinite(duration)) marks.push({ at: start, ms: duration, kind: kind.trim() });
  }
  return marks;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function kindFigures(marks: readonly Mark[], kind: string, turns: number): GcKindFigures {
  const of = marks.filter((m) => m.kind === kind);
  return {
    count: of.length,
    perThousandTurns: turns > 0 ? round1((of.length / turns) * 1000) : NaN,
    ms: round1(of.reduce((sum, m) => sum + m.ms, 0)),
    maxMs: round1(of.reduce((max, m) => Math.max(max, m.ms), 0)),
  };
}

/** Pause ms that overlap [from, to]. Marks sorted by start. */
function pausedWithin(marks: readonly Mark[], from: number, to: number): number {
  let sum = 0;
  for (const m of marks) {
    if (m.at >= to) break;
    const overlap = Math.min(to, m.at + m.ms) - Math.max(from, m.at);
    if (overlap > 0) sum += overlap;
  }
  return sum;
}

/**
 * `runStart` is when the run's first turn was sent (ms since the epoch); collections before it and
 * after the last answer are not the run's.
 */
export function gcFigures(turns: readonly TimedTurn[], marksText: string, runStart: number, warmUpMs: number): GcFigures {
  const runEnd = turns.reduce((max, t) => Math.max(max, t.gotAt), runStart);
  const marks = parseGcMarks(marksText)
    .filter((m) => m.at >= runStart && m.at <= runEnd && (KINDS as readonly string[]).includes(m.kind))
    .sort((a, b) => a.at - b.at);
  const later = marks.filter((m) => m.at >= runStart + warmUpMs);
  const laterTurns = turns.filter((t) => t.sentAt >= runStart + warmUpMs).length;
  const byLatency = [...turns].sort((a, b) => b.gotAt - b.sentAt - (a.gotAt - a.sentAt));
  const slowest = byLatency.slice(0, Math.max(1, Math.ceil(turns.length / 100)));
  const meanPaused = (list: readonly TimedTurn[]) =>
    list.length === 0 ? NaN : round1(list.reduce((sum, t) => sum + pausedWithin(marks, t.sentAt, t.gotAt), 0) / list.length);
  const all = (list: readonly Mark[], n: number) => ({
    minor: kindFigures(list, 'minor', n),
    major: kindFigures(list, 'major', n),
    incremental: kindFigures(list, 'incremental', n),
  });
  return {
    ...all(marks, turns.length),
    afterWarmUp: all(later, laterTurns),
    inTurnMs: { all: meanPaused(turns), slowest1pct: meanPaused(turns.length > 0 ? slowest : []) },
    turns: turns.length,
  };
}
