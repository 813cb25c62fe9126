/**
 * The words around a number that make it an hour of the day: "om 10", "het is nu 7", "it's 8",
 * "11 o'clock", "10 pm", "11 's avonds", "6 in the morning", "at 11 tonight". One reading for the two
 * readers of numbers, like the count units (countUnits.ts): the features of the learned models, where
 * such a number is "#time" instead of "#teen" or "#adult", and the age rules of the facts
 * (facts.ts), which read no age in it. A story told under pressure is full of hours; until safety15
 * the features read every hour from 10 to 17 as a teenager ("they pick him up at 11 oclock every
 * night" made the person of concern a minor without an age), and the triage kept a third list.
 *
 * Both readers pass text as the normaliser leaves it, without apostrophes ("o'clock" is "oclock",
 * "'s avonds" is "s avonds", "it's" is "its" or "it is"). "At 16" alone stays open: it is as often an
 * age ("she started there at 16") as an hour.
 */
const HOUR_BEFORE = /(?:^|[^\p{L}])(?:om|het is(?: nu)?|is het(?: nu)?|it is(?: now)?|its(?: now)?)\s*$/u;

const HOUR_AFTER =
  /^\s*(?:oclock|o clock|pm|am|p m|a m|s (?:avonds|nachts|ochtends|morgens|middags)|in the (?:morning|evening|afternoon)|at night|tonight|vanavond|vannacht|vanochtend|vanmiddag)(?!\p{L})/u;

/** "ik ben 16 s avonds werk ik", "she is 15 at night she ...": a person's age said before the time words. */
const AGE_BEFORE =
  /(?:^|[^\p{L}])(?:ik ben|ben ik|je bent|hij is|ze is|zij is|is (?:hij|ze|zij)|i am|im|he is|she is|hes|shes|van|aged?)(?: nu| now| pas| net| just)?\s*$/u;

/** `before` and `after`: the text right before and right after the number (lower case, normalised). */
export function isClockHour(before: string, after: string): boolean {
  return HOUR_BEFORE.test(before) || (HOUR_AFTER.test(after) && !AGE_BEFORE.test(before));
}
