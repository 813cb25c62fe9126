/**
 * When the bot asks the direct danger question ("Is iemand op dit moment in gevaar?", with 112)
 * about a message the danger screen read as unsure. A counsellor asks it when they cannot tell, not
 * about what the citizen has put out of the present, and not again after being told no one is in
 * danger now, unless the story then brings a danger it had not told before.
 *
 * Pure: reads the screen's reasons (`situation.*`, `distance.*`), never the text.
 */
import { saysNotNow } from '../safety/dangerAnswer';
import { BACKGROUND_SITUATIONS, NOT_NOW, type DistanceConcept, type SituationConcept } from '../safety/situations';

/**
 * Distance that answers the question before it is asked: the past, a "what if", a feared outcome of
 * reporting, a general question, a film or the news, safe now, denied, not urgent. Not hearsay
 * ("she told a friend he takes her tonight"): what others tell may be happening now.
 */
const ANSWERED_BY_DISTANCE: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>([
  ...[...NOT_NOW].filter((c) => c !== 'third_hand'),
  'not_urgent',
]);

/** Distance that tells no one is in danger now: after it, only a new danger is asked about. */
const SAFE_NOW: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['safe_now', 'denied']);

const named = (reasons: readonly string[], prefix: 'distance' | 'situation'): string[] =>
  reasons.filter((r) => r.startsWith(`${prefix}.`)).map((r) => r.slice(prefix.length + 1));

/**
 * The message puts what it tells out of the present and says nothing of now ("nu", "right now"), or
 * says no one is in danger now ("alles is ok nu", "she is safe now": its "now" is the answer).
 */
export function distancedFromNow(reasons: readonly string[]): boolean {
  if (tellsSafeNow(reasons)) return true;
  const distances = named(reasons, 'distance') as DistanceConcept[];
  return !distances.includes('now') && distances.some((d) => ANSWERED_BY_DISTANCE.has(d));
}

/** The message says the person is safe now or that there is no danger. */
export function tellsSafeNow(reasons: readonly string[]): boolean {
  return (named(reasons, 'distance') as DistanceConcept[]).some((d) => SAFE_NOW.has(d));
}

/**
 * The message says no one is in danger now: "nee nu niet, ik ben thuis" in the citizen's own words,
 * or a calm message the screen reads as safe now ("ze zit thuis, het is goed nu"). One reading for the
 * bot's danger lines and the dialog's answer to "is the child safe now?", so they cannot drift apart.
 */
export function saysNoDangerNow(text: string, danger: { level: string; reasons: readonly string[] }): boolean {
  return saysNotNow(text) || (danger.level === 'none' && tellsSafeNow(danger.reasons));
}

/** The situations of danger a message names, beyond the background of many stories (a child, a passport, a debt). */
export function dangerSituations(reasons: readonly string[]): SituationConcept[] {
  return (named(reasons, 'situation') as SituationConcept[]).filter((s) => !BACKGROUND_SITUATIONS.has(s));
}

export interface DangerQuestionContext {
  /** The citizen said no one is in danger now: "nee" to the question, or "she is safe now" in the story. */
  safeTold: boolean;
  /** The danger situations named in the conversation before this message. */
  situationsBefore: readonly string[];
}

/**
 * Whether an unsure reading gets the direct question: not when the message itself puts its story out
 * of the present, and after "no one is in danger now" only for a danger situation not named before.
 */
export function asksDangerQuestion(reasons: readonly string[], context: DangerQuestionContext): boolean {
  if (distancedFromNow(reasons)) return false;
  if (!context.safeTold) return true;
  return dangerSituations(reasons).some((s) => !context.situationsBefore.includes(s));
}
