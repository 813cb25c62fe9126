/**
 * The LUIS v3 prediction response (POST /luis/prediction/v3.0/apps/{appId}/slots/{slot}/predict),
 * as documented: { query, prediction: { topIntent, intents: { name: { score } }, entities } }.
 * Entities are keyed by entity name; list entities resolve to arrays of canonical values
 * ([["labour_exploitation"]]), machine-learned ones to arrays of strings. "$instance" holds metadata.
 */
import { z } from 'zod';

export const luisPredictionSchema = z.object({
  query: z.string(),
  prediction: z.object({
    topIntent: z.string().min(1),
    intents: z.record(z.string(), z.object({ score: z.number().min(0).max(1).optional() })),
    entities: z.record(z.string(), z.unknown()).default({}),
  }),
});

export type LuisPrediction = z.infer<typeof luisPredictionSchema>;

/** Every string value of the named entities, flattening list-entity arrays; "$instance" is skipped. */
export function entityValues(entities: Record<string, unknown>, names: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  for (const name of names) walk(entities[name]);
  return out;
}
