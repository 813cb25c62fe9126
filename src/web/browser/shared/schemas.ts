/**
 * What the staff pages expect from the staff API. The server's own schemas stay the source of
 * truth; these are the browser's side of the contract, tolerant where the server may add or
 * leave out a field (a triage summary from an older or newer version), strict where the page
 * depends on a value. zod/mini keeps the page scripts small (about 25 KB instead of 450 KB).
 */
import * as z from 'zod/mini';
import { MINOR_SHOWN } from '../../../triage/minorShown';

// The pages' CSP forbids eval; without this zod would try to compile a function once to find out.
z.config({ jitless: true });

const iso = z.string();
const optionalText = z.catch(z.optional(z.nullable(z.string())), null);
const optionalAnswer = z.catch(z.optional(z.nullable(z.boolean())), null);
const optionalAge = z.catch(z.optional(z.nullable(z.union([z.number(), z.string()]))), null);

export const sessionSchema = z.object({
  user: z.object({ username: z.string(), displayName: z.string() }),
  role: z.string(),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** What was told about the situation; each fact may be missing (the bot may not know it yet). */
export const conversationFactsSchema = z.object({
  aboutWhom: optionalText,
  relation: optionalText,
  minor: optionalAnswer,
  /** Under 18 only guessed by the writer ("looks maybe 16"), not told. */
  minorGuessed: optionalAnswer,
  age: optionalAge,
  municipality: optionalText,
  region: optionalText,
});
export type ConversationFacts = z.infer<typeof conversationFactsSchema>;

/** The bot's summary: categories only. Unknown or malformed fields fall back instead of failing the page. */
export const triageSchema = z.catch(
  z.nullable(
    z.object({
      role: optionalText,
      form: z.catch(z._default(z.string(), 'unknown'), 'unknown'),
      signals: z.catch(z._default(z.array(z.string()), []), []),
      minorInvolved: optionalAnswer,
      region: optionalText,
      acute: z.catch(z.optional(z.boolean()), false),
      suicidal: z.catch(z.optional(z.boolean()), false),
      nextStep: optionalText,
      /** Facts may come as their own object or beside the categories. */
      facts: z.catch(z.optional(z.nullable(conversationFactsSchema)), null),
      aboutWhom: optionalText,
      relation: optionalText,
      minor: optionalAnswer,
      age: optionalAge,
      municipality: optionalText,
    }),
  ),
  null,
);
export type Triage = NonNullable<z.infer<typeof triageSchema>>;

export const queueItemSchema = z.object({
  conversationId: z.string(),
  code: z.nullable(z.string()),
  locale: z.string(),
  acute: z.boolean(),
  queuedAt: iso,
  waitingSeconds: z.number(),
  position: z.number(),
  estimatedWaitMinutes: z.catch(z.optional(z.nullable(z.number())), null),
  triage: triageSchema,
});
export type QueueItem = z.infer<typeof queueItemSchema>;

export const queueSchema = z.object({ available: z.boolean(), items: z.array(queueItemSchema), myChats: z.array(z.string()) });
export type Queue = z.infer<typeof queueSchema>;

export const lineRoleSchema = z.catch(z.enum(['citizen', 'bot', 'counsellor', 'system']), 'system');
export type LineRole = z.infer<typeof lineRoleSchema>;

const noteSchema = z.object({ at: iso, text: z.string() });

export const conversationSchema = z.object({
  conversation: z.object({
    id: z.string(),
    code: z.nullable(z.string()),
    locale: z.string(),
    acute: z.boolean(),
    status: z.string(),
    triage: triageSchema,
  }),
  transcript: z.array(z.object({ role: lineRoleSchema, text: z.string(), at: iso, counsellor: z.nullable(z.string()) })),
  notes: z.array(noteSchema),
});
export type ConversationView = z.infer<typeof conversationSchema>;
/** The answer to a saved note: the note as the server stored it. */
export const savedNoteSchema = z.object({ note: noteSchema });

export const cannedSchema = z.object({ nl: z.array(z.string()), en: z.array(z.string()) });
export const transferResultSchema = z.object({ conversationId: z.string(), counsellor: z.string() });
export const colleaguesSchema = z.object({
  counsellors: z.array(z.object({ username: z.string(), displayName: z.string(), chats: z.number() })),
});
export type Colleague = z.infer<typeof colleaguesSchema>['counsellors'][number];

/** For writes whose answer the page does not read. */
export const anyBody = z.unknown();

/** One event on the console's live feed (/staff/ws); unknown kinds are ignored. */
export const feedEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue_changed') }),
  z.object({ kind: z.literal('alert'), conversationId: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('message'), conversationId: z.string(), role: lineRoleSchema, text: z.string(), at: iso }),
  z.object({ kind: z.literal('typing'), conversationId: z.string(), role: z.string() }),
  z.object({ kind: z.literal('accepted'), conversationId: z.string() }),
  z.object({ kind: z.literal('transferred'), conversationId: z.string() }),
  // wrapUp: the server says whether notes and the outcome may still be written (the citizen left).
  z.object({ kind: z.literal('ended'), conversationId: z.string(), reason: z.string(), wrapUp: z.catch(z.boolean(), false) }),
]);
export type FeedEvent = z.infer<typeof feedEventSchema>;

