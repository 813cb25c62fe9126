/** What happens in the takeover, for the staff console's live feed and the citizen notifier. */
export type HandoffEndReason = 'released' | 'closed' | 'quick_exit' | 'cancelled' | 'expired' | 'counsellor_gone' | 'citizen_left';

export type HandoffEvent =
  | { kind: 'queue_changed' }
  | { kind: 'alert'; conversationId: string; reason: 'acute_waiting' | 'acute_in_live_chat' }
  | {
      kind: 'message';
      conversationId: string;
      role: 'citizen' | 'bot' | 'counsellor' | 'system';
      text: string;
      at: string;
      counsellorId?: string;
    }
  | { kind: 'typing'; conversationId: string; role: 'citizen' | 'counsellor' }
  | { kind: 'accepted'; conversationId: string; counsellorId: string }
  | { kind: 'transferred'; conversationId: string; from: string; to: string }
  | { kind: 'ended'; conversationId: string; reason: HandoffEndReason; counsellorId: string | null };

export type HandoffListener = (event: HandoffEvent) => void;

/** In-process fan-out; listeners must not throw (a failing one is isolated from the others). */
export class HandoffEvents {
  private readonly listeners = new Set<HandoffListener>();

  subscribe(listener: HandoffListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HandoffEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A broken console connection must not stop the others from hearing about this.
      }
    }
  }
}
