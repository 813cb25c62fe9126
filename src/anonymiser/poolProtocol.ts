/** What the anonymiser pool (pool.ts) and its worker threads (poolWorker.ts) send each other. */
import { z } from 'zod';

/** The thread's name for the operating system (`top -H`), so its CPU time can be told apart. */
export const ANONYMISER_THREAD_NAME = 'anonymiser';

/**
 * Jobs a thread reads as one batch (poolBatch.ts): half of what the pool keeps in flight on it
 * (pool.ts), so the next batch is there while the thread answers this one. Here, not in poolBatch.ts,
 * so that the pool's side loads no detector.
 */
export const JOBS_PER_BATCH = 8;

/** A job is checked where it is run (the worker); answers come from the program's own thread. */
export const ToAnonymiserSchema = z.object({
  kind: z.literal('job'),
  id: z.number().int().nonnegative(),
  texts: z.array(z.string()),
  continuing: z.boolean(),
});
export type ToAnonymiser = z.infer<typeof ToAnonymiserSchema>;

export type FromAnonymiser =
  /** Loaded and warmed up; `startCpuMs`: the thread's own CPU time so far (null where unknown). */
  | { kind: 'ready'; startCpuMs: number | null }
  | { kind: 'done'; id: number; texts: string[] }
  /** The anonymiser threw: only the error's name travels, never its message (it may quote the text). */
  | { kind: 'failed'; id: number; errorName: string };

/**
 * The name of an error, the only part of it that crosses between the pool and its threads or reaches
 * a log: its message may quote the conversation. By shape, not `instanceof Error`: an error from
 * another thread arrives made by the structured clone, whose Error need not be this realm's (under
 * jest it is not).
 */
export function errorName(err: unknown): string {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  return typeof name === 'string' && /^[A-Za-z]{1,40}$/.test(name) ? name : 'unknown';
}
