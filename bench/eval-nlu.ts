/**
 * `npx tsx bench/eval-nlu.ts [--verbose]`: scores the local recognizer on tests/eval/nlu.jsonl (never used for
 * training) and prints the figures as JSON, then every missed acute-danger message. With --verbose
 * it also lists intent and form misses and false alarms.
 */
import path from 'node:path';
import { evaluate, loadEvalSet } from '../src/nlu/evaluation';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const cases = loadEvalSet(path.join(root, 'tests/eval/nlu.jsonl'));
  const recognizer = await createLocalRecognizer({ localesDir: path.join(root, 'locales') });
  const report = await evaluate(recognizer, cases);
  const { acuteMisses, acuteFalseAlarms, intentMisses, formMisses, ...figures } = report;
  console.log(JSON.stringify({ recognizer: recognizer.name, trainingMs: recognizer.trainingMs, ...figures }, null, 2));
  console.log(`\nMissed acute danger (${acuteMisses.length}):`);
  for (const m of acuteMisses) console.log(`  ${m.id}  ${m.text}`);
  if (process.argv.includes('--verbose')) {
    console.log(`\nAcute false alarms (${acuteFalseAlarms.length}):`);
    for (const m of acuteFalseAlarms) console.log(`  ${m.id}  ${m.text}`);
    console.log(`\nIntent misses (${intentMisses.length}):`);
    for (const m of intentMisses) console.log(`  ${m.id}  expected ${m.expected}, got ${m.got}: ${m.text}`);
    console.log(`\nForm misses (${formMisses.length}):`);
    for (const m of formMisses) console.log(`  ${m.id}  expected ${m.expected}, got ${m.got}: ${m.text}`);
  }
  if (acuteMisses.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
});