/* ---- review and admin ---- */

export const reviewTriageSchema = z.nullable(
  z.object({
    role: optionalText,
    form: z.catch(z.string(), 'unknown'),
    signals: z.catch(z.array(z.string()), []),
    minorInvolved: optionalAnswer,
    /** The minor as the conversation told it; a word alone ("kids") is a hint, not a yes. */
    minor: z.catch(z.enum(MINOR_SHOWN), 'unknown'),
    region: optionalText,
    acute: z.catch(z.boolean(), false),
    suicidal: z.catch(z.boolean(), false),
    nextStep: optionalText,
  }),
);
export type ReviewTriage = NonNullable<z.infer<typeof reviewTriageSchema>>;

const reviewHeader = z.object({
  conversationId: z.string(),
  startedAt: iso,
  endedAt: iso,
  locale: z.string(),
  triage: reviewTriageSchema,
  handedOff: z.boolean(),
  waitSeconds: z.nullable(z.number()),
  abandoned: z.boolean(),
  outcome: z.nullable(z.string()),
});
export type ReviewHeader = z.infer<typeof reviewHeader>;

export const reviewListSchema = z.object({ total: z.number(), offset: z.number(), items: z.array(reviewHeader) });
export type ReviewList = z.infer<typeof reviewListSchema>;

export const qaFlagSchema = z.object({ at: iso, reviewer: z.string(), flag: z.string(), comment: z.string() });
export type QaFlag = z.infer<typeof qaFlagSchema>;

export const reviewTranscriptSchema = z.object({
  transcript: z.extend(reviewHeader, { lines: z.array(z.object({ role: lineRoleSchema, text: z.string(), at: iso })) }),
  flags: z.array(qaFlagSchema),
});
export type ReviewTranscript = z.infer<typeof reviewTranscriptSchema>['transcript'];

const count = z.object({ key: z.string(), count: z.number(), share: z.number() });
export const statisticsSchema = z.object({
  period: z.object({ from: iso, to: iso }),
  total: z.number(),
  perWeek: z.array(z.object({ week: z.string(), count: z.number() })),
  forms: z.array(count),
  acute: z.object({ count: z.number(), share: z.number() }),
  handoff: z.object({ handedOff: z.number(), rate: z.number() }),
  waiting: z.object({ measured: z.number(), medianSeconds: z.nullable(z.number()), p90Seconds: z.nullable(z.number()) }),
  abandoned: z.object({ count: z.number(), shareOfRequests: z.number() }),
  outcomes: z.array(count),
  hours: z.array(z.object({ hour: z.number(), count: z.number() })),
  busiestHour: z.nullable(z.number()),
});
export type Statistics = z.infer<typeof statisticsSchema>;

export const auditEntrySchema = z.object({
  at: iso,
  actor: z.string(),
  actorName: z.nullable(z.string()),
  action: z.string(),
  conversationId: z.nullable(z.string()),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema) });

export const holdsSchema = z.object({ holds: z.array(z.object({ code: z.string(), reason: z.string(), at: iso })) });
export const holdAddedSchema = z.object({ code: z.string() });
export const retentionSummarySchema = z.object({
  dryRun: z.boolean(),
  now: iso,
  endedIdle: z.number(),
  anonymisedCopiesMade: z.number(),
  deleted: z.object({ rawBotOnly: z.number(), rawWithCounsellor: z.number(), anonymised: z.number(), audit: z.number() }),
});
export type RetentionSummary = z.infer<typeof retentionSummarySchema>;
