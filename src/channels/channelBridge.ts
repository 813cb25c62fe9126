import type { Activity, BotAdapter, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { DirectLineAdapter } from './directline/directLineAdapter';
import { DIRECTLINE_CHANNEL_ID } from './directline/directLineAdapter';
import type { ConversationRegistry } from '../conversations/registry';
import { senderOf } from './senderRole';
import { AppError } from '../errors';

/** Sends activities into a citizen's conversation from outside their turn (counsellor, notices). */
export interface ChannelBridge {
  send(conversationId: string, activities: Partial<Activity>[]): Promise<void>;
}

/**
 * Chooses the adapter by the conversation's channel: the self-hosted Direct Line adapter, or
 * Azure Bot Service through CloudAdapter's proactive continueConversationAsync with the
 * conversation reference stored when the conversation began.
 */
export function createChannelBridge(deps: {
  registry: ConversationRegistry;
  directLine: DirectLineAdapter;
  cloud: CloudAdapter;
  appId: string;
  bot: { id: string; name: string };
}): ChannelBridge {
  return {
    async send(conversationId, activities) {
      const record = await deps.registry.get(conversationId);
      if (!record) throw new AppError('NotFound', 'Unknown conversation.');
      const logic = async (context: TurnContext) => {
        await context.sendActivities(activities);
      };
      if (record.channelId === DIRECTLINE_CHANNEL_ID) {
        await deps.directLine.continueConversation(
          { conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' }, bot: deps.bot },
          logic,
        );
        return;
      }
      if (!record.reference) throw new AppError('NotFound', 'No conversation reference stored for this channel.');
      await (deps.cloud as BotAdapter).continueConversationAsync(
        deps.appId,
        record.reference as Partial<ConversationReference>,
        async (context) => {
          // Azure only accepts the bot's own id as sender, but the name can say who is writing.
          context.onSendActivities(async (_context, outgoing, next) => {
            for (const activity of outgoing) {
              const sender = senderOf(activity, deps.bot);
              if (sender.role === 'counsellor' && activity.from) activity.from = { ...activity.from, name: sender.account.name };
            }
            return next();
          });
          await logic(context);
        },
      );
    },
  };
}
