/**
 * Splits the server bench's concurrent latencies into their parts, from the marks the server wrote
 * with support/turnMarks.cjs (`BENCH_TURN_MARKS=1`): where a p99 comes from, the queue before the
 * turn, the turn's own running, or the store's commits.
 */

/** A turn of the concurrent run as the client saw it, in the order the answers came. */
export interface AnsweredTurn {
  conversationId: string;
  /** The client's latency (send to answer). */
  ms: number;
  /** Among the first answers, as many as there are conversations (about the first wave). */
  firstWave: boolean;
  /**
   * When the client sent the request and when it had read the answer, in ms since the epoch on the
   * same clock as the server's marks (performance.timeOrigin + performance.now()): with the server's
   * `arrived` and `written` marks they split `outside` (see OUTSIDE_PARTS).
   */
  sentAt?: number;
  gotAt?: number;
}

export const TURN_PARTS = ['outside', 'storing', 'queued', 'running', 'committing', 'answering'] as const;
/** Mean ms per part. */
export type TurnParts = Record<(typeof TURN_PARTS)[number], number>;

/**
 * `outside` split (round 26): sending (the client's write until the server's HTTP parser has the
 * request's headers: the client's own loop, the kernel, and the server's loop busy elsewhere before
 * it reads the socket), handling (restify's chain, the token, the body read and parsed, the
 * conversation's checks, until the adapter has it), writing (the adapter's answer until the
 * response is handed to the socket) and reading (until the client's loop has read the answer).
 */
export const OUTSIDE_PARTS = ['sending', 'handling', 'writing', 'reading'] as const;
export type OutsideParts = Record<(typeof OUTSIDE_PARTS)[number], number>;

export interface TurnPartsFigures {
  all: TurnParts;
  /** The slowest 1 % of turns by the client's latency: what the p99 is made of. */
  slowest1pct: TurnParts;
  firstWave: TurnParts;
  /** Turns with a full set of marks, paired with a client's answer. */
  paired: number;
  /**
   * `outside` split, for the paired turns that also have the server's `arrived` and `written` marks
   * and the client's send and read times (null when none has): all, the slowest 1 %, the first wave.
   */
  outside: { all: OutsideParts; slowest1pct: OutsideParts; firstWave: OutsideParts; paired: number } | null;
  /** For the same turns: the time no turn ran and what the turns waited for then (null without them). */
  census: NoTurnRunning | null;
}

/**
 * The parts: outside the adapter (HTTP in and out, restify's chain, the token check, the client
 * itself: the client's latency minus the adapter's time), storing (the message's own commit),
 * queued (the conversation's queue and the pacer), running (the turn, with every turn interleaved
 * with it), committing (its end's commit) and answering (until the adapter returns). Marks are
 * lines `conversationId \t received \t stored \t started \t ended \t committed \t answered` (ms); a
 * conversation's last marks are paired in order with its answers (one message at a time per
 * conversation; the marks before them are its opening's), and a conversation with fewer marks than
 * answers is left out, as is a turn with a mark missing. Two more columns, when present, are the
 * server's `arrived` (the HTTP request's headers parsed) and `written` (the response handed to the
 * socket): with the client's `sentAt` and `gotAt` they split `outside` into OUTSIDE_PARTS.
 */
