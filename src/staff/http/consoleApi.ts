/**
 * The counsellor console's API: availability, the queue, taking a chat, chatting, notes,
 * transfer, hand back and close. A counsellor only ever reads a chat they hold.
 */
import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import { z } from 'zod';
import type { ChannelBridge } from '../../channels/channelBridge';
import type { Clock } from '../../clock';
import type { ConversationRegistry } from '../../conversations/registry';
import { AppError } from '../../errors';
import type { HandoffEvents } from '../../handoff/events';
import { OUTCOMES } from '../../handoff/service';
import type { HandoffService } from '../../handoff/service';
import { parseWith, readJsonBody } from '../../http/jsonBody';
import type { Catalog } from '../../i18n/catalog';
import type { HandoffRecord, HandoffStore } from '../../store/handoffPorts';
import type { ClusterLocks } from '../../store/clusterPorts';
import type { IdempotencyStore } from '../../store/guardPorts';
import type { Locale, TranscriptStore } from '../../store/ports';
import type { StaffAccounts } from '../accounts';
import type { StaffPrincipal } from '../sessions';
import { IdempotencyKeys } from '../../http/idempotency';
import { RateLimiter } from '../../http/rateLimiter';
import type { StaffHttpKit } from './kit';
import { emptyResponse, errorResponses, jsonRequestBody, jsonResponse } from './openapi';

export interface ConsoleApiDeps {
  kit: StaffHttpKit;
  handoff: HandoffService;
  handoffs: HandoffStore;
  events: HandoffEvents;
  bridge: ChannelBridge;
  registry: ConversationRegistry;
  transcripts: TranscriptStore;
  /** Done Idempotency-Keys of counsellor messages and the per-key lock, both shared by every instance. */
  idempotency: IdempotencyStore;
  locks: Pick<ClusterLocks, 'serialize'>;
  accounts: StaffAccounts;
  catalog: Catalog;
  clock: Clock;
  maxBodyBytes: number;
  /** Called after the outcome of a chat the citizen had already left was recorded. */
  onLateOutcome?: (conversationId: string) => Promise<void>;
  /**
   * The name the citizen sees on counsellor messages. Pass the notifier's function so
   * COUNSELLOR_NAME_MODE applies here too; without it the display name is used.
   */
  counsellorName?: (counsellorId: string, locale: Locale) => Promise<string>;
}

const availabilitySchema = z.object({ available: z.boolean() }).strict();
const textSchema = z.object({ text: z.string().trim().min(1).max(4000) }).strict();
const transferSchema = z.object({ username: z.string().min(1).max(64) }).strict();
const closeSchema = z.object({ outcome: z.enum(OUTCOMES), note: z.string().max(4000).optional() }).strict();
/** Who a chat can be handed to: names and load only, never ids or contact details. */
export const colleaguesResponseSchema = z.object({
  counsellors: z.array(z.object({ username: z.string(), displayName: z.string(), chats: z.number().int().min(0) }).strict()),
});
const idSchema = z.string().regex(/^[A-Za-z0-9_\-|:.]{1,200}$/);

const COUNSELLOR = ['counsellor'] as const;

