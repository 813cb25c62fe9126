/**
 * What several server instances on one store share besides the data itself: notifications
 * between instances, locks for work that must run on one instance at a time, counters (rate
 * limits) and "tell once" marks. The SQLite store serves one process, so its versions are
 * in-process; the PostgreSQL store uses LISTEN/NOTIFY, advisory locks and conditional writes.
 */
import type { JsonObject } from './values';

/** Topics carried between instances. */
export type ClusterTopic = 'handoff' | 'hub';

export interface ClusterBus {
  /** This instance's id; messages it published are not handed back to its own subscribers. */
  readonly instanceId: string;
  /**
   * Hands `payload` to the subscribers of `topic` on every other instance, in publish order.
   * Durable for a short while: an instance that missed the wake-up reads it on its next pass.
   */
  publish(topic: ClusterTopic, conversationId: string | null, payload: JsonObject): Promise<void>;
  subscribe(topic: ClusterTopic, listener: (payload: JsonObject) => void): () => void;
  /** Another instance appended to this conversation's transcript (readers go on from their watermark). */
  onAppended(listener: (conversationId: string) => void): () => void;
  /**
   * Wake-ups may have been missed (the listening connection came back, or the periodic safety
   * pass, every few passes): anyone reading from a watermark should read again.
   */
  onResync(listener: () => void): () => void;
}

export interface ClusterLocks {
  /**
   * Runs `work` only when no instance holds lock `name` (then holds it meanwhile); returns
   * `ran: false` at once when another instance holds it.
   */
  runExclusive<T>(name: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  /** Waits until no instance holds lock `name`, then runs `work` holding it. */
  serialize<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export interface ClusterCounters {
  /** Counts one hit for `key` in the fixed window starting at `windowStart`; returns the count so far. */
  hit(key: string, windowStart: Date, windowMs: number): Promise<number>;
}

export interface ClusterMarks {
  /**
   * Stores `value` for `key` and returns the value it replaced (null: there was none), as one
   * atomic step: of two instances writing the same value, one sees the old value and one its
   * own, so a notice tied to a change is sent once however many instances see it.
   */
  swap(key: string, value: number, at: Date): Promise<number | null>;
}

export interface Cluster {
  /** False for a single-process store: then every instance-spanning part is in-process. */
  readonly shared: boolean;
  readonly bus: ClusterBus;
  readonly locks: ClusterLocks;
  readonly counters: ClusterCounters;
  readonly marks: ClusterMarks;
}
