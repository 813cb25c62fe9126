import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { sharedQuestionModel } from '../../../src/nlu/questions/questionModel';
import { prepareReading, type PreparedReading } from '../../../src/understanding/preparedReading';
import {
  LOOP_TURN_PER_READING,
  READ_ON_LOOP_BEHIND,
  ReadingPool,
  workerThread,
  type ReadingThread,
  type ReadingThreadEvents,
} from '../../../src/understanding/readingPool';
import { CLAIM_RING, claimPlace, claimTag, claimText, type FromReader } from '../../../src/understanding/readingProtocol';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const parts = { screen, local: createLocalRecognizer({ screen }), questions: sharedQuestionModel() };
const READING = prepareReading(parts, 'Mijn nicht moet haar paspoort afgeven aan haar baas.');
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
/** Lets the pool's setImmediate send the texts of this turn of the loop. */
const sent = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One thread run by the test: it records what it is sent, and gives back the texts it has not begun. */
function fakeThread() {
  const state = {
    events: undefined as ReadingThreadEvents | undefined,
    sent: [] as number[],
    begun: new Set<number>(),
    claimed: [] as number[],
  };
  const start = (events: ReadingThreadEvents): ReadingThread => {
    state.events = events;
    return {
      read: (batch) => state.sent.push(...batch.map((item) => item.id)),
      drain: () => undefined,
      claim: (id) => {
        if (state.begun.has(id)) return false;
        state.claimed.push(id);
        return true;
      },
      terminate: async () => undefined,
    };
  };
  return { state, start };
}

async function openPool() {
  const thread = fakeThread();
  const opening = ReadingPool.open({ threads: 1, deadlineMs: 60_000, logger: quiet, start: thread.start, timer: () => () => undefined });
  thread.state.events!.ready(1);
  return { pool: await opening, thread: thread.state };
}

describe('a turn whose text is far back in its thread reads it itself (ADR 0002 round 34)', () => {
  it('takes nothing back while a turn only looks at `ready`: only `needed()` says the turn waits now', async () => {
    const { pool, thread } = await openPool();
    const texts = Array.from({ length: READ_ON_LOOP_BEHIND + 1 }, (_, i) => `bericht ${i}`);
    const leases = texts.map((text) => pool.lease(text));
    await sent();
    let settled = false;
    void leases[READ_ON_LOOP_BEHIND]!.ready.then(() => (settled = true));
    await Promise.resolve();
    expect(thread.claimed).toEqual([]);
    expect(settled).toBe(false);
    await leases[READ_ON_LOOP_BEHIND]!.needed();
    expect(thread.claimed).toEqual([thread.sent[READ_ON_LOOP_BEHIND]]);
    for (const lease of leases) lease.release();
    await pool.close();
  });

  it(`takes the text back when ${READ_ON_LOOP_BEHIND} texts sent before it are unread, and waits when fewer are`, async () => {
    const { pool, thread } = await openPool();
    const texts = Array.from({ length: READ_ON_LOOP_BEHIND + 1 }, (_, i) => `bericht ${i}`);
    const leases = texts.map((text) => pool.lease(text));
    await sent();
    const ids = thread.sent;
    expect(ids).toHaveLength(texts.length);
    // The second has one text before it: it waits for the thread.
    let secondSettled = false;
    void leases[1]!.needed().then(() => (secondSettled = true));
    // The last has READ_ON_LOOP_BEHIND before it: taken back, settled without a reading.
    await leases[READ_ON_LOOP_BEHIND]!.needed();
    expect(thread.claimed).toEqual([ids[READ_ON_LOOP_BEHIND]]);
    expect(pool.readingOf(texts[READ_ON_LOOP_BEHIND]!)).toBeUndefined();
    await Promise.resolve();
    expect(secondSettled).toBe(false);
    // The thread's later answer for the text taken back is passed over; the others arrive as ever.
    thread.events!.answered(ids.map((id, i) => ({ id, reading: i === READ_ON_LOOP_BEHIND ? null : READING })));
    await leases[1]!.needed();
    expect(pool.readingOf(texts[1]!)).toBe(READING);
    expect(pool.stats()).toEqual({ read: READ_ON_LOOP_BEHIND, fellBack: 1, taken: 1, restarts: 0 });
    for (const lease of leases) lease.release();
    await pool.close();
  });

  it('leaves the reading to the thread while the loop has turns with their readings to run', async () => {
    const { pool, thread } = await openPool();
    // Six readings back and not taken: the loop has six turns to run, time for the thread to read twelve texts.
    const back = 6;
    const texts = Array.from({ length: back + 14 }, (_, i) => `tekst ${i}`);
    const leases = texts.map((text) => pool.lease(text));
    await sent();
    const ids = thread.sent;
    thread.events!.answered(ids.slice(0, back).map((id) => ({ id, reading: READING })));
    // Nine unread before it (≤ 6 × LOOP_TURN_PER_READING): it waits.
    const waits = back + 9;
    expect(9).toBeLessThanOrEqual(back * LOOP_TURN_PER_READING);
    void leases[waits]!.needed();
    expect(thread.claimed).toEqual([]);
    // Thirteen unread before the last: more than the loop's turns give the thread time for.
    const last = texts.length - 1;
    expect(last - back).toBeGreaterThan(back * LOOP_TURN_PER_READING);
    await leases[last]!.needed();
    expect(thread.claimed).toEqual([ids[last]]);
    // Once the loop has taken the readings back (its turns ran), the one that waited is taken back too.
    for (const text of texts.slice(0, back)) expect(pool.readingOf(text)).toBe(READING);
    await leases[waits]!.needed();
    expect(thread.claimed).toEqual([ids[last], ids[waits]]);
    for (const lease of leases) lease.release();
    await pool.close();
  });

  it('takes a text not sent yet out of the batch, and leaves one the thread has begun', async () => {
    const { pool, thread } = await openPool();
    const first = Array.from({ length: READ_ON_LOOP_BEHIND }, (_, i) => pool.lease(`eerder ${i}`));
    await sent();
    // Asked for before the loop sent it: it never goes.
    const unsent = pool.lease('nog niet verstuurd');
    await unsent.needed();
    await sent();
    expect(thread.sent).toHaveLength(READ_ON_LOOP_BEHIND);
    expect(thread.claimed).toEqual([]);
    // Sent, and begun by the thread before the turn asked: the turn waits for the thread's reading.
    const begun = pool.lease('al begonnen');
    await sent();
    const id = thread.sent[READ_ON_LOOP_BEHIND]!;
    thread.begun.add(id);
    let settled = false;
    void begun.needed().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    thread.events!.answered([{ id, reading: READING }]);
    await begun.needed();
    expect(pool.readingOf('al begonnen')).toBe(READING);
    for (const lease of [...first, unsent, begun]) lease.release();
    await pool.close();
  });
});

