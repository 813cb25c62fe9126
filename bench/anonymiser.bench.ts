/**
 * `npx tsx bench/anonymiser.bench.ts`: the anonymiser's start (loading its modules and lexicons and
 * answering the first message) and its throughput in characters per second, printed as JSON.
 * Workload: every message of the tuning sets, anonymised as conversations of 20 messages (as the
 * anonymised copies are made), for at least 5 seconds after five warm-up rounds. Throughput is given
 * per second of wall-clock time and per second of this process's CPU time: on a shared machine the
 * second says more about the code, the first about the machine at that moment (its load average
 * is printed too). Each round is also timed on its own: the median and the best round say what the
 * code does when other processes leave it a core, which the mean over a loaded machine hides.
 *
 * `anonymiser` times the messages fed one by one (`Pseudonymiser.anonymise`, as a live chat or the
 * `helpline anonymise` command feeds them); `anonymiserWhole` times the same conversations given
 * whole (`anonymiseConversation`, as the anonymised copies for review and statistics are made),
 * which reads every message twice over but finds each message's proposals once, stage by stage.
 * Both run on this one thread. `anonymiserPool` sends the same conversations, whole, through the
 * pool of anonymiser threads the server makes its copies with (src/anonymiser/pool.ts): each round
 * sends every conversation at once and waits for all answers; throughput is per second of wall-clock
 * time (its CPU seconds are every thread's), `startMs` from making the pool to all its threads ready
 * (each thread's own start in `workerStartMs`, the CPU it spent on it in `workerStartCpuMs`),
 * `workers` its threads: all the cores unless `BENCH_ANONYMISER_POOL_WORKERS` says how many (this
 * thread only hands out work meanwhile). Each of its threads first runs as many rounds' work as this
 * thread ran before its whole-conversation figure (`warmUpRounds` in all): each compiles the hot
 * code anew.
 *
 * `BENCH_ANONYMISER_CODE=build` loads the anonymiser from tsc's build (dist/server, made by `npm run
 * build`), as `npm start` runs it for review and statistics; without it, from the sources through tsx,
 * as `npm run helpline -- anonymise` runs it. tsx compiles each module to CommonJS whose exports are
 * getters, so each use of an imported name costs two calls there (about 18 % of a round, round 26 in
 * src/anonymiser/version.ts); `npm run bench` reports the build, which is what serves.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { CODE, benchMessages, inConversations, loadAnonymiser, loadPool, streamedRound } from './anonymiser-workload';

const WARM_UP_ROUNDS = 5;
const POOL_WORKERS = z.coerce
  .number()
  .int()
  .min(1)
  .max(64)
  .parse(process.env.BENCH_ANONYMISER_POOL_WORKERS ?? availableParallelism());

async function main(): Promise<void> {
  const texts = benchMessages();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const anonymiser = await loadAnonymiser();
  const { Pseudonymiser } = anonymiser;
  new Pseudonymiser().anonymise(texts[0]!);
  const startMs = performance.now() - t0;
  const startCpu = process.cpuUsage(cpu0);

  const conversations = inConversations(texts);
  const streamed = streamedRound(anonymiser, conversations);
  const whole = (): void => {
    for (const conversation of conversations) new Pseudonymiser().anonymiseConversation(conversation);
  };
  const start = { startMs: Math.round(startMs), startCpuMs: Math.round((startCpu.user + startCpu.system) / 1000) };
  const fedOneByOne = await throughput(texts, streamed);
  const oneThread = { anonymiser: { ...start, ...fedOneByOne }, anonymiserWhole: await throughput(texts, whole) };
  // The rounds this thread ran before its whole conversations were timed.
  const warmRounds = 2 * WARM_UP_ROUNDS + fedOneByOne.messages! / texts.length;
  const pool = await poolFigures(texts, conversations, warmRounds);
  console.log(JSON.stringify({ code: CODE, ...oneThread, anonymiserPool: pool }, null, 2));
}

/** The same conversations through the pool: its start, then its throughput over at least 5 seconds. */
async function poolFigures(
  texts: readonly string[],
  conversations: readonly string[][],
  warmRounds: number,
): Promise<Record<string, unknown>> {
  const { AnonymiserPool } = await loadPool();
  const t0 = performance.now();
  const pool = new AnonymiserPool({ workers: POOL_WORKERS });
  try {
    const threads = await pool.ready();
    const startMs = Math.round(performance.now() - t0);
    const workerStartMs = threads.map((t) => t.startMs);
    const workerStartCpuMs = threads.map((t) => t.startCpuMs);
    const round = async (): Promise<void> => {
      await Promise.all(conversations.map((c) => pool.anonymise({ texts: c, continuing: false })));
    };
    // Each thread as warm as this one was when its whole conversations were timed (as many rounds
    // each): every thread compiles the hot code anew. With five rounds shared by two threads, V8's
    // compiler threads still took 0.4 of the CPU and the pool ran at a fifth of its later speed.
    const warmUp = { rounds: warmRounds * pool.workers, seconds: 0 };
    return {
      workers: pool.workers,
      startMs,
      workerStartMs,
      workerStartCpuMs,
      warmUpRounds: warmUp.rounds,
      ...(await throughput(texts, round, warmUp)),
    };
  } finally {
    await pool.close();
  }
}

/**
 * Characters per second of `round` (which reads every text once), after `warmUp` (five rounds on this
 * thread), over at least 5 seconds. A round on this thread returns nothing; the pool's answers when
 * all are back.
 */
async function throughput(
  texts: readonly string[],
  round: () => void | Promise<void>,
  warmUp: { rounds: number; seconds: number } = { rounds: WARM_UP_ROUNDS, seconds: 0 },
): Promise<Record<string, number>> {
  const warming = performance.now();
  for (let i = 0; i < warmUp.rounds || performance.now() - warming < warmUp.seconds * 1000; i++) await round();
  let rounds = 0;
  const roundSeconds: number[] = [];
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - started < 5000 || rounds < 3) {
    const roundStart = performance.now();
    await round();
    roundSeconds.push((performance.now() - roundStart) / 1000);
    rounds++;
  }
  return figures(texts, rounds, roundSeconds, started, cpuStart);
}

function figures(
  texts: readonly string[],
  rounds: number,
  roundSeconds: number[],
  started: number,
  cpuStart: NodeJS.CpuUsage,
): Record<string, number> {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  roundSeconds.sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    messages: texts.length * rounds,
    characters: chars * rounds,
    charactersPerSecond: Math.round((chars * rounds) / seconds),
    charactersPerCpuSecond: Math.round((chars * rounds) / cpuSeconds),
    charactersPerSecondMedianRound: Math.round(chars / roundSeconds[Math.floor(roundSeconds.length / 2)]!),
    charactersPerSecondBestRound: Math.round(chars / roundSeconds[0]!),
    loadAverage1m: Math.round(loadavg()[0]! * 10) / 10,
    meanMicrosecondsPerMessage: Math.round(((seconds * 1e6) / (texts.length * rounds)) * 10) / 10,
  };
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
