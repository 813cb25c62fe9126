/**
 * A "safe now" that is no safety: the writer, or the one they write about, is sought now by the one
 * they fled ("ik verstop me nu bij de buren, hij zoekt me", "I'm at a friend's, he is looking for me
 * everywhere"). The distance lexicon reads the hiding place as safe now ("bij de buren"), and that
 * took the danger out of the present: the message lost its 112 in a conversation and the danger
 * question with it (mend32, issue 10). A counsellor hears a flight still going on: the place is safe
 * only while the pursuer does not find it. Not when the message tells the pursuit in the past
 * ("he was looking for her last week, she is safe now") or denies it ("hij zoekt haar niet meer",
 * which the reader does not name as pursued).
 *
 * Pure, over the concept names the reader found (not negated), so the screen's reasons and a
 * ReadMessage are read the same way. Not in the model's sources: the features stay the same.
 */
import { conceptsInReasons } from './reasonConcepts';

/** Distance concepts that put the pursuit out of the present. */
const PAST: ReadonlySet<string> = new Set(['past', 'past_verb']);

/** Someone pursues the writer or the one written about now, so "safe now" does not hold. */
export function soughtNow(situations: readonly string[], distances: readonly string[]): boolean {
  return situations.includes('pursued') && !distances.some((d) => PAST.has(d));
}

/** The same over the screen's reasons (`situation.*`, `distance.*`). */
export function soughtNowInReasons(reasons: readonly string[]): boolean {
  return soughtNow(conceptsInReasons(reasons, 'situation'), conceptsInReasons(reasons, 'distance'));
}
