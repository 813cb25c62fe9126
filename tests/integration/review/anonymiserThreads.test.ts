/**
 * Issue 11: the server makes no anonymised copy on its event loop. With ANONYMISER_WORKERS=1 the
 * retention run an admin starts and a supervisor's read of a copy an older anonymiser made both go
 * through the pool's thread: the server's own Pseudonymiser is never called, and the copies read as
 * the in-process anonymiser makes them. With ANONYMISER_WORKERS=0 the same run calls it (so the spy
 * would see a copy made on the event loop). Stopping the server while the pool makes copies for a
 * running retention run ends its thread, and every copy saved is whole.
 */
import { Pseudonymiser } from '../../../src/anonymiser';
import { ANONYMISER_THREAD_NAME } from '../../../src/anonymiser/poolProtocol';
import { anonymiseJob } from '../../../src/anonymiser/conversationAnonymiser';
import type { AnonymisedTranscript } from '../../../src/store/retentionPorts';
import { maskConversationCode } from '../../../src/transcripts/codeMask';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { cryptoRandom, systemClock } from '../../../src/clock';
import { removeDir } from '../../support/server';
import { threadNames, threadNamesShown } from '../../support/threads';
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

async function serverWith(workers: string, env: Record<string, string> = {}): Promise<{ rs: ReviewServer; root: Staff; sam: Staff }> {
  rs = await startReviewServer('2026-03-20T10:00:00Z', { ANONYMISER_WORKERS: workers, ...env });
  const ids = { root: await addStaff(rs, 'root', 'admin'), sam: await addStaff(rs, 'sam', 'supervisor') };
  await seedConversation(rs.server.store, { id: 'c1', code: 'ABC-123', startedAt: '2026-03-19T10:00:00Z', lines: LINES });
  return { rs, root: await Staff.login(rs.server.url, 'root', ids.root), sam: await Staff.login(rs.server.url, 'sam', ids.sam) };
}

function spyOnThisThread(): jest.SpyInstance[] {
  return [jest.spyOn(Pseudonymiser.prototype, 'anonymiseConversation'), jest.spyOn(Pseudonymiser.prototype, 'anonymise')];
}

/** This process's threads the pool named (Linux's /proc; elsewhere none are seen). */
const poolThreads = (): number => (threadNamesShown ? threadNames().filter((name) => name === ANONYMISER_THREAD_NAME).length : 0);

const calls = (spies: jest.SpyInstance[]) => spies.reduce((n, s) => n + s.mock.calls.length, 0);

it('with a pool, the retention run and a review read make their copies in its thread, as the in-process anonymiser would', async () => {
  // What the in-process anonymiser makes, worked out before the spies count, and before the server
  // starts: its first call loads the word lists, seconds on a loaded host, and a login's kept-alive
  // socket left idle that long meets the server's 5 s keep-alive close (read ECONNRESET, CI run cis112).
  const expected = anonymiseJob({ texts: LINES.map((l) => maskConversationCode(l.text, 'ABC-123')), continuing: false });
  const expectedAgain = anonymiseJob({ texts: ['Fatima zegt [NAAM-1] hallo'], continuing: true });
  const { rs, root, sam } = await serverWith('1');
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

it('stops while the pool makes copies for a running retention run: its thread ends and no copy is saved in part', async () => {
  // A grace of 1 s: the run (some 60 long conversations) outlasts it, so the pool closes under it.
  const started = await serverWith('1', { SHUTDOWN_GRACE_SECONDS: '1' });
  const long = Array.from({ length: 10 }, (_, i) => ({
    role: 'citizen' as const,
    text: Array.from(
      { length: 20 },
      (_, j) => `Mijn collega Sanne ${i}-${j} werkt bij Bakkerij Jansen in Tilburg en belt 06 1234567${j % 10}.`,
    ).join(' '),
  }));
  const ids = Array.from({ length: 60 }, (_, i) => `long-${i}`);
  for (const [i, id] of ids.entries())
    await seedConversation(started.rs.server.store, {
      id,
      code: `L${String(i).padStart(2, '0')}-000`,
      startedAt: '2026-03-19T10:00:00Z',
      lines: long,
    });
  const run = started.root.call('POST', '/staff/api/admin/retention/run', { dryRun: false }).catch((err: unknown) => err);
  // Once the pool has answered a first copy, the run is under way in its thread.
  while ((await started.rs.server.store.retention.getAnonymised('c1')) === null) await new Promise((r) => setTimeout(r, 20));
  const { dataDir } = started.rs.server;
  if (threadNamesShown) expect(poolThreads()).toBe(1);
  rs = null;
  await started.rs.server.stop();
  expect(poolThreads()).toBe(0);
  await run;

  const store = SqliteStore.open({ dataDir, clock: systemClock, random: cryptoRandom });
  try {
    for (const id of ['c1', ...ids]) {
      const copy = await store.retention.getAnonymised(id);
      if (copy) expect({ id, lines: copy.lines.length }).toEqual({ id, lines: id === 'c1' ? LINES.length : long.length });
    }
  } finally {
    await store.close();
    removeDir(dataDir);
  }
});
