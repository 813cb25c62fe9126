/**
 * `minorShown` for a summary as the store keeps it (JSON of any age and shape): the parts that bear
 * on a minor are read with zod, anything odd counts as unknown. Kept apart from minorShown.ts so the
 * staff pages' bundles, which only need the words, do not carry zod's full build.
 */
import { z } from 'zod';
import { minorShown, type MinorShown } from './minorShown';

const answer = z.boolean().nullable().optional().catch(null);

const minorEvidenceSchema = z.object({
  facts: z
    .object({ minor: answer, minorGuessed: answer, age: z.number().nullable().optional().catch(null) })
    .nullable()
    .optional()
    .catch(null),
  minorInvolved: answer,
  signals: z.array(z.string()).optional().catch(undefined),
});

export function minorShownOf(stored: unknown): MinorShown {
  const parsed = minorEvidenceSchema.safeParse(stored);
  return parsed.success ? minorShown(parsed.data) : 'unknown';
}
