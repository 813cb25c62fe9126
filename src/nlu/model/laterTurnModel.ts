/**
 * The danger model for the turns after the first one (round 45, later45): models/nlu-later.json.
 *
 * The danger model of models/nlu.json learned from first messages, where a debt, papers kept or a
 * threat of last week mostly come inside a story of danger now; read alone, the same detail added
 * to a story already told scored acute (ADR 0006, round 44). Taught those turns, the one model read
 * first messages lower too (its thresholds fell, acute first messages were lost). So the turns are
 * learned by a second danger model of their own, over the same danger vocabulary, with thresholds of
 * its own; the first model, and with it every first message's reading, stays as it is.
 *
 * The file holds only what differs from the main bundle: the danger weights and the four danger
 * thresholds. The suicide model, the other models and the vocabularies are the main bundle's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../paths';
import { ModelBundleError, type ModelBundle } from './bundle';
import { compileModel, softmaxModelSchema } from './logistic';

export const laterTurnModelSchema = z.object({
  format: z.literal(1),
  /** sha256 over the main bundle's sources and the dialog turns it learned (laterTurnTraining.ts). */
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The main bundle it was trained beside: its danger vocabulary is this model's too. */
  mainSourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  trainedOn: z.object({ messages: z.number().int(), turns: z.number().int() }),
  thresholds: z.object({
    acute: z.number().min(0).max(1),
    unsure: z.number().min(0).max(1),
    unsurePlain: z.number().min(0).max(1),
    sure: z.number().min(0).max(1),
  }),
  danger: softmaxModelSchema,
});
export type StoredLaterTurnModel = z.infer<typeof laterTurnModelSchema>;

export const defaultLaterTurnFile = (): string => path.join(projectRoot(), 'models', 'nlu-later.json');

/**
 * The main bundle with the later-turn danger model and its thresholds in place of its own. Refuses a
 * model trained beside another main bundle: its weights are rows of that bundle's danger vocabulary.
 */
export function laterTurnBundle(main: ModelBundle, stored: StoredLaterTurnModel, file = '(inline)'): ModelBundle {
  if (stored.mainSourceHash !== main.sourceHash)
    throw new ModelBundleError(file, 'trained beside another models/nlu.json (run bench/train-later-turns.ts)');
  return {
    ...main,
    thresholds: { ...main.thresholds, ...stored.thresholds },
    models: { ...main.models, danger: compileModel(stored.danger, main.vocabulary.danger.size, true) },
  };
}

export function parseLaterTurnModel(raw: unknown, file = '(inline)'): StoredLaterTurnModel {
  const parsed = laterTurnModelSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelBundleError(file, `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'bad shape'}`.trim());
  }
  return parsed.data;
}

/** The stored later-turn model at `file`, read and checked; a ModelBundleError names the file when it cannot be. */
export function readLaterTurnModel(file: string = defaultLaterTurnFile()): StoredLaterTurnModel {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ModelBundleError(file, err instanceof Error ? err.message : 'unreadable');
  }
  return parseLaterTurnModel(raw, file);
}
