/**
 * The supervisor review API on the real server and SQLite store: anonymised copies made by a
 * retention run, filters, one transcript with QA flags, statistics, the audit trail, and who
 * may use it at all.
 */
import { addStaff, runRetention, seedConversation, Staff, startReviewServer } from './harness';
import type { ReviewServer } from './harness';

jest.setTimeout(30_000);

let rs: ReviewServer;
let sam: Staff;
let anna: Staff;
let root: Staff;
let annaId: string;

beforeAll(async () => {
  rs = await startReviewServer('2026-03-20T10:00:00Z');
  const samId = await addStaff(rs, 'sam', 'supervisor', 'Sam');
  annaId = await addStaff(rs, 'anna', 'counsellor', 'Anna');
  const rootId = await addStaff(rs, 'root', 'admin', 'Beheer');
  const { store } = rs.server;
  await seedConversation(store, {
    id: 'c1',
    code: 'AAA-111',
    startedAt: '2026-03-02T09:15:00Z',
    triage: { form: 'sexual_exploitation', acute: true, signals: ['recruited_online'], role: 'other' },
    lines: [
      { role: 'citizen', text: 'Mijn vriendin Fatima Bakker wordt steeds opgehaald door een oudere man.' },
      { role: 'bot', text: 'Is er nu gevaar? Bel dan 112.' },
      { role: 'counsellor', text: 'Hallo, ik ben Anna van Veilig Thuis.' },
    ],
    handoff: { counsellorId: annaId, waitSeconds: 60, outcome: 'advice_given' },
  });
  await seedConversation(store, {
    id: 'c2',
    code: 'BBB-222',
    startedAt: '2026-03-03T09:40:00Z',
    triage: { form: 'labour_exploitation', acute: false },
    handoff: { abandoned: true },
  });
  await seedConversation(store, {
    id: 'c3',
    code: 'CCC-333',
    startedAt: '2026-03-16T09:05:00Z',
    // "Hij laat de kinderen pakketjes brengen": a word points to children, nothing is told of an age.
    triage: {
      form: 'criminal_exploitation',
      acute: false,
      signals: ['minor_involved'],
      minorInvolved: true,
      facts: { minor: null, age: null },
    },
    handoff: { counsellorId: annaId, waitSeconds: 120, outcome: 'referred_police' },
  });
  await seedConversation(store, {
    id: 'c4',
    code: 'DDD-444',
    startedAt: '2026-03-17T19:30:00Z',
    triage: { form: 'labour_exploitation', acute: false, minorInvolved: true, facts: { minor: true, minorGuessed: false, age: 16 } },
  });
  expect((await runRetention(rs)).anonymisedCopiesMade).toBe(4);
  [sam, anna, root] = await Promise.all([
    Staff.login(rs.server.url, 'sam', samId),
    Staff.login(rs.server.url, 'anna', annaId),
    Staff.login(rs.server.url, 'root', rootId),
  ]);
});

afterAll(() => rs.stop());

const ids = (reply: { body: unknown }) =>
  ((reply.body as { items: { conversationId: string }[] }).items ?? []).map((i) => i.conversationId);

