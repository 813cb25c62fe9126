/**
 * What the event loop and a reading thread (readingWorker.ts) say to each other. Requests are
 * checked with zod in the thread; answers are not parsed again on the loop: they come from this
 * program's own thread, built from typed values (as the store's writer thread's, writerProtocol.ts),
 * and checking every reading there would cost the loop the time the thread is there to save.
 */
import { MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { sharedModelBundleSchema, type SharedModelBundle } from '../nlu/model/bundle';
import type { PreparedReading } from './preparedReading';

/** Linux thread names are at most 15 characters (the bench counts CPU by thread name). */
export const READING_THREAD_NAME = 'helpline-read';

/** The longest text a reading thread takes (the channel's own limit is far below this). */
export const MAX_READ_CHARS = 100_000;

export const toReaderSchema = z.object({
  kind: z.literal('read'),
  /** When the batch was sent (ms since the epoch, Date.now: the threads share the clock). */
  sentAt: z.number(),
  batch: z.array(z.object({ id: z.number().int().nonnegative(), text: z.string().max(MAX_READ_CHARS) })),
});
export type ToReader = z.infer<typeof toReaderSchema>;

export const readerDataSchema = z.object({
  warmUpRounds: z.number().int().min(0).max(10),
  /** A text that waited this long in the thread's queue is not read: its turn has read it on the loop by now. */
  staleAfterMs: z.number().int().positive(),
  /** Where the thread sends its answers (FromReader). */
  answers: z.instanceof(MessagePort),
  /**
   * The loop's compiled models, whose weights the thread shares instead of loading its own copy
   * (bundle.ts shareBundle); without them it loads models/nlu.json itself.
   */
  models: z.custom<SharedModelBundle>((value) => sharedModelBundleSchema.safeParse(value).success, 'not a shared model bundle').optional(),
});
export type ReaderData = z.infer<typeof readerDataSchema>;

export type FromReader =
  /** Loaded and warmed up: it takes texts from now on. `ms`: how long that took in the thread. */
  | { kind: 'ready'; ms: number }
  /** `reading` null: the text could not be read there, or came too late to be (the loop reads it itself). */
  | { kind: 'read'; results: Array<{ id: number; reading: PreparedReading | null }> };
