/**
 * `helpline transcript show` and `helpline retention run` through the CLI's `main` on a data
 * folder: JSON on stdout, JSON errors on stderr, and an audit entry by 'cli'.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock, SeededRandom, systemClock } from '../../../src/clock';
import { createRetention } from '../../../src/retention';
import { createStaffServices } from '../../../src/staff';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { POLICY, seedConversation } from './harness';
import { helpline } from '../../support/cli';
import type { CliRun } from '../../support/cli';

const errorCode = (run: CliRun) => (JSON.parse(run.stderr.trim().split('\n').pop()!) as { error: { code: string } }).error.code;

async function withStore<T>(dataDir: string, fn: (store: SqliteStore) => Promise<T>): Promise<T> {
  const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(7) });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-cli-review-'));
  await withStore(dataDir, async (store) => {
    const lines = [
      { role: 'citizen' as const, text: 'Ik ben Karin Smit, mijn nummer is 06-87654321.' },
      { role: 'bot' as const, text: 'Dank je. Bel 112 als er nu gevaar is.' },
    ];
    await seedConversation(store, { id: 'bot-only', code: 'CLI-111', startedAt: '2026-01-10T10:00:00Z', lines });
    await seedConversation(store, {
      id: 'with-counsellor',
      code: 'CLI-222',
      startedAt: '2026-01-10T11:00:00Z',
      lines,
      handoff: { counsellorId: 'u1', waitSeconds: 20, outcome: 'advice_given' },
    });
    await store.handoffs.addNote({
      conversationId: 'with-counsellor',
      counsellorId: 'u1',
      at: new Date('2026-01-10T11:10:00Z'),
      text: 'Notitie',
    });
    // The copy of 'bot-only' exists already; 'with-counsellor' gets its copy from the CLI run below.
    const clock = new ManualClock('2026-01-10T12:00:00Z');
    const { copies } = createRetention(store, clock, createStaffServices(store, clock, new SeededRandom(1)).audit, POLICY);
    await copies.make('bot-only');
  });
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('shows the raw transcript by code, with notes, and audits the read', async () => {
  const run = await helpline(['transcript', 'show', 'CLI-222'], dataDir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as {
    conversation: Record<string, unknown>;
    notes: { text: string }[];
    transcript: { text: string }[];
  };
  expect(out.conversation).toMatchObject({ id: 'with-counsellor', code: 'CLI-222', status: 'ended' });
  expect(out.conversation).not.toHaveProperty('reference');
  expect(out.transcript.map((l) => l.text)).toEqual([
    'Ik ben Karin Smit, mijn nummer is 06-87654321.',
    'Dank je. Bel 112 als er nu gevaar is.',
  ]);
  expect(out.notes.map((n) => n.text)).toEqual(['Notitie']);
  const entries = await withStore(dataDir, (s) => s.audit.search({ actor: 'cli', action: 'transcript_read', limit: 5, offset: 0 }));
  expect(entries[0]).toMatchObject({ conversationId: 'with-counsellor', detail: { anonymised: false, entries: 2 } });
});

it('shows the anonymised copy with --anonymised, without the personal data', async () => {
  const run = await helpline(['transcript', 'show', 'bot-only', '--anonymised'], dataDir);
  expect(run.code).toBe(0);
  const copy = JSON.parse(run.stdout) as { conversationId: string; lines: { text: string }[] };
  expect(copy.conversationId).toBe('bot-only');
  expect(copy.lines[0]!.text).toContain('[NAAM-1]');
  expect(run.stdout).not.toMatch(/Karin|Smit|87654321|CLI-111/);
  const entries = await withStore(dataDir, (s) =>
    s.audit.search({ actor: 'cli', action: 'transcript_read', conversationId: 'bot-only', limit: 5, offset: 0 }),
  );
  expect(entries[0]!.detail).toEqual({ anonymised: true });

  const noCopy = await helpline(['transcript', 'show', 'CLI-222', '--anonymised'], dataDir);
  expect(noCopy.code).toBe(1);
  expect(errorCode(noCopy)).toBe('NotFound');
  const unknown = await helpline(['transcript', 'show', 'ZZZ-999'], dataDir);
  expect(unknown.code).toBe(1);
  const bad = await helpline(['transcript', 'list'], dataDir);
  expect(bad.code).toBe(2);
});

it('retention run --dry-run --now counts without deleting; the real run deletes and a rerun finds nothing', async () => {
  const dry = await helpline(['retention', 'run', '--dry-run', '--now', '2026-03-01T00:00:00Z'], dataDir);
  expect(dry.stderr).toBe('');
  expect(dry.code).toBe(0);
  expect(JSON.parse(dry.stdout)).toEqual({
    dryRun: true,
    now: '2026-03-01T00:00:00.000Z',
    endedIdle: 0,
    anonymisedCopiesMade: 0,
    anonymisedCopiesRefreshed: 0,
    deleted: { rawBotOnly: 1, rawWithCounsellor: 0, anonymised: 0, audit: 0 },
  });
  expect(await withStore(dataDir, (s) => s.transcripts.listAfter('bot-only', 0, 10))).toHaveLength(2);

  const real = await helpline(['retention', 'run', '--now', '2026-03-01T00:00:00Z'], dataDir);
  expect(JSON.parse(real.stdout)).toMatchObject({
    dryRun: false,
    anonymisedCopiesMade: 1,
    deleted: { rawBotOnly: 1, rawWithCounsellor: 0 },
  });
  await withStore(dataDir, async (s) => {
    expect(await s.transcripts.listAfter('bot-only', 0, 10)).toEqual([]);
    expect(await s.transcripts.listAfter('with-counsellor', 0, 10)).toHaveLength(2);
    expect(await s.retention.getAnonymised('with-counsellor')).not.toBeNull();
    const runs = await s.audit.search({ actor: 'cli', action: 'retention_run', limit: 5, offset: 0 });
    expect(runs.map((e) => e.detail.dryRun)).toEqual([false, true]);
    expect(JSON.stringify(runs)).not.toMatch(/Karin|CLI-111/);
  });

  // Past the 90 days for chats with a counsellor, that class goes too; the rest was done already.
  const later = await helpline(['retention', 'run', '--now', '2026-05-01T00:00:00Z'], dataDir);
  expect(JSON.parse(later.stdout)).toMatchObject({ deleted: { rawBotOnly: 0, rawWithCounsellor: 1 } });

  const badNow = await helpline(['retention', 'run', '--now', 'gisteren'], dataDir);
  expect(badNow.code).toBe(2);
  expect(errorCode(badNow)).toBe('BadArguments');
});
