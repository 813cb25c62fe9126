import type { Activity } from 'botbuilder';

/**
 * What any channel does to a citizen's activity before it is stored: files are dropped (never
 * stored; the bot is told how many so it can explain) and text beyond the limit is cut off (the bot
 * is told so it can ask for the rest). Nothing beyond the limit is ever written anywhere.
 */
export function limitIncoming(activity: Partial<Activity>, maxChars: number): Partial<Activity> {
  const channelData: Record<string, unknown> = { ...((activity.channelData as Record<string, unknown> | undefined) ?? {}) };
  const attachments = Array.isArray(activity.attachments) ? activity.attachments.length : 0;
  if (attachments > 0) channelData.attachmentsRemoved = attachments;
  let text = activity.text;
  if (typeof text === 'string' && text.length > maxChars) {
    text = text.slice(0, maxChars);
    channelData.truncated = true;
  }
  return { ...activity, text, attachments: undefined, channelData };
}
