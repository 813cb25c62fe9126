/**
 * Retention across every class with an injected clock and the real SQLite store: raw transcripts
 * of bot-only and counsellor conversations, anonymised copies, the audit log, idle conversations,
 * legal hold, dry runs and reruns.
 */
import { ConversationAdmin } from '../../../src/retention/conversationAdmin';
import { createRetention } from '../../../src/retention';
import { HandoffEvents } from '../../../src/handoff/events';
import { OpeningHours, parseWeeklyHours } from '../../../src/handoff/openingHours';
import { HandoffService } from '../../../src/handoff/service';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

const DAY = 86_400_000;
const policy = { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, auditDays: 1825, idleMinutes: 60 };

let f: StaffFixture;
beforeEach(() => {
  f = openStaffFixture();
});
afterEach(async () => {
  await f.cleanup();
});

async function conversation(id: string, code: string, text: string, options: { counsellor?: boolean } = {}) {
  const { store, clock } = f;
  await store.conversations.create({
    id,
    channelId: 'directline',
    code,
    locale: 'nl',
    startedAt: clock.now(),
    reference: { conversation: { id } },
  });
  await store.conversations.update(id, { triage: { form: 'labour_exploitation', acute: false } });
  await store.transcripts.append(id, {
    role: 'citizen',
    type: 'message',
    text,
    at: clock.now(),
    clientActivityId: null,
    activity: { text },
  });
  await store.transcripts.append(id, {
    role: 'bot',
    type: 'message',
    text: `Je gesprekscode is ${code}.`,
    at: clock.now(),
    clientActivityId: null,
    activity: {},
  });
  await store.state.write({ [`directline/conversations/${id}/`]: { session: { locale: 'nl' } } });
  if (options.counsellor) {
    await store.handoffs.open({ id: `h-${id}`, conversationId: id, acute: false, locale: 'nl', queuedAt: clock.now() });
    await store.handoffs.accept(`h-${id}`, 'counsellor-1', new Date(clock.now().getTime() + 120_000));
    await store.handoffs.finish(`h-${id}`, ['live'], 'closed', new Date(clock.now().getTime() + 600_000), 'advice_given', null);
  }
  await store.conversations.update(id, { status: 'ended', endedAt: clock.now() });
}

const retention = () => createRetention(f.store, f.clock, f.staff.audit, policy).service;

function conversationAdmin(): ConversationAdmin {
  const handoff = new HandoffService({
    handoffs: f.store.handoffs,
    conversations: f.store.conversations,
    events: new HandoffEvents(),
    hours: new OpeningHours(parseWeeklyHours('mon-sun 00:00-24:00'), new Set(), 'Europe/Amsterdam'),
    clock: f.clock,
    random: f.random,
    settings: { maxWaitMinutes: 15, defaultChatMinutes: 20, presenceGraceSeconds: 120 },
  });
  return new ConversationAdmin({
    conversations: f.store.conversations,
    retention: f.store.retention,
    handoff,
    audit: f.staff.audit,
    clock: f.clock,
  });
}
const raw = async (id: string) => (await f.store.transcripts.listAfter(id, 0, 100)).length;

it('keeps raw bot-only transcripts 30 days and counsellor ones 90, anonymised copies 365', async () => {
  await conversation('bot-only', 'AAA-AAA', 'Ik ben Marieke de Vries, bel 06-12345678');
  await conversation('with-counsellor', 'BBB-BBB', 'Mijn buurman Piet Jansen werkt in de kas', { counsellor: true });

  const first = await retention().run({ dryRun: false, actor: 'system' });
  expect(first.anonymisedCopiesMade).toBe(2);
  expect(first.deleted).toEqual({ rawBotOnly: 0, rawWithCounsellor: 0, anonymised: 0, audit: 0 });

  f.clock.advance(31 * DAY);
  const month = await retention().run({ dryRun: false, actor: 'system' });
  expect(month.deleted).toMatchObject({ rawBotOnly: 1, rawWithCounsellor: 0 });
  expect(await raw('bot-only')).toBe(0);
  expect(await f.store.state.read(['directline/conversations/bot-only/'])).toEqual({});
  expect(await raw('with-counsellor')).toBe(2);

  f.clock.advance(60 * DAY);
  expect((await retention().run({ dryRun: false, actor: 'system' })).deleted).toMatchObject({ rawBotOnly: 0, rawWithCounsellor: 1 });
  expect(await raw('with-counsellor')).toBe(0);
  expect(await f.store.retention.getAnonymised('with-counsellor')).not.toBeNull();

  f.clock.advance(280 * DAY);
  expect((await retention().run({ dryRun: false, actor: 'system' })).deleted.anonymised).toBe(2);
  expect(await f.store.retention.getAnonymised('bot-only')).toBeNull();
});

