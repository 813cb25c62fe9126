/**
 * Danger told in a conversation and what the bot keeps saying about it. A counsellor names 112
 * (and 113 after thoughts of suicide) when danger is told, in the turns right after it ("is the
 * danger still there?"), and again only when danger comes into view anew: not at every later turn,
 * which reads as not listening and wears the number out. Danger stays *in view* for the
 * conversation until the citizen says no one is in danger now (so "should I call 112?" is answered
 * with "yes, now"), but the reminder is added only in that window.
 *
 * Pure: the bot edge (HelplineBot) watches what a turn sends and adds the reminder when needed.
 */

export interface DangerView {
  /** Danger told in this conversation and not denied since. */
  acute: boolean;
  /** Thoughts of suicide told in this conversation. */
  suicidal: boolean;
  /** Citizen messages since danger was last told (0: this one). Absent in sessions kept before it. */
  since?: number;
}

export const NO_DANGER_IN_VIEW: DangerView = { acute: false, suicidal: false };

/**
 * The turns after the danger turn that still carry the line: the two right after it (a citizen in
 * danger goes on about what to do, "moet ik de politie bellen?", "krijg ik zelf gezeik?", while the
 * danger is still there; the dialog sets' writers mark those turns acute as well).
 */
const REMINDER_TURNS = 2;

const EMERGENCY = /\b112\b/;
const SUICIDE_LINE = /0800-0113|\b113\b/;

/**
 * What stays in view after a citizen message: danger screened now comes into view; "no" to the
 * direct question whether someone is in danger now takes 112 out of view, not 113 (a wish to die
 * is not over because no one is in danger from others). A message the screen is unsure about,
 * while danger told before is in view ("I'm so scared she'll do something to herself"), brings it
 * back to this turn: the lines are named again.
 */
export function nextDangerView(
  before: DangerView,
  now: { acuteDanger: boolean; suicidal: boolean; unsure?: boolean },
  saysNoDangerNow: boolean,
): DangerView {
  const suicidal = before.suicidal || now.suicidal;
  if (now.acuteDanger || now.suicidal) return { acute: true, suicidal, since: 0 };
  const inView = before.acute || before.suicidal;
  const since = now.unsure === true && inView && !saysNoDangerNow ? 0 : (before.since ?? 0) + 1;
  if (saysNoDangerNow) return { acute: false, suicidal, since };
  return { acute: before.acute || suicidal, suicidal, since };
}

/**
 * The reminder a turn still needs, given the texts it has sent so far; null when none is needed:
 * nothing in view, the turn named the line already, or the danger was told more than a turn ago.
 */
export function reminderNeeded(view: DangerView, sent: readonly string[]): 'danger.reminder' | 'danger.reminderSuicidal' | null {
  if (!view.acute && !view.suicidal) return null;
  if ((view.since ?? 0) > REMINDER_TURNS) return null;
  const has112 = sent.some((t) => EMERGENCY.test(t));
  const has113 = sent.some((t) => SUICIDE_LINE.test(t));
  if (view.suicidal && !has113) return 'danger.reminderSuicidal';
  if (!has112) return 'danger.reminder';
  return null;
}