export function registerConsoleApi(server: Server, deps: ConsoleApiDeps): void {
  const { kit, handoff } = deps;
  // A stuck key or a runaway script must not flood a citizen: a generous limit per counsellor.
  const writes = new RateLimiter(deps.clock, 120);
  const sentMessages = new IdempotencyKeys({ store: deps.idempotency, locks: deps.locks, clock: deps.clock });
  const body = async <T>(req: Parameters<Parameters<StaffHttpKit['route']>[2]>[0], schema: z.ZodType<T>) =>
    parseWith(schema, await readJsonBody(req, deps.maxBodyBytes));
  const conversationId = (req: { params?: Record<string, string> }) => parseWith(idSchema, req.params?.id);
  const sender = async (p: StaffPrincipal, held: HandoffRecord) => ({
    helplineSender: {
      role: 'counsellor',
      id: p.userId,
      name: deps.counsellorName ? await deps.counsellorName(p.userId, held.locale) : p.displayName,
    },
  });

  server.put(
    '/staff/api/me/availability',
    kit.route('availability', { roles: COUNSELLOR }, async (req, res, p) => {
      const { available } = await body(req, availabilitySchema);
      await handoff.setAvailability(p.userId, available);
      res.json({ available });
    }),
  );

  server.get(
    '/staff/api/queue',
    kit.route('queue', { roles: COUNSELLOR }, async (_req, res, p) => {
      const now = deps.clock.now().getTime();
      const items = await Promise.all(
        (await handoff.queue()).map(async (item) => {
          const record = await deps.registry.get(item.handoff.conversationId);
          return {
            conversationId: item.handoff.conversationId,
            code: record?.code ?? null,
            locale: item.handoff.locale,
            acute: item.handoff.acute,
            queuedAt: item.handoff.queuedAt.toISOString(),
            waitingSeconds: Math.round((now - item.handoff.queuedAt.getTime()) / 1000),
            position: item.position + 1,
            estimatedWaitMinutes: item.waitMinutes,
            triage: record?.triage ?? null,
          };
        }),
      );
      const mine = (await deps.handoffs.listByStatus('live')).filter((h) => h.counsellorId === p.userId).map((h) => h.conversationId);
      res.json({ available: await handoff.isAvailable(p.userId), items, myChats: mine });
    }),
  );

  server.post(
    '/staff/api/conversations/:id/accept',
    kit.route('accept', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      await handoff.accept(id, p.userId);
      await kit.audit.record(p.userId, 'chat_accepted', id);
      res.json({ conversationId: id, status: 'live' });
    }),
  );

  server.get(
    '/staff/api/conversations/:id',
    kit.route('conversation', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      const held = await handoff.heldBy(id, p.userId);
      const record = await deps.registry.get(id);
      const transcript = await deps.transcripts.listAfter(id, 0, 5000);
      await kit.audit.record(p.userId, 'transcript_read', id, { entries: transcript.length });
      res.json({
        conversation: {
          id,
          code: record?.code ?? null,
          locale: held.locale,
          acute: held.acute,
          status: record?.status ?? 'live',
          acceptedAt: held.acceptedAt?.toISOString() ?? null,
          triage: record?.triage ?? null,
        },
        transcript: transcript
          .filter((e) => e.type === 'message')
          .map((e) => ({ seq: e.seq, role: e.role, text: e.text ?? '', at: e.at.toISOString(), counsellor: counsellorOf(e.activity) })),
        notes: (await deps.handoffs.notes(id)).map((n) => ({ at: n.at.toISOString(), counsellorId: n.counsellorId, text: n.text })),
      });
    }),
  );

  server.post(
    '/staff/api/conversations/:id/messages',
    kit.route('message', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      if (!writes.take(p.userId)) throw new AppError('TooManyRequests');
      const key = IdempotencyKeys.keyFrom(req.headers['idempotency-key']);
      const { text } = await body(req, textSchema);
      const held = await handoff.heldBy(id, p.userId);
      // A console retry with the same Idempotency-Key sends nothing a second time.
      const { replayed } = await sentMessages.once(`${p.userId}|${id}`, key, async () => {
        const message: Partial<Activity> = { type: 'message', text, textFormat: 'plain', channelData: await sender(p, held) };
        await deps.bridge.send(id, [message]);
        deps.events.emit({
          kind: 'message',
          conversationId: id,
          role: 'counsellor',
          text,
          at: deps.clock.now().toISOString(),
          counsellorId: p.userId,
        });
      });
      res.status(201);
      res.json(replayed ? { sent: true, replayed: true } : { sent: true });
    }),
  );

  server.post(
    '/staff/api/conversations/:id/typing',
    kit.route('typing', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      if (!writes.take(p.userId)) throw new AppError('TooManyRequests');
      const held = await handoff.heldBy(id, p.userId);
      await deps.bridge.send(id, [{ type: 'typing', channelData: await sender(p, held) }]);
      res.status(204);
      res.end();
    }),
  );

  server.post(
    '/staff/api/conversations/:id/notes',
    kit.route('note', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      if (!writes.take(p.userId)) throw new AppError('TooManyRequests');
      const { text } = await body(req, textSchema);
      // Also shortly after the citizen left a live chat: the counsellor who held it finishes the file.
      await handoff.finishableBy(id, p.userId);
      const at = deps.clock.now();
      await deps.handoffs.addNote({ conversationId: id, counsellorId: p.userId, at, text });
      await kit.audit.record(p.userId, 'note_added', id);
      // The note as stored, with the server's time: the console shows it without reading the chat back.
      res.status(201);
      res.json({ note: { at: at.toISOString(), text } });
    }),
  );

  server.post(
    '/staff/api/conversations/:id/transfer',
    kit.route('transfer', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      const { username } = await body(req, transferSchema);
      // Who holds the chat is checked before anything is said about the target account.
      await handoff.heldBy(id, p.userId);
      const target = (await deps.accounts.list()).find((u) => u.username.toLowerCase() === username.toLowerCase());
      if (!target || target.disabled || target.role !== 'counsellor')
        throw new AppError('BadArgument', 'No active counsellor with that username.');
      if (target.id === p.userId) throw new AppError('BadArgument', 'You already hold this chat.');
      // A chat handed to someone who is not there leaves the citizen talking to nobody.
      if (!(await handoff.isAvailable(target.id))) throw new AppError('BadArgument', 'That counsellor is not available.');
      await handoff.transfer(id, p.userId, target.id);
      await kit.audit.record(p.userId, 'chat_transferred', id, { to: target.id });
      res.json({ conversationId: id, counsellor: target.username });
    }),
  );

  server.post(
    '/staff/api/conversations/:id/release',
    kit.route('release', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      await handoff.release(id, p.userId);
      await kit.audit.record(p.userId, 'chat_released', id);
      res.json({ conversationId: id, status: 'bot' });
    }),
  );

  server.post(
    '/staff/api/conversations/:id/close',
    kit.route('close', { roles: COUNSELLOR }, async (req, res, p) => {
      const id = conversationId(req);
      const { outcome, note } = await body(req, closeSchema);
      const { endedEarlier } = await handoff.close(id, p.userId, outcome, note ?? null);
      // The wrap-up note joins the chat's notes, so it travels with the case-file export.
      if (note && note.trim() !== '')
        await deps.handoffs.addNote({ conversationId: id, counsellorId: p.userId, at: deps.clock.now(), text: note.trim() });
      await kit.audit.record(p.userId, 'chat_closed', id, { outcome });
      // The statistics copy may have been made when the citizen left, before there was an outcome.
      if (endedEarlier) await deps.onLateOutcome?.(id);
      res.json({ conversationId: id, status: 'ended', outcome });
    }),
  );

  server.get(
    '/staff/api/counsellors/available',
    kit.route('colleagues', { roles: COUNSELLOR }, async (_req, res, p) => {
      const live = await deps.handoffs.listByStatus('live');
      const chats = new Map<string, number>();
      for (const h of live) if (h.counsellorId) chats.set(h.counsellorId, (chats.get(h.counsellorId) ?? 0) + 1);
      const colleagues = [];
      for (const user of await deps.accounts.list()) {
        if (user.id === p.userId || user.disabled || user.role !== 'counsellor') continue;
        if (!(await handoff.isAvailable(user.id))) continue;
        colleagues.push({ username: user.username, displayName: user.displayName, chats: chats.get(user.id) ?? 0 });
      }
      res.json(colleaguesResponseSchema.parse({ counsellors: colleagues }));
    }),
  );

  server.get(
    '/staff/api/canned',
    kit.route('canned', { roles: COUNSELLOR }, async (_req, res) => {
      res.json({ nl: deps.catalog.list('nl', 'console.canned'), en: deps.catalog.list('en', 'console.canned') });
    }),
  );

  describe(kit);
}

