/** The takeover rules on the real SQLite store, with a clock moved by hand. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ManualClock, SeededRandom } from '../../../src/clock';
import { AppError } from '../../../src/errors';
import { HandoffEvents } from '../../../src/handoff/events';
import type { HandoffEvent } from '../../../src/handoff/events';
import { OpeningHours, parseHolidays, parseWeeklyHours } from '../../../src/handoff/openingHours';
import { HandoffService, WRAP_UP_MINUTES } from '../../../src/handoff/service';
import type { HandoffSettings } from '../../../src/handoff/service';
import { SQLITE_FILE_NAME, SqliteStore } from '../../../src/store/sqlite/sqliteStore';

const MONDAY_10H = '2026-03-02T09:00:00Z'; // 10:00 in Amsterdam (CET)
const SETTINGS: HandoffSettings = { maxWaitMinutes: 15, defaultChatMinutes: 20, presenceGraceSeconds: 120 };
const MINUTE = 60_000;

let dataDir: string;
let store: SqliteStore;
let clock: ManualClock;
let events: HandoffEvent[];
let service: HandoffService;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-handoff-'));
  clock = new ManualClock(MONDAY_10H);
  const random = new SeededRandom(7);
  store = SqliteStore.open({ dataDir, clock, random });
  const bus = new HandoffEvents();
  events = [];
  bus.subscribe((e) => events.push(e));
  service = new HandoffService({
    handoffs: store.handoffs,
    conversations: store.conversations,
    events: bus,
    // King's Day 2026 falls on a Monday.
    hours: new OpeningHours(parseWeeklyHours('mon-fri 09:00-17:00'), parseHolidays('2026-04-27'), 'Europe/Amsterdam'),
    clock,
    random,
    settings: SETTINGS,
  });
  for (const id of ['c1', 'c2', 'c3', 'c4']) {
    await store.conversations.create({
      id,
      channelId: 'directline',
      code: `AAA-${id.toUpperCase()}X`,
      locale: 'nl',
      startedAt: clock.now(),
      reference: null,
    });
  }
});

afterEach(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const nl = { acute: false, locale: 'nl' as const };
const status = async (id: string) => (await store.conversations.get(id))?.status;
const kinds = () => events.map((e) => e.kind);

async function expectAppError(promise: Promise<unknown>, code: string): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
}

/** Queues c1 and gives it to counsellor `who`. */
async function liveChat(who = 'anna', conversationId = 'c1'): Promise<void> {
  await service.setAvailability(who, true);
  await service.request(conversationId, nl);
  await service.accept(conversationId, who);
}