export function turnParts(answered: readonly AnsweredTurn[], marksText: string): TurnPartsFigures {
  const marks = new Map<string, number[][]>();
  for (const line of marksText.split('\n')) {
    const [conversationId, ...times] = line.split('\t');
    if (!conversationId) continue;
    const own = marks.get(conversationId) ?? [];
    own.push(times.map((t) => (t === '' ? NaN : Number(t))));
    marks.set(conversationId, own);
  }
  const byConversation = new Map<string, AnsweredTurn[]>();
  for (const turn of answered) {
    const turns = byConversation.get(turn.conversationId) ?? [];
    turns.push(turn);
    byConversation.set(turn.conversationId, turns);
  }
  const split: Array<{ turn: AnsweredTurn; parts: TurnParts; outside: OutsideParts | null }> = [];
  /** Every part of the turns with a full outside split, as a stretch of time, for the census below. */
  const stretches: PartStretch[] = [];
  for (const [conversationId, turns] of byConversation) {
    const own = (marks.get(conversationId) ?? []).slice(-turns.length);
    if (own.length !== turns.length) continue;
    turns.forEach((turn, i) => {
      const times = own[i]!;
      if (times.length < 6 || times.slice(0, 6).some((t) => Number.isNaN(t))) return;
      const [received, stored, started, ended, committed, done, arrived = NaN, written = NaN] = times as number[] as [
        number,
        number,
        number,
        number,
        number,
        number,
        number?,
        number?,
      ];
      const outside = [arrived, written, turn.sentAt ?? NaN, turn.gotAt ?? NaN].some((t) => Number.isNaN(t))
        ? null
        : { sending: arrived - turn.sentAt!, handling: received - arrived, writing: written - done, reading: turn.gotAt! - written };
      if (outside) {
        const bounds = [turn.sentAt!, arrived, received, stored, started, ended, committed, done, written, turn.gotAt!];
        CENSUS_PARTS.forEach((part, k) => stretches.push({ part, from: bounds[k]!, to: bounds[k + 1]! }));
      }
      split.push({
        outside,
        turn,
        parts: {
          outside: turn.ms - (done - received),
          storing: stored - received,
          queued: started - stored,
          running: ended - started,
          committing: committed - ended,
          answering: done - committed,
        },
      });
    });
  }
  const mean = (rows: typeof split): TurnParts =>
    Object.fromEntries(
      TURN_PARTS.map((part) => [part, Math.round((rows.reduce((sum, r) => sum + r.parts[part], 0) / Math.max(1, rows.length)) * 10) / 10]),
    ) as TurnParts;
  const slowestOf = <T extends { turn: AnsweredTurn }>(rows: T[]) =>
    [...rows].sort((a, b) => b.turn.ms - a.turn.ms).slice(0, Math.max(1, Math.round(rows.length / 100)));
  const slowest = slowestOf(split);
  const withOutside = split.flatMap((r) => (r.outside ? [{ turn: r.turn, outside: r.outside }] : []));
  const meanOutside = (rows: typeof withOutside): OutsideParts =>
    Object.fromEntries(
      OUTSIDE_PARTS.map((part) => [
        part,
        Math.round((rows.reduce((sum, r) => sum + r.outside[part], 0) / Math.max(1, rows.length)) * 10) / 10,
      ]),
    ) as OutsideParts;
  return {
    all: mean(split),
    slowest1pct: mean(slowest),
    firstWave: mean(split.filter((r) => r.turn.firstWave)),
    paired: split.length,
    outside:
      withOutside.length === 0
        ? null
        : {
            all: meanOutside(withOutside),
            slowest1pct: meanOutside(slowestOf(withOutside)),
            firstWave: meanOutside(withOutside.filter((r) => r.turn.firstWave)),
            paired: withOutside.length,
          },
    census: stretches.length === 0 ? null : noTurnRunning(stretches),
  };
}

/** A turn's parts in the order they follow each other, from the client's send to its read. */
export const CENSUS_PARTS = [
  'sending',
  'handling',
  'storing',
  'queued',
  'running',
  'committing',
  'answering',
  'writing',
  'reading',
] as const;
export type CensusPart = (typeof CENSUS_PARTS)[number];
export interface PartStretch {
  part: CensusPart;
  /** ms since the epoch */
  from: number;
  to: number;
}

export interface NoTurnRunning {
  /** The stretches' span, first send to last read (ms). */
  spanMs: number;
  /** Time in that span in which no turn was between its start and its end (ms). */
  ms: number;
  /** Mean number of turns in each other part during that time: what the event loop had to wait for. */
  waiting: Record<Exclude<CensusPart, 'running'>, number>;
}

/**
 * The time in which no turn ran (none between its start and its end, so the server's loop had no
 * turn's work: it read sockets, wrote answers, or waited) and what the turns in flight were doing
 * meanwhile: waiting for the message's commit (storing), the end's commit (committing), the client
 * or the HTTP path (sending, reading, …). The part with the most turns in it is what kept the loop
 * waiting; a turn's work overlapped with that wait is what would fill it.
 */
export function noTurnRunning(stretches: readonly PartStretch[]): NoTurnRunning {
  const edges: Array<{ at: number; part: CensusPart; step: 1 | -1 }> = [];
  for (const s of stretches) {
    if (!(s.to > s.from)) continue;
    edges.push({ at: s.from, part: s.part, step: 1 }, { at: s.to, part: s.part, step: -1 });
  }
  edges.sort((a, b) => a.at - b.at);
  const count = Object.fromEntries(CENSUS_PARTS.map((p) => [p, 0])) as Record<CensusPart, number>;
  const weighted = Object.fromEntries(CENSUS_PARTS.map((p) => [p, 0])) as Record<CensusPart, number>;
  let idle = 0;
  for (let i = 0; i < edges.length; i++) {
    count[edges[i]!.part] += edges[i]!.step;
    const next = edges[i + 1];
    if (next === undefined || count.running > 0) continue;
    const length = next.at - edges[i]!.at;
    idle += length;
    for (const part of CENSUS_PARTS) weighted[part] += count[part] * length;
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const waiting = Object.fromEntries(
    CENSUS_PARTS.filter((p) => p !== 'running').map((p) => [p, idle === 0 ? 0 : round(weighted[p] / idle)]),
  ) as NoTurnRunning['waiting'];
  const spanMs = edges.length === 0 ? 0 : edges.at(-1)!.at - edges[0]!.at;
  return { spanMs: round(spanMs), ms: round(idle), waiting };
}
