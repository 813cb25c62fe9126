/** What happens in the takeover, for the staff console's live feed and the citizen notifier. */
import { z } from 'zod';
import type { ClusterBus } from '../store/clusterPorts';

const ROLES = ['citizen', 'bot', 'counsellor', 'system'] as const;
/** Why a hand-off ended, as the console and the citizen notifier are told (every one has a console text). */
export const END_REASONS = [
  'released',
  'closed',
  'quick_exit',
  'cancelled',
  'expired',
  'counsellor_gone',
  'citizen_left',
  'erased',
] as const;

/**
 * The citizen ended a chat themselves (closed the page or left by quick exit). Only then may the
 * counsellor who held it live still write notes and the outcome for a while (WRAP_UP_MINUTES): the
 * one place this rule is written; the console is told through the `ended` event's `wrapUp`.
 */
export const LEFT_BY_CITIZEN: readonly string[] = ['citizen_left', 'quick_exit'] satisfies (typeof END_REASONS)[number][];

export function leftByCitizen(reason: string | null | undefined): boolean {
  return reason !== null && reason !== undefined && LEFT_BY_CITIZEN.includes(reason);
}

/** Events from other instances arrive through the store: checked like any other input. */
const handoffEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queue_changed') }),
  z.object({ kind: z.literal('alert'), conversationId: z.string(), reason: z.enum(['acute_waiting', 'acute_in_live_chat']) }),
  z.object({
    kind: z.literal('message'),
    conversationId: z.string(),
    role: z.enum(ROLES),
    text: z.string(),
    at: z.string(),
    counsellorId: z.string().optional(),
  }),
  z.object({ kind: z.literal('typing'), conversationId: z.string(), role: z.enum(['citizen', 'counsellor']) }),
  z.object({ kind: z.literal('accepted'), conversationId: z.string(), counsellorId: z.string() }),
  z.object({ kind: z.literal('transferred'), conversationId: z.string(), from: z.string(), to: z.string() }),
  z.object({
    kind: z.literal('ended'),
    conversationId: z.string(),
    reason: z.enum(END_REASONS),
    counsellorId: z.string().nullable(),
    // Whether the counsellor who held it may still finish notes and outcome (an instance of an older
    // release does not send it: no wrap-up rather than a lost event).
    wrapUp: z.boolean().default(false),
  }),
]);

export type HandoffEvent = z.infer<typeof handoffEventSchema>;

/** 'local': it happened in this process; 'remote': another instance on the same store told us. */
export type EventOrigin = 'local' | 'remote';
export type HandoffListener = (event: HandoffEvent, origin: EventOrigin) => void;

/**
 * Fan-out to listeners in this process and, with a shared store, to every other instance (the
 * console's live feed, queue positions and alerts reach counsellors wherever they are connected).
 * Listeners must not throw (a failing one is isolated from the others).
 */
export class HandoffEvents {
  private readonly listeners = new Set<HandoffListener>();
  private outbox: Promise<void> = Promise.resolve();

  constructor(private readonly cluster?: { bus: ClusterBus; onError: (err: unknown) => void }) {
    cluster?.bus.subscribe('handoff', (payload) => {
      const parsed = handoffEventSchema.safeParse(payload.event);
      if (parsed.success) this.deliver(parsed.data, 'remote');
    });
  }

  subscribe(listener: HandoffListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HandoffEvent): void {
    this.deliver(event, 'local');
    if (!this.cluster) return;
    const { bus, onError } = this.cluster;
    const conversationId = 'conversationId' in event ? event.conversationId : null;
    // One after another, so other instances hear this instance's events in the order they happened.
    this.outbox = this.outbox.then(() => bus.publish('handoff', conversationId, { event }).catch(onError));
  }

  private deliver(event: HandoffEvent, origin: EventOrigin): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event, origin);
      } catch {
        // A broken console connection must not stop the others from hearing about this.
      }
    }
  }
}
