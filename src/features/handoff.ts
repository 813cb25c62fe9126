/**
 * Handoff: the counsellor queue and its events. The citizen chat puts chats in the queue, the
 * staff console takes them out; this wiring only keeps the queue honest over time.
 */
import { HandoffEvents } from '../handoff/events';
import { HandoffService } from '../handoff/service';
import { logJobFailure } from '../log';
import type { AppParts } from './parts';
import { every } from './parts';

export interface HandoffFeature {
  service: HandoffService;
  events: HandoffEvents;
  stop(): void;
}

export function wireHandoff({ config, store, clock, random, logger }: AppParts): HandoffFeature {
  // With a shared store the events reach every instance; alone, they stay in this process.
  const events = new HandoffEvents(
    store.cluster.shared
      ? {
          bus: store.cluster.bus,
          onError: () => logger.error({ event: 'handoff_event_publish_failed' }, 'could not tell other instances'),
        }
      : undefined,
  );
  const service = new HandoffService({
    handoffs: store.handoffs,
    conversations: store.conversations,
    events,
    hours: config.handoff.openingHours,
    clock,
    random,
    settings: config.handoff,
  });
  // Waits past the limit end with the phone line, and chats whose counsellor is gone go back to
  // the bot; checked often enough to be on time.
  const stop = every(30_000, () => {
    void service.expireWaits().catch(logJobFailure(logger, 'expire_waits_failed', 'could not expire waits'));
    void service.releaseAbandoned().catch(logJobFailure(logger, 'release_abandoned_failed', 'could not release abandoned chats'));
  });
  return { service, events, stop };
}
