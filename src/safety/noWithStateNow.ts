/**
 * A "no" that answers the bot's "is there danger now?" with how things stand: where the writer is
 * now, that nothing was done, that no one was hurt, that there is no plan. "no I did not do anything.
 * I am in my room now, they are sleeping", "nee ben nu nog op school", "No I did not hurt myself. I
 * am still here.", "no I dont have a plan. I am in my room now, the kids are sleeping". The answer
 * reader (`saysNotNow`) hears "nee, nu niet" and where someone else is ("ze is thuis"), not the
 * writer's own state told after the 112 reply, the still-now line or 113: on the dialog tuning sets
 * such answers came only on turns the writers marked calm, and each got "is the danger still
 * there? call 112" again (round 39).
 *
 * What it is not: a "no" to something else ("nee we hebben dat geld niet", "nee hij durft niet mee
 * naar de dokter": nothing of the writer's state now), a "no" with a turn after it ("nee ik heb
 * niks gedaan, maar de gedachte komt steeds terug", "no plan, but…"), "not yet" ("no I did not do
 * anything. not yet"), not safe said in so many words (`toldNotSafe`), or someone beside the writer
 * who keeps them from talking (`controlledNow`). Whether the reading names a danger beside it is
 * the caller's to check. Pure, plain text, Dutch and English.
 */
import { normalisedLine } from './normalise';
import { controlledNow, toldNotSafe } from './unsafeNow';

/** A "no" that opens the message, after an "ok" or "sorry" at most. */
const OPENS_WITH_NO = /^\W*(?:(?:ok|oke|okay|sorry|nou)\W+)?(?:nee|neen|nope|no)\b/;

/** A place of the writer's own day, where a counsellor hears that the moment has passed. */
const OWN_PLACE_NL =
  "(?:thuis|op (?:mijn|mn|m'n) kamer|in (?:mijn|mn|m'n) kamer|op school|op (?:mijn |mn |m'n )?werk|in (?:mijn|mn|m'n) (?:eigen )?huis)";
const OWN_PLACE_EN = '(?:at home|home|in my room|at work|at school|in my (?:own )?house)';
const FILL_NL = '(?:(?:nu|nog|gewoon|weer|al|veilig)\\s+)*';
const FILL_EN = '(?:(?:now|still|just|back|safe|already)\\s+)*';

/** The writer's state now, in the words of an answer. */
const STATE_NOW: readonly RegExp[] = [
  // "ik zit op mn kamer", "ik ben nu thuis", "nu ben ik gewoon op mn kamer", "ben nu nog op school"
  new RegExp(`\\b(?:ik\\s+)?(?:ben|zit|lig)\\s+(?:ik\\s+)?${FILL_NL}${OWN_PLACE_NL}\\b`),
  // "I am in my room now", "I'm home now", "I am at work now"
  new RegExp(`\\b(?:i am|i'm|im)\\s+${FILL_EN}${OWN_PLACE_EN}\\b`),
  // Nothing done: "ik heb niks gedaan", "ik ga niks doen", "ik doe niks"
  /\b(?:heb|hebben)\s+(?:echt\s+)?(?:niks|niets)\s+gedaan\b/,
  /\b(?:ga|gaan)\s+(?:ook\s+|echt\s+)?(?:niks|niets)\s+doen\b/,
  /\bik\s+doe\s+(?:niks|niets)\b/,
  // "I did not do anything", "I have not done anything", "I will not do anything tonight", "i not do it"
  /\b(?:did not|didn't|didnt|have not|haven't|havent|will not|won't|wont|i not)\s+(?:do|done|did)\s+(?:anything|something|it|nothing)\b/,
  // Not hurt: "I did not hurt myself", "i am not hurt", "ik ben niet gewond"
  /\b(?:not|niet)\s+(?:hurt|gewond)\b/,
  /\b(?:did not|didn't|didnt)\s+hurt\s+(?:myself|me)\b/,
  // No plan: "geen plan", "no plan", "I don't have a plan"
  /\b(?:geen|no|have no)\s+plan\b/,
  /\b(?:don't|dont|do not)\s+have\s+(?:a\s+)?plan\b/,
];

/** A turn after the answer, or a danger put off to later: what follows may be what is still there. */
const NOT_OVER = /\b(?:maar|toch|but|though|however|nog niet|nog (?:niks|niets)|not yet|yet)\b/;

/**
 * An age told on its own, as an answer gives it: "15", "15 jaar", "ze is pas 15", "she is 16 years
 * old" (a number of one or two digits: an amount or a time has more, or words around it).
 */
export const AGE_TOLD =
  "(?:(?:ze|zij|hij|die|ik|she|he|they|i)\\s+(?:is|ben|zijn|am|are|'s|'m)\\s+)?(?:(?:pas|nog maar|maar|net|only|just)\\s+)?\\d{1,2}(?:\\s*(?:jaar(?:\\s+oud)?|jr|years?(?:\\s+old)?|yo))?";

/**
 * A "maar" that only adds an age at the end of the answer ("nee maar ze is pas 15", round 47): the
 * age is the answer to the question asked beside the danger reply ("Hoe oud is de persoon?"), not a
 * turn toward what is still there.
 */
const AGE_AFTER_TURN = new RegExp(`\\b(?:maar|but)\\s+${AGE_TOLD}[^\\p{L}\\p{N}]*$`, 'u');

/** Whether the message opens with a "no" and tells the writer's state now (see the header). */
export function answersNoWithStateNow(text: string): boolean {
  const said = normalisedLine(text);
  if (!OPENS_WITH_NO.test(said) || !leavesNothingOpen(text)) return false;
  return STATE_NOW.some((pattern) => pattern.test(said));
}

/**
 * Nothing in the message keeps the moment open: no turn or later time ("maar", "but", "not yet"),
 * not-safe not said (`toldNotSafe`), nobody beside the writer keeping them from talking
 * (`controlledNow`). What an answer that ends the danger in view must not hold, with or without a "no"
 * (src/bot/dangerTurn.ts `toldDangerHandled`).
 */
export function leavesNothingOpen(text: string): boolean {
  return !NOT_OVER.test(normalisedLine(text).replace(AGE_AFTER_TURN, '')) && toldNotSafe(text) === null && !controlledNow(text);
}