function counsellorOf(activity: Record<string, unknown>): string | null {
  const from = activity.from as { id?: unknown; name?: unknown } | undefined;
  return typeof from?.id === 'string' && from.id.startsWith('counsellor:') ? String(from.name ?? '') : null;
}

function describe(kit: StaffHttpKit): void {
  const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
  const errors = errorResponses(
    'SessionRequired',
    'RoleNotAllowed',
    'CsrfTokenInvalid',
    'NotFound',
    'HeldByAnotherCounsellor',
    'AlreadyTaken',
    'ChatChangedHands',
    'OutcomeAlreadyRecorded',
    'BadArgument',
    'MessageSizeTooBig',
    'UnsupportedMediaType',
    'TooManyRequests',
  );
  const success = { '200': 'OK', '201': 'Created', '204': 'Done; no body' } as const;
  const op = (operationId: string, summary: string, extra: Record<string, unknown> = {}, status: keyof typeof success = '200') => ({
    operationId,
    summary,
    tags: ['console'],
    auth: 'session+csrf' as const,
    responses: { [status]: emptyResponse(success[status]), ...errors },
    ...extra,
  });
  kit.openapi.add(
    '/staff/api/me/availability',
    'put',
    op('setAvailability', 'Set whether you take chats', { requestBody: jsonRequestBody(availabilitySchema) }),
  );
  kit.openapi.add('/staff/api/queue', 'get', {
    ...op('getQueue', 'Waiting chats with triage summary and wait estimates'),
    auth: 'session',
  });
  kit.openapi.add(
    '/staff/api/conversations/{id}/accept',
    'post',
    op('acceptChat', 'Take a waiting chat (409 when someone was first)', { parameters: id }),
  );
  kit.openapi.add('/staff/api/conversations/{id}', 'get', {
    ...op('getConversation', 'Summary, transcript and notes of a chat you hold', { parameters: id }),
    auth: 'session',
  });
  kit.openapi.add(
    '/staff/api/conversations/{id}/messages',
    'post',
    op('sendMessage', 'Send a message to the citizen', { parameters: id, requestBody: jsonRequestBody(textSchema) }, '201'),
  );
  kit.openapi.add(
    '/staff/api/conversations/{id}/typing',
    'post',
    op('sendTyping', 'Show the citizen that you are typing', { parameters: id }, '204'),
  );
  kit.openapi.add(
    '/staff/api/conversations/{id}/notes',
    'post',
    op('addNote', 'Add a private note', { parameters: id, requestBody: jsonRequestBody(textSchema) }, '201'),
  );
  kit.openapi.add(
    '/staff/api/conversations/{id}/transfer',
    'post',
    op('transferChat', 'Hand the chat to another counsellor', { parameters: id, requestBody: jsonRequestBody(transferSchema) }),
  );
  kit.openapi.add('/staff/api/conversations/{id}/release', 'post', op('releaseChat', 'Hand the chat back to the bot', { parameters: id }));
  kit.openapi.add(
    '/staff/api/conversations/{id}/close',
    'post',
    op('closeChat', 'Close the chat with a wrap-up', { parameters: id, requestBody: jsonRequestBody(closeSchema) }),
  );
  kit.openapi.add('/staff/api/counsellors/available', 'get', {
    ...op('listAvailableColleagues', 'Available colleagues to transfer a chat to, with their number of live chats'),
    auth: 'session',
    responses: { '200': jsonResponse('Available colleagues', colleaguesResponseSchema), ...errors },
  });
  kit.openapi.add('/staff/api/canned', 'get', { ...op('getCannedReplies', 'Canned replies per language'), auth: 'session' });
}
