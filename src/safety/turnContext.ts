/**
 * The danger reading of one turn of a conversation, with the turns before it. The message model
 * (screen.ts) reads each message alone and was tuned on single messages; in a conversation most
 * turns after the opening are short answers, questions about what happens after a report, or more
 * of a story, and read alone many land in the unsure band: on the tuning conversations the danger
 * question was asked on one in seven turns that told no danger now.
 *
 * From the second turn on, a turn in the unsure band is not asked about when nothing in it tells
 * danger itself: the model reads its words (so the question would be understood, and the model
 * would have seen a danger told in them), its score is under the `sure` threshold, and it names no
 * situation of danger now (`dangerNamed`). Danger told earlier is not forgotten by this: the bot
 * keeps 112 in view after a turn read acute, and the conversation's first message, every message
 * read alone, the answer to the danger question, and 112 at once are not changed.
 *
 * Tried first and not kept: a small learned model over the turn's own reading and the earlier
 * turns' scores (trained on the older tuning conversations, threshold chosen so that acute turns
 * stay found). Allowed to decide 112 too, it moved 112 at once from 0.75 to 0.40 of the acute turns
 * of the held-out conversations; allowed only to lower the unsure band, its threshold went to the
 * top of the grid, so it said no more than this rule, and without the guards below it dropped turns
 * that first told a danger (a door locked from outside in Indonesian, a padlock on the outside).
 */
import { z } from 'zod';
import type { ReadMessage } from '../nlu/model/reader';
import type { DangerAssessment } from '../understanding/understanding';
import { BACKGROUND_SITUATIONS, NOT_NOW } from './situations';

/** What the screen said of an earlier citizen turn of the same conversation (no text): its look's `danger.level` and `danger.score`. */
export const earlierTurnSchema = z.object({
  level: z.enum(['none', 'unsure', 'acute']),
  score: z.number().min(0).max(1),
});
export type EarlierTurn = z.infer<typeof earlierTurnSchema>;

/**
 * Named situations that do not keep the question on their own: a time ("vanavond"), 112 or the
 * police named ("moet ik 112 bellen?", the usual question after the bot named it), a place or means,
 * a plea, tiredness, contact in secret. On the older tuning conversations these made about 100 of
 * the 130 calm turns that a named situation kept in the band.
 */
const WEAK_NAMED: ReadonlySet<string> = new Set(['soon', 'alarm', 'suicide_means', 'call_for_help', 'exhausted', 'secret_contact']);

/** Reasons of an unsure reading that come from more than the message's score: kept as they are. */
const KEEP_REASONS: ReadonlySet<string> = new Set(['window.acute', 'screen.unreadable', 'screen.failed']);

/** A situation of danger named (not background or weak), not negated, with no distance from now in the message. */
export function dangerNamed(read: ReadMessage): boolean {
  return (
    read.situations.some((h) => !h.negated && !BACKGROUND_SITUATIONS.has(h.concept) && !WEAK_NAMED.has(h.concept)) &&
    !read.distances.some((d) => !d.negated && NOT_NOW.has(d.concept))
  );
}

/** What the screen knows of the message beyond its reading. */
export interface MessageTrust {
  /** The model reads most of its words (screen.ts READABLE_SHARE). */
  readable: boolean;
  /** Its danger score is at or over the `sure` threshold. */
  overSure: boolean;
}

/** The reading of a turn in its conversation: the message's own reading, or none instead of unsure (see the header). */
export function assessTurn(
  read: ReadMessage,
  danger: DangerAssessment,
  earlier: readonly EarlierTurn[],
  message: MessageTrust,
): DangerAssessment {
  if (earlier.length === 0 || danger.level !== 'unsure' || danger.suicidal) return danger;
  // A message the model reads poorly (another language: "pintu dikunci dari luar") keeps its
  // question, and so does one the model is sure of, in the band only for a word of the past beside
  // it ("toen ik wegging deed hij een hangslot op de deur"): on the tuning conversations those were
  // the turns that first told a danger and would have lost it. (Keeping every turn over the acute
  // threshold while no earlier turn had 112 or the question kept 21 more calm turns in the band on
  // the held-out conversations and not one acute turn.)
  if (!message.readable || message.overSure || dangerNamed(read) || danger.reasons.some((r) => KEEP_REASONS.has(r))) return danger;
  return { ...danger, level: 'none', reasons: ['turn.none', ...danger.reasons.filter((r) => !r.startsWith('model.'))] };
}
