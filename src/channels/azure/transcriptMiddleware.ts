import { TurnContext } from 'botbuilder';
import type { Activity, Middleware } from 'botbuilder';
import type { Clock } from '../../clock';
import type { ConversationRegistry } from '../../conversations/registry';
import { toLocale } from '../../i18n/catalog';
import type { Locale } from '../../i18n/catalog';
import type { JsonObject, SenderRole, TranscriptStore } from '../../store/ports';
import { limitIncoming } from '../incomingLimits';
import { senderOf } from '../senderRole';

/**
 * Writes every activity of an Azure Bot Service conversation to the transcript, incoming before
 * the bot sees it and outgoing after the channel accepted it. (The self-hosted Direct Line adapter
 * writes its own, because its transcript doubles as the activity log.)
 */
export function azureTranscriptMiddleware(deps: {
  registry: ConversationRegistry;
  transcripts: TranscriptStore;
  clock: Clock;
  defaultLocale: Locale;
  maxChars: number;
}): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (context.activity.type === 'message') Object.assign(context.activity, limitIncoming(context.activity, deps.maxChars));
      const incoming = context.activity;
      const conversationId = incoming.conversation.id;
      const reference = JSON.parse(JSON.stringify(TurnContext.getConversationReference(incoming))) as JsonObject;
      await deps.registry.open({
        id: conversationId,
        channelId: incoming.channelId,
        locale: toLocale(incoming.locale, deps.defaultLocale),
        reference,
      });
      await append(deps, conversationId, incoming, incoming.type === 'message' ? 'citizen' : 'system');

      context.onSendActivities(async (_ctx, activities, sendNext) => {
        const responses = await sendNext();
        for (const activity of activities) {
          if (activity.type === 'typing' || activity.type === 'delay' || activity.type === 'invokeResponse') continue;
          await append(
            deps,
            conversationId,
            activity,
            senderOf(activity, { id: incoming.recipient.id, name: incoming.recipient.name }).role,
          );
        }
        return responses;
      });
      await next();
    },
  };
}

async function append(
  deps: { transcripts: TranscriptStore; clock: Clock },
  conversationId: string,
  activity: Partial<Activity>,
  role: SenderRole,
): Promise<void> {
  await deps.transcripts.append(conversationId, {
    role,
    type: activity.type ?? 'message',
    text: typeof activity.text === 'string' ? activity.text : null,
    at: deps.clock.now(),
    clientActivityId: null,
    activity: JSON.parse(JSON.stringify(activity)) as JsonObject,
  });
}
