import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPii } from '../../../src/anonymiser';

/** The detected spans as [type, text] pairs, easy to read in a failing test. */
export function found(text: string): [string, string][] {
  return detectPii(text).map((e) => [e.type, text.slice(e.start, e.end)]);
}

/** Only the spans of one type. */
export function foundOf(type: string, text: string): string[] {
  return found(text)
    .filter(([t]) => t === type)
    .map(([, s]) => s);
}

/** Every tuning set's texts (never the blind ones): a large corpus to hold a gate or a scan against its pattern. */
export function tuningTexts(): string[] {
  const dir = join(__dirname, '..', '..', 'eval');
  return readdirSync(dir)
    .filter((f) => /^anonymiser.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** A gate beside the pattern it stands before: its name, the pattern's verdict, the gate's. */
export type Gate = readonly [string, (text: string) => boolean, (text: string) => boolean];

/**
 * Every text and each of its tails (every seventh offset: the gates must hold wherever a match
 * starts or is cut off) read by each gate and its pattern: how often each pattern matched, and the
 * tails where it matched and its gate said no.
 */
export function gatesOnTails(gates: readonly Gate[], texts: readonly string[]): { matched: number[]; missed: string[] } {
  const matched = gates.map(() => 0);
  const missed: string[] = [];
  for (const text of texts) {
    for (let from = 0; from < text.length; from += 7) {
      const tail = text.slice(from);
      gates.forEach(([name, pattern, gate], i) => {
        if (!pattern(tail)) return;
        matched[i]!++;
        if (!gate(tail)) missed.push(`${name}: ${tail}`);
      });
    }
  }
  return { matched, missed };
}
