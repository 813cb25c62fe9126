import type { Activity } from 'botbuilder';
import type { Replies } from '../../dialogs/replies';
import type { HandoffEvent, HandoffEvents } from '../handoff/events';
import type { HandoffService } from '../handoff/service';
import type { Locale } from '../i18n/catalog';
import type { Logger } from '../log';
import type { ClusterMarks } from '../store/clusterPorts';
import type { ConversationStore } from '../store/ports';
import type { ChannelBridge } from '../channels/channelBridge';

/**
 * Tells waiting and chatting citizens what happens on the counsellor side, in their language:
 * their place in the queue as it moves up, who took the chat, and how it ended. Also writes the
 * handoff protocol's `handoff.status` events into the conversation.
 *
 * With several instances: what happened on this instance is told by this instance (the notice
 * goes into the transcript, which reaches the citizen wherever their stream is). Queue moves are
 * seen by every instance; the store's marks let exactly one of them tell each new position.
 */
export function startCitizenNotifier(deps: {
  events: HandoffEvents;
  handoff: HandoffService;
  conversations: ConversationStore;
  bridge: ChannelBridge;
  replies: Replies;
  counsellorName: (counsellorId: string, locale: Locale) => Promise<string>;
  logger: Logger;
  /** The last position told per handoff, kept where every instance sees it. */
  marks: ClusterMarks;
  now: () => Date;
}): () => void {
  let work: Promise<void> = Promise.resolve();
  /** Sending waits per conversation, so a slow channel (say Azure) holds up no one else's notices. */
  const outboxes = new Map<string, Promise<void>>();

  const send = (conversationId: string, build: (locale: Locale) => Promise<Partial<Activity>[]> | Partial<Activity>[]): void => {
    const deliver = async () => {
      const record = await deps.conversations.get(conversationId);
      if (!record) return;
      await deps.bridge.send(conversationId, await build(record.locale));
    };
    const next = (outboxes.get(conversationId) ?? Promise.resolve()).then(deliver).catch((err: unknown) => {
      deps.logger.error({ event: 'citizen_notice_failed', err: { name: (err as Error).name } }, 'could not notify citizen');
    });
    outboxes.set(conversationId, next);
    void next.then(() => {
      if (outboxes.get(conversationId) === next) outboxes.delete(conversationId);
    });
  };
  // The reason lets the page say what happened (back to the bot, chat closed, nobody free), not only the state.
  const status = (state: string, reason?: string): Partial<Activity> => ({
    type: 'event',
    name: 'handoff.status',
    value: reason === undefined ? { state } : { state, reason },
  });

  const handle = async (event: HandoffEvent) => {
    switch (event.kind) {
      case 'accepted':
        send(event.conversationId, async (locale) => [
          status('accepted'),
          deps.replies.text(locale, 'handoff.accepted', { name: await deps.counsellorName(event.counsellorId, locale) }),
        ]);
        return;
      case 'ended':
        if (event.reason === 'released')
          send(event.conversationId, (l) => [status('completed', event.reason), deps.replies.text(l, 'handoff.released')]);
        // The conversation is over: endOfConversation lets the page offer a new chat at once.
        if (event.reason === 'closed')
          send(event.conversationId, (l) => [
            status('completed', event.reason),
            deps.replies.text(l, 'handoff.closedByCounsellor'),
            { type: 'endOfConversation', code: 'completedSuccessfully' },
          ]);
        if (event.reason === 'expired')
          send(event.conversationId, (l) => [status('failed', event.reason), deps.replies.text(l, 'handoff.expired')]);
        if (event.reason === 'counsellor_gone')
          send(event.conversationId, (l) => [status('failed', event.reason), deps.replies.text(l, 'handoff.counsellorGone')]);
        return;
      case 'transferred':
        send(event.conversationId, async (locale) => [
          deps.replies.text(locale, 'handoff.transferred', { name: await deps.counsellorName(event.to, locale) }),
        ]);
        return;
      case 'queue_changed':
        for (const item of await deps.handoff.queue()) {
          const id = item.handoff.conversationId;
          const position = item.position + 1;
          // The swap is atomic in the store: of the instances seeing this move, one sees the old place.
          const told = await deps.marks.swap(`handoff-position:${item.handoff.id}`, position, deps.now());
          if (told !== null && position < told) send(id, (l) => [deps.replies.text(l, 'handoff.positionUpdate', { position })]);
        }
        return;
      default:
        return;
    }
  };

  return deps.events.subscribe((event, origin) => {
    if (origin === 'remote' && event.kind !== 'queue_changed') return;
    // One at a time, in order: a citizen must not read "number 2" after "number 1".
    work = work
      .then(() => handle(event))
      .catch((err: unknown) => {
        deps.logger.error(
          { event: 'citizen_notice_failed', kind: event.kind, err: { name: (err as Error).name } },
          'could not notify citizen',
        );
      });
  });
}
