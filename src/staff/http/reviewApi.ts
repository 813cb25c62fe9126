/**
 * The supervisor review API: anonymised copies only (list, one transcript with its QA flags, add
 * a flag) and statistics computed from those copies. Nothing here reads the raw transcript,
 * notes or conversation codes, and every answer is shaped by the schemas in reviewSchemas.ts.
 */
import type { Server } from 'restify';
import type { z } from 'zod';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import { parseWith, readJsonBody } from '../../http/jsonBody';
import type { AnonymisedTranscript, QaFlag, RetentionStore } from '../../store/retentionPorts';
import type { AnonymisedCopies } from '../../transcripts/anonymisedCopy';
import { computeStatistics } from '../../transcripts/statistics';
import { minorShownOf } from '../../triage/minorShownOf';
import type { StaffAccounts } from '../accounts';
import type { StaffHttpKit } from './kit';
import { errorResponses, jsonRequestBody, jsonResponse } from './openapi';
import { parseQuery, queryParameters } from './queryParams';
import {
  MAX_STATS_DAYS,
  QA_FLAGS,
  flagBodySchema,
  listQuerySchema,
  qaFlagSchema,
  reviewHeaderSchema,
  reviewListSchema,
  reviewTranscriptSchema,
  statisticsSchema,
  statsQuerySchema,
} from './reviewSchemas';

export interface ReviewApiDeps {
  kit: StaffHttpKit;
  retention: RetentionStore;
  /** Reads a copy as the current anonymiser makes it (an older copy is made again first). */
  copies: Pick<AnonymisedCopies, 'current'>;
  accounts: StaffAccounts;
  clock: Clock;
}

const SUPERVISOR = ['supervisor'] as const;
const BASE = '/staff/api/review';
const idPattern = /^[A-Za-z0-9_\-|:.]{1,200}$/;
/** Without a period the statistics cover the last 30 days. */
const DEFAULT_DAYS = 30;
const FLAG_BODY_MAX_BYTES = 8192;

type Header = Omit<AnonymisedTranscript, 'lines'>;

function header(copy: Header): z.input<typeof reviewHeaderSchema> {
  return {
    conversationId: copy.conversationId,
    startedAt: copy.startedAt.toISOString(),
    endedAt: copy.endedAt.toISOString(),
    locale: copy.locale,
    // The minor as told, guessed or only hinted by a word, read from the summary's facts: a word alone is not shown as a yes.
    triage: copy.triage ? { ...copy.triage, minor: minorShownOf(copy.triage) } : copy.triage,
    handedOff: copy.handedOff,
    waitSeconds: copy.waitSeconds,
    abandoned: copy.abandoned,
    outcome: copy.outcome,
  } as z.input<typeof reviewHeaderSchema>;
}

export function registerReviewApi(server: Server, deps: ReviewApiDeps): void {
  const { kit, retention } = deps;
  const copyId = (req: { params?: Record<string, string> }): string => {
    const id = req.params?.id;
    if (typeof id !== 'string' || !idPattern.test(id)) throw new AppError('BadArgument', 'Invalid conversation id.');
    return id;
  };
  const names = async (flags: QaFlag[]) => {
    const byId = new Map<string, string>();
    for (const f of flags)
      if (!byId.has(f.reviewerId)) byId.set(f.reviewerId, (await deps.accounts.get(f.reviewerId))?.displayName ?? f.reviewerId);
    return flags.map((f) =>
      qaFlagSchema.parse({ at: f.at.toISOString(), reviewer: byId.get(f.reviewerId), flag: f.flag, comment: f.comment }),
    );
  };

  server.get(
    `${BASE}/transcripts`,
    kit.route('review.list', { roles: SUPERVISOR }, async (req, res, p) => {
      const query = parseQuery(req, listQuerySchema);
      const page = await retention.listAnonymised(query);
      // Headers only, but still an access to transcripts: on record with the filters used and the count.
      await kit.audit.record(p.userId, 'transcripts_listed', undefined, {
        filters: Object.keys(req.query ?? {})
          .sort()
          .join(',')
          .slice(0, 120),
        count: page.items.length,
      });
      res.json(reviewListSchema.parse({ total: page.total, limit: query.limit, offset: query.offset, items: page.items.map(header) }));
    }),
  );

  server.get(
    `${BASE}/transcripts/:id`,
    kit.route('review.transcript', { roles: SUPERVISOR }, async (req, res, p) => {
      const id = copyId(req);
      const copy = await deps.copies.current(id);
      if (!copy) throw new AppError('NotFound', 'No anonymised copy with that id.');
      await kit.audit.record(p.userId, 'transcript_read', id, { anonymised: true, lines: copy.lines.length });
      const lines = copy.lines.map((l) => ({ seq: l.seq, role: l.role, text: l.text, at: l.at.toISOString() }));
      res.json(reviewTranscriptSchema.parse({ transcript: { ...header(copy), lines }, flags: await names(await retention.flags(id)) }));
    }),
  );

  server.post(
    `${BASE}/transcripts/:id/flags`,
    kit.route('review.flag', { roles: SUPERVISOR }, async (req, res, p) => {
      const id = copyId(req);
      const body = parseWith(flagBodySchema, await readJsonBody(req, FLAG_BODY_MAX_BYTES));
      if (!(await retention.getAnonymised(id))) throw new AppError('NotFound', 'No anonymised copy with that id.');
      const flag: QaFlag = { conversationId: id, at: deps.clock.now(), reviewerId: p.userId, flag: body.flag, comment: body.comment };
      await retention.addFlag(flag);
      await kit.audit.record(p.userId, 'qa_flag_added', id, { flag: body.flag });
      res.status(201);
      res.json((await names([flag]))[0]);
    }),
  );

  server.get(
    `${BASE}/stats`,
    kit.route('review.stats', { roles: SUPERVISOR }, async (req, res, p) => {
      const query = parseQuery(req, statsQuerySchema);
      const to = query.to ?? deps.clock.now();
      const from = query.from ?? new Date(to.getTime() - DEFAULT_DAYS * 86_400_000);
      if (from.getTime() >= to.getTime()) throw new AppError('BadArgument', '`from` must be before `to`.');
      if (to.getTime() - from.getTime() > MAX_STATS_DAYS * 86_400_000) throw new AppError('BadArgument', `At most ${MAX_STATS_DAYS} days.`);
      const rows = await retention.statsRows(from, to);
      await kit.audit.record(p.userId, 'statistics_read', undefined, {
        from: from.toISOString(),
        to: to.toISOString(),
        conversations: rows.length,
      });
      res.json(statisticsSchema.parse(computeStatistics(rows, { from, to })));
    }),
  );

  describe(kit);
}

