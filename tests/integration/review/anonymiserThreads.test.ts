/**
 * Issue 11: the server makes no anonymised copy on its event loop. With ANONYMISER_WORKERS=1 the
 * retention run an admin starts and a supervisor's read of a copy an older anonymiser made both go
 * through the pool's thread: the server's own Pseudonymiser is never called, and the copies read as
 * the in-process anonymiser makes them. With ANONYMISER_WORKERS=0 the same run calls it (so the spy
 * would see a copy made on the event loop).
 */
import { Pseudonymiser } from '../../../src/anonymiser';
import { anonymiseJob } from '../../../src/anonymiser/conversationAnonymiser';
import type { AnonymisedTranscript } from '../../../src/store/retentionPorts';
import { maskConversationCode } from '../../../src/transcripts/codeMask';
import { addStaff, seedConversation, Staff, startReviewServer } from './harness';
import type { ReviewServer } from './harness';

jest.setTimeout(30_000);

const LINES = [
  { role: 'citizen' as const, text: 'Mijn zus Fatima werkt bij Bakkerij Jansen in Tilburg, code ABC-123.' },
  { role: 'bot' as const, text: 'Dank je. Is er nu gevaar?' },
  { role: 'citizen' as const, text: 'Nee, maar Fatima mag niet weg. Bel haar op 06 12345678.' },
];

let rs: ReviewServer | null = null;
afterEach(async () => {
  jest.restoreAllMocks();
  await rs?.stop();
  rs = null;
});

async function serverWith(workers: string): Promise<{ rs: ReviewServer; root: Staff; sam: Staff }> {
  rs = await startReviewServer('2026-03-20T10:00:00Z', { ANONYMISER_WORKERS: workers });
  const ids = { root: await addStaff(rs, 'root', 'admin'), sam: await addStaff(rs, 'sam', 'supervisor') };
  await seedConversation(rs.server.store, { id: 'c1', code: 'ABC-123', startedAt: '2026-03-19T10:00:00Z', lines: LINES });
  return { rs, root: await Staff.login(rs.server.url, 'root', ids.root), sam: await Staff.login(rs.server.url, 'sam', ids.sam) };
}

function spyOnThisThread(): jest.SpyInstance[] {
  return [jest.spyOn(Pseudonymiser.prototype, 'anonymiseConversation'), jest.spyOn(Pseudonymiser.prototype, 'anonymise')];
}

const calls = (spies: jest.SpyInstance[]) => spies.reduce((n, s) => n + s.mock.calls.length, 0);

it('with a pool, the retention run and a review read make their copies in its thread, as the in-process anonymiser would', async () => {
  const { rs, root, sam } = await serverWith('1');
  // What the in-process anonymiser makes, worked out before the spies count.
  const expected = anonymiseJob({ texts: LINES.map((l) => maskConversationCode(l.text, 'ABC-123')), continuing: false });
  const expectedAgain = anonymiseJob({ texts: ['Fatima zegt [NAAM-1] hallo'], continuing: true });
  const spies = spyOnThisThread();

  const run = await root.call('POST', '/staff/api/admin/retention/run', { dryRun: false });
  expect(run.status).toBe(200);
  expect(run.body).toMatchObject({ anonymisedCopiesMade: 1 });
  const made = await rs.server.store.retention.getAnonymised('c1');
  expect(made?.lines.map((l) => l.text)).toEqual(expected);
  expect(expected[0]).toContain('[NAAM-1]');

  // A copy an older anonymiser made, raw transcript gone: the read makes it again from its own text.
  const old: AnonymisedTranscript = {
    ...made!,
    conversationId: 'c1',
    anonymiserVersion: 1,
    lines: [{ ...made!.lines[0]!, text: 'Fatima zegt [NAAM-1] hallo' }],
  };
  await rs.server.store.retention.purgeRaw('c1', rs.clock.now());
  await rs.server.store.retention.saveAnonymised(old);
  const read = await sam.call('GET', '/staff/api/review/transcripts/c1');
  expect(read.status).toBe(200);
  const lines = (read.body!.transcript as { lines: { text: string }[] }).lines.map((l) => l.text);
  expect(lines).toEqual(expectedAgain);
  expect(lines[0]).not.toContain('Fatima');

  expect(calls(spies)).toBe(0);
});

it('with ANONYMISER_WORKERS=0, the copies are made on the server thread', async () => {
  const { root } = await serverWith('0');
  const spies = spyOnThisThread();
  expect((await root.call('POST', '/staff/api/admin/retention/run', { dryRun: false })).body).toMatchObject({ anonymisedCopiesMade: 1 });
  expect(calls(spies)).toBeGreaterThan(0);
});
