/** Texts without personal data for the anonymiser: the recognizer's and the question corpus's lines. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { featureHash } from '../src/anonymiser/tagger/wordFeatures';

const LineSchema = z.object({ text: z.string() });

/** Every line of corpus/nlu/*.jsonl and corpus/questions/*.txt, in file order. */
export function corpusLines(root: string): string[] {
  const out: string[] = [];
  const nlu = join(root, 'corpus', 'nlu');
  for (const file of readdirSync(nlu).sort()) {
    if (!file.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(nlu, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      out.push(LineSchema.parse(JSON.parse(line)).text);
    }
  }
  const questions = join(root, 'corpus', 'questions');
  for (const file of readdirSync(questions).sort()) {
    if (!file.endsWith('.txt')) continue;
    for (const line of readFileSync(join(questions, file), 'utf8').split('\n'))
      if (line.trim() !== '' && !line.startsWith('#')) out.push(line.trim());
  }
  return out;
}

/** The half of the corpus the tagger may train on, chosen by a hash of the text (stable). */
export function isTrainingHalf(text: string): boolean {
  return featureHash(99, text) % 2 === 0;
}

/** Every string of the locale files (locales/<language>/*.json), in file order, placeholders as written. */
export function localeStrings(root: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const locale of readdirSync(join(root, 'locales')).sort()) {
    for (const file of readdirSync(join(root, 'locales', locale)).sort()) {
      if (file.endsWith('.json')) walk(JSON.parse(readFileSync(join(root, 'locales', locale, file), 'utf8')) as unknown);
    }
  }
  return out;
}
