/**
 * The export for the case file over real HTTP: the counsellor who held the chat and admins get
 * the raw transcript with triage summary and notes, as JSON or as a printable HTML document;
 * everyone else does not; every export is audited (format and counts, never content).
 */
import { addStaff, seedConversation, Staff, startReviewServer } from './harness';
import type { ReviewServer } from './harness';

jest.setTimeout(30_000);

let rs: ReviewServer;
let anna: Staff;
let bert: Staff;
let sam: Staff;
let root: Staff;

beforeAll(async () => {
  rs = await startReviewServer('2026-03-20T10:00:00Z');
  const ids = {
    anna: await addStaff(rs, 'anna', 'counsellor', 'Anna'),
    bert: await addStaff(rs, 'bert', 'counsellor', 'Bert'),
    sam: await addStaff(rs, 'sam', 'supervisor', 'Sam'),
    root: await addStaff(rs, 'root', 'admin', 'Beheer'),
  };
  await seedConversation(rs.server.store, {
    id: 'conv-1',
    code: 'EXP-123',
    startedAt: '2026-03-19T09:00:00Z',
    triage: { form: 'labour_exploitation', acute: true, signals: ['underpaid'], role: 'other', minorInvolved: false, nextStep: 'police' },
    lines: [
      { role: 'citizen', text: 'Mijn buurman Piet Jansen <script>alert(1)</script> werkt & slaapt in de kas.' },
      { role: 'bot', text: 'Is er nu gevaar? Bel dan 112.' },
      { role: 'counsellor', text: 'Hallo, ik ben Anna.' },
    ],
    handoff: { counsellorId: ids.anna, waitSeconds: 45, outcome: 'referred_police' },
  });
  await rs.server.store.handoffs.addNote({
    conversationId: 'conv-1',
    counsellorId: ids.anna,
    at: new Date('2026-03-19T09:20:00Z'),
    text: 'Melding bij politie besproken',
  });
  [anna, bert, sam, root] = await Promise.all(Object.entries(ids).map(([name, id]) => Staff.login(rs.server.url, name, id)));
});

afterAll(() => rs.stop());

const exportPath = (format: string, id = 'conv-1') => `/staff/api/conversations/${id}/export?format=${format}`;

it('gives the counsellor who held the chat the whole case as JSON, and audits it', async () => {
  const reply = await anna.call('GET', exportPath('json'));
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-disposition')).toBe('attachment; filename="gesprek-EXP-123.json"');
  expect(reply.headers.get('cache-control')).toBe('no-store');
  const data = reply.body as Record<string, unknown>;
  expect(data.conversation).toMatchObject({ id: 'conv-1', code: 'EXP-123', status: 'ended' });
  expect(data.triage).toMatchObject({ form: 'labour_exploitation', acute: true });
  expect(data.exportedBy).toEqual({ id: anna.id, name: 'Anna' });
  expect((data.transcript as { text: string }[]).map((l) => l.text)).toEqual([
    'Mijn buurman Piet Jansen <script>alert(1)</script> werkt & slaapt in de kas.',
    'Is er nu gevaar? Bel dan 112.',
    'Hallo, ik ben Anna.',
  ]);
  expect(data.notes).toEqual([{ at: '2026-03-19T09:20:00.000Z', counsellor: 'Anna', text: 'Melding bij politie besproken' }]);
  expect(data.handoffs).toEqual([expect.objectContaining({ counsellor: 'Anna', outcome: 'referred_police' })]);

  const entries = await rs.server.store.audit.search({ action: 'export', actor: anna.id, limit: 5, offset: 0 });
  expect(entries).toEqual([expect.objectContaining({ conversationId: 'conv-1', detail: { format: 'json', entries: 3, notes: 1 } })]);
  expect(JSON.stringify(entries)).not.toContain('Piet');
});

it('renders a printable HTML document with every text escaped and a CSP that allows only its own style', async () => {
  const reply = await anna.call('GET', `${exportPath('html')}&lang=en`);
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(reply.headers.get('content-language')).toBe('en');
  const csp = reply.headers.get('content-security-policy')!;
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(reply.text).toContain(`<style nonce="${nonce}">`);
  expect(reply.text).not.toContain('<script');
  expect(reply.text).toContain('Piet Jansen &lt;script&gt;alert(1)&lt;/script&gt; werkt &amp; slaapt in de kas.');
  expect(reply.text).toContain('<h1>Conversation EXP-123</h1>');
  expect(reply.text).toContain('Melding bij politie besproken');
  expect(reply.text).toContain('Counsellor Anna');
  const entries = await rs.server.store.audit.search({ action: 'export', actor: anna.id, limit: 5, offset: 0 });
  expect(entries[0]!.detail).toMatchObject({ format: 'html' });
});

it('lets an admin export, and refuses other counsellors (404), supervisors (403) and bad input (400)', async () => {
  expect((await root.call('GET', exportPath('json'))).status).toBe(200);
  expect((await root.call('GET', exportPath('html'))).text).toContain('<h1>Gesprek EXP-123</h1>');

  const other = await bert.call('GET', exportPath('json'));
  expect(other.status).toBe(404);
  expect(other.text).not.toContain('Piet');
  const supervisor = await sam.call('GET', exportPath('html'));
  expect(supervisor.status).toBe(403);
  expect(supervisor.body!.error!.code).toBe('RoleNotAllowed');
  expect((await anna.call('GET', exportPath('pdf'))).status).toBe(400);
  expect((await anna.call('GET', exportPath('json', 'no-such'))).status).toBe(404);
  expect((await fetch(`${rs.server.url}${exportPath('json')}`)).status).toBe(401);

  const refused = await rs.server.store.audit.search({ action: 'export', limit: 10, offset: 0 });
  expect(refused.map((e) => e.actor).sort()).toEqual([anna.id, anna.id, root.id, root.id].sort());
});
