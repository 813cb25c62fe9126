/**
 * The admin API: search the audit log, put conversations on legal hold and lift it, erase a
 * conversation on the citizen's request, and run the retention purge (or a dry run). Every
 * action is audited with its reason; the audit search itself is on record too.
 */
import type { Server } from 'restify';
import { z } from 'zod';
import { AppError } from '../../errors';
import { parseWith, readJsonBody } from '../../http/jsonBody';
import type { ConversationAdmin } from '../../retention/conversationAdmin';
import type { RetentionService } from '../../retention/retentionService';
import type { AuditEntry } from '../../store/ports';
import type { RetentionStore } from '../../store/retentionPorts';
import type { StaffAccounts } from '../accounts';
import { AUDIT_ACTIONS } from '../audit';
import type { StaffHttpKit } from './kit';
import { errorResponses, jsonRequestBody, jsonResponse } from './openapi';
import { fromParam, pageParams, parseQuery, queryParameters, toParam } from './queryParams';

export interface AdminApiDeps {
  kit: StaffHttpKit;
  retention: RetentionStore;
  retentionService: RetentionService;
  conversationAdmin: ConversationAdmin;
  accounts: StaffAccounts;
}

const ADMIN = ['admin'] as const;
const BASE = '/staff/api/admin';
const BODY_MAX_BYTES = 4096;

/** Conversation codes are read aloud and typed in; accept them in any case (ids pass unchanged). */
const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_\-|:.]+$/)
  .transform((v) => (/^[a-z0-9]{3}-[a-z0-9]{3}$/i.test(v) ? v.toUpperCase() : v));
const reasonSchema = z.string().trim().min(3).max(500);

export const auditQuerySchema = z
  .object({
    actor: z.string().trim().min(1).max(200).optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    conversationId: z
      .string()
      .regex(/^[A-Za-z0-9_\-|:.]{1,200}$/)
      .optional(),
    from: fromParam.optional(),
    to: toParam.optional(),
    ...pageParams(200, 50),
  })
  .strict();
export const holdBodySchema = z.object({ code: codeSchema, reason: reasonSchema }).strict();
export const releaseBodySchema = z.object({ reason: reasonSchema }).strict();
export const erasureBodySchema = z.object({ code: codeSchema, reason: reasonSchema }).strict();
export const retentionRunBodySchema = z.object({ dryRun: z.boolean() }).strict();

const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  conversationId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
const auditPageSchema = z.object({ limit: z.number(), offset: z.number(), entries: z.array(auditEntrySchema) });
/** Staff accounts for the audit's person filter: names and roles, never password data. */
export const staffListSchema = z.object({
  staff: z.array(
    z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string(), disabled: z.boolean() }).strict(),
  ),
});
const holdSchema = z.object({ conversationId: z.string(), code: z.string(), reason: z.string(), at: z.string() });
const holdsSchema = z.object({ holds: z.array(holdSchema) });
const releasedSchema = z.object({ conversationId: z.string(), code: z.string(), onHold: z.literal(false) });
const erasedSchema = z.object({ conversationId: z.string(), erased: z.literal(true) });
const summarySchema = z.object({
  dryRun: z.boolean(),
  now: z.string(),
  endedIdle: z.number(),
  anonymisedCopiesMade: z.number(),
  deleted: z.object({ rawBotOnly: z.number(), rawWithCounsellor: z.number(), anonymised: z.number(), audit: z.number() }),
});

export function registerAdminApi(server: Server, deps: AdminApiDeps): void {
  const { kit, retention, conversationAdmin: admin } = deps;
  const body = async <T>(req: Parameters<Parameters<StaffHttpKit['route']>[2]>[0], schema: z.ZodType<T>) =>
    parseWith(schema, await readJsonBody(req, BODY_MAX_BYTES));

  server.get(
    `${BASE}/audit`,
    kit.route('admin.audit', { roles: ADMIN }, async (req, res, p) => {
      const query = parseQuery(req, auditQuerySchema);
      const users = await deps.accounts.list();
      // Admins know colleagues by username; the log keeps user ids.
      const actor =
        query.actor === undefined
          ? undefined
          : (users.find((u) => u.username.toLowerCase() === query.actor!.toLowerCase())?.id ?? query.actor);
      const entries = await kit.audit.search({ ...query, actor });
      const names = new Map(users.map((u) => [u.id, u.username]));
      const filters = (['actor', 'action', 'conversationId', 'from', 'to'] as const).filter((k) => query[k] !== undefined);
      await kit.audit.record(p.userId, 'audit_searched', query.conversationId ?? null, { filters: [...filters], results: entries.length });
      res.json(
        auditPageSchema.parse({
          limit: query.limit,
          offset: query.offset,
          entries: entries.map((e: AuditEntry) => ({ ...e, at: e.at.toISOString(), actorName: names.get(e.actor) ?? null })),
        }),
      );
    }),
  );

  server.get(
    `${BASE}/staff`,
    kit.route('admin.staff', { roles: ADMIN }, async (_req, res) => {
      const users = await deps.accounts.list();
      res.json(
        staffListSchema.parse({
          staff: users.map((u) => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, disabled: u.disabled })),
        }),
      );
    }),
  );

  server.get(
    `${BASE}/holds`,
    kit.route('admin.holds', { roles: ADMIN }, async (_req, res) => {
      const holds = await retention.listLegalHolds();
      res.json(holdsSchema.parse({ holds: holds.map((h) => ({ ...h, at: h.at.toISOString() })) }));
    }),
  );

  server.post(
    `${BASE}/holds`,
    kit.route('admin.hold', { roles: ADMIN }, async (req, res, p) => {
      const { code, reason } = await body(req, holdBodySchema);
      const record = await admin.hold(code, reason, p.userId);
      const hold = await retention.legalHold(record.id);
      if (!hold) throw new AppError('Internal', 'The hold was not stored.');
      res.status(201);
      res.json(holdSchema.parse({ conversationId: record.id, code: record.code, reason: hold.reason, at: hold.at.toISOString() }));
    }),
  );

  server.del(
    `${BASE}/holds/:code`,
    kit.route('admin.release', { roles: ADMIN }, async (req, res, p) => {
      const code = parseWith(codeSchema, req.params?.code);
      const { reason } = await body(req, releaseBodySchema);
      const record = await admin.find(code);
      if (!(await retention.legalHold(record.id))) throw new AppError('Conflict', 'The conversation is not on legal hold.');
      await admin.release(record.id, reason, p.userId);
      res.json(releasedSchema.parse({ conversationId: record.id, code: record.code, onHold: false }));
    }),
  );

  server.post(
    `${BASE}/erasure`,
    kit.route('admin.erasure', { roles: ADMIN }, async (req, res, p) => {
      const { code, reason } = await body(req, erasureBodySchema);
      const { conversationId } = await admin.erase(code, reason, p.userId);
      res.json(erasedSchema.parse({ conversationId, erased: true }));
    }),
  );

  server.post(
    `${BASE}/retention/run`,
    kit.route('admin.retention', { roles: ADMIN }, async (req, res, p) => {
      const { dryRun } = await body(req, retentionRunBodySchema);
      res.json(summarySchema.parse(await deps.retentionService.run({ dryRun, actor: p.userId })));
    }),
  );

  describe(kit);
}