describe('who may review', () => {
  it('admits supervisors only: 401 without a session, 403 for counsellors and admins', async () => {
    const routes: [string, string, unknown][] = [
      ['GET', '/staff/api/review/transcripts', undefined],
      ['GET', '/staff/api/review/transcripts/c1', undefined],
      ['POST', '/staff/api/review/transcripts/c4/flags', { flag: 'tone' }],
      ['GET', '/staff/api/review/stats', undefined],
    ];
    for (const [method, path, body] of routes) {
      const anonymous = await fetch(`${rs.server.url}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(anonymous.status).toBe(401);
      for (const who of [anna, root]) {
        const reply = await who.call(method, path, body);
        expect({ path, status: reply.status, code: reply.body?.error?.code }).toEqual({ path, status: 403, code: 'RoleNotAllowed' });
      }
      expect((await sam.call(method, path, body)).status).toBeLessThan(300);
    }
  });
});

describe('the list of anonymised transcripts', () => {
  it('lists newest first with headers only, and pages', async () => {
    const all = await sam.call('GET', '/staff/api/review/transcripts');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 4, limit: 20, offset: 0 });
    expect(ids(all)).toEqual(['c4', 'c3', 'c2', 'c1']);
    const first = (all.body!.items as Record<string, unknown>[])[3]!;
    expect(Object.keys(first).sort()).toEqual([
      'abandoned',
      'conversationId',
      'endedAt',
      'handedOff',
      'locale',
      'outcome',
      'startedAt',
      'triage',
      'waitSeconds',
    ]);
    expect(first).toMatchObject({
      handedOff: true,
      waitSeconds: 60,
      outcome: 'advice_given',
      triage: { form: 'sexual_exploitation', acute: true },
    });
    const page = await sam.call('GET', '/staff/api/review/transcripts?limit=2&offset=2');
    expect(ids(page)).toEqual(['c2', 'c1']);
    const listed = await rs.server.store.audit.search({ action: 'transcripts_listed', limit: 10, offset: 0 });
    expect(listed.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        { filters: '', count: 4 },
        { filters: 'limit,offset', count: 2 },
      ]),
    );
  });

  it('filters by period, form, acute flag, outcome and handoff', async () => {
    const q = async (query: string) => ids(await sam.call('GET', `/staff/api/review/transcripts?${query}`));
    expect(await q('form=criminal_exploitation')).toEqual(['c3']);
    expect(await q('acute=true')).toEqual(['c1']);
    expect(await q('acute=false&form=labour_exploitation')).toEqual(['c4', 'c2']);
    expect(await q('handedOff=true')).toEqual(['c3', 'c1']);
    expect(await q('handedOff=false')).toEqual(['c4', 'c2']);
    expect(await q('outcome=referred_police')).toEqual(['c3']);
    // A plain day as `to` includes that whole (Amsterdam) day.
    expect(await q('from=2026-03-03&to=2026-03-16')).toEqual(['c3', 'c2']);
    expect(await q('from=2026-03-16T10:00:00Z')).toEqual(['c4']);
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['acute=maybe', 'form=shoplifting', 'limit=1000', 'offset=-1', 'from=yesterday', 'code=AAA-111', 'form=a&form=b']) {
      const reply = await sam.call('GET', `/staff/api/review/transcripts?${query}`);
      expect({ query, status: reply.status }).toEqual({ query, status: 400 });
    }
  });
});

describe('one transcript and its QA flags', () => {
  it('shows the anonymised lines with the triage summary, and audits the read', async () => {
    const reply = await sam.call('GET', '/staff/api/review/transcripts/c1');
    expect(reply.status).toBe(200);
    const transcript = reply.body!.transcript as { lines: { role: string; text: string }[]; triage: Record<string, unknown> };
    expect(transcript.triage).toMatchObject({ form: 'sexual_exploitation', acute: true, signals: ['recruited_online'], role: 'other' });
    expect(transcript.lines.map((l) => l.role)).toEqual(['citizen', 'bot', 'counsellor']);
    expect(transcript.lines[0]!.text).toContain('[NAAM-1]');
    expect(reply.text).not.toMatch(/Fatima|Bakker|AAA-111/);
    expect(transcript.lines[1]!.text).toContain('112');
    expect((await sam.call('GET', '/staff/api/review/transcripts/c2')).body!.flags).toEqual([]);

    const entries = await rs.server.store.audit.search({
      actor: sam.id,
      action: 'transcript_read',
      conversationId: 'c1',
      limit: 10,
      offset: 0,
    });
    expect(entries[0]).toMatchObject({ conversationId: 'c1', detail: { anonymised: true, lines: 3 } });
    expect((await sam.call('GET', '/staff/api/review/transcripts/nope')).status).toBe(404);
    expect((await sam.call('GET', '/staff/api/review/transcripts/bad%20id')).status).toBe(400);
  });

  it('says whether a minor was told or only hinted by a word, never a word alone as a yes', async () => {
    const minorOf = async (id: string) =>
      ((await sam.call('GET', `/staff/api/review/transcripts/${id}`)).body!.transcript as { triage: { minor: string } }).triage.minor;
    expect(await minorOf('c3')).toBe('hinted');
    expect(await minorOf('c4')).toBe('told');
    expect(await minorOf('c2')).toBe('unknown');
  });

  it('adds QA flags with comments (audited, CSRF checked) and shows them with the reviewer', async () => {
    const added = await sam.call('POST', '/staff/api/review/transcripts/c3/flags', {
      flag: 'missed_signal',
      comment: 'Vraag naar schulden ontbrak.',
    });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      at: '2026-03-20T10:00:00.000Z',
      reviewer: 'Sam',
      flag: 'missed_signal',
      comment: 'Vraag naar schulden ontbrak.',
    });
    expect((await sam.call('POST', '/staff/api/review/transcripts/c3/flags', { flag: 'good_practice' })).status).toBe(201);

    const detail = await sam.call('GET', '/staff/api/review/transcripts/c3');
    expect((detail.body!.flags as { flag: string }[]).map((f) => f.flag)).toEqual(['missed_signal', 'good_practice']);
    const audit = await rs.server.store.audit.search({ action: 'qa_flag_added', conversationId: 'c3', limit: 10, offset: 0 });
    expect(audit.map((e) => [e.actor, e.conversationId, e.detail.flag])).toEqual([
      [sam.id, 'c3', 'good_practice'],
      [sam.id, 'c3', 'missed_signal'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('schulden');

    expect((await sam.call('POST', '/staff/api/review/transcripts/c3/flags', { flag: 'nonsense' })).status).toBe(400);
    expect((await sam.call('POST', '/staff/api/review/transcripts/c3/flags', { flag: 'tone', extra: 1 })).status).toBe(400);
    expect((await sam.call('POST', '/staff/api/review/transcripts/nope/flags', { flag: 'tone' })).status).toBe(404);
    const noCsrf = await fetch(`${rs.server.url}/staff/api/review/transcripts/c3/flags`, {
      method: 'POST',
      headers: { cookie: sam.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ flag: 'tone' }),
    });
    expect(noCsrf.status).toBe(403);
  });
});

describe('statistics', () => {
  it('computes the figures from the copies for a period', async () => {
    const reply = await sam.call('GET', '/staff/api/review/stats?from=2026-03-02&to=2026-03-17');
    expect(reply.status).toBe(200);
    expect((await rs.server.store.audit.search({ action: 'statistics_read', limit: 1, offset: 0 }))[0]?.detail).toMatchObject({
      conversations: 4,
    });
    const stats = reply.body as Record<string, unknown>;
    expect(stats.total).toBe(4);
    expect(stats.period).toEqual({ from: '2026-03-01T23:00:00.000Z', to: '2026-03-17T23:00:00.000Z', timeZone: 'Europe/Amsterdam' });
    expect(stats.perWeek).toEqual([
      { week: '2026-W10', count: 2 },
      { week: '2026-W11', count: 0 },
      { week: '2026-W12', count: 2 },
    ]);
    expect(stats.acute).toEqual({ count: 1, share: 0.25 });
    expect(stats.handoff).toEqual({ requested: 3, handedOff: 2, rate: 0.5 });
    expect(stats.waiting).toEqual({ measured: 2, medianSeconds: 90, p90Seconds: 114 });
    expect(stats.abandoned).toEqual({ count: 1, shareOfRequests: 0.3333 });
    expect(stats.forms).toContainEqual({ key: 'labour_exploitation', count: 2, share: 0.5 });
    expect(stats.outcomes).toContainEqual({ key: 'none', count: 2, share: 0.5 });
    expect(stats.busiestHour).toBe(10);
  });

  it('defaults to the last 30 days and refuses a backwards or too long period', async () => {
    const reply = await sam.call('GET', '/staff/api/review/stats');
    expect(reply.body).toMatchObject({ total: 4, period: { to: '2026-03-20T10:00:00.000Z', from: '2026-02-18T10:00:00.000Z' } });
    expect((await sam.call('GET', '/staff/api/review/stats?from=2026-03-10&to=2026-03-01')).status).toBe(400);
    expect((await sam.call('GET', '/staff/api/review/stats?from=2024-01-01&to=2026-03-01')).status).toBe(400);
    expect((await sam.call('GET', '/staff/api/review/stats?week=10')).status).toBe(400);
  });
});

describe('the pages', () => {
  it('serve /staff/review and /staff/admin with hashed assets that exist, kept out of caches and search engines', async () => {
    for (const page of ['/staff/review', '/staff/admin?lang=en']) {
      const res = await fetch(`${rs.server.url}${page}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      const assets = [...html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      expect(assets.length).toBeGreaterThanOrEqual(4);
      for (const asset of assets)
        expect({ asset, status: (await fetch(`${rs.server.url}${asset}`)).status }).toEqual({ asset, status: 200 });
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes every review, admin and export route', async () => {
    const doc = (await (await fetch(`${rs.server.url}/staff/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/staff/api/review/transcripts',
        '/staff/api/review/transcripts/{id}',
        '/staff/api/review/transcripts/{id}/flags',
        '/staff/api/review/stats',
        '/staff/api/admin/audit',
        '/staff/api/admin/holds',
        '/staff/api/admin/holds/{code}',
        '/staff/api/admin/erasure',
        '/staff/api/admin/retention/run',
        '/staff/api/conversations/{id}/export',
      ]),
    );
    expect(Object.keys(doc.paths['/staff/api/admin/holds']!).sort()).toEqual(['get', 'post']);
  });
});
