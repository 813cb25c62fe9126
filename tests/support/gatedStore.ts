/**
 * A bot store that can be made to fail or to hold its reads, and a bound fired by hand: for the
 * tests that prove 112 goes out at once or when the bound passes, whatever the store does.
 */
import { MemoryStorage } from 'botbuilder';
import type { Storage, StoreItems } from 'botbuilder';
import type { Timer } from '../../src/bot/boundedWait';

/** A store whose reads can be made to fail or to wait until released. */
export class GatedStorage implements Storage {
  private readonly inner = new MemoryStorage();
  mode: 'ok' | 'fail' | 'hold' = 'ok';
  private readonly held: (() => void)[] = [];
  async read(keys: string[]): Promise<StoreItems> {
    if (this.mode === 'fail') throw new Error('store down');
    if (this.mode === 'hold') await new Promise<void>((resolve) => this.held.push(resolve));
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
  release(): void {
    this.mode = 'ok';
    for (const go of this.held.splice(0)) go();
  }
}

/** A bound fired by hand: nothing passes until `fire`. */
export function handTimer() {
  const bounds: { ms: number; fire: () => void; cancelled: boolean }[] = [];
  const timer: Timer = (fire, ms) => {
    const bound = { ms, fire, cancelled: false };
    bounds.push(bound);
    return () => {
      bound.cancelled = true;
    };
  };
  return {
    timer,
    /** Bounds still pending. */
    pending: () => bounds.filter((b) => !b.cancelled),
    fire: () => {
      for (const b of bounds.splice(0)) if (!b.cancelled) b.fire();
    },
  };
}

/** Lets every promise that can settle without the store or the timer settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 200; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
