/**
 * A supervisor never reaches raw text. A citizen on the official Direct Line client writes a
 * name, a phone number and an e-mail address; after the conversation goes idle a retention run
 * makes the anonymised copy. No review response carries any of it, nor the conversation code,
 * and every raw route (console, export, admin) answers a supervisor with 403.
 */
import { RecordingClient, fetchToken } from '../../support/directline';
import { addStaff, runRetention, Staff, startReviewServer } from './harness';
import type { ReviewServer } from './harness';

jest.setTimeout(40_000);

const PERSONAL = ['Jan de Vries', 'Vries', '06-12345678', '12345678', 'jan.devries@example.nl', 'example.nl'];
const MESSAGE = 'Ik ben Jan de Vries. Mijn buurman werkt 14 uur per dag in de kas. Bel me op 06-12345678 of mail jan.devries@example.nl';

let rs: ReviewServer;
let conversationId: string;
let code: string;

beforeAll(async () => {
  rs = await startReviewServer('2026-03-20T10:00:00Z');
  const token = await fetchToken(rs.server.url, 'nl');
  conversationId = token.conversationId;
  const client = RecordingClient.connect({ baseUrl: rs.server.url, token: token.token, webSocket: true });
  try {
    await client.waitFor(() => client.messagesFrom('bot').some((m) => (m.text ?? '').includes('112')));
    await client.post(MESSAGE, 'privacy-1');
    await client.waitFor(() => client.messagesFrom('bot').length >= 3);
  } finally {
    client.end();
  }
  code = (await rs.server.store.conversations.get(conversationId))!.code;
  const raw = await rs.server.store.transcripts.listAfter(conversationId, 0, 100);
  expect(raw.some((e) => e.text === MESSAGE)).toBe(true);
  // Quiet for longer than RETENTION_IDLE_MINUTES (60): the run ends it and makes the copy.
  rs.clock.advance(61 * 60_000);
  const summary = await runRetention(rs);
  expect(summary).toMatchObject({ endedIdle: 1, anonymisedCopiesMade: 1 });
});

afterAll(() => rs.stop());

describe('a supervisor and personal data', () => {
  it('finds no name, phone number, e-mail or conversation code in any review response', async () => {
    const sam = await Staff.login(rs.server.url, 'sam', await addStaff(rs, 'sam', 'supervisor', 'Sam'));
    const list = await sam.call('GET', '/staff/api/review/transcripts');
    expect(list.body!.total).toBe(1);
    const detail = await sam.call('GET', `/staff/api/review/transcripts/${encodeURIComponent(conversationId)}`);
    expect(detail.status).toBe(200);
    const citizenLine = (detail.body!.transcript as { lines: { role: string; text: string }[] }).lines.find((l) => l.role === 'citizen')!;
    expect(citizenLine.text).toContain('[NAAM-1]');
    expect(citizenLine.text).toContain('[TELEFOON-1]');
    expect(citizenLine.text).toContain('14 uur per dag');
    const flag = await sam.call('POST', `/staff/api/review/transcripts/${encodeURIComponent(conversationId)}/flags`, {
      flag: 'good_practice',
    });
    const stats = await sam.call('GET', '/staff/api/review/stats');
    expect(stats.body!.total).toBe(1);

    for (const reply of [list, detail, flag, stats]) {
      for (const secret of [...PERSONAL, code]) expect({ secret, found: reply.text.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it('gets 403 from every route that returns raw text, notes, codes or admin data', async () => {
    const sam = await Staff.login(rs.server.url, 'sam2', await addStaff(rs, 'sam2', 'supervisor', 'Sam'));
    const id = encodeURIComponent(conversationId);
    const raw: [string, string, unknown][] = [
      ['GET', `/staff/api/conversations/${id}`, undefined],
      ['GET', `/staff/api/conversations/${id}/export?format=json`, undefined],
      ['GET', `/staff/api/conversations/${id}/export?format=html`, undefined],
      ['GET', '/staff/api/queue', undefined],
      ['GET', '/staff/api/canned', undefined],
      ['PUT', '/staff/api/me/availability', { available: true }],
      ['POST', `/staff/api/conversations/${id}/accept`, undefined],
      ['POST', `/staff/api/conversations/${id}/messages`, { text: 'Hallo' }],
      ['POST', `/staff/api/conversations/${id}/notes`, { text: 'Notitie' }],
      ['POST', `/staff/api/conversations/${id}/typing`, undefined],
      ['POST', `/staff/api/conversations/${id}/transfer`, { username: 'anna' }],
      ['POST', `/staff/api/conversations/${id}/release`, undefined],
      ['POST', `/staff/api/conversations/${id}/close`, { outcome: 'advice_given' }],
      ['GET', '/staff/api/admin/audit', undefined],
      ['GET', '/staff/api/admin/holds', undefined],
      ['POST', '/staff/api/admin/holds', { code, reason: 'onderzoek' }],
      ['DELETE', `/staff/api/admin/holds/${code}`, { reason: 'klaar' }],
      ['POST', '/staff/api/admin/erasure', { code, reason: 'verzoek' }],
      ['POST', '/staff/api/admin/retention/run', { dryRun: true }],
    ];
    for (const [method, path, body] of raw) {
      const reply = await sam.call(method, path, body);
      expect({ method, path, status: reply.status }).toEqual({ method, path, status: 403 });
      for (const secret of [...PERSONAL, code]) expect(reply.text.includes(secret)).toBe(false);
    }
    // Nothing those refusals touched changed: still one copy, no hold, no export on record.
    expect(await rs.server.store.retention.legalHold(conversationId)).toBeNull();
    expect(await rs.server.store.audit.search({ action: 'export', limit: 5, offset: 0 })).toEqual([]);
  });
});
