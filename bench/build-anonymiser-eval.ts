/**
 * Builds tests/eval/anonymiser.jsonl from the marked-up messages in anonymiser-eval.source.txt,
 * so offsets are computed, never typed by hand. Run: npx tsx bench/build-anonymiser-eval.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PII_TYPES, type PiiEntity, type PiiType } from '../src/anonymiser/types';

const MARK = /\{\{([A-Z]+):([^}]+)\}\}/g;

export function parseMarkedLine(line: string): { text: string; entities: PiiEntity[] } {
  let text = '';
  let last = 0;
  const entities: PiiEntity[] = [];
  for (const m of line.matchAll(MARK)) {
    const type = m[1] as PiiType;
    if (!PII_TYPES.includes(type)) throw new Error(`unknown type ${m[1]} in: ${line}`);
    text += line.slice(last, m.index);
    const start = text.length;
    text += m[2];
    entities.push({ type, start, end: text.length });
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  if (text.includes('{{') || text.includes('}}')) throw new Error(`unbalanced mark-up: ${line}`);
  return { text, entities };
}

function main(): void {
  const source = readFileSync(join(__dirname, 'anonymiser-eval.source.txt'), 'utf8');
  // Lines after the #HELDOUT marker get ids h001…: written after the rules were frozen.
  const [dev, heldOut = ''] = source.split('\n#HELDOUT\n');
  const keep = (part: string): string[] => part.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const out: string[] = [];
  const lines = [...keep(dev!).map((l) => ['m', l] as const), ...keep(heldOut).map((l) => ['h', l] as const)];
  const counters = { m: 0, h: 0 };
  lines.forEach(([prefix, line], i) => {
    const { text, entities } = parseMarkedLine(line);
    for (const e of entities) {
      const span = text.slice(e.start, e.end);
      if (span.trim() !== span || span === '') throw new Error(`span with outer spaces in line ${i + 1}`);
    }
    const id = `${prefix}${String(++counters[prefix]).padStart(3, '0')}`;
    out.push(JSON.stringify({ id, text, entities }));
  });
  writeFileSync(join(__dirname, '..', 'tests', 'eval', 'anonymiser.jsonl'), out.join('\n') + '\n');
  console.log(`wrote ${out.length} messages`);
}

if (require.main === module) main();
