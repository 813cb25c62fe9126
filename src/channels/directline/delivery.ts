import type { StoredActivityText } from '../../store/ports';
import { activityId } from './activityIds';

/**
 * Activity types a Direct Line client sees; conversationUpdate and internal events stay
 * server-side. Only an event's name needs the stored text parsed.
 */
export function deliverableText(stored: StoredActivityText): boolean {
  if (stored.type === 'message' || stored.type === 'endOfConversation') return true;
  if (stored.type !== 'event') return false;
  const { name } = JSON.parse(stored.activityJson) as { name?: unknown };
  return !String(name ?? '').startsWith('helpline.');
}

/**
 * The activity a Direct Line client receives, as JSON text: the stored text with the channel's id
 * (from the seq) added as the object's last member, without parsing and serialising it again. A
 * stored id (no stored activity has one) is overridden: JSON.parse keeps the last of equal keys.
 */
export function directLineActivityText(conversationId: string, stored: StoredActivityText): string {
  const text = stored.activityJson;
  const close = text.lastIndexOf('}');
  const head = text.slice(0, close).trimEnd();
  const separator = head.endsWith('{') ? '' : ',';
  return `${head}${separator}"id":${JSON.stringify(activityId(conversationId, stored.seq))}}`;
}

/** A quick exit means "leave no way back": the old token must not read the conversation again. */
export function readableAfterEnd(endedReason: string | null): boolean {
  return endedReason !== 'quick_exit';
}
