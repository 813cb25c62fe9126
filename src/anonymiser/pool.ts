/**
 * A pool of worker threads that make anonymised copies off the caller's event loop (issue 11, 13).
 * Each thread loads the anonymiser once and anonymises whole conversations sent to it, in order,
 * through the same `anonymiseJob` as the in-process adapter, so the texts are byte-identical.
 *
 * Threads start when the first job comes (or `ready()` asks), and keep the process alive only while
 * a job waits for them. A thread that dies (a crash, running out of memory, killed) is started again
 * and the jobs it held are sent again, the one it was running first; a job whose thread died
 * `attempts` times is refused, so a conversation that kills every thread cannot stop the others. A
 * job whose anonymiser throws is refused at once: it would throw again.
 *
 * A loaded thread holds some 83 MB. With `idleStopMs`, a thread that has had no job for that long is
 * ended, and started again (lazily, like the first time) when the next job comes: a server whose
 * retention run made its copies does not keep that memory for the rest of its life.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import { startBundledThread } from '../threads/threadBundle';
import type { AnonymiseJob, ConversationAnonymiser } from './conversationAnonymiser';
import { JOBS_PER_BATCH, errorName, type FromAnonymiser, type ToAnonymiser } from './poolProtocol';

/**
 * Jobs a thread holds at once: twice the jobs it reads as one batch (poolBatch.ts), so the next batch
 * is already there when it answers one and it never waits for the main thread.
 */
const IN_FLIGHT_PER_THREAD = 2 * JOBS_PER_BATCH;

interface Job {
  id: number;
  texts: readonly string[];
  continuing: boolean;
  /** Threads that died while running it. */
  deaths: number;
  resolve(texts: string[]): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker | null;
  /** Cancels the pending idle stop, if one is pending. */
  cancelIdleStop: (() => void) | null;
  /** In the order sent: the thread runs the first. */
  inFlight: Job[];
  startedAt: number;
  ready: Promise<ThreadStart>;
  markReady(start: ThreadStart): void;
  /** The thread died before it was ready (a second call after markReady changes nothing). */
  markFailed(err: Error): void;
}

/** A thread's start: ms from asking for it to its being ready, and the CPU ms it spent (null where unknown). */
export interface ThreadStart {
  startMs: number;
  startCpuMs: number | null;
}

export interface AnonymiserPoolOptions {
  /** Threads (at least 1). */
  workers: number;
  /** How many times a job may lose its thread before it is refused. */
  attempts?: number;
  /** Starts one thread running poolWorker; tests give their own to make a thread die. */
  startThread?: () => Worker;
  /**
   * Told when a thread stops unasked, so the operator hears of it (the retention feature logs it):
   * the slot, how many of its jobs go to another thread and how many are refused, and the cause's
   * name only — an error thrown in the thread may carry text of a conversation in its message.
   */
  onThreadStopped?: (stopped: ThreadStopped) => void;
  /** Ends a thread that has had no job for this many ms (absent or 0: threads stay for the pool's life). */
  idleStopMs?: number;
  /** Schedules the idle stops: by default an unref'd `setTimeout`; tests give their own clock. */
  idleTimer?: IdleTimer;
  /** Told when a thread was ended for being idle (the retention feature logs it). */
  onIdleStop?: (thread: number) => void;
}

/** Runs `fire` once after `ms` unless the returned function cancels it first. */
export type IdleTimer = (fire: () => void, ms: number) => () => void;

const unrefTimer: IdleTimer = (fire, ms) => {
  const handle = setTimeout(fire, ms);
  // An idle stop never keeps the process alive.
  handle.unref();
  return () => clearTimeout(handle);
};

export interface ThreadStopped {
  thread: number;
  sentAgain: number;
  refused: number;
  cause: string;
}

export class AnonymiserPool implements ConversationAnonymiser {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly attempts: number;
  private readonly startThread: () => Worker;
  private readonly onThreadStopped: (stopped: ThreadStopped) => void;
  private readonly idleStopMs: number;
  private readonly idleTimer: IdleTimer;
  private readonly onIdleStop: (thread: number) => void;
  private nextId = 1;
  private closing: Promise<void> | null = null;

