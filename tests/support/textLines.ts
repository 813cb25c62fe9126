/**
 * The `text` of every line of the corpus (corpus/nlu) and of the NLU tuning sets (tests/eval/nlu*.jsonl,
 * never the blind sets), and the same lines joined twenty at a time into long stories, in which
 * sentences of different writers meet at their ends: for tests that hold a faster path equal to the
 * one it replaces on every text we have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');
const STORY_LINES = 20;

function textsOf(dir: string, keep: (name: string) => boolean): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && keep(f))) {
    for (const line of readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      const text = line === '' ? undefined : (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string') texts.push(text);
    }
  }
  return texts;
}

export function corpusAndTuningLines(): string[] {
  return [...textsOf(path.join(root, 'corpus/nlu'), () => true), ...textsOf(path.join(root, 'tests/eval'), (f) => f.startsWith('nlu'))];
}

export function joinedStories(lines: readonly string[]): string[] {
  const stories: string[] = [];
  for (let i = 0; i < lines.length; i += STORY_LINES) stories.push(lines.slice(i, i + STORY_LINES).join(' '));
  return stories;
}
