import fs from 'node:fs';
import path from 'node:path';
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { shareBundle, type SharedModelBundle } from '../../../src/nlu/model/bundle';
import { sharedQuestionModel } from '../../../src/nlu/questions/questionModel';
import { SafetyScreen } from '../../../src/safety/screen';
import { prepareReading, type PreparedReading } from '../../../src/understanding/preparedReading';
import { READING_THREAD_NAME } from '../../../src/understanding/readingProtocol';
import {
  ReadingPool,
  workerThread,
  type PoolLogger,
  type ReadingThread,
  type ReadingThreadEvents,
  type Timer,
} from '../../../src/understanding/readingPool';
import { createUnderstander } from '../../../src/understanding/understander';
import type { UnderstandingContext } from '../../../src/understanding/understanding';
import { testScreen } from '../../support/screen';
import { threadNames, threadNamesShown } from '../../support/threads';

const screen = testScreen();
const local = createLocalRecognizer({ screen });
const parts = { screen, local, questions: sharedQuestionModel() };

/** A tuning set's messages (Dutch, English, other languages, answers of one word) and a few made here. */
const MESSAGES = [
  ...fs
    .readFileSync(path.resolve(__dirname, '../../eval/nlu-dev-t.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
  'nee',
  'ja, nu',
  'Ik wil niet meer leven.',
  'Nee, ze zijn er nu niet. Maar vanavond komt hij terug.',
  '🙂',
  '...',
  'Dzień dobry, mój brat pracuje bez umowy i nie dostaje pieniędzy',
  'Zij werkt al maanden in een restaurant in Tiel, krijgt bijna geen loon en moet een schuld terugbetalen. '.repeat(18),
];

/** Contexts the bot reads a message in: another locale, as an answer to its questions, in its conversation. */
const CONTEXTS: UnderstandingContext[] = [
  { locale: 'nl' },
  { locale: 'en' },
  { locale: 'nl', awaiting: 'dangerCheck' },
  { locale: 'nl', awaiting: 'age' },
  { locale: 'en', awaiting: 'place', askedDangerNow: true },
  {
    locale: 'nl',
    earlier: [
      { level: 'unsure', score: 0.4 },
      { level: 'none', score: 0.05 },
    ],
  },
];

interface LogLine {
  level: 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string;
}

function recordingLogger(): PoolLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg: string) => lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** A timer moved by hand. */
class ManualTimer {
  private now = 0;
  private timers: Array<{ at: number; fire: () => void; live: boolean }> = [];
  readonly timer: Timer = (fire, ms) => {
    const entry = { at: this.now + ms, fire, live: true };
    this.timers.push(entry);
    return () => {
      entry.live = false;
    };
  };
  advance(ms: number): void {
    this.now += ms;
    for (;;) {
      const due = this.timers.filter((t) => t.live && t.at <= this.now).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) return;
      due.live = false;
      due.fire();
    }
  }
}

/** Threads run by the test: each records what it is sent and answers when told to. */
class FakeThreads {
  readonly started: Array<{
    events: ReadingThreadEvents;
    sent: Array<{ id: number; text: string }>;
    terminated: boolean;
    queued: Array<() => void>;
  }> = [];
  readonly start = (events: ReadingThreadEvents): ReadingThread => {
    const thread = { events, sent: [] as Array<{ id: number; text: string }>, terminated: false, queued: [] as Array<() => void> };
    this.started.push(thread);
    return {
      read: (batch) => thread.sent.push(...batch),
      drain: () => {
        for (const answer of thread.queued.splice(0)) answer();
      },
      terminate: async () => {
        thread.terminated = true;
      },
    };
  };
  last() {
    const thread = this.started[this.started.length - 1];
    if (thread === undefined) throw new Error('no thread started');
    return thread;
  }
}

/** Lets the pool's setImmediate send the texts of this turn of the loop. */
const sent = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A pool of one real reading thread, with no deadline to speak of; `models`: the loop's, shared (else it loads its own). */
const oneRealThread = (models?: SharedModelBundle): Promise<ReadingPool> =>
  ReadingPool.open({
    threads: 1,
    deadlineMs: 60_000,
    logger: recordingLogger(),
    start: workerThread({ warmUpRounds: 0, staleAfterMs: 60_000, ...(models === undefined ? {} : { models }) }),
  });

