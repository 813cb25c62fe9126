/**
 * Copies made by an older anonymiser (issue 13): made again by the current one, from the raw
 * transcript while it exists and from the copy's own text after the raw purge, without moving the
 * copy's creation date (its retention clock). The same on this thread and through the pool of
 * anonymiser threads the server uses; a failed anonymisation saves nothing.
 */
import { ANONYMISER_VERSION } from '../../../src/anonymiser';
import { inProcessAnonymiser, type ConversationAnonymiser } from '../../../src/anonymiser/conversationAnonymiser';
import { AnonymiserPool } from '../../../src/anonymiser/pool';
import { createRetention as retentionOf } from '../../../src/retention';
import type { AnonymisedTranscript } from '../../../src/store/retentionPorts';
import { openStaffFixture, type StaffFixture } from '../../support/staff';

const policy = { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, auditDays: 1825, idleMinutes: 60 };
const TEXT = 'Overslaan. Mijn zus heet Kayleigh, mail haar op kayleigh.dv at gmail dot com. Kayleigh is 15.';

let f: StaffFixture;
const pool = new AnonymiserPool({ workers: 1 });
afterAll(() => pool.close());
beforeEach(() => {
  f = openStaffFixture();
});
afterEach(async () => {
  await f.cleanup();
});

async function endedConversation(id: string, code = 'K7P-2QX'): Promise<void> {
  const { store, clock } = f;
  await store.conversations.create({ id, channelId: 'directline', code, locale: 'nl', startedAt: clock.now(), reference: {} });
  await store.transcripts.append(id, {
    role: 'citizen',
    type: 'message',
    text: TEXT,
    at: clock.now(),
    clientActivityId: null,
    activity: {},
  });
  await store.conversations.update(id, { status: 'ended', endedAt: clock.now() });
}

/** What the first anonymiser stored: a leaked e-mail address and a masked ordinary word. */
function oldCopy(id: string, createdAt: Date): AnonymisedTranscript {
  return {
    conversationId: id,
    createdAt,
    startedAt: createdAt,
    endedAt: createdAt,
    channelId: 'directline',
    locale: 'nl',
    triage: null,
    handedOff: false,
    waitSeconds: null,
    abandoned: false,
    outcome: null,
    anonymiserVersion: 1,
    lines: [
      {
        seq: 1,
        role: 'citizen',
        text: '[ADRES-1]. Mijn zus heet [NAAM-1], mail haar op kayleigh.dv at gmail dot com. Kayleigh is 15.',
        at: createdAt,
      },
    ],
  };
}

describe.each<[string, ConversationAnonymiser]>([
  ['on this thread', inProcessAnonymiser],
  ['in the pool', pool],
])('anonymised copies made by an older anonymiser (%s)', (_where, anonymiser) => {
  type Args = Parameters<typeof retentionOf>;
  const createRetention = (store: Args[0], clock: Args[1], audit: Args[2], p: Args[3]) => retentionOf(store, clock, audit, p, anonymiser);

  it('are made again from the raw transcript while it exists, keeping their creation date', async () => {
    await endedConversation('c1');
    const createdAt = new Date('2026-01-05T10:00:00Z');
    await f.store.retention.saveAnonymised(oldCopy('c1', createdAt));
    const { copies } = createRetention(f.store, f.clock, f.staff.audit, policy);

    expect(await copies.refreshOutdated(10)).toBe(1);
    const copy = await f.store.retention.getAnonymised('c1');
    expect(copy?.anonymiserVersion).toBe(ANONYMISER_VERSION);
    expect(copy?.createdAt).toEqual(createdAt);
    expect(copy?.lines[0]?.text).toBe('Overslaan. Mijn zus heet [NAAM-1], mail haar op [EMAIL-1]. [NAAM-1] is 15.');
    expect(await copies.refreshOutdated(10)).toBe(0);
  });

  it('are made again from their own text once the raw transcript is gone; old placeholders stay and numbering goes on', async () => {
    await endedConversation('c2');
    await f.store.retention.purgeRaw('c2', f.clock.now());
    await f.store.retention.saveAnonymised(oldCopy('c2', new Date('2026-01-05T10:00:00Z')));
    const { copies } = createRetention(f.store, f.clock, f.staff.audit, policy);

    const copy = await copies.current('c2');
    expect(copy?.anonymiserVersion).toBe(ANONYMISER_VERSION);
    // The old anonymiser took "Overslaan" for an address; that cannot be undone without the raw text.
    expect(copy?.lines[0]?.text).toBe('[ADRES-1]. Mijn zus heet [NAAM-1], mail haar op [EMAIL-1]. [NAAM-2] is 15.');
    expect((await f.store.retention.getAnonymised('c2'))?.lines[0]?.text).toBe(copy?.lines[0]?.text);
  });

  it('are made again by the retention run, which reports how many', async () => {
    await endedConversation('c3');
    await f.store.retention.saveAnonymised(oldCopy('c3', f.clock.now()));
    const { service } = createRetention(f.store, f.clock, f.staff.audit, policy);
    const summary = await service.run({ dryRun: false, actor: 'test' });
    expect(summary.anonymisedCopiesRefreshed).toBe(1);
    expect((await f.store.retention.getAnonymised('c3'))?.anonymiserVersion).toBe(ANONYMISER_VERSION);
  });

  it('new copies record the current version', async () => {
    await endedConversation('c4');
    const { copies } = createRetention(f.store, f.clock, f.staff.audit, policy);
    expect((await copies.make('c4'))?.anonymiserVersion).toBe(ANONYMISER_VERSION);
  });
});