  constructor(options: AnonymiserPoolOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 1) throw new RangeError('an anonymiser pool needs at least 1 worker');
    this.attempts = options.attempts ?? 3;
    this.startThread = options.startThread ?? startPoolWorker;
    this.onThreadStopped = options.onThreadStopped ?? (() => undefined);
    if (options.idleStopMs !== undefined && !(Number.isFinite(options.idleStopMs) && options.idleStopMs >= 0))
      throw new RangeError('an idle stop needs a number of ms, 0 or more');
    this.idleStopMs = options.idleStopMs ?? 0;
    this.idleTimer = options.idleTimer ?? unrefTimer;
    this.onIdleStop = options.onIdleStop ?? (() => undefined);
    this.slots = Array.from({ length: options.workers }, () => emptySlot());
  }

  get workers(): number {
    return this.slots.length;
  }

  anonymise(job: AnonymiseJob): Promise<string[]> {
    if (this.closing) return Promise.reject(closedError());
    return new Promise<string[]>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, texts: job.texts, continuing: job.continuing, deaths: 0, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts every thread not yet started and resolves, once all are ready, with each one's start. */
  ready(): Promise<ThreadStart[]> {
    if (this.closing) return Promise.reject(closedError());
    for (const slot of this.slots) if (slot.worker === null) this.start(slot);
    return Promise.all(this.slots.map((s) => s.ready));
  }

  /** Refuses every job still waiting or running (nothing of them was saved) and ends the threads. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    for (const slot of this.slots) cancelIdleStop(slot);
    const refused = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.inFlight.splice(0))];
    for (const job of refused) job.reject(closedError());
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        slot.worker = null;
        if (worker) await worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    if (this.closing) return;
    // Fill the emptiest thread first, so a few jobs spread over all threads.
    for (let depth = 0; depth < IN_FLIGHT_PER_THREAD && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (slot.inFlight.length > depth) continue;
        if (slot.worker === null && !this.start(slot)) return;
        this.send(slot, this.queue.shift()!);
      }
    }
  }

  private send(slot: Slot, job: Job): void {
    cancelIdleStop(slot);
    slot.inFlight.push(job);
    if (slot.inFlight.length === 1) slot.worker!.ref();
    const message: ToAnonymiser = { kind: 'job', id: job.id, texts: [...job.texts], continuing: job.continuing };
    slot.worker!.postMessage(message);
  }

  /** False when no thread could be started: every waiting job is refused with the reason. */
  private start(slot: Slot): boolean {
    let worker: Worker;
    try {
      worker = this.startThread();
    } catch (err) {
      for (const job of this.queue.splice(0)) job.reject(asError(err));
      return false;
    }
    cancelIdleStop(slot);
    Object.assign(slot, emptySlot(), { worker, inFlight: slot.inFlight });
    worker.unref();
    // Answers are not parsed again here: they come from this program's own thread, built from
    // typed values; the jobs are checked (zod) where they are run.
    worker.on('message', (message: FromAnonymiser) => this.receive(slot, worker, message));
    // An uncaught error ends the thread: 'exit' follows and does the rest, with the error as the cause.
    let failure: unknown = undefined;
    worker.on('error', (err) => (failure = err));
    worker.once('exit', (code) => this.died(slot, worker, failure ?? new Error(`anonymiser thread exited with code ${code}`)));
    return true;
  }

  private receive(slot: Slot, worker: Worker, message: FromAnonymiser): void {
    if (slot.worker !== worker) return;
    if (message.kind === 'ready') {
      slot.markReady({ startMs: Math.round(performance.now() - slot.startedAt), startCpuMs: message.startCpuMs });
      // Started by `ready()` with no job to follow: idle from now.
      if (slot.inFlight.length === 0) this.stopWhenIdle(slot);
      return;
    }
    const at = slot.inFlight.findIndex((j) => j.id === message.id);
    if (at < 0) return;
    const [job] = slot.inFlight.splice(at, 1);
    if (slot.inFlight.length === 0) worker.unref();
    if (message.kind === 'done') job!.resolve(message.texts);
    else job!.reject(new AppError('Internal', `The anonymiser failed on a conversation (${message.errorName}).`));
    this.dispatch();
    if (slot.inFlight.length === 0) this.stopWhenIdle(slot);
  }

  /** Schedules the end of a thread that holds no job, when the pool has an idle stop. */
  private stopWhenIdle(slot: Slot): void {
    if (this.idleStopMs === 0 || this.closing || slot.worker === null) return;
    cancelIdleStop(slot);
    const worker = slot.worker;
    slot.cancelIdleStop = this.idleTimer(() => {
      slot.cancelIdleStop = null;
      // A job sent meanwhile cancels this; the checks keep a late firing from ending a busy or newer thread.
      if (slot.worker !== worker || slot.inFlight.length > 0 || this.closing) return;
      // Cleared first: its 'exit' then reads as asked for (`died` ignores a thread no longer in its slot).
      slot.worker = null;
      this.onIdleStop(this.slots.indexOf(slot));
      void worker.terminate().catch(() => undefined);
    }, this.idleStopMs);
  }

  private died(slot: Slot, worker: Worker, cause: unknown): void {
    if (slot.worker !== worker || this.closing) return;
    cancelIdleStop(slot);
    slot.worker = null;
    slot.markFailed(new AppError('Internal', 'An anonymiser thread stopped before it was ready.', { cause }));
    const held = slot.inFlight.splice(0);
    const running = held[0];
    if (running) running.deaths++;
    const again = held.filter((job) => {
      if (job.deaths < this.attempts) return true;
      job.reject(new AppError('Internal', `An anonymiser thread stopped ${job.deaths} times on one conversation.`, { cause }));
      return false;
    });
    this.onThreadStopped({
      thread: this.slots.indexOf(slot),
      sentAgain: again.length,
      refused: held.length - again.length,
      cause: errorName(cause),
    });
    // Sent again first, in their order: they were asked before anything still waiting.
    this.queue.unshift(...again);
    this.dispatch();
  }
}

