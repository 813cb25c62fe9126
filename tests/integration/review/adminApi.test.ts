/**
 * The admin API on the real server and store: audit search (itself audited), legal holds that
 * stop both the purge and erasure, erasure by code that leaves nothing behind, and retention runs
 * (dry and real) started by an admin. Only admins get in.
 */
import { addStaff, runRetention, seedConversation, Staff, startReviewServer } from './harness';
import type { ReviewServer } from './harness';

jest.setTimeout(30_000);

let rs: ReviewServer;
let root: Staff;
let ids: { root: string; sam: string; anna: string };

const lines = [
  { role: 'citizen' as const, text: 'Mijn zus Sanne moet elke nacht werken.' },
  { role: 'bot' as const, text: 'Dank je. Is er nu gevaar?' },
];

beforeEach(async () => {
  rs = await startReviewServer('2026-03-20T10:00:00Z');
  ids = {
    root: await addStaff(rs, 'root', 'admin', 'Beheer'),
    sam: await addStaff(rs, 'sam', 'supervisor'),
    anna: await addStaff(rs, 'anna', 'counsellor'),
  };
  const { store } = rs.server;
  await seedConversation(store, {
    id: 'held',
    code: 'HLD-111',
    startedAt: '2026-01-05T10:00:00Z',
    lines,
    triage: { form: 'sexual_exploitation', acute: false },
  });
  await seedConversation(store, {
    id: 'purged',
    code: 'PRG-111',
    startedAt: '2026-01-06T10:00:00Z',
    lines,
    triage: { form: 'labour_exploitation', acute: false },
  });
  await seedConversation(store, {
    id: 'kept',
    code: 'KEP-111',
    startedAt: '2026-01-07T10:00:00Z',
    lines,
    handoff: { counsellorId: ids.anna, waitSeconds: 30, outcome: 'advice_given' },
  });
  await seedConversation(store, { id: 'recent', code: 'REC-111', startedAt: '2026-03-19T10:00:00Z', lines });
  await runRetention(rs, { now: new Date('2026-01-01T00:00:00Z') });
  root = await Staff.login(rs.server.url, 'root', ids.root);
});

afterEach(() => rs.stop());

const audit = (action: string, conversationId?: string) => rs.server.store.audit.search({ action, conversationId, limit: 20, offset: 0 });

it('admits admins only', async () => {
  const sam = await Staff.login(rs.server.url, 'sam', ids.sam);
  const anna = await Staff.login(rs.server.url, 'anna', ids.anna);
  const routes: [string, string, unknown][] = [
    ['GET', '/staff/api/admin/audit', undefined],
    ['GET', '/staff/api/admin/staff', undefined],
    ['GET', '/staff/api/admin/holds', undefined],
    ['POST', '/staff/api/admin/holds', { code: 'HLD-111', reason: 'politieonderzoek' }],
    ['DELETE', '/staff/api/admin/holds/HLD-111', { reason: 'afgerond' }],
    ['POST', '/staff/api/admin/erasure', { code: 'REC-111', reason: 'verzoek burger' }],
    ['POST', '/staff/api/admin/retention/run', { dryRun: true }],
  ];
  for (const [method, path, body] of routes) {
    for (const who of [sam, anna]) expect({ path, status: (await who.call(method, path, body)).status }).toEqual({ path, status: 403 });
  }
  expect((await rs.server.store.retention.listLegalHolds()).length).toBe(0);
  expect(await rs.server.store.conversations.get('recent')).not.toBeNull();
  expect((await root.call('GET', '/staff/api/admin/holds')).status).toBe(200);
});

