/**
 * Messages between the embedded store (main thread) and its writer thread. Errors cross as data:
 * a stale eTag as its key, any other failure by name, message and SQLite code only (never values).
 */
import { z } from 'zod';
import { writeRequestSchema } from './turnWrites';
import type { GroupCommitStats } from './groupCommit';

/** The writer thread's name for the operating system (at most 15 characters on Linux). */
export const WRITER_THREAD_NAME = 'helpline-writer';

export const toWriterSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('writes'), batch: z.array(z.object({ id: z.number().int(), request: z.unknown() })) }),
  /** Commit what was sent before, close the connection, answer 'closed'. */
  z.object({ kind: z.literal('close') }),
]);
export type ToWriter = z.infer<typeof toWriterSchema>;

/** A request as the writer checks it, one by one, so one bad request fails alone. */
export const queuedRequestSchema = writeRequestSchema;

export type WireError = { kind: 'conflict'; key: string } | { kind: 'error'; name: string; message: string; code: string | null };

export type WriteResult = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

export type FromWriter =
  /** The outcomes of one committed (or failed) batch, and the counts so far. */
  { kind: 'done'; results: WriteResult[]; stats: GroupCommitStats } | { kind: 'closed' };