function describe(kit: StaffHttpKit): void {
  const tags = ['admin'];
  const write = errorResponses(
    'SessionRequired',
    'RoleNotAllowed',
    'CsrfTokenInvalid',
    'BadArgument',
    'MissingProperty',
    'MessageSizeTooBig',
    'UnsupportedMediaType',
    'NotFound',
    'Conflict',
  );
  kit.openapi.add(`${BASE}/audit`, 'get', {
    operationId: 'searchAudit',
    summary: 'Search the audit log, newest first (admin; the search is audited)',
    tags,
    auth: 'session',
    parameters: queryParameters({
      actor: { description: 'Username or user id, or system / cli.' },
      action: {
        description: 'An audit action, e.g. transcript_read, export, erasure.',
        schema: { type: 'string', enum: [...AUDIT_ACTIONS] },
      },
      conversationId: { description: 'Conversation id.' },
      from: { description: 'Start (inclusive): YYYY-MM-DD or ISO 8601 instant.' },
      to: { description: 'End (exclusive); a plain day includes that day.' },
      limit: { description: '1-200, default 50.', schema: { type: 'integer' } },
      offset: { description: 'Default 0.', schema: { type: 'integer' } },
    }),
    responses: {
      '200': jsonResponse('Matching entries.', auditPageSchema),
      ...errorResponses('SessionRequired', 'RoleNotAllowed', 'BadArgument'),
    },
  });
  kit.openapi.add(`${BASE}/staff`, 'get', {
    operationId: 'listStaff',
    summary: 'Staff accounts with name and role, for the audit filter (admin)',
    tags,
    auth: 'session',
    responses: { '200': jsonResponse('Every account.', staffListSchema), ...errorResponses('SessionRequired', 'RoleNotAllowed') },
  });
  kit.openapi.add(`${BASE}/holds`, 'get', {
    operationId: 'listLegalHolds',
    summary: 'Conversations on legal hold (admin)',
    tags,
    auth: 'session',
    responses: { '200': jsonResponse('Every hold.', holdsSchema), ...errorResponses('SessionRequired', 'RoleNotAllowed') },
  });
  kit.openapi.add(`${BASE}/holds`, 'post', {
    operationId: 'addLegalHold',
    summary: 'Put a conversation on legal hold by code (admin; audited with the reason)',
    tags,
    auth: 'session+csrf',
    requestBody: jsonRequestBody(holdBodySchema),
    responses: { '201': jsonResponse('The hold.', holdSchema), ...write },
  });
  kit.openapi.add(`${BASE}/holds/{code}`, 'delete', {
    operationId: 'liftLegalHold',
    summary: 'Lift a legal hold (admin; audited with the reason in the JSON body)',
    tags,
    auth: 'session+csrf',
    parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
    requestBody: jsonRequestBody(releaseBodySchema),
    responses: { '200': jsonResponse('Lifted.', releasedSchema), ...write },
  });
  kit.openapi.add(`${BASE}/erasure`, 'post', {
    operationId: 'eraseConversation',
    summary: 'Erase a conversation by code: raw, anonymised and bot state (admin; 409 while on hold)',
    tags,
    auth: 'session+csrf',
    requestBody: jsonRequestBody(erasureBodySchema),
    responses: { '200': jsonResponse('Erased.', erasedSchema), ...write },
  });
  kit.openapi.add(`${BASE}/retention/run`, 'post', {
    operationId: 'runRetention',
    summary: 'Run the retention purge now, or a dry run that only counts (admin; audited)',
    tags,
    auth: 'session+csrf',
    requestBody: jsonRequestBody(retentionRunBodySchema),
    responses: { '200': jsonResponse('What was (or would be) deleted per class.', summarySchema), ...write },
  });
}
