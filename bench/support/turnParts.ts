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
}

export const TURN_PARTS = ['outside', 'storing', 'queued', 'running', 'committing', 'answering'] as const;
/** Mean ms per part. */
export type TurnParts = Record<(typeof TURN_PARTS)[number], number>;

export interface TurnPartsFigures {
  all: TurnParts;
  /** The slowest 1 % of turns by the client's latency: what the p99 is made of. */
  slowest1pct: TurnParts;
  firstWave: TurnParts;
  /** Turns with a full set of marks, paired with a client's answer. */
  paired: number;
}

/**
 * The parts: outside the adapter (HTTP in and out, restify's chain, the token check, the client
 * itself: the client's latency minus the adapter's time), storing (the message's own commit),
 * queued (the conversation's queue and the pacer), running (the turn, with every turn interleaved
 * with it), committing (its end's commit) and answering (until the adapter returns). Marks are
 * lines `conversationId \t received \t stored \t started \t ended \t committed \t answered` (ms); a
 * conversation's last marks are paired in order with its answers (one message at a time per
 * conversation; the marks before them are its opening's), and a conversation with fewer marks than
 * answers is left out, as is a turn with a mark missing.
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
  const split: Array<{ turn: AnsweredTurn; parts: TurnParts }> = [];
  for (const [conversationId, turns] of byConversation) {
    const own = (marks.get(conversationId) ?? []).slice(-turns.length);
    if (own.length !== turns.length) continue;
    turns.forEach((turn, i) => {
      const times = own[i]!;
      if (times.length !== 6 || times.some((t) => Number.isNaN(t))) return;
      const [received, stored, started, ended, committed, done] = times as [number, number, number, number, number, number];
      split.push({
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
  const slowest = [...split].sort((a, b) => b.turn.ms - a.turn.ms).slice(0, Math.max(1, Math.round(split.length / 100)));
  return { all: mean(split), slowest1pct: mean(slowest), firstWave: mean(split.filter((r) => r.turn.firstWave)), paired: split.length };
}
