/**
 * Counts of the order in which the server took a concurrent run's turns, from the marks of
 * support/turnMarks.cjs (`BENCH_TURN_MARKS=1`), none of them a rate: they depend on the program's
 * structure, far less on the host's load than a latency does.
 *
 * - handing: ms from a turn's end (its writes asked for) until those writes went to the writer
 *   thread (`handed`), mean and p99, the share of turns whose end was held while another turn
 *   started in between (another block of turns ran first), and the messages to the writer that
 *   carried ends per 1,000 turns (what handing over sooner costs: more, smaller batches).
 * - overtaken: the share of turns answered after a turn whose request arrived later, both by more
 *   than `graceMs` (the requests of one wave, the answers of one commit do not count), and the mean
 *   number of such later turns per turn: order that is not first come, first served.
 */
export interface TurnOrder {
  turns: number;
  handing: { meanMs: number; p99Ms: number; heldBehindAnotherTurn: number; messagesPer1000Turns: number } | null;
  overtaken: { share: number; meanLaterAnsweredFirst: number };
}

/** Marks by column (see turnMarks.cjs), ms since the epoch. */
interface Marks {
  started: number;
  ended: number;
  arrived: number;
  written: number;
  handed: number;
}

const COLUMNS = ['received', 'stored', 'started', 'ended', 'committed', 'answered', 'arrived', 'written', 'handed'] as const;

/** `fromMs`: only turns whose request arrived from then on (the concurrent run's first send). */
export function turnOrder(marksText: string, fromMs = -Infinity, graceMs = 5): TurnOrder {
  const turns: Marks[] = [];
  for (const line of marksText.split('\n')) {
    const [conversationId, ...times] = line.split('\t');
    if (!conversationId) continue;
    const at = (column: (typeof COLUMNS)[number]) => {
      const text = times[COLUMNS.indexOf(column)];
      return text === undefined || text === '' ? NaN : Number(text);
    };
    const marks = { started: at('started'), ended: at('ended'), arrived: at('arrived'), written: at('written'), handed: at('handed') };
    if ([marks.started, marks.ended, marks.arrived, marks.written].some(Number.isNaN) || marks.arrived < fromMs) continue;
    turns.push(marks);
  }
  return { turns: turns.length, handing: handing(turns), overtaken: overtaken(turns, graceMs) };
}

function handing(turns: readonly Marks[]): TurnOrder['handing'] {
  const handed = turns.filter((t) => !Number.isNaN(t.handed));
  if (handed.length === 0) return null;
  const starts = turns.map((t) => t.started).sort((a, b) => a - b);
  const waits = handed.map((t) => t.handed - t.ended).sort((a, b) => a - b);
  // Another turn started after this one's end and before its hand-over: it ran first.
  const held = handed.filter((t) => firstAfter(starts, t.ended) < t.handed).length;
  return {
    meanMs: round(waits.reduce((s, w) => s + w, 0) / waits.length),
    p99Ms: round(waits[Math.min(waits.length - 1, Math.floor(waits.length * 0.99))]!),
    heldBehindAnotherTurn: round(held / handed.length, 1000),
    // One message hands all the ends it carries over at one instant.
    messagesPer1000Turns: round((new Set(handed.map((t) => t.handed)).size * 1000) / handed.length),
  };
}

function overtaken(turns: readonly Marks[], graceMs: number): TurnOrder['overtaken'] {
  const byArrival = [...turns].sort((a, b) => a.arrived - b.arrived);
  // From the latest arrival back: the answers of turns that arrived more than graceMs later.
  const later: number[] = [];
  let next = byArrival.length - 1;
  let overtakenTurns = 0;
  let passedBy = 0;
  for (let i = byArrival.length - 1; i >= 0; i--) {
    const turn = byArrival[i]!;
    while (next > i && byArrival[next]!.arrived > turn.arrived + graceMs) insertSorted(later, byArrival[next--]!.written);
    const first = countBelow(later, turn.written - graceMs);
    if (first > 0) overtakenTurns += 1;
    passedBy += first;
  }
  const n = Math.max(1, turns.length);
  return { share: round(overtakenTurns / n, 1000), meanLaterAnsweredFirst: round(passedBy / n) };
}

/** The first value in `sorted` greater than `at` (Infinity when none). */
function firstAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length ? sorted[lo]! : Infinity;
}

function countBelow(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(sorted: number[], value: number): void {
  sorted.splice(countBelow(sorted, value), 0, value);
}

function round(n: number, by = 10): number {
  return Math.round(n * by) / by;
}
