/**
 * A bubble the citizen already read in this conversation is not shown again word for word (the
 * conversation code at "stop" after the guidance gave it, the pointer back to the list, a closing
 * line): a counsellor does not say the same sentences twice, and the page keeps the first one in
 * view. What is left out and what stays:
 * - a line naming 112 or 113 always stays (the danger lines have other wordings, saidAgain.ts);
 * - a message with buttons stays (the buttons belong to it);
 * - the short fixed lines allowed to recur stay (an acknowledgement, "you're welcome");
 * - a turn never goes silent: a repeat stays when it is all the turn would say.
 * The conversation keeps short hashes of the texts, never the texts. Pure; the edge keeps the set.
 */
import type { Activity } from 'botbuilder';

/** A line that names the emergency number or the suicide line. */
const SAFETY_LINE = /\b112\b|\b113\b|0800-0113/;

/** At most this many texts are remembered: a long conversation keeps its latest ones. */
export const SHOWN_KEPT = 120;

/** FNV-1a over the trimmed text, in base 36: enough to tell a conversation's few dozen texts apart. */
export function shownKey(text: string): string {
  let hash = 0x811c9dc5;
  const trimmed = text.trim();
  for (let i = 0; i < trimmed.length; i++) {
    hash ^= trimmed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The activities to send, without the messages shown before in this conversation that may be left
 * out. `turnSaid`: the turn has already sent a message, so leaving out all of these keeps it speaking.
 * `mayRecur`: a fixed line allowed to come again.
 */
export function withoutShownAgain(
  activities: readonly Partial<Activity>[],
  shown: ReadonlySet<string>,
  turnSaid: boolean,
  mayRecur: (text: string) => boolean,
): Partial<Activity>[] {
  const again = (a: Partial<Activity>): boolean => {
    if (a.type !== 'message' || typeof a.text !== 'string' || a.text.trim() === '') return false;
    if ((a.suggestedActions?.actions.length ?? 0) > 0 || (a.attachments?.length ?? 0) > 0) return false;
    if (SAFETY_LINE.test(a.text) || mayRecur(a.text.trim())) return false;
    return shown.has(shownKey(a.text));
  };
  const left = activities.filter((a) => !again(a));
  const speaks = turnSaid || left.some((a) => a.type === 'message');
  return speaks ? left : [...activities];
}
