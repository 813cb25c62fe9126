/**
 * `npx tsx bench/anonymiser-quiet.ts`: how many spans the anonymiser finds in texts without personal
 * data: the recognizer's corpus lines (corpus/nlu), the question corpus (corpus/questions) and every
 * string of the locale files. Should stay near zero; each span found is printed with `--list`.
 * The corpus lines are split in two by a hash of their text: the tagger trains on one half as text
 * without names (`quietTrainingTexts`), so only the other half and the locale strings are unseen.
 */
import { join } from 'node:path';
import { detectPii } from '../src/anonymiser';
import { corpusLines, isTrainingHalf, localeStrings } from './anonymiser-quiet-texts';

const ROOT = join(__dirname, '..');

function main(argv: string[]): void {
  const corpus = corpusLines(ROOT);
  const groups: [string, string[]][] = [
    ['corpus lines the tagger trains on as quiet text', corpus.filter(isTrainingHalf)],
    ['corpus lines it never saw', corpus.filter((t) => !isTrainingHalf(t))],
    ['locale strings', localeStrings(ROOT).map((s) => s.replace(/\{(\w+)\}/g, '3'))],
  ];
  const report: Record<string, { texts: number; spans: number; byType: Record<string, number> }> = {};
  for (const [label, texts] of groups) {
    const byType: Record<string, number> = {};
    let spans = 0;
    for (const text of texts) {
      for (const e of detectPii(text)) {
        spans++;
        byType[e.type] = (byType[e.type] ?? 0) + 1;
        if (argv.includes('--list')) console.log(`${label}: ${e.type} "${text.slice(e.start, e.end)}" in: ${text.slice(0, 160)}`);
      }
    }
    report[label] = { texts: texts.length, spans, byType };
  }
  console.log(JSON.stringify(report, null, 2));
}

main(process.argv.slice(2));
