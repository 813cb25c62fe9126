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
