/**
 * `npx tsx bench/recognizer.bench.ts`: start-up (training) time of the local recognizer and
 * per-message latency (p50/p95/max) of the whole recognizer and of the safety screen alone,
 * printed as JSON. Workload: the evaluation messages, three rounds after one warm-up round.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEvalSet } from '../src/nlu/evaluation';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { screenMessage } from '../src/safety/screen';

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 1000) / 1000;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: percentile(sorted, 100) };
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const cases = loadEvalSet(path.join(root, 'tests/eval/nlu.jsonl'));
  const started = performance.now();
  const recognizer = await createLocalRecognizer({ localesDir: path.join(root, 'locales') });
  const startupMs = Math.round((performance.now() - started) * 10) / 10;

  for (const c of cases) await recognizer.recognize(c.text, c.locale);
  const recognize: number[] = [];
  const screen: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const c of cases) {
      const t0 = performance.now();
      await recognizer.recognize(c.text, c.locale);
      recognize.push(performance.now() - t0);
      const t1 = performance.now();
      screenMessage(c.text);
      screen.push(performance.now() - t1);
    }
  }
  console.log(
    JSON.stringify(
      {
        recognizer: recognizer.name,
        startupMs,
        trainingMs: recognizer.trainingMs,
        recognize: summary(recognize),
        safetyScreen: summary(screen),
      },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
