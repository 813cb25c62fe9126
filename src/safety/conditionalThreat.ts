/**
 * A harm told only under a condition (round 49, calm49): "if i run away the juju will kill my mother
 * back home", "if I don't pay my family will die", "she says if I dont pay she will hurt my mother".
 * The threat is the hold the exploiter has, the condition the citizen's own act; nothing in it
 * happens at this moment unless a time of today, a deadline or someone held or hurt is told beside it.
 * On the dialog tuning lines, later turns of that shape came on turns the writers marked calm (six
 * 112s at once; two of them answers to the danger question read as "danger told now") and on no turn
 * marked acute. A first message is read as always; this reading is for later turns, where the
 * conversation has the story already and the welcome or the question asked about danger now.
 *
 * Pure: reads the reader's hits and tokens, never the text.
 */
import type { ReadMessage } from '../nlu/model/reader';
import { marksNow } from './nearNow';
import { DANGER_IN_ANY_TENSE } from './screen';
import { consequenceSentences } from './presentCondition';
import { SUICIDE_WORDING, type SituationConcept } from './situations';

/** The harms a condition can hold back: a threat, a blow, a weapon, an "or else". */
const HARM_HELD_BACK: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['threat', 'violence', 'weapon', 'or_else']);

/**
 * Situations that are danger of their own whatever clause they stand in: danger named in any tense
 * (screen.ts `DANGER_IN_ANY_TENSE`: someone held, guarded, hurt or without care, forced now, a time of
 * today or a deadline, silence, missing, hiding or pursued, a cry or an alarm, sounds of harm) but the
 * harms a condition can hold back. Beside any of them the condition is not all the message tells.
 */
const DANGER_BESIDE: ReadonlySet<SituationConcept> = new Set<SituationConcept>(
  [...DANGER_IN_ANY_TENSE].filter((concept) => !HARM_HELD_BACK.has(concept)),
);

/**
 * Every harm the message names stands in a sentence with a condition on a person or an "otherwise"
 * (presentCondition.ts `consequenceSentences`, without "they know where": that threat needs no act),
 * no such sentence marks now and no time of today or deadline is named, negated or not (nearNow.ts
 * `marksNow`; "if I dont pay tonight" is near), and nothing else of danger is named (`DANGER_BESIDE`,
 * or words of suicide). Background (a debt, papers, abroad, a child) may stand beside it.
 */
export function harmOnlyUnderCondition(read: ReadMessage): boolean {
  const live = read.situations.filter((h) => !h.negated);
  const harms = live.filter((h) => HARM_HELD_BACK.has(h.concept));
  if (harms.length === 0) return false;
  // Words of suicide are a thought of the writer's own ("beter als ik er niet meer ben"), never a hold.
  if (live.some((h) => DANGER_BESIDE.has(h.concept) || SUICIDE_WORDING.has(h.concept))) return false;
  // A time of today or a deadline counts negated too: "if I dont pay tonight" puts the negation over the time.
  if (read.situations.some((h) => h.concept === 'soon' || h.concept === 'deadline')) return false;
  const conditional = consequenceSentences(read, false);
  if (!harms.every((h) => conditional.has(h.sentence))) return false;
  return !read.distances.some((d) => marksNow(read, { ...d, negated: false }) && conditional.has(d.sentence));
}
