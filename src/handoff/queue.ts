/**
 * Queue order and honest wait estimates. Acute-danger chats go first; otherwise first come,
 * first served. An estimate is only given when someone can actually take the chat.
 */
export interface QueuedChat {
  conversationId: string;
  queuedAt: Date;
  acute: boolean;
}

export function orderQueue<T extends QueuedChat>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    if (a.acute !== b.acute) return a.acute ? -1 : 1;
    return a.queuedAt.getTime() - b.queuedAt.getTime() || a.conversationId.localeCompare(b.conversationId);
  });
}

export interface Staffing {
  /** Available counsellors without a live chat. */
  free: number;
  /** Available counsellors who are in a chat now. */
  busy: number;
}

/**
 * Minutes until the chat at `position` (0 = next) is likely taken, or null when nobody is
 * available. With `free` idle counsellors the first `free` chats are taken at once; after that a
 * place frees up every `averageChatMinutes / (free + busy)` minutes.
 */
export function estimateWaitMinutes(position: number, staffing: Staffing, averageChatMinutes: number): number | null {
  const total = staffing.free + staffing.busy;
  if (total === 0) return null;
  if (position < staffing.free) return 0;
  const ahead = position - staffing.free + 1;
  return Math.ceil((ahead * averageChatMinutes) / total);
}

/**
 * The estimate a citizen is told. Nobody waits longer than the maximum (the wait then ends with
 * the phone line), so an estimate beyond what is left of it would be a promise we do not keep:
 * it is cut to the minutes left and marked, so the reply can say "up to" instead of "about".
 */
export function capWaitMinutes(estimate: number | null, minutesLeft: number): { minutes: number | null; capped: boolean } {
  if (estimate === null) return { minutes: null, capped: false };
  const left = Math.max(1, Math.ceil(minutesLeft));
  return estimate > left ? { minutes: left, capped: true } : { minutes: estimate, capped: false };
}
