/**
 * The cluster parts of a single-process store (SQLite): there are no other instances, so the bus
 * carries nothing, and locks, counters and marks live in this process's memory.
 */
import type { Cluster, ClusterBus, ClusterCounters, ClusterLocks, ClusterMarks } from './clusterPorts';

const noop = () => undefined;

export function localCluster(instanceId = 'local'): Cluster {
  const bus: ClusterBus = {
    instanceId,
    publish: async () => undefined,
    subscribe: () => noop,
    onAppended: () => noop,
    onResync: () => noop,
  };
  const held = new Set<string>();
  const queues = new Map<string, Promise<unknown>>();
  const locks: ClusterLocks = {
    serialize<T>(name: string, work: () => Promise<T>): Promise<T> {
      const previous = queues.get(name) ?? Promise.resolve();
      const next = previous.then(work, work);
      const settled = next.catch(() => undefined);
      queues.set(name, settled);
      void settled.then(() => {
        if (queues.get(name) === settled) queues.delete(name);
      });
      return next;
    },
    async runExclusive(name, work) {
      if (held.has(name)) return { ran: false };
      held.add(name);
      try {
        return { ran: true, value: await work() };
      } finally {
        held.delete(name);
      }
    },
  };
  return { shared: false, bus, locks, counters: new MemoryCounters(), marks: new MemoryMarks() };
}

/** Fixed windows; a new window drops the old counts, so memory stays bounded by one window's keys. */
class MemoryCounters implements ClusterCounters {
  private readonly windows = new Map<number, Map<string, number>>();

  async hit(key: string, windowStart: Date): Promise<number> {
    const start = windowStart.getTime();
    for (const old of this.windows.keys()) if (old < start) this.windows.delete(old);
    let counts = this.windows.get(start);
    if (!counts) {
      counts = new Map();
      this.windows.set(start, counts);
    }
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count;
  }
}

class MemoryMarks implements ClusterMarks {
  private readonly values = new Map<string, number>();

  async swap(key: string, value: number): Promise<number | null> {
    const previous = this.values.get(key) ?? null;
    this.values.set(key, value);
    return previous;
  }
}
