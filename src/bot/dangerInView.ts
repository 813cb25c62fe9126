/**
 * Danger told in a conversation stays in view: once a message was screened as acute danger, every
 * later bot turn holds 112 (and 113 once thoughts of suicide were told), whatever the dialogs
 * answer and in every state, until the citizen says no one is in danger now. A citizen in danger
 * rarely repeats it in each message ("and does anyone see this chat?"), and the answer to that
 * message must not be the one without the number.
 *
 * Pure: the bot edge (HelplineBot) watches what a turn sends and adds the reminder when needed.
 */

export interface DangerView {
  /** 112 stays in every bot turn. */
  acute: boolean;
  /** 113 stays in every bot turn as well. */
  suicidal: boolean;
}

export const NO_DANGER_IN_VIEW: DangerView = { acute: false, suicidal: false };

const EMERGENCY = /\b112\b/;
const SUICIDE_LINE = /0800-0113|\b113\b/;

/**
 * What stays in view after a citizen message: danger screened now comes into view; "no" to the
 * direct question whether someone is in danger now takes 112 out of view, not 113 (a wish to die
 * is not over because no one is in danger from others).
 */
export function nextDangerView(before: DangerView, now: { acuteDanger: boolean; suicidal: boolean }, saysNoDangerNow: boolean): DangerView {
  const suicidal = before.suicidal || now.suicidal;
  if (now.acuteDanger || now.suicidal) return { acute: true, suicidal };
  if (saysNoDangerNow) return { acute: false, suicidal };
  return { acute: before.acute || suicidal, suicidal };
}

/** The reminder a turn still needs, given the texts it has sent so far; null when none is needed. */
export function reminderNeeded(view: DangerView, sent: readonly string[]): 'danger.reminder' | 'danger.reminderSuicidal' | null {
  if (!view.acute && !view.suicidal) return null;
  const has112 = sent.some((t) => EMERGENCY.test(t));
  const has113 = sent.some((t) => SUICIDE_LINE.test(t));
  if (view.suicidal && !has113) return 'danger.reminderSuicidal';
  if (!has112) return 'danger.reminder';
  return null;
}
