/**
 * Whether a message's words tell that someone is under 18, or only point that way. A counsellor
 * who hears "een meisje", "de jongens", "a student", "mijn dochter", "one of my pupils" or "the kids
 * at the car wash" does not yet know an age: these words are said of people of 19, 22 and 30 too
 * (a girl of 19, students, pupils of a language school, a son of 22, "meisjes" for grown women).
 * Told are: an age under 18 said as an age, a school year or a school for children, "minderjarig",
 * a teenager, a child named as such. A minor read only from the pointing words (the model's reading
 * of them) is no told fact: the bot asks the age once instead of saying "under 18" or giving the
 * help for a child (src/triage/factsInStory.ts, the dialog's `childPointed`). Pure; plain text
 * (normaliseText), numbers in words already made digits.
 */
import { estimatedMinor, rangeMinor, readMinor, schoolMinor } from '../nlu/facts/facts';

/**
 * A number under 18 said as someone's age ("ze is 15", "van 14", "pas 16", "aged 13", "maybe 12"),
 * not a count, an hour or a sum ("om 9 uur", "15 euro", "soms 12 mannen"), nor the first digit of a
 * larger number ("like 60% of what they make", "ongeveer 100 mensen").
 */
const AGE_UNDER_18 =
  /\b(?:zijn|is|ben|van|aged?|misschien|maybe|rond|around|about|ongeveer|pas|only|just|hooguit|net|barely|are|was|were|looks|lijkt|als|like|(?:wordt|turns?|turning)(?:\s+(?:hij|ze|zij|he|she))?)\s+(?:[1-9]|1[0-7])(?![\d]|[.,]\d)(?!\s*(?:uur|u|h|hours?|euro|eur|keer|times|minuten|minutes|dagen|days|weken|weeks|maanden|months|in the|mannen|men)\b)|\b(?:[1-9]|1[0-7])\s*(?:-\s*)?(?:jaar|jr|jarige|years?|yrs?|yo|y\/o)\b/;

/**
 * Words that name a child or a minor outright, whoever says them. Not "kind of" (a kind of). Not
 * "kids" or "kid": said of young adults too ("the kids at the car wash", twenty-somethings).
 */
const CHILD_NAMED =
  /\b(?:minderjarig\w*|underage|under ?18|onder de 18|jonger dan 18|younger than 18|below 18|nog geen 18|not yet 18|minors?|kind(?! of\b)|kinderen|kindje\w*|child|children|baby|babys|peuter\w*|kleuter\w*|tiener\w*|teen|teens|teenager\w*|puber\w*|scholier\w*|jochie|basisschool\w*|brugklas\w*|groep [1-8]|primary school|high school|middle school|secondary school|schoolgirl|schoolboy)\b/;

/** A school for children by its kind: the vmbo, havo, vwo, a secondary or primary school. */
const CHILDRENS_SCHOOL =
  /\b(?:vmbo\w*|havo|vwo|mavo|gymnasium|atheneum|middelbare|basisschool\w*|brugklas\w*|onderbouw|bovenbouw|high school|middle school|primary school|secondary school)\b/;

/**
 * The story names a school for children (and none for adults): its pupils are children, so "een
 * leerling uit de tweede" said after "ik werk op een vmbo" tells a minor.
 */
export function tellsOfChildrensSchool(plain: string): boolean {
  return CHILDRENS_SCHOOL.test(plain) && !tellsOfAdultsSchool(plain);
}

/** Whether the message tells a minor: see above. */
export function tellsMinor(plain: string): boolean {
  return (
    AGE_UNDER_18.test(plain) ||
    tellsOfChildrensSchool(plain) ||
    CHILD_NAMED.test(plain) ||
    readMinor(plain) === true ||
    rangeMinor(plain) === true ||
    estimatedMinor(plain) === true ||
    schoolMinor(plain, {}) === true
  );
}

/**
 * A school for adults named in the story: a language school or course, civic integration, a
 * university or university of applied sciences. Its pupils and students are adults unless an age
 * says otherwise, and the school's care for a child (a mentor, youth care "in the child's town")
 * is not theirs. (Not the mbo: its students are 16 to 20 and it has care coordinators.)
 */
const ADULTS_SCHOOL =
  /\b(?:taalschool\w*|taalles\w*|taalcursus\w*|taalcoach\w*|taalklas\w*|nt2|inburger\w*|language (?:school|course|class|lessons?)|(?:dutch|english) (?:course|class|lessons?)|universiteit\w*|university|hogeschool\w*|hbo|cursist\w*)\b/;

export function tellsOfAdultsSchool(plain: string): boolean {
  return ADULTS_SCHOOL.test(plain);
}