describe('asking for a counsellor', () => {
  it('queues inside opening hours when someone is available, and says so', async () => {
    await service.setAvailability('anna', true);
    events.length = 0;
    expect(await service.request('c1', nl)).toEqual({
      kind: 'queued',
      position: 0,
      waitMinutes: 0,
      waitCapped: false,
      alreadyWaiting: false,
    });
    expect(await status('c1')).toBe('queued');
    expect(kinds()).toEqual(['queue_changed']);
    expect(await service.request('c1', nl)).toEqual({
      kind: 'queued',
      position: 0,
      waitMinutes: 0,
      waitCapped: false,
      alreadyWaiting: true,
    });
    expect(await store.handoffs.listByStatus('queued')).toHaveLength(1);
  });

  it('answers "closed" outside opening hours and on holidays, even with counsellors online', async () => {
    clock.set('2026-03-07T10:00:00Z'); // Saturday
    await service.setAvailability('anna', true);
    expect(await service.request('c1', nl)).toEqual({ kind: 'closed' });
    clock.set('2026-03-02T16:00:00Z'); // Monday 17:00, just closed
    await service.setAvailability('anna', true);
    expect(await service.request('c1', nl)).toEqual({ kind: 'closed' });
    clock.set('2026-04-27T08:00:00Z'); // King's Day, 10:00 CEST
    await service.setAvailability('anna', true);
    expect(await service.request('c1', nl)).toEqual({ kind: 'closed' });
    expect(await store.handoffs.listByStatus('queued')).toEqual([]);
    expect(await status('c1')).toBe('bot');
  });

  it('tells the dialogs whether the chat with a person is open now, by the same hours and holidays (isOpenNow)', () => {
    // The "no answer here" line offers the chat only when this is true (dialogs/triageDialog.ts).
    expect(service.isOpenNow()).toBe(true); // Monday 10:00
    clock.set('2026-03-02T16:00:00Z'); // Monday 17:00, just closed
    expect(service.isOpenNow()).toBe(false);
    clock.set('2026-03-07T10:00:00Z'); // Saturday
    expect(service.isOpenNow()).toBe(false);
    clock.set('2026-04-27T08:00:00Z'); // King's Day, 10:00 CEST
    expect(service.isOpenNow()).toBe(false);
  });

  it('answers "nobody available" when no counsellor is available', async () => {
    expect(await service.request('c1', nl)).toEqual({ kind: 'nobody_available' });
    await service.setAvailability('anna', false);
    expect(await service.request('c1', nl)).toEqual({ kind: 'nobody_available' });
    expect(await store.handoffs.current('c1')).toBeNull();
  });

  it('answers "live" while the chat is with a counsellor', async () => {
    await liveChat();
    expect(await service.request('c1', nl)).toEqual({ kind: 'live' });
  });

  it('counts a counsellor whose console dropped as available for the grace period only', async () => {
    await service.setAvailability('anna', true);
    clock.advance(119_000);
    expect(await service.isAvailable('anna')).toBe(true);
    expect(await service.staffing()).toEqual({ free: 1, busy: 0 });
    clock.advance(2_000);
    expect(await service.isAvailable('anna')).toBe(false);
    expect(await service.request('c1', nl)).toEqual({ kind: 'nobody_available' });
    // A heartbeat from the console brings her back without touching her choice.
    await service.seen('anna');
    expect(await service.isAvailable('anna')).toBe(true);
    await service.setAvailability('anna', false);
    await service.seen('anna');
    expect(await service.isAvailable('anna')).toBe(false);
    // A heartbeat from someone who never chose to be available does not make them available.
    await service.seen('bert');
    expect(await service.isAvailable('bert')).toBe(false);
  });
});

