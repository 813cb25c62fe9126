import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, ConcurrencyError } from '../../errors';
import type { GroupCommitStats } from './groupCommit';
import type { ReplyOf, WriteRequest } from './turnWrites';
import type { FromWriter, ToWriter, WireError } from './writerProtocol';

interface Waiting {
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/**
 * The main thread's side of the writer thread. A request resolves only after the writer's COMMIT
 * (synchronous = FULL) carried it, so "resolved" still means "on disk". Requests of one turn of the
 * main loop go over in one message; the writer commits them with whatever else arrived meanwhile.
 * The thread keeps the process alive only while a request waits for it.
 */
export class SqliteWriter {
  private readonly worker: Worker;
  private nextId = 1;
  private outbox: Array<{ id: number; request: WriteRequest }> = [];
  private sendScheduled = false;
  private readonly waiting = new Map<number, Waiting>();
  private counts: GroupCommitStats = { writes: 0, commits: 0 };
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  private closed: (() => void) | null = null;
  private committedAt: number | null = null;
  private readonly exited: Promise<void>;

  /** `now`: ms since the epoch, when a commit's answer arrives (the store's clock). */
  constructor(
    file: string,
    private readonly now: () => number = Date.now,
  ) {
    this.worker = startWorker(file);
    this.worker.unref();
    this.exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // Answers are not parsed again here: they come from this program's own thread, built from
    // typed values; the requests are checked (zod) where they are run.
    this.worker.on('message', (message: FromWriter) => this.receive(message));
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`writer thread exited with code ${code}`)));
  }

  run<R extends WriteRequest>(request: R): Promise<ReplyOf<R>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new AppError('StoreUnavailable', 'The store is closed.'));
    return new Promise<ReplyOf<R>>((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (this.waiting.size === 1) this.worker.ref();
      this.outbox.push({ id, request });
      if (!this.sendScheduled) {
        this.sendScheduled = true;
        // The writes of every turn handled in this turn of the loop go over together.
        setImmediate(() => this.send());
      }
    });
  }

  /** Writes sent and commits that carried them, counted by the writer (no data, only counts). */
  stats(): GroupCommitStats {
    return { ...this.counts };
  }

  /**
   * When the last batch that committed was answered, or null when none has yet or a write of the
   * last batch failed (a full disk, an I/O error, a constraint). A stale eTag is no failure.
   */
  lastCommitAt(): number | null {
    return this.failure ? null : this.committedAt;
  }

  /** Why the writer cannot write any more, or null while it can. */
  problem(): Error | null {
    return this.failure;
  }

  /**
   * Commits every request already made, closes the writer's connection and ends the thread. It
   * resolves only once the thread has exited: a server's stop() that returned while the thread (and
   * its message port) still lived left a handle that outlived the server and kept a test worker or
   * a process from ending.
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    if (!this.failure) {
      await new Promise<void>((resolve) => {
        this.closed = resolve;
        this.send();
        this.worker.ref();
        this.post({ kind: 'close' });
      });
    }
    // Its connection is closed and every answer is here (or it failed): nothing is lost by ending
    // the thread now, and nothing left running in it can keep the process alive.
    await this.worker.terminate();
    await this.exited;
  }

  private send(): void {
    this.sendScheduled = false;
    if (this.outbox.length === 0) return;
    const batch = this.outbox;
    this.outbox = [];
    this.post({ kind: 'writes', batch });
  }

  private post(message: ToWriter): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWriter): void {
    if (message.kind === 'closed') {
      this.failure ??= new AppError('StoreUnavailable', 'The store is closed.');
      this.closed?.();
      return;
    }
    // Any failed write (not a stale eTag) and the next /healthz probes again instead of trusting the batch.
    if (message.results.some((r) => !r.ok && r.error.kind === 'error')) this.committedAt = null;
    else if (message.stats.commits > this.counts.commits) this.committedAt = this.now();
    this.counts = message.stats;
    for (const result of message.results) {
      const waiting = this.waiting.get(result.id);
      if (!waiting) continue;
      this.waiting.delete(result.id);
      if (result.ok) waiting.resolve(result.value);
      else waiting.reject(fromWire(result.error));
    }
    if (this.waiting.size === 0) this.worker.unref();
  }

  /** The thread died (it never does on a write error, only if it could not start or crashed). */
  private fail(err: unknown): void {
    // Typed, so callers answer 503; the cause (e.g. the file could not be opened) stays attached for logs.
    this.failure ??= new AppError('StoreUnavailable', 'The store writer stopped.', { cause: err });
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(this.failure);
    this.closed?.();
  }
}

function fromWire(error: WireError): Error {
  if (error.kind === 'conflict') return new ConcurrencyError(error.key);
  // Same name and code as the driver's own error, so callers (errorResponse: SqliteError -> 503)
  // classify it as before.
  const err = new Error(error.message) as Error & { code?: string };
  err.name = error.name;
  if (error.code !== null) err.code = error.code;
  return err;
}

/**
 * Compiled, the worker is writerWorker.js beside this file. Run from TypeScript sources (jest, tsx),
 * it is writerWorker.ts bundled by esbuild (threads/workerSource.ts), whatever loader the main thread uses.
 */
function startWorker(file: string): Worker {
  // The writer's garbage is small and short-lived, and its collections never hold up the event
  // loop: a small young generation, whatever the process's flags (npm start gives the main
  // thread a large one), keeps the thread's memory small.
  const options = { workerData: { file }, resourceLimits: { maxYoungGenerationSizeMb: WRITER_YOUNG_GENERATION_MB } };
  const compiled = path.join(__dirname, 'writerWorker.js');
  if (path.extname(__filename) === '.js') return new Worker(compiled, options);
  // Required here, not imported: the compiled server never loads esbuild.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { workerScript } = require('../../threads/workerSource') as typeof import('../../threads/workerSource');
  return new Worker(workerScript(path.join(__dirname, 'writerWorker.ts')), { ...options, eval: true });
}

const WRITER_YOUNG_GENERATION_MB = 8;
