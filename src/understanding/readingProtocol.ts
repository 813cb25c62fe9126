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

/**
 * Texts sent to a thread can be taken back until it begins one (readingPool.ts readyNow): each has
 * a place in a ring of CLAIM_RING Int32 shared by the loop and the thread, set to its tag when sent;
 * whoever changes the tag to 0 first reads the text. The ring is far larger than the texts a thread
 * has in hand (its deadline bounds them); a place reused while its text still waits only makes
 * both sides skip that text, and the loop reads it itself, as with a late reading.
 */
export const CLAIM_RING = 4096;

export const claimPlace = (id: number): number => id % CLAIM_RING;

/** Never 0 (taken), and fits an Int32 however long the server runs. */
export const claimTag = (id: number): number => (id % 2 ** 30) + 1;

/** True for the one side, loop or thread, that takes the text; the other leaves it. */
export const claimText = (claims: Int32Array, id: number): boolean =>
  Atomics.compareExchange(claims, claimPlace(id), claimTag(id), 0) === claimTag(id);

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
  /** The ring of claims (CLAIM_RING Int32) through which the loop takes back texts not begun. */
  claims: z.instanceof(SharedArrayBuffer).refine((buffer) => buffer.byteLength === CLAIM_RING * 4, 'not a ring of claims'),
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
