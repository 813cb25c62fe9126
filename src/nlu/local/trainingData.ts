/**
 * Intent training examples live in locales/<lang>/nlu.json ({"intents": {"greeting": [...], ...}}),
 * so adding examples or a locale needs no code change. Parsed with zod at start-up: a broken file
 * stops the recognizer from starting instead of training a silently worse model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { INTENTS, type Intent, type NluLocale } from '../recognizer';

const examples = z.array(z.string().trim().min(1).max(500)).min(3);

export const trainingDataSchema = z.object({
  intents: z.object(Object.fromEntries(INTENTS.map((intent) => [intent, examples])) as Record<Intent, typeof examples>),
});

export type TrainingData = z.infer<typeof trainingDataSchema>;

export class TrainingDataError extends Error {
  constructor(file: string, detail: string) {
    super(`Invalid recognizer training data in ${file}: ${detail}`);
    this.name = 'TrainingDataError';
  }
}

export function parseTrainingData(raw: unknown, file = '(inline)'): TrainingData {
  const parsed = trainingDataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TrainingDataError(file, `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'bad shape'}`.trim());
  }
  return parsed.data;
}

/** Reads `<localesDir>/<locale>/nlu.json`. */
export function loadTrainingData(localesDir: string, locale: NluLocale): TrainingData {
  const file = path.join(localesDir, locale, 'nlu.json');
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TrainingDataError(file, err instanceof Error ? err.message : 'unreadable');
  }
  return parseTrainingData(raw, file);
}
