import type { Activity, ChannelAccount } from 'botbuilder';
import type { SenderRole } from '../store/ports';

/**
 * Who an outgoing activity is really from. TurnContext.sendActivity stamps every activity with
 * the bot's account, so a counsellor's identity travels in channelData.helplineSender and the
 * channel sets `from` from it.
 */
export function senderOf(activity: Partial<Activity>, bot: { id: string; name: string }): { role: SenderRole; account: ChannelAccount } {
  const sender = (activity.channelData as { helplineSender?: { role?: unknown; id?: unknown; name?: unknown } } | undefined)
    ?.helplineSender;
  if (sender?.role === 'counsellor' && typeof sender.id === 'string' && typeof sender.name === 'string') {
    return { role: 'counsellor', account: { id: `counsellor:${sender.id}`, name: sender.name, role: 'bot' } };
  }
  if (sender?.role === 'system') return { role: 'system', account: { id: bot.id, name: bot.name, role: 'bot' } };
  return { role: 'bot', account: { id: bot.id, name: bot.name, role: 'bot' } };
}
