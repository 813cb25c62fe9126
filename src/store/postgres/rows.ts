import { z } from 'zod';
import { rowMappers } from '../rowMappers';

/** How pg hands back our column types: Date, boolean, parsed json, bigint ids as text. */
export const mapRow = rowMappers({
  time: z.date(),
  flag: z.boolean(),
  json: z.unknown(),
  id: z.string(),
});
