/**
 * The writer thread's batches during the concurrent run, from the lines support/writerMarks.cjs
 * wrote (`BENCH_WRITER=1`): how long a batch's answer took (from its flush's start until it was
 * posted back: the statements, the COMMIT and its fsync, and whatever else ran before the answer),
 * per write and by percentile, and how many answers waited for a WAL checkpoint (the database file
 * changed before the answer: SQLite's automatic checkpoint inside the COMMIT) against the
 * checkpoints run after an answer (ADR 0002, round 46). Counts and per-write times move far less
 * with the host's load than turns/s does.
 */

export interface WriterFigures {
  flushes: number;
  writesPerFlush: number;
  /** Sum of the answers' ms over the writes they carried. */
  answerMsPerWrite: number;
  answerMs: { p50: number; p99: number; max: number };
  /** Answers that waited for a checkpoint, with their mean ms, against the other answers' mean ms. */
  checkpointsBeforeAnswer: { count: number; meanAnswerMs: number | null; otherMeanAnswerMs: number | null };
  /** Checkpoints the loop ran after its answers, when no request waited, and their mean ms. */
  checkpointsAfterAnswer: { count: number; meanMs: number | null };
}

const round = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length === 0 ? null : round(xs.reduce((s, x) => s + x, 0) / xs.length));

/** Lines from `from` on (ms since the epoch, the run's first send): the warm-ups' batches are left out. */
export function writerFigures(text: string, from: number): WriterFigures {
  const answers: Array<{ ms: number; writes: number; checkpointed: boolean }> = [];
  const checkpoints: number[] = [];
  for (const line of text.split('\n')) {
    const [kind, at, ...rest] = line.split('\t');
    if (Number(at) < from) continue;
    if (kind === 'flush') {
      const [ms, writes, changed] = rest.map(Number);
      if (Number.isFinite(ms) && Number.isFinite(writes)) answers.push({ ms: ms!, writes: writes!, checkpointed: changed === 1 });
    } else if (kind === 'checkpoint' && Number.isFinite(Number(rest[0]))) checkpoints.push(Number(rest[0]));
  }
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
  const at = (p: number) => (sorted.length === 0 ? 0 : round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!));
  const writes = answers.reduce((s, a) => s + a.writes, 0);
  return {
    flushes: answers.length,
    writesPerFlush: answers.length === 0 ? 0 : round(writes / answers.length),
    answerMsPerWrite: writes === 0 ? 0 : Math.round((sorted.reduce((s, x) => s + x, 0) / writes) * 1000) / 1000,
    answerMs: { p50: at(0.5), p99: at(0.99), max: sorted.length === 0 ? 0 : round(sorted[sorted.length - 1]!) },
    checkpointsBeforeAnswer: {
      count: answers.filter((a) => a.checkpointed).length,
      meanAnswerMs: mean(answers.filter((a) => a.checkpointed).map((a) => a.ms)),
      otherMeanAnswerMs: mean(answers.filter((a) => !a.checkpointed).map((a) => a.ms)),
    },
    checkpointsAfterAnswer: { count: checkpoints.length, meanMs: mean(checkpoints) },
  };
}
