/**
 * The citizen's answer to the bot's own question "Kan de persoon zelf weggaan als hij of zij dat
 * wil?" / "Can the person leave if they want to?" (round 51, leave51). Read alone, the answer is the
 * hold the bot asked about: "nee ik kan niet weg", "nee ze mag niet weg van hem" name someone who
 * cannot leave, which the danger model reads as someone held at this moment (on the dialog tuning
 * lines 44 of the 218 danger lines on calm turns came right after this question). Read as the answer:
 *
 * - the hold itself (a negated leaving: "kan niet weg", "laat haar niet gaan", "can't leave") is the
 *   fact asked for, not a danger of its own; neither is a plain "nee";
 * - a reason given for it that is a lasting situation (debts, papers, money, fear, a condition on
 *   leaving: "anders is ze haar werk kwijt", "if I leave they hurt my mother") is the situation the
 *   labels call not acute: no danger now, no question;
 * - the hold with no reason ("nee", "nee ze mag niet weg van hem") is not by itself an emergency: an
 *   acute reading becomes the unsure band (the danger question, with 112 in it), never a silent none;
 * - a danger of its own beside it keeps the reading as it is: someone locked in ("hij sluit haar op",
 *   "op slot": confinement told by the lock, not by the leaving), hurt, threatened or watched, a
 *   weapon, a danger told for today or now.
 *
 * Only lowers, and never a reading by rule (an alarm or cry, danger told now in the writer's words,
 * a situation read poorly, a passage read in passing, suicidal thoughts). Pure: reads the reader's
 * hits and the text's opening and closing words, never the words of particular answers.
 */
import type { ReadMessage } from '../nlu/model/reader';
import type { ConceptHit } from '../nlu/text/concepts';
import type { DangerAssessment } from '../understanding/understanding';
import { harmOnlyUnderCondition } from './conditionalThreat';
import { opensWithYesOrNo } from './dangerAnswer';
import { marksNow, nearDanger } from './nearNow';
import type { ScreenedMessage } from './screen';
import { BACKGROUND_SITUATIONS, type SituationConcept } from './situations';
import { WEAK_NAMED } from './turnContext';

/** The reason a lowered reading gives when the answer tells a lasting reason for the hold. */
export const LEAVE_LASTING = 'answer.leave_lasting';
/** The reason of an acute reading of the hold alone, lowered to the question. */
export const LEAVE_HOLD = 'answer.leave_hold';

/**
 * Reasons a reading keeps whatever the answer: a rule (`floor.`, `told.`), the suicide model, a
 * danger read in passing, a message the screen could not read or told at a distance over the
 * threshold (`screen.`), a thought told away.
 */
const KEPT = /^(?:floor\.|told\.|model\.suicidal$|window\.|screen\.|turn\.thoughts_away$)/u;

/**
 * The words of leaving in the `confined` lexicon (situations.ts: "mag niet weg", "can't leave", "laat
 * haar niet gaan", "niet naar buiten", the plain forms in the languages labour migrants write in):
 * a confinement told by the leaving is the hold the question asks about.
 */
const LEAVING = new Set([
  'weg',
  'weggaan',
  'vertrekken',
  'weglopen',
  'gaan',
  'buiten',
  'eruit',
  'uit',
  'boord',
  'land',
  'wal',
  'leave',
  'go',
  'out',
  'outside',
  'escape',
  'ashore',
  'shore',
  'odejsc',
  'wyjsc',
  'plecam',
  'plec',
  'pleca',
  'iesim',
  'ies',
  'iesi',
  'salir',
  'irnos',
  'irme',
  'sair',
  'embora',
  'mehetunk',
  'mehetek',
  'el',
  'gidemiyoruz',
  'cikamiyoruz',
  'cikamiyorum',
  'birakmiyor',
]);

/**
 * Words of a lock, a room that holds or a person held by the hands: confinement told this way is
 * danger of its own, whatever leaving is said beside it ("de deur is op slot, ze kan er niet uit").
 */
const LOCKED =
  /^(?:slot|sloten|sleutel|sleutels|deur|deuren|dicht|opgesloten|opsluiten|ingesloten|vast|vastgehouden|vastgebonden|gevangen|gegijzeld|ontvoerd|klink|locked|lock|locks|key|keys|door|handle|trapped|kidnapped|abducted|hostage|chained|tied|container|kelder|basement|cellar|room|kamer)$/u;

