/**
 * In-process notifications for Direct Line streams. A notification only says "conversation X has
 * new transcript entries": each stream then reads the store after its own watermark, so order and
 * completeness come from the store, not from the order in which notifications arrive. Ephemeral
 * activities (typing) are not stored and travel as they are.
 */
export type HubEvent = { kind: 'appended' } | { kind: 'ephemeral'; activity: Record<string, unknown> } | { kind: 'ended' };
export type HubListener = (event: HubEvent) => void;

export class ActivityHub {
  private readonly listeners = new Map<string, Set<HubListener>>();

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
    for (const listener of [...(this.listeners.get(conversationId) ?? [])]) listener(event);
  }

  subscriberCount(conversationId: string): number {
    return this.listeners.get(conversationId)?.size ?? 0;
  }
}
