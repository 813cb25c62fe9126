/**
 * Builds the anonymiser's evaluation sets (JSON lines) from marked-up text, so offsets are computed,
 * never typed by hand. Run: npx tsx bench/build-anonymiser-eval.ts
 *
 * Mark-up: one chat message per line, `{{TYPE:text}}` around each span of personal data, `#` starts a
 * comment line. Each line is a conversation of its own, except after a `#conversation` line: the lines
 * from there to the next blank line are one conversation and are anonymised together (a name found in
 * one line is a name in the next), as the anonymised copies are.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PII_TYPES, type PiiEntity, type PiiType } from '../src/anonymiser/types';

const MARK = /\{\{([A-Z]+):([^}]+)\}\}/g;

export interface MarkedRecord {
  id: string;
  conversation: string;
  text: string;
  entities: PiiEntity[];
}

export function parseMarkedLine(line: string): { text: string; entities: PiiEntity[] } {
  let text = '';
  let last = 0;
  const entities: PiiEntity[] = [];
  for (const m of line.matchAll(MARK)) {
    const type = m[1] as PiiType;
    if (!PII_TYPES.includes(type)) throw new Error(`unknown type ${m[1]} (known: ${PII_TYPES.join(', ')}) in: ${line}`);
    text += line.slice(last, m.index);
    const start = text.length;
    text += m[2];
    entities.push({ type, start, end: text.length });
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  if (text.includes('{{') || text.includes('}}')) throw new Error(`unbalanced mark-up: ${line}`);
  for (const e of entities) {
    const span = text.slice(e.start, e.end);
    if (span.trim() !== span || span === '') throw new Error(`span with outer spaces in: ${line}`);
  }
  return { text, entities };
}

/**
 * Every message of a marked-up file. Ids are `<prefix><n>`; lines after a `#HELDOUT` line get the
 * prefix `h` instead (the original set's part written after its rules were frozen).
 */