describe('reading pool, with a reading thread', () => {
  let pool: ReadingPool;
  // A real thread loads the models first: on a loaded 2-core host that can pass jest's 30 s (a bound for a hang).
  beforeAll(async () => {
    pool = await oneRealThread();
  }, 120_000);
  afterAll(async () => {
    await pool.close();
  });

  it('gives the understanding the in-process reading gives, for every message and context, without reading the text on the loop', async () => {
    const inProcess = createUnderstander({ safety: screen, recognizer: local, local });
    // Its own screen over the same models, so that a read on the loop would show.
    const loopScreen = new SafetyScreen(screen.bundle, screen.reader);
    const looked = jest.spyOn(loopScreen, 'look');
    const prepared = createUnderstander({ safety: loopScreen, recognizer: local, local, prepared: pool });
    expect(MESSAGES.length).toBeGreaterThan(150);
    let runs = 0;
    for (const [i, text] of MESSAGES.entries()) {
      // Two contexts a message, all six in turn.
      for (const context of [CONTEXTS[i % CONTEXTS.length]!, CONTEXTS[(i + 3) % CONTEXTS.length]!]) {
        runs++;
        const lease = pool.lease(text);
        await lease.ready;
        const expectedLook = inProcess.firstLook(text, context);
        const screened = looked.mock.calls.length;
        const look = prepared.firstLook(text, context);
        // The screen reads parts of an answer to the danger question on the loop (they depend on
        // what was asked); the message itself never.
        if (context.awaiting !== 'dangerCheck' && context.askedDangerNow !== true) expect(looked.mock.calls.length).toBe(screened);
        expect(look).toEqual(expectedLook);
        // The bot's second look at the same message (its conversation's language, as an answer).
        const again = { locale: 'en' as const, awaiting: 'dangerCheck' as const };
        expect(prepared.firstLook(text, again, look)).toEqual(inProcess.firstLook(text, again, expectedLook));
        expect(await prepared.understand(text, look, context)).toEqual(await inProcess.understand(text, expectedLook, context));
        lease.release();
      }
    }
    expect(pool.stats()).toEqual({ read: runs, fellBack: 0, taken: runs, restarts: 0 });
    // Over 300 full readings, each twice (thread and loop): CPU-bound work that took 82 s on a
    // host at load 15 (CI, session 30). The bound is for a hang, not a speed.
  }, 240_000);

  it('sends back what prepareReading makes on the loop, by structured clone', async () => {
    for (const text of MESSAGES.slice(0, 20)) {
      const lease = pool.lease(text);
      await lease.ready;
      const reading = pool.readingOf(text);
      expect(reading).toEqual(prepareReading(parts, text));
      // Taken once: the next look at it in the same turn passes the first (understander.ts).
      expect(pool.readingOf(text)).toBeUndefined();
      lease.release();
    }
  });

  it('does not read a text that waited in the thread past the deadline: its turn has read it already', async () => {
    const behind = await ReadingPool.open({
      threads: 1,
      deadlineMs: 60_000,
      logger: recordingLogger(),
      start: workerThread({ warmUpRounds: 0, staleAfterMs: 1_000 }),
      // Sent, as far as the thread can tell, five seconds ago.
      now: () => Date.now() - 5_000,
    });
    const lease = behind.lease('ik weet het niet');
    await lease.ready;
    expect(behind.readingOf('ik weet het niet')).toBeUndefined();
    expect(behind.stats()).toEqual({ read: 0, fellBack: 1, taken: 0, restarts: 0 });
    lease.release();
    await behind.close();
  });

  it('drops a reading its turn did not take', async () => {
    const lease = pool.lease('ik weet het niet');
    await lease.ready;
    lease.release();
    expect(pool.readingOf('ik weet het niet')).toBeUndefined();
  });

  it('keeps one reading for each turn of a text sent by several at once', async () => {
    const leases = [pool.lease('ja'), pool.lease('ja')];
    await Promise.all(leases.map((l) => l.ready));
    const first = pool.readingOf('ja');
    const second = pool.readingOf('ja');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    for (const lease of leases) lease.release();
  });
});

