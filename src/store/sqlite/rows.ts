import { z } from 'zod';
import { rowMappers } from '../rowMappers';

/** How better-sqlite3 hands back our column types: epoch ms, 0/1, JSON text, integer ids. */
export const mapRow = rowMappers({
  time: z.number().transform((ms) => new Date(ms)),
  flag: z.union([z.literal(0), z.literal(1)]).transform((n) => n === 1),
  json: z.string().transform((text): unknown => JSON.parse(text)),
  id: z
    .number()
    .int()
    .transform((n) => String(n)),
});
