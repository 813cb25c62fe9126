/**
 * What the supervisor review API accepts and returns. Every response goes through these schemas
 * on its way out: zod drops any property not named here, so a field added to the store later
 * (a code, a raw line) cannot reach a supervisor by accident.
 */
import { z } from 'zod';
import { OUTCOMES } from '../../handoff/service';
import { FORMS } from '../../nlu/recognizer';
import { MINOR_SHOWN } from '../../triage/minorShown';
import { QA_FLAGS } from '../../transcripts/qaFlags';
import { booleanParam, fromParam, pageParams, toParam } from './queryParams';

export { QA_FLAGS };

export const listQuerySchema = z
  .object({
    from: fromParam.optional(),
    to: toParam.optional(),
    form: z.enum(FORMS).optional(),
    acute: booleanParam.optional(),
    outcome: z.enum(OUTCOMES).optional(),
    handedOff: booleanParam.optional(),
    ...pageParams(100, 20),
  })
  .strict();

export const MAX_STATS_DAYS = 400;

/** The period's order and length are checked after the defaults are filled in. */
export const statsQuerySchema = z.object({ from: fromParam.optional(), to: toParam.optional() }).strict();

export const flagBodySchema = z
  .object({
    flag: z.enum(QA_FLAGS),
    comment: z.string().trim().max(2000).default(''),
  })
  .strict();

/** Categories only; any field the triage summary might gain later stays out. */
export const reviewTriageSchema = z.object({
  role: z.string().nullable().catch(null),
  form: z.string().catch('unknown'),
  signals: z.array(z.string()).catch([]),
  minorInvolved: z.boolean().nullable().catch(null),
  /** What the conversation told of a minor (told, guessed, only hinted by a word, no, unknown): see triage/minorShown.ts. */
  minor: z.enum(MINOR_SHOWN).catch('unknown'),
  region: z.string().max(40).nullable().catch(null),
  acute: z.boolean().catch(false),
  suicidal: z.boolean().catch(false),
  nextStep: z.string().nullable().catch(null),
});

const iso = z.string();

export const reviewHeaderSchema = z.object({
  conversationId: z.string(),
  startedAt: iso,
  endedAt: iso,
  locale: z.string(),
  triage: reviewTriageSchema.nullable(),
  handedOff: z.boolean(),
  waitSeconds: z.number().nullable(),
  abandoned: z.boolean(),
  outcome: z.string().nullable(),
});

export const reviewListSchema = z.object({ total: z.number(), limit: z.number(), offset: z.number(), items: z.array(reviewHeaderSchema) });

export const qaFlagSchema = z.object({ at: iso, reviewer: z.string(), flag: z.string(), comment: z.string() });

export const reviewTranscriptSchema = z.object({
  transcript: reviewHeaderSchema.extend({
    lines: z.array(z.object({ seq: z.number(), role: z.enum(['citizen', 'bot', 'counsellor', 'system']), text: z.string(), at: iso })),
  }),
  flags: z.array(qaFlagSchema),
});

const count = z.object({ key: z.string(), count: z.number(), share: z.number() });
export const statisticsSchema = z.object({
  period: z.object({ from: iso, to: iso, timeZone: z.string() }),
  total: z.number(),
  perWeek: z.array(z.object({ week: z.string(), count: z.number() })),
  forms: z.array(count),
  acute: z.object({ count: z.number(), share: z.number() }),
  handoff: z.object({ requested: z.number(), handedOff: z.number(), rate: z.number() }),
  waiting: z.object({ measured: z.number(), medianSeconds: z.number().nullable(), p90Seconds: z.number().nullable() }),
  abandoned: z.object({ count: z.number(), shareOfRequests: z.number() }),
  outcomes: z.array(count),
  hours: z.array(z.object({ hour: z.number(), count: z.number() })),
  busiestHour: z.number().nullable(),
});
