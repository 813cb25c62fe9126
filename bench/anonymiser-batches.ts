/**
 * `npx tsx bench/anonymiser-batches.ts [ROUNDS]`: what the detectors' proposals for the bench's
 * messages cost on this thread (CPU ms a round, min and median), found one text at a time and stage
 * by stage (detect.ts `proposeAll`) over batches of 20 texts (one conversation of the bench, as
 * `anonymiseConversation` reads it), 160 and all of them. The modes are run in turn, round after
 * round, so a shared machine's load falls on each alike; the load average is printed beside them.
 * `BENCH_ANONYMISER_CODE=build` reads tsc's build, else the sources through tsx.
 *
 * Why: round 38 (ADR 0002) found that one thread spends its time in some twenty detectors' own
 * per-word code and some 600 patterns, none above 2 % of a round, and that a detector reading many
 * texts in a row (stage by stage) costs far less a text than the same work message by message:
 * a larger batch keeps each detector's code and tables in the processor's caches. This measures by
 * how much, so a change that lets the anonymiser thread read several conversations at once can be
 * weighed on a quiet host. Only the proposals are timed (they depend on the text alone); settling
 * them against a conversation's memory is the same work in every mode.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CODE, benchMessages } from './anonymiser-workload';

type DetectModule = typeof import('../src/anonymiser/detect');
type RunMemoModule = typeof import('../src/anonymiser/runMemo');

const WARM_UP_ROUNDS = 3;
const ROUNDS = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .parse(process.argv[2] ?? 10);

async function load<T>(module: string): Promise<T> {
  if (CODE === 'source') return (await import(`../src/anonymiser/${module}`)) as T;
  const built = join(__dirname, '..', 'dist', 'server', 'src', 'anonymiser', `${module}.js`);
  if (!existsSync(built)) throw new Error(`no build at ${built}: run \`npm run build\` first`);
  return (await import(built)) as T;
}

function inBatches(texts: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < texts.length; i += size) out.push(texts.slice(i, i + size));
  return out;
}

async function main(): Promise<void> {
  const texts = benchMessages();
  const { proposeAll, proposeCandidates } = await load<DetectModule>('detect');
  const { RunMemo, withMemo } = await load<RunMemoModule>('runMemo');
  // Each batch is one run with a memo of its own, as a Pseudonymiser gives each conversation.
  const staged = (size: number) => (): void => {
    for (const batch of inBatches(texts, size)) withMemo(new RunMemo(), () => proposeAll(batch));
  };
  const modes: Record<string, () => void> = {
    oneByOne: () => {
      for (const batch of inBatches(texts, 20)) withMemo(new RunMemo(), () => batch.forEach((t) => proposeCandidates(t)));
    },
    stagedBy20: staged(20),
    stagedBy160: staged(160),
    stagedAll: staged(texts.length),
  };
  for (const run of Object.values(modes)) for (let i = 0; i < WARM_UP_ROUNDS; i++) run();
  const ms: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(modes)) {
      const before = process.cpuUsage();
      run();
      const used = process.cpuUsage(before);
      (ms[name] ??= []).push((used.user + used.system) / 1000);
    }
  }
  const figures = Object.fromEntries(
    Object.entries(ms).map(([name, list]) => {
      list.sort((a, b) => a - b);
      return [name, { cpuMsMin: Math.round(list[0]! * 10) / 10, cpuMsMedian: Math.round(list[Math.floor(list.length / 2)]! * 10) / 10 }];
    }),
  );
  const characters = texts.reduce((n, t) => n + t.length, 0);
  console.log(
    JSON.stringify(
      { code: CODE, messages: texts.length, characters, rounds: ROUNDS, loadAverage1m: Math.round(loadavg()[0]! * 10) / 10, ...figures },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
