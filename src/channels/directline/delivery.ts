import type { TranscriptEntry } from '../../store/ports';
import { activityId } from './activityIds';

/** Activity types a Direct Line client sees; conversationUpdate and internal events stay server-side. */
export function deliverable(entry: TranscriptEntry): boolean {
  if (entry.type === 'message') return true;
  if (entry.type === 'event') return !String(entry.activity.name ?? '').startsWith('helpline.');
  return entry.type === 'endOfConversation';
}

export function toDirectLineActivity(entry: TranscriptEntry): Record<string, unknown> {
  return { ...entry.activity, id: activityId(entry.conversationId, entry.seq) };
}

/** A quick exit means "leave no way back": the old token must not read the conversation again. */
export function readableAfterEnd(endedReason: string | null): boolean {
  return endedReason !== 'quick_exit';
}