it('makes anonymised copies without personal data or the conversation code, with handoff facts', async () => {
  await conversation('c1', 'K7M-4QX', 'Ik ben Marieke de Vries, mail marieke@example.nl of bel 06-12345678', { counsellor: true });
  await retention().run({ dryRun: false, actor: 'system' });
  const copy = await f.store.retention.getAnonymised('c1');
  const text = JSON.stringify(copy);
  for (const secret of ['Marieke', 'Vries', 'marieke@example.nl', '06-12345678', 'K7M-4QX']) expect(text).not.toContain(secret);
  expect(copy?.lines[0]?.text).toMatch(/\[NAAM-1\]/);
  expect(copy).toMatchObject({
    handedOff: true,
    waitSeconds: 120,
    outcome: 'advice_given',
    abandoned: false,
    triage: { form: 'labour_exploitation' },
  });
});

it('ends idle conversations at their last activity (not at the run) and copies them', async () => {
  await f.store.conversations.create({
    id: 'idle',
    channelId: 'directline',
    code: 'CCC-CCC',
    locale: 'nl',
    startedAt: f.clock.now(),
    reference: null,
  });
  const lastActivity = f.clock.now();
  f.clock.advance(59 * 60_000);
  expect((await retention().run({ dryRun: false, actor: 'system' })).endedIdle).toBe(0);
  f.clock.advance(2 * 60_000);
  const run = await retention().run({ dryRun: false, actor: 'system' });
  expect(run).toMatchObject({ endedIdle: 1, anonymisedCopiesMade: 1 });
  expect((await f.store.conversations.get('idle'))?.status).toBe('ended');
  expect((await f.store.conversations.get('idle'))?.endedAt).toEqual(lastActivity);
});

/** A conversation waiting in the counsellor queue since now. */
async function waitingInQueue(id: string, code: string): Promise<void> {
  await f.store.conversations.create({ id, channelId: 'directline', code, locale: 'nl', startedAt: f.clock.now(), reference: null });
  await f.store.handoffs.open({ id: `h-${id}`, conversationId: id, acute: false, locale: 'nl', queuedAt: f.clock.now() });
  await f.store.conversations.update(id, { status: 'queued' });
}

it('a chat that went quiet while waiting for a counsellor also leaves the queue, at its last activity', async () => {
  await waitingInQueue('waiting', 'WWW-WWW');
  const lastActivity = (await f.store.conversations.get('waiting'))!.lastActivityAt;
  f.clock.advance(61 * 60_000);

  const run = await retention().run({ dryRun: false, actor: 'system' });
  expect(run.endedIdle).toBe(1);
  expect(await f.store.handoffs.listByStatus('queued')).toEqual([]);
  expect(await f.store.handoffs.current('waiting')).toBeNull();
  const [handoff] = await f.store.handoffs.history('waiting');
  expect(handoff).toMatchObject({ status: 'cancelled', acceptedAt: null });
  expect(handoff!.endedAt!.getTime()).toBe(Math.max(lastActivity.getTime(), handoff!.queuedAt.getTime()));
  expect(await f.store.conversations.get('waiting')).toMatchObject({ status: 'ended', endedReason: 'idle', endedAt: lastActivity });
  // The copy counts it as a request that never reached a counsellor.
  expect(await f.store.retention.getAnonymised('waiting')).toMatchObject({ handedOff: false, abandoned: true });
});

it('leaves a quiet conversation open when a counsellor has just taken it from the queue', async () => {
  await waitingInQueue('taken', 'TTT-TTT');
  f.clock.advance(61 * 60_000);
  // Accepted after the run listed the conversation as quiet, before it ended it.
  await f.store.handoffs.accept('h-taken', 'counsellor-1', f.clock.now());

  const run = await retention().run({ dryRun: false, actor: 'system' });
  expect(run.endedIdle).toBe(0);
  expect((await f.store.handoffs.current('taken'))?.status).toBe('live');
  expect((await f.store.conversations.get('taken'))?.status).toBe('queued');
});

it('counts in a dry run only the quiet conversations a real run would end (not one a counsellor holds live)', async () => {
  await waitingInQueue('taken', 'TTT-TTT');
  await waitingInQueue('left', 'LLL-LLL');
  f.clock.advance(61 * 60_000);
  await f.store.handoffs.accept('h-taken', 'counsellor-1', f.clock.now());

  expect((await retention().run({ dryRun: true, actor: 'system' })).endedIdle).toBe(1);
  expect((await retention().run({ dryRun: false, actor: 'system' })).endedIdle).toBe(1);
});

