/**
 * Keeps the conversation's order and shows every activity once. The server numbers activities
 * (`<conversation>|0000012`, the number is the transcript's seq and the watermark), so an activity
 * that arrives twice, through a reconnect's replay or through polling beside the stream, is
 * recognised by that number. A message the citizen sent carries a client-generated id; when the
 * server's copy comes back, it confirms the bubble already shown instead of adding a second one,
 * also when the send was retried.
 */
import type { ActivitySet, ChatActivity } from './protocol';

/** The transcript seq in a Direct Line activity id; null for ids without one (typing). */
export function activitySeq(id: string): number | null {
  const match = /\|(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

export interface AcceptedSet {
  /** New activities, oldest first, without the citizen's own messages already on screen. */
  fresh: ChatActivity[];
  /** Client ids of the citizen's own messages that the server now has. */
  confirmed: string[];
}

export class ActivityLog {
  private highestSeq = 0;
  private readonly seenIds = new Set<string>();
  private readonly pending = new Set<string>();
  private mark: string | undefined;

  /** The watermark to resume from after a reconnect. */
  get watermark(): string | undefined {
    return this.mark;
  }

  /** A message the page shows at once, before the server has it. */
  sending(clientId: string): void {
    this.pending.add(clientId);
  }

  accept(set: ActivitySet): AcceptedSet {
    const fresh: ChatActivity[] = [];
    const confirmed: string[] = [];
    const ordered = [...set.activities].sort((a, b) => (activitySeq(a.id) ?? Infinity) - (activitySeq(b.id) ?? Infinity));
    for (const activity of ordered) {
      const seq = activitySeq(activity.id);
      if (this.seenIds.has(activity.id) || (seq !== null && seq <= this.highestSeq)) continue;
      if (seq !== null) {
        this.highestSeq = seq;
        this.seenIds.add(activity.id);
      }
      const clientId = activity.channelData?.clientActivityID;
      if (clientId !== undefined && this.pending.delete(clientId)) {
        confirmed.push(clientId);
        continue;
      }
      fresh.push(activity);
    }
    if (set.watermark !== undefined && /^\d+$/.test(set.watermark) && Number(set.watermark) >= Number(this.mark ?? 0)) {
      this.mark = set.watermark;
    }
    return { fresh, confirmed };
  }
}
