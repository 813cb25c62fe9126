/**
 * Reading threads: the text-only part of a citizen message's understanding (preparedReading.ts)
 * made on another thread while the event loop stores the message and runs other turns. At 200
 * concurrent conversations the loop's CPU per turn bounds turns per second (ADR 0002 round 30), and
 * about half of it was reading the text; the machine has a second core.
 *
 * The channel asks for a message's reading when the message arrives (`lease`), waits for it once
 * before the bot's turn (`ready`, which never rejects) and gives it back after the turn. The
 * understander takes it by the text (`readingOf`). A thread that fails, ends or does not answer
 * within the deadline costs nothing but the speed-up: its turns read their text on the loop as
 * before, the thread is started again, and one English log line without text says so. The 112
 * rule waits at most the deadline for it.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { PreparedReading, PreparedReadings } from './preparedReading';
import { CLAIM_RING, claimPlace, claimTag, claimText, type FromReader, type ReaderData, type ToReader } from './readingProtocol';

/** Starts a timer that calls `fire` after `ms`; returns a function that cancels it. Injected so tests need no real time. */
export type Timer = (fire: () => void, ms: number) => () => void;

const unrefTimer: Timer = (fire, ms) => {
  const handle = setTimeout(fire, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

/** One reading thread as the pool sees it. */
export interface ReadingThread {
  /** `sentAt`: ms since the epoch (a text that waited past the deadline in the thread is not read). */
  read(batch: ToReader['batch'], sentAt: number): void;
  /** Hands over, now, the answers that arrived and wait for the event loop's turn (see `late`). */
  drain(): void;
  /**
   * Takes a text sent to the thread back, if the thread has not begun to read it: true when taken
   * (the thread will answer it with no reading). Absent: a thread that cannot give texts back.
   */
  claim?(id: number): boolean;
  /** Ends the thread; resolves once it has exited. */
  terminate(): Promise<void>;
}

/** What a thread tells the pool. After `ended` it says nothing more. */
export interface ReadingThreadEvents {
  ready(ms: number): void;
  answered(results: Extract<FromReader, { kind: 'read' }>['results']): void;
  ended(reason: 'error' | 'exit'): void;
}

export type ReadingThreadStarter = (events: ReadingThreadEvents) => ReadingThread;

/** The part of a logger the pool writes to (pino's). */
export interface PoolLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ReadingPoolOptions {
  threads: number;
  /** How long a turn waits for its reading before it reads the text itself (and the thread is started again). */
  deadlineMs: number;
  logger: PoolLogger;
  /** The worker thread of readingWorker.ts when absent. */
  start?: ReadingThreadStarter;
  timer?: Timer;
  /** Ms since the epoch, as the threads' Date.now (injected for tests). */
  now?: () => number;
}

/** A message's reading asked for before its turn. */
export interface ReadingLease {
  /** Settles when the reading is there, or will not be (failure, deadline, closed, or taken back). Never rejects. */
  readonly ready: Promise<void>;
  /**
   * The turn says it needs the reading now, right before it waits; returns `ready`. A text still far
   * back in its thread's queue is then taken back and read by the turn itself (see `readyNow`).
   */
  needed(): Promise<void>;
  /** After the turn: a reading the turn did not take is dropped. */
  release(): void;
}

/** The channel's side: what it asks for when a citizen's text arrives. */
export interface TextReadings {
  lease(text: string): ReadingLease;
}

export interface ReadingCounts {
  /** Texts the threads read in time. */
  read: number;
  /** Texts read on the loop because no thread was ready, or its reading failed or came too late. */
  fellBack: number;
  /** Readings a turn's first look took (read, less those whose turn ended without a look: a command, a resumed turn). */
  taken: number;
  /** Threads started again after one failed, ended or went silent. */
  restarts: number;
}

const SETTLED: Promise<void> = Promise.resolve();
const NO_LEASE: ReadingLease = { ready: SETTLED, needed: () => SETTLED, release: () => undefined };

/**
 * A turn whose text has at least this many texts before it still unread in its thread may read it
 * itself (see `readyNow`); fewer are a wait of a millisecond or two.
 */
export const READ_ON_LOOP_BEHIND = 8;

/**
 * The loop's time for a turn that has its reading over the thread's time for a reading (ADR 0002
 * round 32, the lead's quiet host: ~0.65 and ~0.33 ms): while the loop has turns with their
 * readings to run, the thread reads about this many texts a turn.
 */
export const LOOP_TURN_PER_READING = 2;

/** A thread that answers nothing for this many deadlines is replaced (see `late`). */
const STUCK_DEADLINES = 10;

/** A thread that could not start is tried again after this, doubled up to the maximum while it keeps failing. */
const RESTART_BACKOFF_MS = 1_000;
const MAX_RESTART_BACKOFF_MS = 60_000;

interface Request {
  id: number;
  text: string;
  lease: Lease;
  cancelDeadline: () => void;
  /** The slot's answers when it was asked: more by its deadline, and the thread is busy, not stuck. */
  answersBefore: number;
}

interface Slot {
  index: number;
  thread: ReadingThread | null;
  /** `silent`: answered nothing by a text's deadline; takes no new texts until it answers (see `late`). */
  state: 'starting' | 'ready' | 'silent' | 'down';
  pending: Map<number, Request>;
  outbox: ToReader['batch'];
  flushScheduled: boolean;
  /** Failed starts in a row (for the backoff). */
  failedStarts: number;
  /** Answers received from its thread. */
  answers: number;
  /** From now on what its thread says is ignored (it has been replaced). */
  retire: () => void;
  cancelRestart: () => void;
  /** Settles when the thread is ready or has ended (start() waits for it). */
  started: Promise<void>;
}

class Lease implements ReadingLease {
  private readonly settledPromise: Promise<void>;
  private done!: () => void;
  /** Set by the pool when the text is sent for reading: asks the pool whether the turn should read it itself. */
  onNeeded: (() => void) | undefined;
  private held: PreparedReading | undefined;
  private settled = false;
  private released = false;

  constructor(
    private readonly pool: ReadingPool,
    readonly text: string,
  ) {
    this.settledPromise = new Promise<void>((resolve) => (this.done = resolve));
  }

  get ready(): Promise<void> {
    return this.settledPromise;
  }

  needed(): Promise<void> {
    if (!this.settled) this.onNeeded?.();
    return this.settledPromise;
  }

  settle(reading: PreparedReading | null): void {
    if (this.settled) return;
    this.settled = true;
    this.onNeeded = undefined;
    if (reading !== null && !this.released) {
      this.held = reading;
      this.pool.keep(this.text, reading);
    }
    this.done();
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.held !== undefined) this.pool.drop(this.text, this.held);
    this.held = undefined;
  }
}

export class ReadingPool implements PreparedReadings, TextReadings {
  private readonly slots: Slot[] = [];
  /** Readings that came back and were not taken yet, by text (several for a text several turns sent at once). */
  private readonly waiting = new Map<string, PreparedReading[]>();
  private readonly start: ReadingThreadStarter;
  private readonly timer: Timer;
  private nextId = 1;
  private closed = false;
  private counts: ReadingCounts = { read: 0, fellBack: 0, taken: 0, restarts: 0 };
  /** Of `fellBack`: texts their turn read itself because its thread was still far behind (readyNow). */
  private readOnLoopFirst = 0;

  private constructor(private readonly options: ReadingPoolOptions) {
    this.start = options.start ?? workerThread({ warmUpRounds: 2, staleAfterMs: options.deadlineMs });
    this.timer = options.timer ?? unrefTimer;
  }

  /** Starts the threads and waits until each is ready (loaded and warmed up) or has failed. */
  static async open(options: ReadingPoolOptions): Promise<ReadingPool> {
    const pool = new ReadingPool(options);
    const started = performance.now();
    for (let index = 0; index < options.threads; index++) pool.slots.push(pool.startSlot(index));
    await Promise.all(pool.slots.map((slot) => slot.started));
    const ready = pool.slots.filter((slot) => slot.state === 'ready').length;
    options.logger.info(
      { event: 'reading_threads_started', threads: options.threads, ready, ms: Math.round(performance.now() - started) },
      'reading threads started',
    );
    return pool;
  }

  lease(text: string): ReadingLease {
    const slot = this.leastBusy();
    if (slot === null) {
      this.counts.fellBack++;
      return NO_LEASE;
    }
    const lease = new Lease(this, text);
    const id = this.nextId++;
    const request: Request = { id, text, lease, cancelDeadline: () => undefined, answersBefore: slot.answers };
    slot.pending.set(id, request);
    request.cancelDeadline = this.timer(() => this.late(slot, request), this.options.deadlineMs);
    slot.outbox.push({ id, text });
    lease.onNeeded = () => this.readyNow(slot, request);
    if (!slot.flushScheduled) {
      slot.flushScheduled = true;
      // The texts of every message received in this turn of the loop go over together.
      setImmediate(() => this.flush(slot));
    }
    return lease;
  }

  /** Takes the reading made for this text, if one is waiting (each reading is taken once). */
  readingOf(text: string): PreparedReading | undefined {
    const list = this.waiting.get(text);
    if (list === undefined) return undefined;
    const reading = list.shift();
    if (list.length === 0) this.waiting.delete(text);
    this.counts.taken++;
    return reading;
  }

  stats(): ReadingCounts {
    return { ...this.counts };
  }

  /** Ends the threads; readings still asked for are read on the loop. Resolves once every thread has exited. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const ending: Array<Promise<void>> = [];
    for (const slot of this.slots) {
      slot.retire();
      slot.cancelRestart();
      ending.push(this.stopThread(slot));
      slot.state = 'down';
    }
    this.waiting.clear();
    // Counted to the end: readings still asked for have just been settled (read on the loop).
    this.options.logger.info(
      { event: 'reading_threads_stopped', ...this.counts, readOnLoopFirst: this.readOnLoopFirst },
      'reading threads stopped',
    );
    await Promise.all(ending);
  }

  /** @internal Lease's: a reading arrived for a turn still running. */
  keep(text: string, reading: PreparedReading): void {
    const list = this.waiting.get(text);
    if (list === undefined) this.waiting.set(text, [reading]);
    else list.push(reading);
  }

  /** @internal Lease's: the turn is over; its reading, if not taken, goes. */
  drop(text: string, reading: PreparedReading): void {
    const list = this.waiting.get(text);
    const at = list?.indexOf(reading) ?? -1;
    if (list === undefined || at < 0) return;
    list.splice(at, 1);
    if (list.length === 0) this.waiting.delete(text);
  }

  /**
   * The turn needs its reading now. The thread reads one text after the other: if the texts before
   * this one would keep it busy after the loop has run the turns whose readings are back (at
   * LOOP_TURN_PER_READING texts a turn), the loop would wait for it with nothing to do, and the turn
   * would end after the rest of its wave. Then the turn reads its text itself, as when a reading comes
   * late, if the thread has not begun it; a loop with turns to run leaves the reading to the thread.
   */
  private readyNow(slot: Slot, request: Request): void {
    if (slot.pending.get(request.id) !== request) return;
    // A busy loop reads the threads' answers after its other work: what is there counts.
    slot.thread?.drain();
    if (slot.pending.get(request.id) !== request) return;
    let before = 0;
    for (const id of slot.pending.keys()) {
      if (id >= request.id) break;
      before++;
    }
    // Readings back and not taken yet: turns the loop has to run (or will, once their message is stored).
    let back = 0;
    for (const list of this.waiting.values()) back += list.length;
    if (before < READ_ON_LOOP_BEHIND || before <= back * LOOP_TURN_PER_READING) return;
    const unsent = slot.outbox.findIndex((item) => item.id === request.id);
    if (unsent >= 0) slot.outbox.splice(unsent, 1);
    else if (slot.thread?.claim?.(request.id) !== true) return;
    slot.pending.delete(request.id);
    request.cancelDeadline();
    this.counts.fellBack++;
    this.readOnLoopFirst++;
    request.lease.settle(null);
  }

  private leastBusy(): Slot | null {
    if (this.closed) return null;
    let best: Slot | null = null;
    for (const slot of this.slots) if (slot.state === 'ready' && (best === null || slot.pending.size < best.pending.size)) best = slot;
    return best;
  }

  private flush(slot: Slot): void {
    slot.flushScheduled = false;
    if (slot.outbox.length === 0 || slot.thread === null) return;
    const batch = slot.outbox;
    slot.outbox = [];
    slot.thread.read(batch, (this.options.now ?? Date.now)());
  }

  private startSlot(index: number, failedStarts = 0): Slot {
    let startedOrEnded!: () => void;
    const slot: Slot = {
      index,
      thread: null,
      state: 'starting',
      pending: new Map(),
      outbox: [],
      flushScheduled: false,
      failedStarts,
      answers: 0,
      retire: () => undefined,
      cancelRestart: () => undefined,
      started: new Promise<void>((resolve) => (startedOrEnded = resolve)),
    };
    let current = true;
    // What the thread says after this slot gave it up (see replace) is not listened to.
    slot.retire = () => {
      current = false;
    };
    const events: ReadingThreadEvents = {
      ready: () => {
        if (!current || this.closed) return;
        slot.state = 'ready';
        slot.failedStarts = 0;
        startedOrEnded();
      },
      answered: (results) => {
        if (!current) return;
        slot.answers += results.length;
        if (slot.state === 'silent') slot.state = 'ready';
        for (const { id, reading } of results) {
          const request = slot.pending.get(id);
          if (request === undefined) continue;
          slot.pending.delete(id);
          request.cancelDeadline();
          if (reading === null) this.counts.fellBack++;
          else this.counts.read++;
          request.lease.settle(reading);
        }
      },
      ended: (reason) => {
        if (!current) return;
        current = false;
        startedOrEnded();
        this.replace(slot, reason);
      },
    };
    try {
      slot.thread = this.start(events);
    } catch {
      current = false;
      startedOrEnded();
      this.replace(slot, 'error');
    }
    return slot;
  }

  /** The slot's thread failed, ended or was late: its turns read on the loop, and a new thread starts. */
  private replace(slot: Slot, reason: 'error' | 'exit' | 'deadline'): void {
    const wasStarting = slot.state === 'starting';
    slot.retire();
    void this.stopThread(slot);
    if (this.closed) return;
    slot.state = 'down';
    const failedStarts = wasStarting ? slot.failedStarts + 1 : 0;
    const log = { event: 'reading_thread_restarted', thread: slot.index, reason, failedStarts };
    if (wasStarting) this.options.logger.error(log, 'a reading thread did not start; its messages are read on the event loop');
    else this.options.logger.warn(log, 'a reading thread stopped answering; its messages are read on the event loop until it is back');
    const restart = () => {
      if (this.closed) return;
      this.counts.restarts++;
      const next = this.startSlot(slot.index, failedStarts);
      this.slots[slot.index] = next;
    };
    if (failedStarts === 0) {
      restart();
      return;
    }
    const backoff = Math.min(MAX_RESTART_BACKOFF_MS, RESTART_BACKOFF_MS * 2 ** (failedStarts - 1));
    slot.cancelRestart = this.timer(restart, backoff);
  }

  /** Settles the slot's readings still asked for (read on the loop) and ends its thread. */
  private stopThread(slot: Slot): Promise<void> {
    for (const request of slot.pending.values()) {
      request.cancelDeadline();
      this.counts.fellBack++;
      request.lease.settle(null);
    }
    slot.pending.clear();
    slot.outbox = [];
    const thread = slot.thread;
    slot.thread = null;
    return thread === null ? SETTLED : thread.terminate().catch(() => undefined);
  }

  /**
   * No reading by the deadline: the turn reads its text on the loop. A thread that answered other
   * texts meanwhile is busy (a burst), not stuck. One that answered nothing since is given no new
   * texts; if it still answers nothing by STUCK_DEADLINES deadlines later, it is replaced (a thread
   * the host starves for a moment is not: starting one again costs a second or two of CPU).
   */
  private late(slot: Slot, request: Request): void {
    // A busy loop runs its timers before it reads the threads' messages: what is there counts.
    slot.thread?.drain();
    if (slot.pending.get(request.id) !== request) return;
    slot.pending.delete(request.id);
    this.counts.fellBack++;
    request.lease.settle(null);
    if (slot.answers > request.answersBefore || slot.state !== 'ready') return;
    slot.state = 'silent';
    const silentAt = slot.answers;
    this.timer(() => {
      slot.thread?.drain();
      if (slot.state === 'silent' && slot.answers === silentAt && this.slots[slot.index] === slot) this.replace(slot, 'deadline');
    }, this.options.deadlineMs * STUCK_DEADLINES);
  }
}

/**
 * Compiled, the thread is readingWorker.js beside this file. Run from TypeScript sources (jest,
 * tsx), it is readingWorker.ts bundled by esbuild (threads/workerSource.ts).
 */
export function workerThread(data: Omit<ReaderData, 'answers' | 'claims'>): ReadingThreadStarter {
  return (events) => {
    // The answers come over a port of their own, which `drain` can read from synchronously.
    const { port1: answers, port2 } = new MessageChannel();
    const claims = new Int32Array(new SharedArrayBuffer(CLAIM_RING * Int32Array.BYTES_PER_ELEMENT));
    const worker = startWorker({ ...data, answers: port2, claims: claims.buffer as SharedArrayBuffer }, [port2]);
    let ended = false;
    // Texts sent and not answered yet: while there are any the port keeps the process alive, as a
    // turn waiting for its reading is work in progress (the store's writer does the same).
    let unanswered = 0;
    const end = (reason: 'error' | 'exit') => {
      if (ended) return;
      ended = true;
      answers.close();
      events.ended(reason);
    };
    const take = (message: FromReader) => {
      if (ended) return;
      if (message.kind === 'ready') {
        // Kept alive while it starts; from now on only while it has texts to read.
        answers.unref();
        worker.unref();
        events.ready(message.ms);
        return;
      }
      unanswered -= message.results.length;
      if (unanswered === 0) answers.unref();
      events.answered(message.results);
    };
    answers.on('message', take);
    worker.on('error', () => end('error'));
    worker.on('exit', () => end('exit'));
    return {
      read: (batch, sentAt) => {
        if (unanswered === 0) answers.ref();
        unanswered += batch.length;
        for (const { id } of batch) Atomics.store(claims, claimPlace(id), claimTag(id));
        worker.postMessage({ kind: 'read', sentAt, batch } satisfies ToReader);
      },
      claim: (id) => claimText(claims, id),
      drain: () => {
        for (let got = receiveMessageOnPort(answers); got !== undefined && !ended; got = receiveMessageOnPort(answers))
          take(got.message as FromReader);
      },
      terminate: async () => {
        ended = true;
        answers.close();
        await worker.terminate();
      },
    };
  };
}

/** Its young generation is small: the readings it makes are garbage once sent. */
const READER_YOUNG_GENERATION_MB = 16;

function startWorker(data: ReaderData, transferList: MessagePort[]): Worker {
  const options = { workerData: data, transferList, resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB } };
  if (path.extname(__filename) === '.js') return new Worker(path.join(__dirname, 'readingWorker.js'), options);
  // Required here, not imported: the compiled server never loads esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { workerScript } = require('../threads/workerSource') as typeof import('../threads/workerSource');
  return new Worker(workerScript(path.join(__dirname, 'readingWorker.ts')), { ...options, eval: true });
}