export function parseMarkedFile(source: string, prefix = 'm'): MarkedRecord[] {
  const records: MarkedRecord[] = [];
  const counters = new Map<string, number>();
  let part = prefix;
  let conversation = 0;
  let inBlock = false;
  let lineNumber = 0;
  for (const raw of source.split(/\r?\n/)) {
    lineNumber++;
    const line = raw.trimEnd();
    if (line === '#HELDOUT') part = 'h';
    if (line === '#conversation') {
      inBlock = true;
      conversation++;
    }
    if (line.trim() === '') inBlock = false;
    if (line.trim() === '' || line.startsWith('#')) continue;
    let parsed;
    try {
      parsed = parseMarkedLine(line);
    } catch (err) {
      throw new Error(`line ${lineNumber}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!inBlock) conversation++;
    const n = (counters.get(part) ?? 0) + 1;
    counters.set(part, n);
    records.push({ id: `${part}${String(n).padStart(3, '0')}`, conversation: `${prefix}c${conversation}`, ...parsed });
  }
  return records;
}

/** Marked-up sources in bench/ and the JSON lines built from each. */
export const BUILT_SETS = [
  { source: 'anonymiser-eval.source.txt', target: 'anonymiser.jsonl', prefix: 'm' },
  { source: 'anonymiser-dev.source.txt', target: 'anonymiser-dev.jsonl', prefix: 'd' },
  { source: 'anonymiser-tune2.source.txt', target: 'anonymiser-tune2.jsonl', prefix: 't' },
  { source: 'anonymiser-dev-c.source.txt', target: 'anonymiser-dev-c.jsonl', prefix: 'c' },
  { source: 'anonymiser-dev-d.source.txt', target: 'anonymiser-dev-d.jsonl', prefix: 'e' },
  { source: 'anonymiser-dev-e.source.txt', target: 'anonymiser-dev-e.jsonl', prefix: 'f' },
  { source: 'anonymiser-dev-f.source.txt', target: 'anonymiser-dev-f.jsonl', prefix: 'g' },
  { source: 'anonymiser-dev-g.source.txt', target: 'anonymiser-dev-g.jsonl', prefix: 'k' },
  { source: 'anonymiser-dev-h.source.txt', target: 'anonymiser-dev-h.jsonl', prefix: 'n' },
  { source: 'anonymiser-dev-i.source.txt', target: 'anonymiser-dev-i.jsonl', prefix: 'p' },
  { source: 'anonymiser-dev-j.source.txt', target: 'anonymiser-dev-j.jsonl', prefix: 'q' },
  { source: 'anonymiser-dev-k.source.txt', target: 'anonymiser-dev-k.jsonl', prefix: 'r' },
  { source: 'anonymiser-dev-l.source.txt', target: 'anonymiser-dev-l.jsonl', prefix: 's' },
  { source: 'anonymiser-dev-m.source.txt', target: 'anonymiser-dev-m.jsonl', prefix: 'u' },
  { source: 'anonymiser-dev-o.source.txt', target: 'anonymiser-dev-o.jsonl', prefix: 'o' },
  { source: 'anonymiser-dev-q.source.txt', target: 'anonymiser-dev-q.jsonl', prefix: 'v' },
  { source: 'anonymiser-dev-r.source.txt', target: 'anonymiser-dev-r.jsonl', prefix: 'w' },
  { source: 'anonymiser-dev-s.source.txt', target: 'anonymiser-dev-s.jsonl', prefix: 'x' },
  { source: 'anonymiser-dev-t.source.txt', target: 'anonymiser-dev-t.jsonl', prefix: 'y' },
  { source: 'anonymiser-dev-u.source.txt', target: 'anonymiser-dev-u.jsonl', prefix: 'z' },
  // Every single letter is taken (h marks held-out lines): later sets get two letters.
  { source: 'anonymiser-dev-v.source.txt', target: 'anonymiser-dev-v.jsonl', prefix: 'za' },
  { source: 'anonymiser-dev-w.source.txt', target: 'anonymiser-dev-w.jsonl', prefix: 'zb' },
  { source: 'anonymiser-dev-x.source.txt', target: 'anonymiser-dev-x.jsonl', prefix: 'zc' },
  { source: 'anonymiser-dev-y.source.txt', target: 'anonymiser-dev-y.jsonl', prefix: 'zd' },
  { source: 'anonymiser-dev-z.source.txt', target: 'anonymiser-dev-z.jsonl', prefix: 'ze' },
  { source: 'anonymiser-dev-za.source.txt', target: 'anonymiser-dev-za.jsonl', prefix: 'zf' },
  { source: 'anonymiser-dev-zb.source.txt', target: 'anonymiser-dev-zb.jsonl', prefix: 'zg' },
  { source: 'anonymiser-dev-zc.source.txt', target: 'anonymiser-dev-zc.jsonl', prefix: 'zh' },
  { source: 'anonymiser-dev-zd.source.txt', target: 'anonymiser-dev-zd.jsonl', prefix: 'zi' },
  { source: 'anonymiser-dev-ze.source.txt', target: 'anonymiser-dev-ze.jsonl', prefix: 'zj' },
  { source: 'anonymiser-dev-zf.source.txt', target: 'anonymiser-dev-zf.jsonl', prefix: 'zk' },
  { source: 'anonymiser-dev-zg.source.txt', target: 'anonymiser-dev-zg.jsonl', prefix: 'zl' },
] as const;

function main(): void {
  for (const set of BUILT_SETS) {
    const records = parseMarkedFile(readFileSync(join(__dirname, set.source), 'utf8'), set.prefix);
    const out = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    writeFileSync(join(__dirname, '..', 'tests', 'eval', set.target), out);
    console.log(`${set.target}: ${records.length} messages, ${records.reduce((n, r) => n + r.entities.length, 0)} spans`);
  }
}

if (require.main === module) main();