describe('queue order and wait estimates', () => {
  it('puts acute chats first, then first come first served, and alerts for acute ones', async () => {
    await service.setAvailability('anna', true);
    events.length = 0;
    await service.request('c1', nl);
    clock.advance(MINUTE);
    await service.request('c2', nl);
    clock.advance(MINUTE);
    const acute = await service.request('c3', { acute: true, locale: 'en' });
    expect(acute).toMatchObject({ kind: 'queued', position: 0 });
    expect(events).toContainEqual({ kind: 'alert', conversationId: 'c3', reason: 'acute_waiting' });
    const queue = await service.queue();
    expect(queue.map((q) => [q.handoff.conversationId, q.position, q.handoff.acute, q.handoff.locale])).toEqual([
      ['c3', 0, true, 'en'],
      ['c1', 1, false, 'nl'],
      ['c2', 2, false, 'nl'],
    ]);
  });

  it('estimates honestly from staffing and measured chat length as time goes by', async () => {
    await service.setAvailability('anna', true);
    for (const id of ['c1', 'c2', 'c3']) await service.request(id, nl);
    // One free counsellor: the first chat is taken at once, then one every 20 (default) minutes;
    // but nobody waits longer than 15 minutes, so 20 and 40 become "up to 15".
    const waits = async () => (await service.queue()).map((q) => [q.waitMinutes, q.waitCapped]);
    expect(await waits()).toEqual([
      [0, false],
      [15, true],
      [15, true],
    ]);

    await service.accept('c1', 'anna');
    expect(await service.staffing()).toEqual({ free: 0, busy: 1 });
    expect(await waits()).toEqual([
      [15, true],
      [15, true],
    ]);

    await service.setAvailability('bert', true);
    expect((await service.queue()).map((q) => q.waitMinutes)).toEqual([0, 10]);

    // Without heartbeats both drop out after the grace period: no estimate is better than a false one.
    clock.advance(121_000);
    expect((await service.queue()).map((q) => q.waitMinutes)).toEqual([null, null]);
  });

  it('uses the median of measured chats once there are enough of them', async () => {
    const lengths = [6, 8, 10, 12, 60];
    for (const [i, minutes] of lengths.entries()) {
      const id = `m${i}`;
      await store.conversations.create({
        id,
        channelId: 'directline',
        code: `MMM-${i}00X`,
        locale: 'nl',
        startedAt: clock.now(),
        reference: null,
      });
      await liveChat('anna', id);
      // Four measured chats are too few: the default (20, cut to the 15-minute maximum) still counts.
      if (i === lengths.length - 1) {
        await service.request('c1', nl);
        expect(await service.queue()).toMatchObject([{ waitMinutes: 15, waitCapped: true }]);
        await service.cancel('c1');
      }
      clock.advance(minutes * MINUTE);
      await service.setAvailability('anna', true);
      await service.close(id, 'anna', 'advice_given', null);
    }
    await service.setAvailability('anna', true);
    await liveChat('anna', 'c4');
    await service.request('c1', nl);
    await service.request('c2', nl);
    expect((await service.queue()).map((q) => q.waitMinutes)).toEqual([10, 15]);
  });

  it('never estimates beyond what is left of the maximum wait, counted from when the chat was queued', async () => {
    await service.setAvailability('anna', true);
    await liveChat('anna', 'c4');
    await service.request('c1', nl);
    expect(await service.queue()).toMatchObject([{ waitMinutes: 15, waitCapped: true }]);
    clock.advance(10 * MINUTE);
    await service.seen('anna');
    expect(await service.queue()).toMatchObject([{ waitMinutes: 5, waitCapped: true }]);
    // The citizen who asks again hears the same capped estimate, and that they already wait.
    expect(await service.request('c1', nl)).toEqual({
      kind: 'queued',
      position: 0,
      waitMinutes: 5,
      waitCapped: true,
      alreadyWaiting: true,
    });
    for (const q of await service.queue()) expect(q.waitMinutes ?? 0).toBeLessThanOrEqual(SETTINGS.maxWaitMinutes);
  });

  it('moves a waiting chat to the front when danger shows up, once', async () => {
    await service.setAvailability('anna', true);
    await service.request('c1', nl);
    await service.request('c2', nl);
    events.length = 0;
    await service.markAcute('c2');
    expect(events).toEqual([{ kind: 'queue_changed' }, { kind: 'alert', conversationId: 'c2', reason: 'acute_waiting' }]);
    expect((await service.queue()).map((q) => q.handoff.conversationId)).toEqual(['c2', 'c1']);
    events.length = 0;
    await service.markAcute('c2');
    await service.markAcute('c4'); // not waiting: nothing to do
    expect(events).toEqual([]);
  });

  it('raises the priority when an already waiting citizen asks again with danger known', async () => {
    await service.setAvailability('anna', true);
    await service.request('c1', nl);
    await service.request('c2', nl);
    events.length = 0;
    expect(await service.request('c2', { acute: true, locale: 'nl' })).toMatchObject({ kind: 'queued', position: 0, alreadyWaiting: true });
    expect(events).toContainEqual({ kind: 'alert', conversationId: 'c2', reason: 'acute_waiting' });
  });

  it('alerts the holder when danger shows up in a live chat', async () => {
    await liveChat();
    events.length = 0;
    await service.markAcute('c1');
    expect(events).toEqual([{ kind: 'alert', conversationId: 'c1', reason: 'acute_in_live_chat' }]);
  });
});