it('searches the audit log by username, action, conversation and period, and audits the search', async () => {
  const sam = await Staff.login(rs.server.url, 'sam', ids.sam);
  await sam.call('GET', '/staff/api/review/transcripts/recent');
  const byActor = await root.call('GET', '/staff/api/admin/audit?actor=SAM&action=transcript_read');
  expect(byActor.status).toBe(200);
  const entries = byActor.body!.entries as {
    actor: string;
    actorName: string;
    action: string;
    conversationId: string;
    detail: Record<string, unknown>;
  }[];
  expect(entries).toEqual([
    expect.objectContaining({
      actor: ids.sam,
      actorName: 'sam',
      action: 'transcript_read',
      conversationId: 'recent',
      detail: { anonymised: true, lines: 2 },
    }),
  ]);

  const byConversation = await root.call('GET', '/staff/api/admin/audit?conversationId=recent&from=2026-03-20&to=2026-03-20');
  expect((byConversation.body!.entries as unknown[]).length).toBe(1);
  const none = await root.call('GET', '/staff/api/admin/audit?from=2026-03-21');
  expect(none.body!.entries).toEqual([]);
  const logins = await root.call('GET', '/staff/api/admin/audit?action=login&limit=1');
  expect(logins.body).toMatchObject({ limit: 1, offset: 0 });
  expect((logins.body!.entries as unknown[]).length).toBe(1);

  const searches = await audit('audit_searched');
  expect(searches.length).toBe(4);
  expect(searches.map((e) => e.actor)).toEqual([ids.root, ids.root, ids.root, ids.root]);
  expect(searches[3]!.detail).toEqual({ filters: ['actor', 'action'], results: 1 });
  for (const query of ['limit=500', 'action=DROP TABLE', 'action=made_up', 'from=gisteren', 'who=sam']) {
    expect({ query, status: (await root.call('GET', `/staff/api/admin/audit?${query}`)).status }).toEqual({ query, status: 400 });
  }
});

it('puts a conversation on hold by code, which stops the purge and erasure until the hold is lifted', async () => {
  const hold = await root.call('POST', '/staff/api/admin/holds', { code: 'hld-111', reason: 'Politieonderzoek loopt' });
  expect(hold.status).toBe(201);
  expect(hold.body).toEqual({ conversationId: 'held', code: 'HLD-111', reason: 'Politieonderzoek loopt', at: '2026-03-20T10:00:00.000Z' });
  expect((await root.call('GET', '/staff/api/admin/holds')).body).toEqual({ holds: [hold.body] });
  expect((await audit('legal_hold', 'held'))[0]).toMatchObject({
    actor: ids.root,
    detail: { hold: true, reason: 'Politieonderzoek loopt' },
  });

  const dry = await root.call('POST', '/staff/api/admin/retention/run', { dryRun: true });
  expect(dry.status).toBe(200);
  expect(dry.body).toMatchObject({
    dryRun: true,
    now: '2026-03-20T10:00:00.000Z',
    deleted: { rawBotOnly: 1, rawWithCounsellor: 0, anonymised: 0 },
  });
  expect((await rs.server.store.transcripts.listAfter('purged', 0, 10)).length).toBe(2);

  const run = await root.call('POST', '/staff/api/admin/retention/run', { dryRun: false });
  expect(run.body).toMatchObject({ dryRun: false, deleted: { rawBotOnly: 1, rawWithCounsellor: 0 } });
  expect(await rs.server.store.transcripts.listAfter('purged', 0, 10)).toEqual([]);
  expect((await rs.server.store.transcripts.listAfter('held', 0, 10)).length).toBe(2);
  expect((await rs.server.store.transcripts.listAfter('kept', 0, 10)).length).toBe(2);
  const runs = await audit('retention_run');
  expect(runs.slice(0, 2).map((e) => [e.actor, e.detail.dryRun, e.detail.rawBotOnly])).toEqual([
    [ids.root, false, 1],
    [ids.root, true, 1],
  ]);

  const refused = await root.call('POST', '/staff/api/admin/erasure', { code: 'HLD-111', reason: 'Verzoek van de burger' });
  expect(refused.status).toBe(409);
  expect(await rs.server.store.retention.getAnonymised('held')).not.toBeNull();

  const lift = await root.call('DELETE', '/staff/api/admin/holds/HLD-111', { reason: 'Onderzoek afgerond' });
  expect(lift.status).toBe(200);
  expect(lift.body).toEqual({ conversationId: 'held', code: 'HLD-111', onHold: false });
  expect((await audit('legal_hold', 'held'))[0]).toMatchObject({ detail: { hold: false, reason: 'Onderzoek afgerond' } });
  expect((await root.call('DELETE', '/staff/api/admin/holds/HLD-111', { reason: 'Nog eens' })).status).toBe(409);
  expect((await root.call('GET', '/staff/api/admin/holds')).body).toEqual({ holds: [] });

  // Lifted: the next run purges it like any other.
  expect((await root.call('POST', '/staff/api/admin/retention/run', { dryRun: false })).body).toMatchObject({ deleted: { rawBotOnly: 1 } });
  expect(await rs.server.store.transcripts.listAfter('held', 0, 10)).toEqual([]);
});

