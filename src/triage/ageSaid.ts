/**
 * Whether a message says someone's age in words the fact readers keep no age from: a guess ("about
 * 22", "een jaar of 25", "rond de 30"), hearsay ("22 zei ze", "ze zegt zelf 19", "volgens het
 * dossier 23", "they say they're 15").
 * The facts rightly keep no exact age from these (a guess is no fact, src/nlu/facts), but the
 * question "about how old is the person? A guess is fine" asks for exactly what the citizen just
 * gave: asked then, it tells them they were not read. Nor after an adult's age at the start of
 * the story ("ik was toen 18"). So a conversation that said an age this way
 * is not asked the age (src/triage/questionPolicy.ts `StoryPointers.ageSaid`). Under 18 is still
 * told only by the facts; this only holds a question back. Pure; Dutch and English.
 */
import { normaliseText } from '../safety/normalise';

/** An age: a number of one or two digits that is no part of a larger number, a time or a sum. */
const AGE = String.raw`(\d{1,2})(?![\d:.,]\d|\s*(?:uur|u\b|h\b|euro|eur\b|€|%|minuten|min\b|km|kilo|kg|uren|hours?|minutes|procent|percent|keer|times|dagen|days|weken|weeks|maanden|months|mensen|people|personen|persons|man\b|men\b|vrouwen|women|meisjes|girls|jongens|boys|kinderen|children|euros?|oclock|pm\b|am\b|s avonds|s ochtends|s nachts))`;

/** A guess before the age: "about 22", "een jaar of 25", "rond de 30", "zo'n 40", "maybe 19". */
const GUESSED = new RegExp(
  String.raw`\b(?:about|around|roughly|approximately|approx|maybe|probably|ongeveer|rond de|rond|zon|circa|ca|een jaar of|misschien|waarschijnlijk|schat ik|i guess|i think)\s+${AGE}\s*(?:jaar|years?|yrs|ofzo|or so|[,.;!?)]|$)`,
  'gu',
);

/** The age as the person or a record gives it: "22 zei ze", "she says 19", "ze zegt zelf 19", "volgens het dossier 23". */
const HEARSAY = [
  new RegExp(String.raw`\b${AGE}\s*,?\s+(?:zei|zegt|zeggen|zeiden|said|says|say)\s+(?:ze|zij|hij|he|she|they|zelf)\b`, 'gu'),
  new RegExp(
    String.raw`\b(?:zei|zegt|zeggen|zeiden|said|says|say|claims?|claimed|beweert|beweerde)\s+(?:ze|zij|hij|he|she|they)?\s*(?:zelf|herself|himself|themselves|dat ze|dat hij|she is|he is|shes|hes|they are|theyre)?\s*${AGE}\b`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:volgens|according to)\s+(?:de|het|haar|zijn|hun|her|his|their|the)?\s*\w+(?:\s+\w+)?\s+${AGE}\s*(?:jaar|years?|[,.;!?)]|$)`,
    'gu',
  ),
];

/** Said of several people: "they're 15", "zij zijn 16". */
const PLAIN_FORMS = [
  new RegExp(
    String.raw`\b(?:theyre|they are|zij zijn|ze zijn)\s+(?:only\s+|just\s+|pas\s+|maar\s+|nog maar\s+)?${AGE}\s*(?:jaar|years?|yrs|[,.;!?)]|$)`,
    'gu',
  ),
];

/**
 * An age the person had when the story began ("ik was toen 18", "she was 19 when she came"): from
 * 17 on, the person is an adult now and "how old?" asks nothing the story has not told; a younger
 * age then leaves today's age open.
 */
const PAST_AGE = new RegExp(
  String.raw`\b(?:ik was|i was|ze was|zij was|hij was|she was|he was|toen ik|toen ze|toen hij|when i was|when she was|when he was)\s+(?:toen\s+|then\s+|pas\s+|net\s+|only\s+|just\s+)?${AGE}\b`,
  'gu',
);
const ADULT_THEN = 17;

/**
 * The man in the story, whose age it is when it stands right after him: brought in with "van" or
 * "of" ("een man van een jaar of 45", "a guy of about 40") or as hers or theirs ("haar vriend, rond
 * de 30", "hun baas, rond de 50"). Not the age of the person the question asks about ("een jonge
 * man, 28 zei hij" is that person).
 */
const DOERS = String.raw`(?:man|vent|gast|kerel|guy|vriend|vriendje|boyfriend|bf|loverboy|pooier|pimp|baas|bazin|boss|werkgever|employer|eigenaar|owner|husband|echtgenoot|chauffeur|driver)`;
const DOER_BEFORE = new RegExp(
  String.raw`(?:\b${DOERS}\s+(?:van|of|aged?)\b[^.!?]{0,16}|\b(?:haar|zijn|zn|hun|mijn|mn|her|his|their|my)\s+(?:\w+\s+)?${DOERS}\b[^.!?]{0,12})$`,
  'u',
);

/** Whether `text` says someone's age in one of the ways above (see the module's comment). */
export function ageSaidInOtherWords(text: string): boolean {
  const plain = normaliseText(text).replace(/['’]/g, '');
  if ([...plain.matchAll(PAST_AGE)].some((m) => Number(m[1]) >= ADULT_THEN)) return true;
  return [GUESSED, ...HEARSAY, ...PLAIN_FORMS].some((pattern) =>
    [...plain.matchAll(pattern)].some(
      (m) => Number(m[1]) >= 5 && !DOER_BEFORE.test(plain.slice(Math.max(0, m.index - 40), m.index + m[0].indexOf(m[1]!))),
    ),
  );
}