describe('the ring of claims between the loop and a reading thread', () => {
  it('lets one side take a text, once, and no side a text whose place was reused', () => {
    const claims = new Int32Array(new SharedArrayBuffer(CLAIM_RING * 4));
    Atomics.store(claims, claimPlace(7), claimTag(7));
    expect(claimText(claims, 7)).toBe(true);
    expect(claimText(claims, 7)).toBe(false);
    // The place of 5 taken over by a text CLAIM_RING later: 5 is read by neither side (the loop reads it as a late one).
    Atomics.store(claims, claimPlace(5), claimTag(5));
    Atomics.store(claims, claimPlace(5 + CLAIM_RING), claimTag(5 + CLAIM_RING));
    expect(claimText(claims, 5)).toBe(false);
    expect(claimText(claims, 5 + CLAIM_RING)).toBe(true);
    // Tags stay in an Int32 and are never the taken mark, however high the ids go.
    for (const id of [1, 2 ** 30 - 1, 2 ** 30, 2 ** 31, 2 ** 40 + 3]) {
      expect(claimTag(id)).toBeGreaterThan(0);
      expect(claimTag(id)).toBeLessThan(2 ** 31);
    }
  });

  it('a real thread reads a text only if the loop did not take it back: a reading for each text not taken, none for each taken', async () => {
    const answers: Array<Extract<FromReader, { kind: 'read' }>['results'][number]> = [];
    let ready!: () => void;
    const started = new Promise<void>((resolve) => (ready = resolve));
    const thread = workerThread({ warmUpRounds: 0, staleAfterMs: 60_000 })({
      ready: () => ready(),
      answered: (results) => answers.push(...results),
      ended: () => undefined,
    });
    await started;
    const texts = Array.from({ length: 40 }, (_, i) => `Hij houdt mijn paspoort vast, dag ${i}.`);
    thread.read(
      texts.map((text, i) => ({ id: i + 1, text })),
      Date.now(),
    );
    // Every other text taken back, from the last: each is either taken here or begun there, never both.
    const taken = new Set<number>();
    for (let id = texts.length; id >= 1; id -= 2) if (thread.claim!(id)) taken.add(id);
    while (answers.length < texts.length) await new Promise((resolve) => setTimeout(resolve, 5));
    for (const { id, reading } of answers) {
      if (taken.has(id)) expect(reading).toBeNull();
      else expect(reading as PreparedReading).toEqual(prepareReading(parts, texts[id - 1]!));
    }
    expect(answers.map((a) => a.id).sort((a, b) => a - b)).toEqual(texts.map((_, i) => i + 1));
    await thread.terminate();
    // A real thread loads the models before it reads: on a loaded 2-core host that alone can pass
    // jest's 30 s. The bound is for a hang, not a speed.
  }, 120_000);
});