describe('taking and handing over a chat', () => {
  it('lets exactly one of two racing counsellors accept; the other gets Conflict', async () => {
    await service.setAvailability('anna', true);
    await service.setAvailability('bert', true);
    await service.request('c1', nl);
    events.length = 0;
    const results = await Promise.allSettled([service.accept('c1', 'anna'), service.accept('c1', 'bert')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(AppError);
    // Its own code and English text, with the 409 the console acts on.
    expect(lost[0]!.reason).toMatchObject({ code: 'AlreadyTaken', status: 409, message: 'Another counsellor took this chat first.' });
    const holder = (await store.handoffs.current('c1'))!.counsellorId;
    expect(won[0]).toMatchObject({ value: { status: 'live', counsellorId: holder, acceptedAt: clock.now() } });
    expect(events.filter((e) => e.kind === 'accepted')).toEqual([{ kind: 'accepted', conversationId: 'c1', counsellorId: holder }]);
    expect(await status('c1')).toBe('live');
    await expectAppError(service.accept('c1', 'anna'), 'AlreadyTaken');
    await expectAppError(service.accept('c2', 'anna'), 'NotFound');
  });

  it('shows a chat only to its holder, and only while it is live', async () => {
    await service.setAvailability('anna', true);
    await service.request('c1', nl);
    await expectAppError(service.heldBy('c1', 'anna'), 'NotFound');
    await service.accept('c1', 'anna');
    await expect(service.heldBy('c1', 'anna')).resolves.toMatchObject({ conversationId: 'c1', counsellorId: 'anna' });
    await expectAppError(service.heldBy('c1', 'bert'), 'HeldByAnotherCounsellor');
    await expect(service.heldBy('c1', 'bert')).rejects.toMatchObject({ status: 403, message: 'Another counsellor holds this chat.' });
    await expectAppError(service.heldBy('c9', 'anna'), 'NotFound');
  });

  it('transfers from the holder to another counsellor', async () => {
    await liveChat();
    events.length = 0;
    await expectAppError(service.transfer('c1', 'bert', 'carla'), 'HeldByAnotherCounsellor');
    await service.transfer('c1', 'anna', 'bert');
    expect(events).toEqual([{ kind: 'transferred', conversationId: 'c1', from: 'anna', to: 'bert' }]);
    await expect(service.heldBy('c1', 'bert')).resolves.toMatchObject({ counsellorId: 'bert' });
    await expectAppError(service.heldBy('c1', 'anna'), 'HeldByAnotherCounsellor');
    expect(await status('c1')).toBe('live');
  });

  it('releases back to the bot; the citizen can ask again later', async () => {
    await liveChat();
    clock.advance(7 * MINUTE);
    events.length = 0;
    await expectAppError(service.release('c1', 'bert'), 'HeldByAnotherCounsellor');
    await service.release('c1', 'anna');
    expect(events).toEqual([
      { kind: 'ended', conversationId: 'c1', reason: 'released', counsellorId: 'anna', wrapUp: false },
      { kind: 'queue_changed' },
    ]);
    expect(await status('c1')).toBe('bot');
    expect(await store.handoffs.current('c1')).toBeNull();
    expect(await store.handoffs.recentChatMinutes(5)).toEqual([7]);
    await expectAppError(service.release('c1', 'anna'), 'NotFound');
    await service.seen('anna'); // her console's heartbeat
    expect(await service.request('c1', nl)).toMatchObject({ kind: 'queued', alreadyWaiting: false });
  });

  it('closes with an outcome and a note, ending the conversation', async () => {
    await liveChat();
    clock.advance(12 * MINUTE);
    events.length = 0;
    await service.close('c1', 'anna', 'referred_police', 'Politie gebeld');
    expect(events[0]).toEqual({ kind: 'ended', conversationId: 'c1', reason: 'closed', counsellorId: 'anna', wrapUp: false });
    const record = await store.conversations.get('c1');
    expect(record).toMatchObject({ status: 'ended', endedAt: clock.now() });
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
      expect(db.prepare("SELECT status, outcome, wrap_up FROM handoffs WHERE conversation_id = 'c1'").get()).toEqual({
        status: 'closed',
        outcome: 'referred_police',
        wrap_up: JSON.stringify({ note: 'Politie gebeld' }),
      });
    } finally {
      db.close();
    }
    await expectAppError(service.close('c1', 'anna', 'other', null), 'NotFound');
  });
});

describe('the citizen leaving the queue', () => {
  it('cancels a wait, but never a live chat', async () => {
    await service.setAvailability('anna', true);
    await service.request('c1', nl);
    events.length = 0;
    expect(await service.cancel('c1')).toBe(true);
    expect(events).toEqual([
      { kind: 'ended', conversationId: 'c1', reason: 'cancelled', counsellorId: null, wrapUp: false },
      { kind: 'queue_changed' },
    ]);
    expect(await status('c1')).toBe('bot');
    expect(await service.cancel('c1')).toBe(false);
    await service.request('c2', nl);
    await service.accept('c2', 'anna');
    expect(await service.cancel('c2')).toBe(false);
    expect(await status('c2')).toBe('live');
  });

  it('ends a live chat at once on quick exit and tells the holder why', async () => {
    await liveChat();
    events.length = 0;
    await service.quickExit('c1');
    expect(events[0]).toEqual({ kind: 'ended', conversationId: 'c1', reason: 'quick_exit', counsellorId: 'anna', wrapUp: true });
    expect(await status('c1')).toBe('ended');
    expect(await store.handoffs.current('c1')).toBeNull();
    await expectAppError(service.heldBy('c1', 'anna'), 'NotFound');
  });

  it('takes a waiting chat out of the queue on quick exit', async () => {
    await service.setAvailability('anna', true);
    await service.request('c1', nl);
    await service.request('c2', nl);
    await service.quickExit('c1');
    await service.quickExit('c3'); // never asked: nothing happens
    expect((await service.queue()).map((q) => q.handoff.conversationId)).toEqual(['c2']);
    expect(await status('c1')).toBe('ended');
    expect(await status('c3')).toBe('bot');
    // Nobody held it: there is nothing to wrap up.
    expect(events).toContainEqual({ kind: 'ended', conversationId: 'c1', reason: 'quick_exit', counsellorId: null, wrapUp: false });
  });

  it('ends a live chat when the citizen closes the page and tells the counsellor why', async () => {
    await liveChat();
    events.length = 0;
    await service.citizenLeft('c1');
    expect(events[0]).toEqual({ kind: 'ended', conversationId: 'c1', reason: 'citizen_left', counsellorId: 'anna', wrapUp: true });
    expect(await status('c1')).toBe('ended');
    await expectAppError(service.heldBy('c1', 'anna'), 'NotFound');
  });

  it('gives the queue place of a citizen who closed the page to the next one', async () => {
    await service.setAvailability('anna', true);
    await service.request('c1', nl);
    await service.request('c2', nl);
    events.length = 0;
    await service.citizenLeft('c1');
    expect(kinds()).toEqual(['ended', 'queue_changed']);
    expect((await service.queue()).map((q) => [q.handoff.conversationId, q.position])).toEqual([['c2', 0]]);
    expect(await status('c1')).toBe('ended');
  });

  it('expires waits past the limit, by the injected clock, and leaves live chats alone', async () => {
    await liveChat('anna', 'c4');
    await service.request('c1', nl);
    clock.advance(5 * MINUTE);
    await service.seen('anna');
    await service.request('c2', nl);
    clock.advance(10 * MINUTE - 1);
    expect(await service.expireWaits()).toEqual([]);
    clock.advance(1);
    events.length = 0;
    expect((await service.expireWaits()).map((h) => h.conversationId)).toEqual(['c1']);
    expect(events).toContainEqual({ kind: 'ended', conversationId: 'c1', reason: 'expired', counsellorId: null, wrapUp: false });
    expect(await status('c1')).toBe('bot');
    clock.advance(5 * MINUTE);
    expect((await service.expireWaits()).map((h) => h.conversationId)).toEqual(['c2']);
    expect(await service.queue()).toEqual([]);
    expect((await store.handoffs.current('c4'))?.status).toBe('live');
  });

  it('gives a live chat back to the bot when its counsellor has been gone past the grace period', async () => {
    await liveChat('anna', 'c1');
    clock.advance(100 * 1000);
    await service.seen('anna');
    clock.advance(119 * 1000);
    expect(await service.releaseAbandoned()).toEqual([]);
    clock.advance(2 * 1000);
    events.length = 0;
    expect((await service.releaseAbandoned()).map((h) => h.conversationId)).toEqual(['c1']);
    expect(events).toContainEqual({ kind: 'ended', conversationId: 'c1', reason: 'counsellor_gone', counsellorId: 'anna', wrapUp: false });
    expect(await status('c1')).toBe('bot');
  });

  it('lets the holder finish the wrap-up after the citizen left, once, within the wrap-up time, and nobody else', async () => {
    await liveChat('anna', 'c1');
    await liveChat('anna', 'c2');
    await service.citizenLeft('c1');
    await service.quickExit('c2');
    clock.advance((WRAP_UP_MINUTES - 1) * MINUTE);
    await expectAppError(service.close('c1', 'bert', 'other', null), 'HeldByAnotherCounsellor');
    await expectAppError(service.finishableBy('c1', 'bert'), 'HeldByAnotherCounsellor');
    expect((await service.finishableBy('c1', 'anna')).status).toBe('closed');
    expect(await service.close('c1', 'anna', 'referred_police', 'Politie gebeld')).toEqual({ endedEarlier: true });
    expect(await service.close('c2', 'anna', 'advice_given', null)).toEqual({ endedEarlier: true });
    expect((await store.handoffs.history('c1')).map((h) => [h.status, h.outcome])).toEqual([['closed', 'referred_police']]);
    expect((await store.handoffs.history('c2')).map((h) => h.outcome)).toEqual(['advice_given']);
    // Recorded once: a second wrap-up is refused and a counsellor-closed chat is finished.
    await expectAppError(service.close('c1', 'anna', 'other', null), 'NotFound');
    expect((await store.conversations.get('c1'))?.endedReason).toBe('citizen_left');
  });

  it('refuses a late wrap-up after the wrap-up time, after an erasure, and for a chat given back to the bot', async () => {
    await liveChat('anna', 'c1');
    await liveChat('anna', 'c2');
    await liveChat('anna', 'c3');
    await service.citizenLeft('c1');
    await service.erased('c2');
    await service.release('c3', 'anna');
    await expectAppError(service.close('c2', 'anna', 'other', null), 'NotFound');
    await expectAppError(service.close('c3', 'anna', 'other', null), 'NotFound');
    clock.advance(WRAP_UP_MINUTES * MINUTE + 1);
    await expectAppError(service.finishableBy('c1', 'anna'), 'NotFound');
    await expectAppError(service.close('c1', 'anna', 'other', null), 'NotFound');
  });

  it('ends a live chat that an admin erases with the reason erased, so the counsellor is not told the citizen left', async () => {
    await liveChat('anna', 'c1');
    events.length = 0;
    await service.erased('c1');
    expect(events).toContainEqual({ kind: 'ended', conversationId: 'c1', reason: 'erased', counsellorId: 'anna', wrapUp: false });
    expect(await status('c1')).toBe('ended');
  });

  it('keeps the chat of a counsellor who accepted without switching "available" on, while their console is seen', async () => {
    await service.setAvailability('anna', true);
    await service.request('c1', nl);
    await service.accept('c1', 'carl');
    for (let i = 0; i < 10; i++) {
      clock.advance(60 * 1000);
      await service.seen('carl');
      expect(await service.releaseAbandoned()).toEqual([]);
    }
    expect(await status('c1')).toBe('live');
    // Being seen is not being available: carl is offered no new chats.
    expect(await service.isAvailable('carl')).toBe(false);
    clock.advance(121 * 1000);
    expect((await service.releaseAbandoned()).map((h) => h.conversationId)).toEqual(['c1']);
  });
});