it('answers 409 RetentionBusy when a retention run is already going (another instance, the timer or the CLI)', async () => {
  const root = await Staff.login(rs.server.url, 'root', ids.root);
  let finish!: () => void;
  const held = rs.server.store.cluster.locks.runExclusive('retention', () => new Promise<void>((resolve) => (finish = resolve)));
  const busy = await root.call('POST', '/staff/api/admin/retention/run', { dryRun: true });
  expect(busy.status).toBe(409);
  expect(busy.body).toEqual({ error: { code: 'RetentionBusy', message: expect.any(String) } });
  finish();
  await held;
  expect((await root.call('POST', '/staff/api/admin/retention/run', { dryRun: true })).status).toBe(200);
});

it('erases a conversation by code: raw transcript, anonymised copy, handoffs, notes and bot state', async () => {
  const { store } = rs.server;
  await store.handoffs.addNote({ conversationId: 'kept', counsellorId: ids.anna, at: new Date(), text: 'Notitie' });
  await store.retention.addFlag({ conversationId: 'kept', at: new Date(), reviewerId: ids.sam, flag: 'tone', comment: '' });
  expect(Object.keys(await store.state.read(['directline/conversations/kept/']))).toEqual(['directline/conversations/kept/']);

  const erased = await root.call('POST', '/staff/api/admin/erasure', { code: 'KEP-111', reason: 'Verzoek van de burger' });
  expect(erased.status).toBe(200);
  expect(erased.body).toEqual({ conversationId: 'kept', erased: true });
  expect(await store.conversations.getByCode('KEP-111')).toBeNull();
  expect(await store.conversations.get('kept')).toBeNull();
  expect(await store.transcripts.listAfter('kept', 0, 10)).toEqual([]);
  expect(await store.retention.getAnonymised('kept')).toBeNull();
  expect(await store.retention.flags('kept')).toEqual([]);
  expect(await store.handoffs.history('kept')).toEqual([]);
  expect(await store.handoffs.notes('kept')).toEqual([]);
  expect(await store.state.read(['directline/conversations/kept/'])).toEqual({});
  // Other conversations are untouched.
  expect(await store.retention.getAnonymised('recent')).not.toBeNull();

  const entries = await audit('erasure', 'kept');
  expect(entries).toEqual([expect.objectContaining({ actor: ids.root, detail: { reason: 'Verzoek van de burger' } })]);
  expect((await root.call('POST', '/staff/api/admin/erasure', { code: 'KEP-111', reason: 'Nog een keer' })).status).toBe(404);
  expect((await root.call('POST', '/staff/api/admin/erasure', { code: 'REC-111', reason: 'x' })).status).toBe(400);
  expect((await root.call('POST', '/staff/api/admin/erasure', { code: 'REC-111' })).status).toBe(400);
  expect((await root.call('POST', '/staff/api/admin/holds', { code: 'NOP-999', reason: 'onderzoek' })).status).toBe(404);
});

it('lists staff accounts for the audit filter: names and roles, no password data', async () => {
  const res = await root.call('GET', '/staff/api/admin/staff');
  expect(res.status).toBe(200);
  const staff = res.body!.staff as Record<string, unknown>[];
  expect(staff.map((s) => [s.username, s.role, s.disabled]).sort()).toEqual([
    ['anna', 'counsellor', false],
    ['root', 'admin', false],
    ['sam', 'supervisor', false],
  ]);
  expect(staff.find((s) => s.username === 'sam')).toEqual({
    id: ids.sam,
    username: 'sam',
    displayName: 'sam',
    role: 'supervisor',
    disabled: false,
  });
  expect(JSON.stringify(res.body)).not.toMatch(/password|hash|scrypt/i);
});