/** The hold told as the answer: a confinement named by its leaving, with no lock, room or hands in it. */
function isHold(read: ReadMessage, hit: ConceptHit<SituationConcept>): boolean {
  if (hit.concept !== 'confined' || hit.negated) return false;
  const words = read.analysis.written.slice(hit.start, hit.end + 1).map((w) => w.toLowerCase());
  return words.some((w) => LEAVING.has(w)) && !words.some((w) => LOCKED.test(w));
}

/**
 * Lasting circumstances a hold rests on, named or denied ("schulden", "her passport", "no money",
 * "bang haar werk kwijt te raken"). Not `taken` or `minor`: "heeft", "has" and a child are in every
 * story.
 */
const LASTING_REASON: ReadonlySet<SituationConcept> = new Set([...BACKGROUND_SITUATIONS].filter((c) => c !== 'taken' && c !== 'minor'));

/** Situations that are the story's background unless told for today or now (turnContext.ts STORY_BACKGROUND). */
const BACKGROUND_UNLESS_NEAR: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['illness', 'moved']);

/** A reason or condition said in so many words: "omdat", "want", "anders", "tot ze betaalt", "because", "until", "unless". */
const REASON_WORD =
  /(?<![\p{L}\p{N}])(?:omdat|want|vanwege|doordat|anders|zolang|totdat|tot|because|cause|coz|cuz|until|till|unless|otherwise)(?![\p{L}\p{N}])/iu;

/** The answer word closes the message: "ze heeft schulden bij hem, dus nee", "so no". */
const CLOSING_NO = /(?:^|[\s,.;:!-])(?:nee+n?|no+|nope|nah)[^\p{L}\p{N}]*$/iu;

/**
 * `current`: the reading so far (alone, or in its conversation); `screened`: the message read alone.
 * Returns `current`, or it lowered as the answer to "can the person leave?" reads.
 */
export function readAsLeaveAnswer(text: string, screened: ScreenedMessage, current: DangerAssessment): DangerAssessment {
  if (current.level === 'none' || current.suicidal || screened.danger.suicidal) return current;
  if ([...current.reasons, ...screened.danger.reasons].some((r) => KEPT.test(r))) return current;
  const { read } = screened;
  const hold = read.situations.filter((h) => isHold(read, h));
  const rest: ReadMessage = { ...read, situations: read.situations.filter((h) => !hold.includes(h)) };
  const reasonNamed = rest.situations.some((h) => LASTING_REASON.has(h.concept));
  // The answer proper says yes or no, or names the hold. A story going on after the question that
  // names only what a hold rests on (a passport, a debt) answers it too, but only as far as it reads
  // calm beside that: the hold is not told, so it is never lowered to the question on that alone.
  const told = hold.length > 0 || opensWithYesOrNo(text) || CLOSING_NO.test(text);
  if ((!told && !reasonNamed) || dangerOfItsOwn(rest)) return current;
  const lasting = reasonNamed || harmOnlyUnderCondition(rest) || REASON_WORD.test(text);
  // A cry or an alarm, a time of now, today or tonight beside the reason ("please help, he take my
  // passport", "you pay 400 tonight or my friends come": told acute on the tuning lines in words the
  // lexicons name as neither hurt nor threat) is not read away by it.
  if (lasting && !urgentBeside(rest)) return { ...current, level: 'none', reasons: [...current.reasons, LEAVE_LASTING] };
  if (told && current.level === 'acute') return { ...current, level: 'unsure', reasons: [...current.reasons, LEAVE_HOLD] };
  return current;
}

/** Words of urgency a lasting reason does not explain away: a cry or alarm, a time of today or tonight, a deadline. */
const URGENT: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['call_for_help', 'alarm', 'explicit_alarm', 'soon', 'deadline']);

function urgentBeside(rest: ReadMessage): boolean {
  return rest.situations.some((h) => URGENT.has(h.concept)) || rest.distances.some((d) => marksNow(rest, d));
}

/**
 * Beside the hold and its reasons, the answer names a danger: a situation that is neither background
 * nor weak (someone locked in, hurt, threatened, watched, a weapon, a deadline), except a harm held
 * back by a condition on leaving ("if she leaves he hurts her": the hold, conditionalThreat.ts); or
 * any danger told for today or now in its own sentence (nearNow.ts).
 */
function dangerOfItsOwn(rest: ReadMessage): boolean {
  if (nearDanger(rest)) return true;
  const named = rest.situations.filter(
    (h) => !h.negated && !BACKGROUND_SITUATIONS.has(h.concept) && !WEAK_NAMED.has(h.concept) && !BACKGROUND_UNLESS_NEAR.has(h.concept),
  );
  return named.length > 0 && !harmOnlyUnderCondition(rest);
}