function emptySlot(): Slot {
  let markReady: (start: ThreadStart) => void = () => undefined;
  let markFailed: (err: Error) => void = () => undefined;
  const ready = new Promise<ThreadStart>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Only `ready()`'s caller hears of a failed start; a thread started for a job answers through the job.
  ready.catch(() => undefined);
  return { worker: null, cancelIdleStop: null, inFlight: [], startedAt: performance.now(), ready, markReady, markFailed };
}

function cancelIdleStop(slot: Slot): void {
  const cancel = slot.cancelIdleStop;
  slot.cancelIdleStop = null;
  if (cancel !== null) cancel();
}

function closedError(): AppError {
  return new AppError('ShuttingDown', 'The anonymiser pool is closed.');
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * Each thread's young generation, in MB (three semi-spaces: 192 gives semi-spaces of 64 MB). A
 * batch of eight conversations allocates some 3 MB and keeps its tokens, tables and memos until it
 * is answered; with V8's default for a thread (16 MB semi-spaces) a batch's survivors were copied
 * by two or three scavenges a round and part of them promoted, and the platform's threads that help
 * with that took a tenth of a round's CPU on a two-core host (ADR 0009, round 51). `npm start`'s
 * `--max-semi-space-size=64` already gave the threads this (a V8 flag wins over a thread's limits);
 * the limit gives it them under any start, the bench's too.
 */
export const ANONYMISER_YOUNG_GENERATION_MB = 192;

/**
 * Compiled, the thread runs poolWorker.js beside this file, from the bundle and code cache `npm run
 * build` made of it while that is current (src/threads/threadBundle.ts; about a third of a thread's
 * start was compiling its modules again). Run from TypeScript sources (jest, tsx), it runs
 * poolWorker.ts bundled by esbuild (src/threads/workerSource.ts), whatever loader the main thread uses.
 */
export function startPoolWorker(): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: ANONYMISER_YOUNG_GENERATION_MB };
  if (path.extname(__filename) === '.js') return startBundledThread(path.join(__dirname, 'poolWorker.js'), { resourceLimits });
  // Required here, not imported: the compiled server never loads esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { workerScript } = require('../threads/workerSource') as typeof import('../threads/workerSource');
  return new Worker(workerScript(path.join(__dirname, 'poolWorker.ts')), { eval: true, resourceLimits });
}