describe("reading pool, with a thread given the loop's models", () => {
  let pool: ReadingPool;
  beforeAll(async () => {
    pool = await oneRealThread(shareBundle(screen.bundle));
  }, 120_000);
  afterAll(async () => {
    await pool.close();
  });

  it('maps their weights instead of copying them, and reads every message as prepareReading does on the loop', async () => {
    // Shared memory, not a copy: the thread's models are these very bytes.
    expect(screen.bundle.models.danger.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(screen.bundle.models.questions.police.weights.buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const text of MESSAGES) {
      const lease = pool.lease(text);
      await lease.ready;
      expect(pool.readingOf(text)).toEqual(prepareReading(parts, text));
      lease.release();
    }
    expect(pool.stats()).toEqual({ read: MESSAGES.length, fellBack: 0, taken: MESSAGES.length, restarts: 0 });
    // Every message read twice (thread and loop), CPU-bound: 25 s at a load of 26 (round 45), too
    // near jest's 30 s. The bound is for a hang, not a speed.
  }, 120_000);
});

describe('reading pool, when a thread fails', () => {
  const READING = prepareReading(parts, 'Mijn nicht moet haar paspoort afgeven aan haar baas.');

  async function openWithFakes(deadlineMs = 200) {
    const threads = new FakeThreads();
    const clock = new ManualTimer();
    const logger = recordingLogger();
    const opening = ReadingPool.open({ threads: 1, deadlineMs, logger, start: threads.start, timer: clock.timer });
    threads.last().events.ready(5);
    const pool = await opening;
    return { pool, threads, clock, logger };
  }

  /** The log lines after the start, which must never carry the text. */
  const warnings = (logger: { lines: LogLine[] }) => logger.lines.filter((l) => l.level !== 'info');

  it('reads the text on the loop when the reading is late, and replaces a thread that stays silent', async () => {
    const { pool, threads, clock, logger } = await openWithFakes(200);
    const text = 'Hij zegt dat ze een schuld moet terugbetalen voor de reis.';
    const lease = pool.lease(text);
    await sent();
    expect(threads.last().sent.map((s) => s.text)).toEqual([text]);
    let settled = false;
    void lease.ready.then(() => (settled = true));
    clock.advance(199);
    await Promise.resolve();
    expect(settled).toBe(false);
    clock.advance(1);
    await lease.ready;
    expect(pool.readingOf(text)).toBeUndefined();
    // The understander reads it itself, and gets what it always got.
    const understander = createUnderstander({ safety: screen, recognizer: local, local, prepared: pool });
    const alone = createUnderstander({ safety: screen, recognizer: local, local });
    expect(understander.firstLook(text, { locale: 'nl' })).toEqual(alone.firstLook(text, { locale: 'nl' }));
    // Silent since: no new text waits for it.
    expect(pool.lease('nee')).toBe(pool.lease('ja'));
    expect(threads.started).toHaveLength(1);
    clock.advance(200 * 10);
    expect(threads.started).toHaveLength(2);
    expect(threads.started[0]!.terminated).toBe(true);
    expect(warnings(logger)).toEqual([
      {
        level: 'warn',
        obj: { event: 'reading_thread_restarted', thread: 0, reason: 'deadline', failedStarts: 0 },
        msg: expect.stringMatching(/^[\w ;.,]+$/) as unknown as string,
      },
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain('schuld');
    // The new thread takes texts once it is ready.
    threads.last().events.ready(5);
    const next = pool.lease(text);
    await sent();
    const { id } = threads.last().sent[0]!;
    threads.last().events.answered([{ id, reading: READING }]);
    await next.ready;
    expect(pool.readingOf(text)).toBe(READING);
    next.release();
    expect(pool.stats()).toEqual({ read: 1, fellBack: 3, taken: 1, restarts: 1 });
    await pool.close();
  });

  it('keeps a busy thread: one that answered other texts by the deadline only loses the late one', async () => {
    const { pool, threads, clock, logger } = await openWithFakes(200);
    const first = pool.lease('eerste');
    const second = pool.lease('tweede');
    await sent();
    const [a] = threads.last().sent;
    threads.last().events.answered([{ id: a!.id, reading: READING }]);
    await first.ready;
    clock.advance(200);
    await second.ready;
    expect(pool.readingOf('tweede')).toBeUndefined();
    clock.advance(200 * 20);
    expect(threads.started).toHaveLength(1);
    expect(warnings(logger)).toEqual([]);
    first.release();
    second.release();
    await pool.close();
  });

  it('takes the answers waiting in the port when its deadline comes before the loop read them', async () => {
    const { pool, threads, clock } = await openWithFakes(200);
    const lease = pool.lease('laat gelezen');
    await sent();
    const { id } = threads.last().sent[0]!;
    threads.last().queued.push(() => threads.last().events.answered([{ id, reading: READING }]));
    clock.advance(200);
    await lease.ready;
    expect(pool.readingOf('laat gelezen')).toBe(READING);
    lease.release();
    await pool.close();
  });

  it('reads on the loop and starts a new thread when the thread ends', async () => {
    const { pool, threads, logger } = await openWithFakes();
    const lease = pool.lease('iets');
    await sent();
    threads.last().events.ended('exit');
    await lease.ready;
    expect(pool.readingOf('iets')).toBeUndefined();
    expect(threads.started).toHaveLength(2);
    expect(warnings(logger).map((l) => [l.level, l.obj.reason])).toEqual([['warn', 'exit']]);
    // Until the new one is ready, texts are read on the loop at once.
    expect(pool.lease('iets anders')).toBe(pool.lease('nog iets'));
    lease.release();
    await pool.close();
  });

  it('tries a thread that does not start again later, ever less often, and reads on the loop meanwhile', async () => {
    const threads = new FakeThreads();
    const clock = new ManualTimer();
    const logger = recordingLogger();
    const opening = ReadingPool.open({ threads: 1, deadlineMs: 200, logger, start: threads.start, timer: clock.timer });
    threads.last().events.ended('error');
    const pool = await opening;
    expect(logger.lines.find((l) => l.obj.event === 'reading_threads_started')?.obj).toMatchObject({ threads: 1, ready: 0 });
    expect(pool.lease('hallo')).toBe(pool.lease('hoi'));
    clock.advance(999);
    expect(threads.started).toHaveLength(1);
    clock.advance(1);
    expect(threads.started).toHaveLength(2);
    threads.last().events.ended('error');
    clock.advance(1999);
    expect(threads.started).toHaveLength(2);
    clock.advance(1);
    expect(threads.started).toHaveLength(3);
    expect(warnings(logger).map((l) => [l.level, l.obj.failedStarts])).toEqual([
      ['error', 1],
      ['error', 2],
    ]);
    await pool.close();
  });

  it('closes: the threads end, a reading asked for settles without one, and nothing starts again', async () => {
    const { pool, threads, clock } = await openWithFakes();
    const lease = pool.lease('tot ziens');
    await sent();
    await pool.close();
    await lease.ready;
    expect(threads.last().terminated).toBe(true);
    expect(pool.readingOf('tot ziens')).toBeUndefined();
    clock.advance(60_000);
    expect(threads.started).toHaveLength(1);
    expect(pool.lease('hoi')).toBe(pool.lease('hallo'));
  });
});

// Where threads can name themselves (Linux with /proc/thread-self) each reading thread's name
// shows while the pool is open; elsewhere they run unnamed (naming is diagnostics only), and the
// same test proves the pool opens and closes all the same. Nothing is skipped.
const namedEach = threadNamesShown ? 1 : 0;

it('names its threads where the system allows, and close ends them', async () => {
  expect(READING_THREAD_NAME.length).toBeLessThanOrEqual(15);
  const before = threadNames().filter((name) => name === READING_THREAD_NAME).length;
  const pool = await ReadingPool.open({
    threads: 2,
    deadlineMs: 60_000,
    logger: recordingLogger(),
    start: workerThread({ warmUpRounds: 0, staleAfterMs: 60_000 }),
  });
  expect(threadNames().filter((name) => name === READING_THREAD_NAME)).toHaveLength(before + 2 * namedEach);
  await pool.close();
  expect(threadNames().filter((name) => name === READING_THREAD_NAME)).toHaveLength(before);
});

/** Kept beside the tests: a reading is plain data that survives a structured clone unchanged. */
it('is plain data: a structured clone of a reading equals it', () => {
  const reading: PreparedReading = prepareReading(parts, MESSAGES[3]!);
  expect(structuredClone(reading)).toEqual(reading);
});
