/**
 * A step the writer wants kept from someone, read from the clause's shape rather than from a list of
 * who that someone might be: "zonder dat <iemand> het weet / merkt / te weten komt / erachter komt",
 * "without <someone> knowing / finding out / hearing", "zonder dat het naar <iemand> gaat", "without
 * it getting back to <someone>". Whoever the someone is (a teacher, a wife, a coach, a housemate, a
 * name), the clause says the step should not reach them.
 *
 * One reading for two uses (round 41; rounds 39–40 read the clause twice, in two patterns that
 * drifted apart): the facts drop the person of such a clause as the one the worry is about
 * (src/nlu/facts/facts.ts), and the own questions read a sentence that asks with it as asking what
 * the helpline tells (src/triage/toldToOthers.ts). Lower-case plain text in (punctuation may stay:
 * a clause does not run across it); Dutch and English.
 */

/** A word of any script: the someone may be a name ("zonder dat Zoë het weet"). */
const WORD = String.raw`[\p{L}\p{N}]+`;
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}])`;

/** Coming to know, in the forms a clause of "zonder dat" / "without" takes. */
const COMING_TO_KNOW = [
  'know',
  'knows',
  'knowing',
  'find out',
  'finds out',
  'finding out',
  'hear',
  'hears',
  'hearing',
  'notice',
  'notices',
  'noticing',
  'see',
  'sees',
  'seeing',
  'weet',
  'weten',
  'merkt',
  'merken',
  'hoort',
  'horen',
  'ziet',
  'zien',
  'doorheeft',
  'doorhebben',
  'te weten (?:komt|komen)',
  'te horen (?:krijgt|krijgen)',
  '(?:er )?achter (?:komt|komen)',
  'erachter (?:komt|komen)',
  'van (?:weet|weten)',
].join('|');

/** Small words between the someone and the verb: "het", "er iets van", "about it". */
const PARTICLE = String.raw`(?:(?:het|t|dit|dat|er|it|this|about it)\s+)?`;

/** "zonder dat <someone> het weet", "without <someone> finding out". */
const SOMEONE_KNOWS = String.raw`(?:zonder dat|without)\s+(?:${WORD}\s+){1,5}?${PARTICLE}(?:${COMING_TO_KNOW})`;
/** "zonder dat het naar <someone> gaat", "without it getting back to <someone>". */
const IT_REACHES = String.raw`(?:zonder dat|without)\s+(?:het|t|dit|dat|it|this|that)\s+(?:${WORD}\s+){0,2}(?:naar|bij|to|back to|reaches|reaching)\s+(?:${WORD}\s+){1,3}(?:gaat|komt|terechtkomt|going|goes|gets|getting)`;
const GETS_BACK = String.raw`without\s+(?:it|this|that)\s+(?:getting|going)\s+(?:back\s+)?to\s+${WORD}(?:\s+${WORD})?`;

const KEPT_FROM = new RegExp(`${EDGE_BEFORE}(?:${SOMEONE_KNOWS}|${IT_REACHES}|${GETS_BACK})${EDGE_AFTER}`, 'gu');

/** The clauses of a plain text that keep a step from someone (see above), in order. */
export function keptFromClauses(plain: string): string[] {
  return [...plain.matchAll(KEPT_FROM)].map((m) => m[0]);
}

/** Whether a plain text keeps a step from someone (see above). */
export function keepsFromSomeone(plain: string): boolean {
  return keptFromClauses(plain).length > 0;
}
