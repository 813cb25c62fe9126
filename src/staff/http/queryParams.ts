/**
 * Query-string pieces the review and admin APIs share. Dates may be a calendar day (YYYY-MM-DD,
 * a day on the Amsterdam clock, as the pages' date fields send it) or an ISO 8601 instant.
 * A day given as `to` includes that whole day.
 */
import type { Request } from 'restify';
import { z } from 'zod';
import { parseWith } from '../../http/jsonBody';
import { startOfLocalDay } from '../../transcripts/localTime';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayStart(value: string, plusDays: number): Date {
  const [, y, m, d] = DAY.exec(value)!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + plusDays));
  return startOfLocalDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const dateText = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Inclusive lower bound. */
export const fromParam = dateText.transform((v) => (DAY.test(v) ? dayStart(v, 0) : new Date(v)));
/** Exclusive upper bound; a plain day means "up to and including that day". */
export const toParam = dateText.transform((v) => (DAY.test(v) ? dayStart(v, 1) : new Date(v)));

export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export function pageParams(maxLimit: number, defaultLimit: number) {
  return {
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  };
}

/** The query string through `schema`; repeated keys and unknown keys are refused (400). */
export function parseQuery<T>(req: Request, schema: z.ZodType<T>): T {
  const query = (req.query ?? {}) as Record<string, unknown>;
  return parseWith(schema, query);
}

/** OpenAPI parameter objects for query keys, all optional strings unless a schema is given. */
export function queryParameters(
  names: Record<string, { description: string; schema?: Record<string, unknown> }>,
): Record<string, unknown>[] {
  return Object.entries(names).map(([name, p]) => ({
    name,
    in: 'query',
    required: false,
    description: p.description,
    schema: p.schema ?? { type: 'string' },
  }));
}