it('never purges a conversation on legal hold until the hold is lifted; erasure is refused while held', async () => {
  await conversation('held', 'DDD-DDD', 'iets');
  const admin = conversationAdmin();
  await admin.hold('DDD-DDD', 'police investigation', 'admin-1');
  f.clock.advance(400 * DAY);
  const run = await retention().run({ dryRun: false, actor: 'system' });
  expect(run.deleted).toMatchObject({ rawBotOnly: 0, anonymised: 0 });
  expect(await raw('held')).toBe(2);
  await expect(admin.erase('DDD-DDD', 'request', 'admin-1')).rejects.toMatchObject({ code: 'Conflict' });

  await admin.release('DDD-DDD', 'investigation closed', 'admin-1');
  // The raw data goes at once; the anonymised copy (made during the hold) keeps its own year.
  expect((await retention().run({ dryRun: false, actor: 'system' })).deleted).toMatchObject({ rawBotOnly: 1, anonymised: 0 });
  expect(await raw('held')).toBe(0);
  expect(await f.store.retention.getAnonymised('held')).not.toBeNull();
  const holds = await f.store.audit.search({ action: 'legal_hold', limit: 10, offset: 0 });
  expect(holds.map((h) => h.detail)).toEqual(
    expect.arrayContaining([expect.objectContaining({ hold: true }), expect.objectContaining({ hold: false })]),
  );
});

it('erases a conversation by its code: raw, anonymised, state and handoffs, audited', async () => {
  await conversation('gone', 'EEE-EEE', 'Ik ben Jan', { counsellor: true });
  await retention().run({ dryRun: false, actor: 'system' });
  const admin = conversationAdmin();
  await admin.erase('eee-eee', 'citizen asked', 'admin-1');
  expect(await f.store.conversations.get('gone')).toBeNull();
  expect(await raw('gone')).toBe(0);
  expect(await f.store.retention.getAnonymised('gone')).toBeNull();
  expect(await f.store.handoffs.history('gone')).toEqual([]);
  expect(await f.store.state.read(['directline/conversations/gone/'])).toEqual({});
  const [entry] = await f.store.audit.search({ action: 'erasure', limit: 1, offset: 0 });
  expect(entry).toMatchObject({ actor: 'admin-1', conversationId: 'gone' });
  expect(JSON.stringify(entry)).not.toContain('Jan');
});

it('a dry run changes nothing and reports what a real run would delete; reruns are safe', async () => {
  await conversation('a', 'FFF-FFF', 'x');
  await retention().run({ dryRun: false, actor: 'system' });
  f.clock.advance(31 * DAY);
  const dry = await retention().run({ dryRun: true, actor: 'cli' });
  expect(dry).toMatchObject({ dryRun: true, deleted: { rawBotOnly: 1 } });
  expect(await raw('a')).toBe(2);
  expect((await retention().run({ dryRun: false, actor: 'system' })).deleted.rawBotOnly).toBe(1);
  expect((await retention().run({ dryRun: false, actor: 'system' })).deleted.rawBotOnly).toBe(0);
  const runs = await f.store.audit.search({ action: 'retention_run', limit: 10, offset: 0 });
  expect(runs.length).toBe(4);
  expect(runs.every((r) => typeof r.detail.rawBotOnly === 'number')).toBe(true);
});

it('deletes audit entries older than the audit period', async () => {
  await f.staff.audit.record('cli', 'staff_added', undefined, { role: 'counsellor' });
  f.clock.advance(1826 * DAY);
  expect((await retention().run({ dryRun: false, actor: 'system' })).deleted.audit).toBe(1);
});

it('runs one at a time: a run started while another holds the lock (another instance, the CLI) fails with RetentionBusy', async () => {
  const { service } = createRetention(f.store, f.clock, f.staff.audit, policy);
  let finish!: () => void;
  const held = f.store.cluster.locks.runExclusive('retention', () => new Promise<void>((resolve) => (finish = resolve)));
  await expect(service.run({ dryRun: true, actor: 'admin-1' })).rejects.toMatchObject({ code: 'RetentionBusy', status: 409 });
  finish();
  expect(await held).toEqual({ ran: true, value: undefined });
  // Once the other run is done, the next one goes ahead.
  await expect(service.run({ dryRun: true, actor: 'admin-1' })).resolves.toMatchObject({ dryRun: true });
});
