/**
 * `BENCH_ANONYMISER_CODE=build node [--trace-deopt] --import tsx bench/anonymiser-settling.ts [ROUNDS]`:
 * how the JIT settles on one anonymiser thread. Runs the bench's workload (every message fed one by
 * one, conversations of 20) ROUNDS times (default 40) in this fresh process and prints each round's
 * CPU milliseconds as JSON, with the mean of rounds 6–ROUNDS (what bench/anonymiser.bench.ts times
 * after its 5 warm-up rounds) and of the last ten (the settled rate a long-lived thread runs at).
 * CPU time, not wall-clock time: on a shared host the first moves less with the others' load. With
 * `--trace-deopt` the JIT's throw-aways go to stdout before the JSON (count them with grep).
 */
import { benchMessages, inConversations, loadAnonymiser, streamedRound } from './anonymiser-workload';

const WARM_UP_ROUNDS = 5;
const LAST_ROUNDS = 10;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? '40');
  if (!Number.isInteger(rounds) || rounds <= WARM_UP_ROUNDS + LAST_ROUNDS)
    throw new Error(`ROUNDS must be an integer above ${WARM_UP_ROUNDS + LAST_ROUNDS}`);
  const texts = benchMessages();
  const characters = texts.reduce((n, t) => n + t.length, 0);
  const round = streamedRound(await loadAnonymiser(), inConversations(texts));
  const cpuMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    round();
    const c = process.cpuUsage(c0);
    cpuMs.push(Math.round((c.user + c.system) / 100) / 10);
  }
  const benchWindow = mean(cpuMs.slice(WARM_UP_ROUNDS));
  const settled = mean(cpuMs.slice(-LAST_ROUNDS));
  console.log(
    JSON.stringify({
      characters,
      cpuMsPerRound: cpuMs,
      benchWindowCpuMs: Math.round(benchWindow),
      settledCpuMs: Math.round(settled),
      benchWindowAboveSettled: Math.round((benchWindow / settled - 1) * 1000) / 1000,
      settledCharactersPerCpuSecond: Math.round(characters / (settled / 1000)),
    }),
  );
}

void main();
