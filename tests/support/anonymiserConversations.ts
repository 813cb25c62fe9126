import fs from 'node:fs';
import path from 'node:path';

/** tests/eval: the anonymiser's tuning sets (never the blind ones, which live in tests/eval/blind). */
export const ANONYMISER_EVAL = path.resolve(__dirname, '../eval');

/** Every anonymiser tuning set's file name, sorted. */
export function anonymiserTuningFiles(): string[] {
  return fs
    .readdirSync(ANONYMISER_EVAL)
    .sort()
    .filter((file) => /^anonymiser.*\.jsonl$/.test(file));
}

/** The conversations of those files: lines grouped by their `conversation` (a line without one is its own). */
export function anonymiserConversations(files: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const file of files) {
    const groups = new Map<string, string[]>();
    fs.readFileSync(path.join(ANONYMISER_EVAL, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .forEach((line, i) => {
        const { text, conversation } = JSON.parse(line) as { text: string; conversation?: string };
        const key = conversation ?? `#${i}`;
        groups.set(key, [...(groups.get(key) ?? []), text]);
      });
    out.push(...groups.values());
  }
  return out;
}
