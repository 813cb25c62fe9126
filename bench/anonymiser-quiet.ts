/**
 * `npx tsx bench/anonymiser-quiet.ts`: how many spans the anonymiser finds in texts without personal
 * data: the recognizer's corpus lines (corpus/nlu), the question corpus (corpus/questions) and every
 * string of the locale files. Should stay near zero; each span found is printed with `--list`.
 * The corpus lines are split in two by a hash of their text: the tagger trains on one half as text
 * without names (`quietTrainingTexts`), so only the other half and the locale strings are unseen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPii } from '../src/anonymiser';
import { corpusLines, isTrainingHalf } from './anonymiser-quiet-texts';

const ROOT = join(__dirname, '..');

function localeStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value.replace(/\{(\w+)\}/g, '3'));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const locale of readdirSync(join(ROOT, 'locales'))) {
    for (const file of readdirSync(join(ROOT, 'locales', locale))) {
      if (file.endsWith('.json')) walk(JSON.parse(readFileSync(join(ROOT, 'locales', locale, file), 'utf8')) as unknown);
    }
  }
  return out;
}

function main(argv: string[]): void {
  const corpus = corpusLines(ROOT);
  const groups: [string, string[]][] = [
    ['corpus lines the tagger trains on as quiet text', corpus.filter(isTrainingHalf)],
    ['corpus lines it never saw', corpus.filter((t) => !isTrainingHalf(t))],
    ['locale strings', localeStrings()],
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
