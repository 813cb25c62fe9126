import { anonymiseJob } from '../../src/anonymiser/conversationAnonymiser';
import type { AnonymiserPool } from '../../src/anonymiser/pool';

/** On this thread, letting the pool's answers in now and then so both cores work. */
async function inProcess(conversations: readonly string[][], continuing: boolean): Promise<string[][]> {
  const out: string[][] = [];
  for (const texts of conversations) {
    out.push(anonymiseJob({ texts, continuing }));
    if (out.length % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

export interface PoolAndInProcess {
  /** The pool's answers for the conversations made afresh, and the in-process anonymiser's. */
  fresh: string[][];
  here: string[][];
  /** Both again over the in-process copy (`continuing`). */
  again: string[][];
  hereAgain: string[][];
}

/**
 * The conversations through the pool and through the in-process anonymiser, made afresh and made
 * again over the in-process copy. Used by the pool's jest suite on a sample and by
 * `npm run check:anonymiser-pool` on every tuning conversation.
 */
export async function poolAndInProcess(pool: AnonymiserPool, conversations: readonly string[][]): Promise<PoolAndInProcess> {
  const fresh = Promise.all(conversations.map((texts) => pool.anonymise({ texts, continuing: false })));
  const here = await inProcess(conversations, false);
  const again = Promise.all(here.map((texts) => pool.anonymise({ texts, continuing: true })));
  const hereAgain = await inProcess(here, true);
  return { fresh: await fresh, here, again: await again, hereAgain };
}
