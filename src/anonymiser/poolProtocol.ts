/** What the anonymiser pool (pool.ts) and its worker threads (poolWorker.ts) send each other. */
import { z } from 'zod';

/** The thread's name for the operating system (`top -H`), so its CPU time can be told apart. */
export const ANONYMISER_THREAD_NAME = 'anonymiser';

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