function describe(kit: StaffHttpKit): void {
  const errors = errorResponses('SessionRequired', 'RoleNotAllowed', 'BadArgument');
  const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
  const period = {
    from: { description: 'Start (inclusive): YYYY-MM-DD (Amsterdam day) or ISO 8601 instant.' },
    to: { description: 'End (exclusive); a plain day YYYY-MM-DD includes that whole day.' },
  };
  const tags = ['review'];
  kit.openapi.add(`${BASE}/transcripts`, 'get', {
    operationId: 'listAnonymisedTranscripts',
    summary: 'Anonymised transcripts, newest first (supervisor)',
    tags,
    auth: 'session',
    parameters: queryParameters({
      ...period,
      form: { description: 'Form of exploitation from the triage.' },
      acute: { description: 'true or false: acute danger flagged.', schema: { type: 'string', enum: ['true', 'false'] } },
      outcome: { description: 'Wrap-up outcome of the counsellor.' },
      handedOff: { description: 'true or false: a counsellor took the chat.', schema: { type: 'string', enum: ['true', 'false'] } },
      limit: { description: '1-100, default 20.', schema: { type: 'integer' } },
      offset: { description: 'Default 0.', schema: { type: 'integer' } },
    }),
    responses: { '200': jsonResponse('One page of anonymised transcript headers.', reviewListSchema), ...errors },
  });
  kit.openapi.add(`${BASE}/transcripts/{id}`, 'get', {
    operationId: 'getAnonymisedTranscript',
    summary: 'One anonymised transcript with its QA flags (supervisor; audited)',
    tags,
    auth: 'session',
    parameters: id,
    responses: {
      '200': jsonResponse('The anonymised copy.', reviewTranscriptSchema),
      ...errorResponses('SessionRequired', 'RoleNotAllowed', 'BadArgument', 'NotFound'),
    },
  });
  kit.openapi.add(`${BASE}/transcripts/{id}/flags`, 'post', {
    operationId: 'addQaFlag',
    summary: 'Add a QA flag with a comment (supervisor; audited)',
    description: `Flags: ${QA_FLAGS.join(', ')}.`,
    tags,
    auth: 'session+csrf',
    parameters: id,
    requestBody: jsonRequestBody(flagBodySchema),
    responses: {
      '201': jsonResponse('The flag as saved.', qaFlagSchema),
      ...errorResponses(
        'SessionRequired',
        'RoleNotAllowed',
        'CsrfTokenInvalid',
        'BadArgument',
        'MissingProperty',
        'NotFound',
        'MessageSizeTooBig',
        'UnsupportedMediaType',
      ),
    },
  });
  kit.openapi.add(`${BASE}/stats`, 'get', {
    operationId: 'getReviewStatistics',
    summary: 'Statistics computed from the anonymised copies (supervisor)',
    description: `Default period: the last 30 days. At most ${MAX_STATS_DAYS} days. Weeks and hours on the Europe/Amsterdam clock.`,
    tags,
    auth: 'session',
    parameters: queryParameters(period),
    responses: { '200': jsonResponse('The figures for the period.', statisticsSchema), ...errors },
  });
}