describe('a copy whose anonymisation failed', () => {
  const refusing: ConversationAnonymiser = {
    anonymise: () => Promise.reject(new Error('thread gone')),
    close: () => Promise.resolve(),
  };
  const short: ConversationAnonymiser = { anonymise: () => Promise.resolve([]), close: () => Promise.resolve() };

  it.each([
    ['refused', refusing],
    ['answered with a text missing', short],
  ])('is not saved when %s; the retention run fails and keeps the raw transcript, and the next run makes it', async (_how, broken) => {
    await endedConversation('c5');
    await expect(retentionOf(f.store, f.clock, f.staff.audit, policy, broken).copies.make('c5')).rejects.toThrow();
    await expect(
      retentionOf(f.store, f.clock, f.staff.audit, policy, broken).service.run({ dryRun: false, actor: 'test' }),
    ).rejects.toThrow();
    expect(await f.store.retention.getAnonymised('c5')).toBeNull();
    expect(await f.store.transcripts.listAfter('c5', 0, 10)).toHaveLength(1);
    const summary = await retentionOf(f.store, f.clock, f.staff.audit, policy, pool).service.run({ dryRun: false, actor: 'test' });
    expect(summary.anonymisedCopiesMade).toBe(1);
    expect((await f.store.retention.getAnonymised('c5'))?.lines[0]?.text).toBe(
      'Overslaan. Mijn zus heet [NAAM-1], mail haar op [EMAIL-1]. [NAAM-1] is 15.',
    );
  });
});

describe('outdated copies made again together (round 38)', () => {
  /** Holds every job until `release`, counting how many it held at once; a job whose text says "stuk" fails. */
  function holding(): { anonymiser: ConversationAnonymiser; most: () => number; release: () => void } {
    let held = 0;
    let most = 0;
    const waiting: (() => void)[] = [];
    const anonymiser: ConversationAnonymiser = {
      anonymise: async ({ texts }) => {
        held++;
        most = Math.max(most, held);
        await new Promise<void>((resolve) => waiting.push(resolve));
        held--;
        if (texts.some((t) => t.includes('stuk'))) throw new Error('this job');
        return texts.map((t) => t.toUpperCase());
      },
      close: () => Promise.resolve(),
    };
    return { anonymiser, most: () => most, release: () => waiting.splice(0).forEach((go) => go()) };
  }

  async function outdated(ids: readonly string[]): Promise<void> {
    for (const [i, id] of ids.entries()) {
      await endedConversation(id, `K7P-2Q${i}`);
      await f.store.retention.saveAnonymised(oldCopy(id, f.clock.now()));
    }
  }

  /** Releases the held jobs until `done` settles: each copy's reads come before its job. */
  async function releaseUntil<T>(done: Promise<T>, release: () => void): Promise<void> {
    let settled = false;
    void done.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      release();
    }
  }

  it('asks the anonymiser for all of them at once, so its thread can read them as one batch', async () => {
    await outdated(['d1', 'd2', 'd3']);
    const { anonymiser, most, release } = holding();
    const refreshed = retentionOf(f.store, f.clock, f.staff.audit, policy, anonymiser).copies.refreshOutdated(10);
    await releaseUntil(refreshed, release);
    expect(await refreshed).toBe(3);
    expect(most()).toBe(3);
    for (const id of ['d1', 'd2', 'd3']) expect((await f.store.retention.getAnonymised(id))?.anonymiserVersion).toBe(ANONYMISER_VERSION);
  });

  it('fails when one fails, after the others were made again', async () => {
    await outdated(['e1', 'e2']);
    await f.store.transcripts.append('e2', {
      role: 'citizen',
      type: 'message',
      text: 'stuk',
      at: f.clock.now(),
      clientActivityId: null,
      activity: {},
    });
    const { anonymiser, release } = holding();
    const refreshed = retentionOf(f.store, f.clock, f.staff.audit, policy, anonymiser).copies.refreshOutdated(10);
    await releaseUntil(refreshed, release);
    await expect(refreshed).rejects.toThrow('this job');
    expect((await f.store.retention.getAnonymised('e1'))?.anonymiserVersion).toBe(ANONYMISER_VERSION);
    expect((await f.store.retention.getAnonymised('e2'))?.anonymiserVersion).toBe(1);
  });
});
