/**
 * Notifications for Direct Line streams. A notification only says "conversation X has new
 * transcript entries": each stream then reads the store after its own watermark, so order and
 * completeness come from the store, not from the order in which notifications arrive. Ephemeral
 * activities (typing) are not stored and travel as they are.
 *
 * With a shared store the hub also hears other instances (through the store's cluster bus):
 * their appends, their typing and quick exits; and after a possible gap (reconnect, safety pass)
 * every stream reads again from its watermark, so a lost notification only costs latency.
 */
import { z } from 'zod';
import type { ClusterBus } from '../../store/clusterPorts';

export type HubEvent = { kind: 'appended' } | { kind: 'ephemeral'; activity: Record<string, unknown> } | { kind: 'ended' };
export type HubListener = (event: HubEvent) => void;

const remoteSchema = z.object({
  conversationId: z.string(),
  event: z.union([
    z.object({ kind: z.literal('ephemeral'), activity: z.record(z.string(), z.unknown()) }),
    z.object({ kind: z.literal('ended') }),
  ]),
});

export class ActivityHub {
  private readonly listeners = new Map<string, Set<HubListener>>();
  private outbox: Promise<void> = Promise.resolve();

  constructor(private readonly cluster?: { bus: ClusterBus; onError: (err: unknown) => void }) {
    if (!cluster) return;
    cluster.bus.subscribe('hub', (payload) => {
      const parsed = remoteSchema.safeParse(payload);
      if (parsed.success) this.deliver(parsed.data.conversationId, parsed.data.event);
    });
    cluster.bus.onAppended((conversationId) => this.deliver(conversationId, { kind: 'appended' }));
    cluster.bus.onResync(() => {
      for (const conversationId of [...this.listeners.keys()]) this.deliver(conversationId, { kind: 'appended' });
    });
  }

  subscribe(conversationId: string, listener: HubListener): () => void {
    let set = this.listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.listeners.set(conversationId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conversationId);
    };
  }

  publish(conversationId: string, event: HubEvent): void {
    this.deliver(conversationId, event);
    // Appends reach other instances through the store itself (the append notifies at commit).
    if (!this.cluster || event.kind === 'appended') return;
    const { bus, onError } = this.cluster;
    // One after another, so other instances hear this instance's events in the order they happened.
    this.outbox = this.outbox.then(() => bus.publish('hub', conversationId, { conversationId, event }).catch(onError));
  }

  subscriberCount(conversationId: string): number {
    return this.listeners.get(conversationId)?.size ?? 0;
  }

  private deliver(conversationId: string, event: HubEvent): void {
    for (const listener of [...(this.listeners.get(conversationId) ?? [])]) listener(event);
  }
}
