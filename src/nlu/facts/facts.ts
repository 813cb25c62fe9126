/**
 * The facts one message tells: about whom, the relation, age or minority, place, and the facts the
 * triage keeps (documents, debts, housing tied to work, free to leave). Who and the relation come
 * from the learned models (a neighbour's son, a girl at the station, a patient: judgement, learned
 * from the labelled corpus); an age, a school year or a place said in so many words is read by the
 * rules below, which win where they speak. When the bot has just asked for one fact
 * (`awaiting`), a bare answer ("15", "in Tiel", "mijn nichtje") is read as that fact.
 */
import type { AboutWhom, FactKey, Relation, ToldFacts } from '../../understanding/understanding';
import type { MessageGuess } from '../model/messageModels';
import type { ReadMessage } from '../model/reader';
import { normaliseText } from '../../safety/normalise';
import type { Language, Signal } from '../recognizer';
import type { DistanceConcept } from '../../safety/situations';
import { COUNT_UNIT_AFTER, partOfLargerNumber } from '../model/countUnits';
import { isClockHour } from '../model/clockTimes';
import {
  peopleAtWritersWork,
  professionalSaid,
  tellsOnlyOwnWork,
  worryAboutAnother,
  writerHarmed,
  writersRoleInMessage,
} from './writerRole';
import { relationThroughWork, relationWriterIs, strangerSeen } from './writersRelation';
import { minorIsGuess } from './minorGuess';
import { keptFromClauses } from '../text/keptFrom';

export interface PlaceMatch {
  /** The place as the citizen named it (village, neighbourhood, town). */
  place: string;
  /** Official municipality name. */
  municipality: string;
  /** The Veilig Thuis region (veiligheidsregio) it belongs to, when known. */
  region: string | null;
}

/** Finds the Dutch place a text names (the shared gazetteer, see gazetteerPlaces.ts). */
export interface PlaceFinder {
  /** `answering`: the text answers "where?", so all of it may be the name. Null when it names none. */
  find(text: string, answering?: boolean): PlaceMatch | null;
  /** Do two names stand for the same municipality ("Den Haag", "'s-Gravenhage")? */
  sameMunicipality(a: string, b: string): boolean;
}

/** For callers without a gazetteer: no place is ever told. */
export const NO_PLACES: PlaceFinder = { find: () => null, sameMunicipality: (a, b) => a === b };

export type Awaiting = FactKey | 'dangerCheck' | null | undefined;

export interface FactSources {
  text: string;
  read: ReadMessage;
  guess: MessageGuess;
  signals: readonly Signal[];
  awaiting: Awaiting;
  /** The language the message is written in (the first look's); without it, Dutch or English is assumed. */
  language?: Language;
}

/** Distance that makes a message a question in general rather than a worry about someone. */
const GENERAL_DISTANCE: ReadonlySet<DistanceConcept> = new Set(['general', 'hypothetical', 'media']);

/** Model answers below this probability are not told facts. */
const MODEL_CONFIDENCE = 0.5;
/**
 * Who the worry is about is read from the model where it names a person at this score or more: the
 * model chooses among four (none, self, other, professional), and a person it puts first at 0.4 to
 * 0.5 was the writers' label far more often than no one (safety15: aboutWhom accuracy up on nine of
 * the eleven tuning sets with facts and the development part, 0.892 to 0.898 there, down 0.003 on
 * set J, minor precision unchanged).
 */
const ABOUT_WHOM_CONFIDENCE = 0.4;
/**
 * A young writer about themselves usually says an age or a school year. Read only from the model at
 * a middling score, "I am under 18" in an adult's story about their own work (a cook's hours) turns
 * the questions to school and the routes away from the adult ones, so it needs a surer model. On
 * 163 held-out messages about the writer (corpus c9) this changed no right answer.
 */
const SELF_MINOR_CONFIDENCE = 0.8;

/**
 * "Adult" is a fact only when it is clear (the labelling guide: "false clearly adult, else null"). The
 * writers leave a worker's or a colleague's age unknown unless it is said: until safety13 a writer
 * at work telling their own story, or a partner, parent or colleague of concern, was read as adult
 * without a word of age, and with the model's "adult" at a middling score that made 93 of the 120
 * wrong minor facts of the corpus development part (and 82 of 130 on tuning sets E-K) an adult the
 * writer had not called one. An adult needs the model surer than a minor does.
 */
const ADULT_CONFIDENCE = 0.7;

function minorConfidence(minor: boolean, facts: Partial<ToldFacts>): number {
  if (!minor) return ADULT_CONFIDENCE;
  return facts.aboutWhom === 'self' ? SELF_MINOR_CONFIDENCE : MODEL_CONFIDENCE;
}

export function extractFacts(sources: FactSources, places: PlaceFinder): Partial<ToldFacts> {
  const { text, guess, signals, awaiting } = sources;
  const facts: Partial<ToldFacts> = {};
  const plain = normaliseText(text);
  const otherLanguage = sources.language === 'other';

  if (guess.aboutWhom.aboutWhom && guess.aboutWhom.score >= ABOUT_WHOM_CONFIDENCE) facts.aboutWhom = guess.aboutWhom.aboutWhom;
  // "de dochter van mijn buren", "my husband's brother": the person is named through someone else,
  // which the model, reading words and pairs, takes for the last relation word it sees.
  const chained = readChainedRelation(plain);
  // "mijn nichtje van 15", "my grandson (15)": a relative named with an age is the person the worry
  // is about, and the relation word says which; the model, reading words and pairs, confused a
  // niece or a grandson with a sibling or a child.
  const aged = chained ? null : readAgedRelation(plain);
  // "ik ben de oom van een meisje van 16", "I'm her teacher": the writer says what they are to the
  // person, which the model, reading "oom" or "teacher", took for the person's own relation word.
  const writerIs = relationWriterIs(plain);
  // A teacher's or a carer's ("ik ben haar mentor", "I am his GP") tells the writer's work too: read
  // after the role below, so that the relation does not make the writer a bystander.
  const servedWriterIs = writerIs === 'pupil' || writerIs === 'client' ? writerIs : null;
  // In a message written in another language the relation words of that language say more than
  // the model, which has read few of them.
  const structural = chained ?? (servedWriterIs ? null : writerIs) ?? aged ?? (otherLanguage ? readOtherRelation(plain) : null);
  if (structural) {
    facts.relation = structural;
    // A relative named through someone else, with an age or in the writer's own language is the
    // person the worry is about, even where the model, reading "I" and "my" in the telling (or, in
    // another language, little more than the numbers), took the story for the writer's own.
    if (facts.aboutWhom === 'self') facts.aboutWhom = 'other';
    // "ik ben vader van een jongen van 17", "I'm her aunt": the writer says what they are to the
    // person, who is then the one the worry is about, also where the model named no one.
    if (facts.aboutWhom === undefined && structural === writerIs && writerIs !== null) facts.aboutWhom = 'other';
  } else if (guess.relation.relation && guess.relation.score >= MODEL_CONFIDENCE) facts.relation = guess.relation.relation;
  else {
    const named = readRelation(plain, awaiting === 'relation');
    // In a message written in another language readOtherRelation already found nothing above.
    const other = named || otherLanguage ? null : readOtherRelation(plain);
    const told = named ?? other ?? readRoleRelation(plain, facts.aboutWhom) ?? readNeighbourByPlace(plain);
    if (told) facts.relation = told;
    // The models read little of another language: a relative or colleague named in a phrase in
    // another language inside a Dutch or English message is who the worry is about when the model is
    // unsure (a message written wholly in that language was settled above).
    if (other && facts.aboutWhom === 'self' && guess.aboutWhom.score < SELF_MINOR_CONFIDENCE) facts.aboutWhom = 'other';
  }
  // What the sentence says of who writes wins over the models' reading of its words: "ik maak me
  // zorgen om een collega" is about the colleague, a volunteer or a landlord is no professional.
  const modelRole = facts.aboutWhom ?? undefined;
  const servedOnlyByReading =
    modelRole === 'professional' && (facts.relation === 'pupil' || facts.relation === 'client') && !guessedRelation(guess, facts.relation);
  let role = writersRoleInMessage(plain, modelRole, {
    namesAnother: (p) => (facts.relation !== undefined && !servedOnlyByReading) || anotherPerson(p.replace(WRITER_DESCRIBED, ' ')),
    ownStory: (p) => WRITERS_OWN_STORY.test(p) || ownSituation(p),
    anothersSituation: (p) => ANOTHERS_SITUATION.test(p.replace(QUOTED, ' ')),
  });
  // A writer who runs the place, employs or works beside the people they tell of (a campsite
  // manager, a contractor, a shift leader) and tells nothing done to themselves tells of those
  // people: the models read the first person of "ik beheer een camping" as the writer's own story.
  if (
    role === 'self' &&
    relationThroughWork(plain) !== null &&
    !writerHarmed(plain) &&
    !WRITERS_OWN_STORY.test(plain) &&
    !ownSituation(plain)
  )
    role = anotherPerson(plain) || PEOPLE_COUNTED.test(plain) ? 'other' : undefined;
  if (role === undefined) delete facts.aboutWhom;
  else facts.aboutWhom = role;
  // A pupil or client read only because the writer seemed a professional goes with that reading.
  if (servedOnlyByReading && role !== 'professional') delete facts.relation;
  if (servedWriterIs && facts.relation === undefined) {
    facts.relation = servedWriterIs;
    // A teacher or a carer at work; a (mostly volunteer) trainer's role is left as read.
    if (facts.aboutWhom !== 'other' && professionalSaid(plain)) facts.aboutWhom = 'professional';
  }
  // The writer's work says whom they tell of (a trainer's player, a carer's patient, an employer's
  // worker), read after the role: a trainer or a shift leader stays what the role reading made them.
  // (Most youth trainers are volunteers, whom the Meldcode does not bind: their role is left to the
  // models and the sentence, not made professional by the word.)
  if (role !== 'self' && facts.relation === undefined) {
    const atWork = relationThroughWork(plain);
    if (atWork) facts.relation = atWork;
  }
  if (role === 'other' && facts.relation === undefined) {
    const named =
      readRelation(plain, false) ??
      (peopleAtWritersWork(plain) ? 'colleague' : null) ??
      strangerSeen(plain.replace(QUOTED, ' '), { professional: false, aboutAnother: true });
    if (named) facts.relation = named;
  }
  // The role readings above know Dutch and English; in another language the sentence's own
  // structure speaks: a relative named with that language's possessive ("scriu pentru sora mea",
  // "моїй доньці") is the person of concern, and the writer's own age said in the first person
  // ("tengo 20 años", "mam 19 lat", "عمري 22") with no one else named is the writer's own story.
  if (otherLanguage && facts.aboutWhom === undefined && structural) facts.aboutWhom = 'other';
  // Nor does the model's "someone else" there, without a relation word of that language: it read
  // a victim's own story in Arabic or Portuguese ("devo 6 mil euros pro cara que ...") as another's
  // from the numbers and names, and the role it settled kept the writer's own English later on.
  else if (otherLanguage && facts.aboutWhom === 'other' && facts.relation === undefined) delete facts.aboutWhom;
  else if (otherLanguage && facts.relation === undefined && OWN_AGE_IN_OTHER_LANGUAGES.test(plain)) facts.aboutWhom = 'self';
  denyPerson(plain, facts);
  keepFromPerson(plain, facts);
  if (facts.aboutWhom === 'self') delete facts.relation;

  // The writer's own age ("ik ben een opa van 78", "I am 45 myself") is not the age of the person
  // the worry is about; numbers in words ("sixteen", "zestien") count like digits. Nor is the age
  // or school of someone the writer says it is not about ("niet om mijn clientje, een jongetje uit
  // groep 3, maar om zijn moeder").
  const whole = numbersInWords(plain);
  const spoken = withoutDeniedPerson(whole);
  const aboutAnother = facts.aboutWhom === 'other' || facts.aboutWhom === 'professional' || facts.relation !== undefined;
  // And where the writer is the one the chat is about, the age of the "boyfriend" or the man in
  // their story ("my bf is 23 and im 15", "hij is 22") is not theirs.
  const age = readAge(
    aboutAnother ? withoutWritersAge(spoken) : facts.aboutWhom === 'self' ? withoutOthersAgeBesideWriter(spoken) : spoken,
    awaiting === 'age',
  );
  if (age !== null) {
    facts.age = age;
    facts.minor = age < 18;
    // "ben 15 woon in rdam zuid", "im 14": a young writer telling their own age, naming no one else,
    // is the one under 18 the chat is about (the models, reading a number and a place, named no one).
    if (facts.aboutWhom === undefined && facts.relation === undefined && !otherLanguage && age < 18 && youngWriterTellsOwnAge(spoken))
      facts.aboutWhom = 'self';
  } else {
    const said = minorSaid(spoken, facts);
    if (said !== null) {
      facts.minor = said.minor;
      if (said.minor) facts.minorGuessed = said.guessed;
    }
    // In a message in another language the model's minor or adult is not taken: it reads little
    // there but the numbers, and "12 godzin", "16 persoane", "de 12 ani" (hours, people, years
    // worked) looked like a teenager's age to it. An age, a minor word or a school said in that
    // language is read by the rules above; an adult only from an age or a relation only adults have.
    // Nor where the writer told their own age beside someone else's story ("ik ben 14 en het gaat
    // over mn zus"): the model read that age, not the person's.
    else if (
      guess.minor.minor !== null &&
      !otherLanguage &&
      // The model read the words of the person the writer says it is not about.
      spoken === whole &&
      !(aboutAnother && withoutWritersAge(spoken) !== spoken) &&
      // Nor where the writer tells their own story and the age said is the man's in it ("hij is 19 ofzo").
      !(facts.aboutWhom === 'self' && withoutOthersAgeBesideWriter(spoken) !== spoken) &&
      !guessReachesAdult(spoken) &&
      !(guess.minor.minor && stretchOfTimeOnly(spoken)) &&
      !doersAgeSaid(spoken.replace(/'/g, '')) &&
      guess.minor.score >= minorConfidence(guess.minor.minor, facts)
    ) {
      facts.minor = guess.minor.minor;
      if (guess.minor.minor) facts.minorGuessed = minorIsGuess(spoken, 'model');
    }
  }
  // "my daughter is 6, she is in the room with me": a child who is with the writer while they tell
  // their story is not the person the chat is about; the writer's own story goes on. Nor is a child
  // the writer names only with an age beside their own story ("I am a mother, my son is 7. I work as
  // a cleaner, the boss keeps my passport"): age and minor belong to the person of concern.
  if (childWithWriter(spoken)) withoutChildWithWriter(facts, spoken, false);
  else if (childBesideOwnStory(spoken)) withoutChildWithWriter(facts, spoken, true);
  // "i work as a cleaner for a family in ...", "we slapen met 10 in een container": a writer who
  // tells their own situation (work, housing, pay, papers, debts, a boss, the "we" of co-workers) is
  // the one the chat is about, unless the message tells of another person's situation.
  // Only in a story: a question about privacy or a goodbye ("will my employer see this?", "ik ga
  // slapen") is about no one.
  else if (
    facts.aboutWhom === undefined &&
    facts.relation === undefined &&
    guess.intent.intent === 'describe_concern' &&
    ownSituation(spoken) &&
    !anotherPerson(spoken) &&
    !tellsOnlyOwnWork(spoken)
  )
    facts.aboutWhom = 'self';
  // A child named in a general question, a school project or the news ("mijn dochter van 13 zag een
  // serie over loverboys, hoe herken je dat?") is not a minor the worry is about: with no one of
  // concern (the model's judgement) and the question held at a distance, no minor is told.
  const noConcern = guess.aboutWhom.aboutWhom === null && guess.aboutWhom.score >= MODEL_CONFIDENCE;
  const distanced = sources.read.distances.some((d) => !d.negated && GENERAL_DISTANCE.has(d.concept));
  if (noConcern && distanced && awaiting !== 'minor' && awaiting !== 'age') {
    delete facts.minor;
    delete facts.age;
  }
  if (awaiting === 'minor' && facts.minor === undefined) {
    const answer = yesNo(plain);
    if (answer !== null) facts.minor = answer;
  }

  const place = places.find(text, awaiting === 'municipality' || awaiting === 'place');
  if (place) {
    facts.place = place.place;
    facts.municipality = place.municipality;
    facts.region = place.region;
  }

  if (signals.includes('documents_withheld')) facts.documentsHeld = true;
  if (signals.includes('debt_bondage')) facts.debts = true;
  if (signals.includes('housing_tied_to_work')) facts.housingTiedToWork = true;
  if (signals.includes('no_freedom_of_movement') || sources.read.situations.some((h) => h.concept === 'confined' && !h.negated)) {
    facts.canLeave = false;
  }
  // Whether the "under 18" is only a guess goes with it: none where no minor is told (a rule above
  // took it out again), "not a guess" where it was told in so many words or answered.
  if (facts.minor !== true) delete facts.minorGuessed;
  else facts.minorGuessed ??= false;
  return facts;
}

/**
 * The writer's own age in the first person, in the languages labour migrants write in (normalised:
 * no diacritics): Spanish and Portuguese "tengo/tenho 20 años/anos", Polish "mam 19 lat", Romanian
 * "am 22 de ani", Turkish "22 yasindayim", Hungarian "22 eves vagyok", Russian and Ukrainian "мне/мені
 * 22", Bulgarian "на 22 години съм", Arabic "عمري 22".
 */
const OWN_AGE_IN_OTHER_LANGUAGES =
  /(?<!\p{L})(?:(?:tengo|tenho) \d{1,2} (?:anos|ano)|mam \d{1,2} (?:lat|lata)|am \d{1,2} de ani|\d{1,2} yas[iı]nday[iı]m|\d{1,2} eves vagyok|(?:мне|мені) \d{1,2}|на \d{1,2} години съм|عمري\s*[\d\u0660-\u0669]{1,2})(?!\p{L})/u;

const CHILD_WORD = "(?:dochter\\w*|zoon\\w*|kind|kindje|kinderen|kids?|child|children|daughter|son|baby|baby'?s|kleine)";
/**
 * The child is here with the writer: "she is in the room with me", "hij zit naast me", "ze slaapt
 * bij mij", "I am here with my son", "ik zit hier met mijn dochter". Said of being with the writer
 * now, not of going somewhere together ("ik ging met mijn dochter naar de politie").
 */
const WITH_WRITER = new RegExp(
  [
    `\\b(?:she|he|they|ze|zij|hij|het|die|${CHILD_WORD}(?:\\s+van\\s+\\d{1,2}|\\s*\\(\\d{1,2}\\))?)\\s+(?:is|are|zit|zitten|ligt|liggen|slaapt|slapen|staat|speelt|spelen|sits|sleeps|plays|is (?:sitting|sleeping|playing|lying|standing)|are (?:sitting|sleeping|playing))\\s+(?:[a-z]+\\s+){0,4}?(?:with me|with us|bij me|bij mij|bij ons|naast me|naast mij|next to me|beside me|on my lap|op (?:mijn |mn )?schoot)\\b`,
    `\\b(?:ik ben|ik zit|i am|im|i'm|we are|were|wij zijn|we zijn|we zitten)\\s+(?:hier\\s+|here\\s+|nu\\s+|now\\s+|thuis\\s+|at home\\s+)*(?:with|met)\\s+(?:my|mijn|mn|our|onze|ons)\\s+(?:[a-z]+\\s+)?${CHILD_WORD}\\b`,
  ].join('|'),
);
/** "my daughter is 6", "mijn zoontje van 3", "my son (7)", "with my son, he is 7": the age said of that child. */
const CHILDS_AGE = new RegExp(
  `\\b(?:my|mijn|mn|our|onze|ons)\\s+(?:[a-z]+\\s+)?${CHILD_WORD}\\s*,?\\s*(?:(?:he|she|hij|ze|zij)\\s+)?(?:is\\s+|van\\s+|of\\s+|\\(\\s*)?\\d{1,2}\\b(?:\\s*(?:jaar|years?)(?:\\s*(?:oud|old))?)?\\s*\\)?`,
  'g',
);
/**
 * The writer's own situation: "my boss", "mijn paspoort", "I must work 14 hours", "ik mag niet
 * weg". A child who is with a writer telling only of the child ("mijn dochter (15) is weggelopen
 * bij die jongen, ze is nu bij mij") is still the one the chat is about.
 */
const WRITERS_OWN_STORY =
  /\b(?:(?:my|mijn|mn)\s+(?:baas|boss|werkgever|employer|paspoort|passport|papieren|papers|loon|salary|wages?|schulden|debts?|landlord|huisbaas|pooier|pimp)|(?:ik|i)\s+(?:werk|work|moet (?:[a-z]+\s+){0,3}?(?:werken|betalen)|must (?:[a-z]+\s+){0,3}?(?:work|pay)|have to (?:[a-z]+\s+){0,3}?(?:work|pay)|kan niet weg|mag niet weg|cannot leave|cant leave|am not allowed))\b/;

const OWN_THINGS =
  '(?:baas|bazin|boss|werkgever|employer|chef|manager|foreman|voorman|paspoort|passport|id|id-kaart|papieren|papers|documents|documenten|verblijfsvergunning|visa|visum|loon|salaris|salary|wages?|pay|schuld|schulden|debts?|landlord|huisbaas|pooier|pimp|madam|contract|agency|uitzendbureau|bureau|kamer|room|bed|container|caravan)';

/**
 * The writer's own situation said in the first person: their work, housing, pay, papers, debts or
 * boss, or the "we" of co-workers ("ik werk in een kas", "we sleep 10 in a container", "boss keeps my
 * passport", "they pay me 3 euro"). Wider than WRITERS_OWN_STORY, which also decides whether a child
 * beside the writer is who the chat is about.
 */
let ownSituationPattern: RegExp | null = null;
// Built on first use: SELF_AT_WORK is declared further down.
const ownSituationRe = (): RegExp =>
  (ownSituationPattern ??= new RegExp(
    [
      `\\b(?:my|mijn|mn|our|onze|ons)\\s+(?:[a-z]+\\s+)?${OWN_THINGS}\\b`,
      `\\b(?:ik|i|we|wij)\\s+(?:[a-z]+\\s+){0,2}?(?:werk|werkte|werken|werkten|work|worked|working|(?:slaap|sliep|slapen|sliepen|sleep|slept|sleeping|woon|woonde|wonen|live|lived|living|zitten|stay|staying)\\s+(?:(?:met|with)\\s+(?:\\d+|[a-z]+\\s+(?:man|mensen|people|persons?|personen|others|anderen))|(?:[a-z]+\\s+){0,2}?(?:container|caravan|stacaravan|schuur|barn|loods|warehouse|depot|kelder|basement|zolder|chalet|bus|busje|van|tent|kas|greenhouse|fabriek|factory|restaurant|salon|werk|work|boerderij|farm)s?)|verdien|earn|owe|moet (?:[a-z]+\\s+){0,3}?(?:werken|betalen|terugbetalen)|moeten (?:[a-z]+\\s+){0,3}?(?:werken|betalen|terugbetalen)|must (?:[a-z]+\\s+){0,3}?(?:work|pay)|have to (?:[a-z]+\\s+){0,3}?(?:work|pay)|kan niet weg|mag niet weg|kunnen niet weg|mogen niet weg|cannot leave|can not leave|are not allowed|am not allowed)\\b`,
      `\\b(?:betaalt|betalen|betaalde|pays|paid|pay|houdt|houden|hield|keeps|keep|kept|took|takes|nam|pakte|pakten)\\s+(?:me|mij|ons|us|mijn|my|onze|our)\\b`,
      SELF_AT_WORK.source,
    ].join('|'),
    'u',
  ));
/** Another person's situation told: "her boss", "zijn paspoort", "she works", "hij moet werken". */
const ANOTHERS_SITUATION = new RegExp(
  [
    `\\b(?:her|his|their|haar|zijn|zn|hun|d'?r|der)\\s+(?:[a-z]+\\s+)?${OWN_THINGS}\\b`,
    `\\b(?:she|he|hij|ze|zij)\\s+(?:[a-z]+\\s+){0,2}?(?:werkt|works|worked|working|slaapt|sleeps|woont|lives|krijgt|gets|moet|must|has to|kan niet weg|mag niet weg|cannot leave|is not allowed|verdient|earns)\\b`,
    // "they work in nail salons", "they never have a day off": only right after "they", where "they make me work" is the writer's.
    `\\bthey\\s+(?:all\\s+|also\\s+|both\\s+|still\\s+)?(?:work|works|sleep|live|earn|never|leave|look|get paid|are not allowed|cannot leave|can't leave|cant leave)\\b`,
    `\\b(?:betaalt|betalen|pays|paid|houdt|houden|keeps|keep|kept|took|takes|nam|pakte)\\s+(?:haar|hem|her|him)\\b`,
  ].join('|'),
);

/** The message tells another person's situation ("she works there", "hij houdt haar paspoort"), outside quoted words. */
export function anothersSituationTold(plain: string): boolean {
  return ANOTHERS_SITUATION.test(plain.replace(QUOTED, ' '));
}

/** The writer describing themselves ("ik ben een man van 58", "I'm a student"): no other person named. */
const WRITER_DESCRIBED =
  /\b(?:ik ben|i am|i'm|im)\s+(?:een|a|an)\s+(?:[a-z']+\s+)?(?:man|vrouw|meisje|jongen|moeder|vader|student|studente|woman|girl|boy|mother|father|student)\b/g;

/** Words in quotes are someone else's ("mam, ze hebben mn paspoort"), not the writer's situation. */
const QUOTED = /(?:^|[\s(:])['"‘“][^'"’”]{1,200}['"’”]/g;

/** The writer tells their own situation and no other person's (ownSituation). */
export function ownSituation(plain: string): boolean {
  const text = plain.replace(QUOTED, ' ').replace(/'/g, '');
  return ownSituationRe().test(text) && !ANOTHERS_SITUATION.test(text);
}

/**
 * Someone else the writer sees or serves: "a girl", "een jongen", "the workers", "mensen", "a
 * client": a worker at a desk or a hotel telling what they see is not telling their own situation.
 */
const ANOTHER_PERSON =
  /\b(?:een|a|an|the|de|het|die|deze|dat|this|that|those|these|twee|two|drie|three|some|sommige|veel|many)\s+(?:[a-z]+\s+)?(?:meisje|meisjes|meid|meiden|jongen|jongens|vrouw|vrouwen|man|mannen|girl|girls|boy|boys|woman|women|men|kind|kinderen|child|children|kids|tiener|teenager|arbeiders?|workers?|werknemers?|mensen|people|persons?|personen|klant|klanten|client\w*|customer\w*|patient\w*|leerling\w*|pupil\w*|student\w*|bewoner\w*|residents?|huurders?|tenants?)\b/;

/** "5 Braziliaanse jongens", "14 men": people counted (only where the writer runs the place or works beside them). */
const PEOPLE_COUNTED =
  /\b\d{1,3}\s+(?:[a-z]+\s+)?(?:jongens|mannen|vrouwen|meisjes|meiden|mensen|arbeiders|werknemers|men|women|guys|girls|boys|people|workers)\b/;

/** The relation models named this one themselves, at the score the facts take. */
function guessedRelation(guess: MessageGuess, relation: Relation): boolean {
  return guess.relation.relation === relation && guess.relation.score >= MODEL_CONFIDENCE;
}

function anotherPerson(plain: string): boolean {
  return ANOTHER_PERSON.test(plain.replace(QUOTED, ' '));
}

/**
 * A child named with its age ("my son is 7") beside the writer's own situation told, and not
 * spoken of again ("he", "she", "her phone"): then the child is the worry, not a detail of it.
 */
export function childBesideOwnStory(plain: string): boolean {
  const text = plain.replace(QUOTED, ' ').replace(/'/g, '');
  const rest = text.replace(CHILDS_AGE, ' ');
  return rest !== text && ownSituation(rest) && !/\b(?:he|she|him|her|his|hij|zij|hem|haar|zn|z'n)\b/.test(rest.replace(QUOTED, ' '));
}

export function childWithWriter(plain: string): boolean {
  return WITH_WRITER.test(plain.replace(/'/g, ''));
}

/**
 * The facts of a writer telling their own story with their child beside them, or saying no more of
 * the child than that it is there ("my daughter is 6, she is in the room with me"): not the child's
 * relation, age or minority; the writer is the one the chat is about where their own story is told.
 */
function withoutChildWithWriter(facts: Partial<ToldFacts>, plain: string, toldOwnSituation: boolean): void {
  if (facts.relation !== undefined && facts.relation !== 'child') return;
  const rest = plain.replace(/'/g, '').replace(CHILDS_AGE, ' ');
  const ownStory = toldOwnSituation || WRITERS_OWN_STORY.test(rest) || ownSituation(rest);
  const saysMore =
    rest
      .replace(WITH_WRITER, ' ')
      .match(/[a-z]{3,}/g)
      ?.some((w) => !ONLY_LINKING.has(w)) ?? false;
  if (!ownStory && saysMore) return;
  delete facts.relation;
  // Another age in the message ("ik ben 17, mijn dochter van 1 is bij me") is the writer's.
  const age = readAge(rest, false);
  if (age === null) {
    delete facts.age;
    delete facts.minor;
  } else {
    facts.age = age;
    facts.minor = age < 18;
  }
  if (ownStory) facts.aboutWhom = 'self';
  else if (facts.aboutWhom === 'other') delete facts.aboutWhom;
}

/** Words that tell nothing of the child beyond its being there ("and she is here now"). */
const ONLY_LINKING = new Set([
  'and',
  'en',
  'now',
  'nu',
  'here',
  'hier',
  'too',
  'ook',
  'also',
  'right',
  'just',
  'net',
  'even',
  'the',
  'het',
  'die',
  'dat',
  'but',
  'maar',
  'yes',
]);

const RELATION_WORDS: readonly [RegExp, Relation][] = [
  [/^(?:dochter\w*|zoon\w*|kind\w*|daughter|son|child|kid|kids|stiefdochter|stiefzoon|stepdaughter|stepson)$/, 'child'],
  [/^(?:zus\w*|broer\w*|sister|brother|sis|bro|tweelingzus|tweelingbroer|halfzus|halfbroer)$/, 'sibling'],
  [/^(?:moeder|vader|mama|papa|mam|pap|ma|pa|mother|father|mom|mum|dad|parents|ouders|stiefvader|stiefmoeder)$/, 'parent'],
  [/^(?:kleinkind\w*|kleindochter|kleinzoon|grandchild\w*|granddaughter|grandson)$/, 'grandchild'],
  [
    /^(?:nicht\w*|neef\w*|tante|oom|cousin|niece|nephew|aunt|uncle|schoonzus|zwager|schoonbroer|schoonmoeder|schoonvader|oma|opa|grandma|grandpa|grandmother|grandfather|familielid|sister-in-law|brother-in-law)$/,
    'extended_family',
  ],
  [/^(?:vriend|vriendje|partner|man|vrouw|echtgenoot|echtgenote|husband|wife|boyfriend|girlfriend|verloofde|fiance)$/, 'partner'],
  [/^(?:ex|ex-vriend|exvriend|ex-partner|expartner|exman|ex-man|exvrouw|ex-vrouw|ex-boyfriend|ex-girlfriend)$/, 'ex_partner'],
  [/^(?:vriendin|vriendinnen|vrienden|beste|maat|maten|friend|friends|mate|mates|buddy|bestie|bff|homie)$/, 'friend'],
  [/^(?:klasgeno\w*|classmate\w*)$/, 'classmate'],
  [/^(?:buurman|buurvrouw|buren|buurmeisje|buurjongen|neighbou?rs?)$/, 'neighbour'],
  [/^(?:collega\w*|colleague\w*|coworker\w*|co-worker\w*)$/, 'colleague'],
  [/^(?:leerling\w*|pupil\w*|scholier\w*|students?)$/, 'pupil'],
  [/^(?:client\w*|patient\w*|patients?|klant)$/, 'client'],
  [/^(?:kennis|kennissen|acquaintance|huisgeno\w*|flatmate|roommate|housemate|kamergeno\w*)$/, 'acquaintance'],
];

const CHILD_KIN = new Set([
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'kind',
  'kindje',
  'kinderen',
  'son',
  'sons',
  'daughter',
  'daughters',
  'kid',
  'kids',
  'child',
  'children',
  'stepson',
  'stepdaughter',
]);
/** Person words that can be the one the worry is about when named through someone else. */
const KIN = new Set([
  ...CHILD_KIN,
  'zus',
  'zusje',
  'broer',
  'broertje',
  'neef',
  'neefje',
  'nicht',
  'nichtje',
  'vrouw',
  'man',
  'schoonzus',
  'zwager',
  'sister',
  'brother',
  'niece',
  'nephew',
  'cousin',
  'wife',
  'husband',
]);
const YOUNG = new Set(['jongen', 'jongetje', 'meisje', 'meid', 'boy', 'girl', 'tiener', 'teenager']);
const FRIENDS = new Set(['vriendinnetje', 'friend', 'friends', 'bestie', 'klasgenoot', 'klasgenote', 'classmate']);
const FAMILY_OWNERS =
  /^(?:zus|zusje|broer|broertje|man|vrouw|partner|vriend|zwager|schoonzus|oom|tante|neef|nicht|ouders|moeder|vader|stiefvader|stiefmoeder|sister|brother|husband|wife|partner|boyfriend|girlfriend|uncle|aunt|cousin|parents|mother|father|mum|mom|dad|stepdad|stepmum|stepmom)$/;
const PARTNER_OWNERS = /^(?:man|vrouw|partner|vriend|husband|wife|boyfriend|girlfriend)$/;
const PARENT_OWNERS = /^(?:ouders|moeder|vader|parents|mother|father|mum|mom|dad)$/;
const NEIGHBOUR_OWNERS = /^(?:buren|buurman|buurvrouw|overbuurman|overbuurvrouw|bovenburen|onderburen|neighbou?rs?)$/;
const FRIEND_OWNERS =
  /^(?:vriendin|vriendinnen|maat|collega|zoon|dochter|kinderen|friend|friends|mate|colleague|son|daughter|kids|roommate|flatmate|housemate)$/;

/**
 * The person of concern named through someone the writer knows: "de dochter van mijn buren",
 * "the son of my neighbour", "my sister's kid", "mijn zus haar dochter", "a friend of my son". The
 * person is the first word, the owner the second: a neighbour's child is the neighbour to the
 * writer, a relative's relative extended family (a partner's child a child, a parent's child a
 * sibling), a friend of someone close an acquaintance. A perpetrator named this way ("de pooier van
 * mijn zus", "my sister's boyfriend") is not the person: then the owner is, and the plain rules speak.
 */
export function readChainedRelation(plain: string): Relation | null {
  const words = plain.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let person: string | null = null;
    let owner: string | null = null;
    // "dochter van mijn buren", "son of my neighbour", "een vriend van mijn zoon"
    if ((words[i + 1] === 'van' || words[i + 1] === 'of') && /^(?:mijn|mn|m'n|onze|ons|my|our)$/.test(words[i + 2] ?? '')) {
      person = w;
      owner = words[i + 3] ?? null;
    }
    // "my neighbour's son", "my sisters kid", "mijn zus haar dochter", "mn buurman z'n zoon"
    else if (/^(?:mijn|mn|m'n|onze|ons|my|our)$/.test(w) && words[i + 2] !== undefined) {
      const next = words[i + 1]!;
      if (/^(?:haar|zijn|z'n|zn|d'r|der)$/.test(words[i + 2]!) && words[i + 3] !== undefined) {
        owner = next;
        person = words[i + 3]!;
      } else if (/s'?$|'s$/.test(next)) {
        // "neighbour's", "neighbours", "neighbours'": the owner is whichever reading names one.
        owner = [next.replace(/'s$|'$/, ''), next.replace(/'?s'?$/, '')].find(relationOwner) ?? null;
        person = words[i + 2]!;
      }
    }
    if (person === null || owner === null) continue;
    const relation = chained(person, owner);
    if (relation) return relation;
  }
  return null;
}

const relationOwner = (owner: string) => FAMILY_OWNERS.test(owner) || NEIGHBOUR_OWNERS.test(owner) || FRIEND_OWNERS.test(owner);

function chained(person: string, owner: string): Relation | null {
  const kin = KIN.has(person);
  if (NEIGHBOUR_OWNERS.test(owner) && (kin || YOUNG.has(person))) return 'neighbour';
  if (kin && FAMILY_OWNERS.test(owner)) {
    if (CHILD_KIN.has(person) && PARTNER_OWNERS.test(owner)) return 'child';
    if (CHILD_KIN.has(person) && PARENT_OWNERS.test(owner)) return 'sibling';
    return 'extended_family';
  }
  if (FRIENDS.has(person) && (FRIEND_OWNERS.test(owner) || FAMILY_OWNERS.test(owner)) && !PARTNER_OWNERS.test(owner)) return 'acquaintance';
  return null;
}

/**
 * A relation told by a role rather than a possessive: "een jongen uit mijn klas", "a girl in my
 * class" (a classmate, or a pupil when a professional writes); a professional's "leerling",
 * "speler", "cliënte", "patiënt" without "mijn".
 */
export function readRoleRelation(plain: string, aboutWhom: AboutWhom | null | undefined): Relation | null {
  const professional = aboutWhom === 'professional';
  if (
    /\b(?:uit|in|van|bij) (?:mijn|mn|m'n|me|onze|ons) klas\b|\bbij (?:mij|me|ons) in de klas\b|\b(?:in|from) (?:my|our) (?:class|year|form)\b/.test(
      plain,
    )
  )
    return professional ? 'pupil' : 'classmate';
  // "een collega van mij", "a colleague of mine", "een nieuwe collega", "another coworker": a
  // colleague named without "mijn".
  if (
    /\b(?:een|a|an|another|andere|nieuwe|new|onze|our)\s+(?:\w+\s+)?(?:collega|colleague|coworker|co-worker)\b|\b(?:collega|colleague|coworker)s?\s+(?:van (?:mij|me|ons)|of mine|of ours)\b/.test(
      plain,
    )
  )
    return 'colleague';
  if (!professional) return null;
  const role =
    /\b(?:(leerling\w*|scholier\w*|pupil\w*|student|students|speler\w*|speelster\w*|players?|jeugdspeler\w*)|(client\w*|cliente\w*|patient\w*|bewoner\w*|residents?|pupillen|jongere die ik|klant|klante|klanten))\b/.exec(
      plain,
    );
  if (!role) return null;
  return role[1] ? 'pupil' : 'client';
}

/**
 * Where someone lives beside the writer tells the neighbour: "naast ons", "hiernaast", "next door",
 * "door de muur", "boven ons", "de bovenburen", "de jongen van boven", "het meisje dat bij de buren
 * inwoont". Only where no other relation is told (sitting "naast me" in a salon is no neighbour, so
 * the writer's home is what counts).
 */
export function readNeighbourByPlace(plain: string): Relation | null {
  return /\b(?:naast (?:ons|mij)|hiernaast|ernaast|next door|(?:jongen|meisje|jongens|meisjes|vrouw|man|boy|girl|woman) (?:van boven|van beneden|van de overkant)|overbur\w*|overbuurman|overbuurvrouw|across the street|bij de buren (?:in)?woont|(?:lives|living|stays|staying) (?:with|at) the neighbou?rs|door de muur|through the wall|boven (?:ons|mij)|onder ons|bovenburen|onderburen|the flat above|the flat below|the apartment above|the apartment below)\b|\b(?:ik woon|wij wonen|we wonen|i live|we live)\s+(?:[a-z]+\s+){0,4}?(?:onder|boven|naast|below|above|next to)\s+(?:een|het|de|a|the)\b|\b(?:in|uit) (?:mijn|mn|onze|ons) (?:straat|flat|portiek|galerij|buurt|wijk|complex|gebouw)\b|\bbij ons in de (?:straat|flat|portiek|buurt)\b|\b(?:in|on|from) (?:my|our) (?:street|building|block|road)\b|\b(?:woning|appartement|flat|huis|apartment|house) (?:onder|boven|naast|below|above|next to) (?:mij|ons|me|us|mine|ours)\b|\b(?:naast|next to) (?:mijn|ons|my|our) (?:huis|woning|house|home|flat)\b|\bik woon er (?:naast|boven|onder)\b/.test(
    plain,
  )
    ? 'neighbour'
    : null;
}

// Letters, not word edges, bound the words: \b does not see Cyrillic letters.
const SELF_AT_WORK =
  /(?<!\p{L})(?:ik werk|ik werkte|wij werken|we werken|i work|i worked|we work|we worked|i am working|im working|i'm working|working as|ik ben (?:schoonmaker|schoonmaakster|kok|chauffeur|plukker|orderpicker|bouwvakker|uitzendkracht|nanny|au pair)|pracuj\p{L}*|pracowal\p{L}*|lucrez|lucram|lucrat|trabajo|trabajamos|trabaje|trabalho|trabalhamos|trabalhei|работя|работим|работих|працюю|працюємо|працював\p{L}*|работаю|работал\p{L}*|calisiyorum|calisiyoruz|dolgozom|dolgozunk|dolgoztam)(?!\p{L})/u;

/**
 * A relative named with a possessive (or, at the start of a chat line, without one: "zoon van 17 zit
 * al maanden in ...") and an age right after: "mijn nichtje van 15", "my grandson (15)", "mijn nicht
 * van 17", "my sister, 16,". Only family words: a "vriend" or a colleague with an age is left to the
 * model, which tells a friend from a partner better than the word does.
 */
export function readAgedRelation(plain: string): Relation | null {
  const m =
    /(?:^|(?:\b(?:mijn|mn|m'n|onze|ons|my|our)\s+(?:[\p{L}]+\s+)?))([\p{L}-]+)\s*(?:,\s*|\(\s*|\s+(?:van|of|is|aged)\s+)(\d{1,2})\b/u.exec(
      plain,
    );
  // An age no one writes to a helpline about (a toddler of 3) names the writer's own child, not the worry.
  if (!m || valid(Number(m[2])) === null) return null;
  const found = RELATION_WORDS.find(([re]) => re.test(m[1]!));
  return found && AGED_FAMILY.has(found[1]) ? found[1] : null;
}

const AGED_FAMILY: ReadonlySet<Relation> = new Set(['child', 'sibling', 'grandchild', 'extended_family']);

/**
 * A relation said with a possessive: "mijn nichtje", "my little brother", "onze buurvrouw", the
 * spoken "me vriend"; after the person ("een kennis van mij", "a friend of mine"); or a word that is
 * a relation by itself with an article ("een collega", "een huisgenote", "a housemate").
 */
export function readRelation(plain: string, bare: boolean): Relation | null {
  const words = plain.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  const relationOf = (word: string): Relation | null => RELATION_WORDS.find(([re]) => re.test(word))?.[1] ?? null;
  for (let i = 0; i < words.length; i++) {
    const possessive = /^(?:mijn|mn|m'n|onze|ons|my|our)$/.test(words[i]!);
    // "het gaat over me vriend": "me" is a possessive only right before the relation word.
    if (words[i] === 'me' && words[i + 1] !== undefined) {
      const spoken = relationOf(words[i + 1]!);
      if (spoken) return spoken;
    }
    if (!possessive && !(bare && i === 0)) continue;
    // "my little sister", "mijn jongste dochter": up to two words between.
    for (let j = possessive ? i + 1 : i; j <= i + 3 && j < words.length; j++) {
      // "my host mom", "our host family": an au pair's employers, no kin.
      if (words[j] === 'host') break;
      const found = relationOf(words[j]!);
      if (found) return found;
    }
  }
  const after = /\b([\p{L}-]+) (?:van (?:mij|me|ons)|of (?:mine|ours))\b/u.exec(plain);
  // "een vriend van me" is a friend; "mijn vriend" a partner.
  const named = after ? (after[1] === 'vriend' ? 'friend' : relationOf(after[1]!)) : null;
  if (named) return named;
  const standing =
    /\b(?:een|a|an|om|over|about)\s+(?:\w+\s+)?(collega|colleague|coworker|co-worker|huisgenoot|huisgenote|kamergenoot|kamergenote|housemate|flatmate|roommate|kennis|acquaintance|klasgenoot|klasgenote|classmate|buurman|buurvrouw|buurjongen|buurmeisje|neighbou?r)\b/.exec(
      plain,
    );
  return standing ? relationOf(standing[1]!) : null;
}

/**
 * The relation in the languages labour migrants write in, where the models have no words for it:
 * the kin or other word with its possessive, before it ("mój syn", "mi hermana", "o meu irmão"),
 * after it ("sora mea", "сестра ми") or as an ending ("kızım", "abim", "a húgom", "أخي"). Slavic
 * kin words that are never used of a stranger count without one ("сестра", "брат", "дочка").
 * Applied to normalised text (lower case, no diacritics); letters are matched, not word edges, so
 * Cyrillic and Arabic work too.
 */
const OTHER_RELATIONS: readonly [RegExp, Relation][] = [
  // A neighbour's child or relative is the neighbour to the writer ("fiul vecinei mele", "син моєї
  // сусідки", "komşumun oğlu", "дъщерята на съседа"); these come first, so that at the same place
  // the neighbour wins over the kin word.
  [
    /(?<!\p{L})(?:fiul|fiica|copilul|copiii|baiatul|fata|fetita|nepotul|nepoata) (?:vecinei|vecinului|vecinilor|vecinii|vecina)(?!\p{L})/u,
    'neighbour',
  ],
  [
    /(?<!\p{L})(?:син\p{L}*|сын\p{L}*|доч\p{L}*|донь\p{L}*|дъщер\p{L}*|брат\p{L}*|сестр\p{L}*|внук\p{L}*)(?:\s+\p{L}+){0,2}?\s+(?:сусід|сосед|съсед)\p{L}*/u,
    'neighbour',
  ],
  [/(?<!\p{L})komsu\p{L}*(?:\s+\p{L}+)?\s+(?:oglu|kizi|cocugu|cocuklari|kardesi|yegeni)(?!\p{L})|(?<!\p{L})komsum\p{L}*/u, 'neighbour'],
  // Lithuanian (mano + word)
  [/(?<!\p{L})mano (?:sunus|sunu|dukra|dukte|vaikas)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})mano (?:brolis|broli|sesuo|sese|sesere)(?!\p{L})/u, 'sibling'],
  [/(?<!\p{L})mano (?:vyras|vyra|zmona|vaikinas|mergina)(?!\p{L})/u, 'partner'],
  [/(?<!\p{L})mano (?:pusbrolis|pusbroli|pusseser\p{L}*|teta|dede|sunenas|dukterec\p{L}*)(?!\p{L})/u, 'extended_family'],
  [/(?<!\p{L})mano (?:kolega|kolege|bendradarb\p{L}*)(?!\p{L})/u, 'colleague'],
  [/(?<!\p{L})mano (?:draugas|drauge|draugei|draugu)(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})mano (?:kaimyn\p{L}*)(?!\p{L})/u, 'neighbour'],
  // Bulgarian and Russian written in Latin letters ("sestra mi", "moyata sestra", "moy brat")
  [/(?<!\p{L})(?:(?:sestra|sestrata|brat|bratat|bratmi) mi|moya(?:ta)? sestra|mo[iy] brat)(?!\p{L})/u, 'sibling'],
  [/(?<!\p{L})(?:(?:sin|sinat|dashterya|dashteria|dushterya) mi|mo[iy] s[iy]n|moya doch\p{L}*)(?!\p{L})/u, 'child'],
  // Polish (mój/moja/moje/mojego/mojej/moim + word)
  [/(?<!\p{L})moj(?:a|e|ego|ej|im|ą)?\s+(?:\p{L}+\s+)?(?:syn\p{L}*|cork\p{L}*|córk\p{L}*|dziecko|dzieci)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})moj(?:a|e|ego|ej|im|ą)?\s+(?:\p{L}+\s+)?(?:brat\p{L}*|siostr\p{L}*)(?!\p{L})/u, 'sibling'],
  [
    /(?<!\p{L})moj(?:a|e|ego|ej|im|ą)?\s+(?:maz|meza|mężem|zon\p{L}*|żon\p{L}*|chłopak\p{L}*|chlopak\p{L}*|dziewczyn\p{L}*|partner\p{L}*)(?!\p{L})/u,
    'partner',
  ],
  [
    /(?<!\p{L})moj(?:a|e|ego|ej|im|ą)?\s+(?:kuzyn\p{L}*|ciotk\p{L}*|ciocia|wujek|wujka|siostrzen\p{L}*|bratan\p{L}*)(?!\p{L})/u,
    'extended_family',
  ],
  [
    /(?<!\p{L})(?:moj(?:a|e|ego|ej|im|ą)?\s+)?(?:kolega|kolezanka|koleżanka|kolegi) z pracy(?!\p{L})|(?<!\p{L})kolega z pokoju(?!\p{L})/u,
    'colleague',
  ],
  [/(?<!\p{L})moj(?:a|e|ego|ej|im|ą)?\s+(?:przyjaci\p{L}*|kolega|kolege|kolegi|kolezank\p{L}*|koleżank\p{L}*)(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})moj(?:a|e|ego|ej|im|ą)?\s+(?:sasiad\p{L}*|sąsiad\p{L}*)(?!\p{L})/u, 'neighbour'],
  // Romanian (word + mea/meu/mei)
  [/(?<!\p{L})(?:fiica|fiul|copilul|baiatul|fata) (?:mea|meu)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})(?:sora|fratele|surioara|fratiorul) (?:mea|meu)(?!\p{L})/u, 'sibling'],
  [/(?<!\p{L})(?:sotul|sotia|iubitul|iubita|barbatul) (?:mea|meu)(?!\p{L})/u, 'partner'],
  [/(?<!\p{L})(?:verisoara|verisorul|nepoata|nepotul|matusa|unchiul) (?:mea|meu)(?!\p{L})/u, 'extended_family'],
  [/(?<!\p{L})(?:prietena|prietenul) (?:mea|meu)(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})(?:colega|colegul) (?:mea|meu)(?!\p{L})/u, 'colleague'],
  [/(?<!\p{L})(?:vecina|vecinul) (?:mea|meu)(?!\p{L})/u, 'neighbour'],
  // Cyrillic: Bulgarian (word + ми), Ukrainian and Russian (мій/моя/мой + word, or the kin word alone)
  [/(?<!\p{L})(?:дъщеря|дочка|дочку|дочь|дочери|донька|доньку|доньки|дочк\p{L}*|син|сина|сын|сына|синові|сыну)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})(?:сестра|сестру|сестры|сестри|сестрата|брат|брата|братът|брату|братик)(?!\p{L})/u, 'sibling'],
  [
    /(?<!\p{L})(?:(?:мои|міи|моя|мою)\s+(?:муж|мужа|чоловік|чоловіка|жена|жену|дружина|дружину|хлопець|парень|девушка|дівчина)|(?:мъжът|мъжа|съпругът|съпруга|съпругата|жена|приятелят|гаджето) ми)(?!\p{L})/u,
    'partner',
  ],
  [/(?<!\p{L})(?:братовчед\p{L}*|двоюрідн\p{L}*|двоюродн\p{L}*|племенни\p{L}*|племінни\p{L}*|племянни\p{L}*)(?!\p{L})/u, 'extended_family'],
  [/(?<!\p{L})(?:колега|колегата|колегу|колеги|колежка\p{L}*)(?!\p{L})/u, 'colleague'],
  [/(?<!\p{L})(?:(?:мои|міи|моя|мою)\s+(?:подруга|подругу|друг|друга)|(?:приятелката|приятелка|приятел) ми)(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})(?:сосед\p{L}*|сусід\p{L}*|съсед\p{L}*)(?!\p{L})/u, 'neighbour'],
  [/(?<!\p{L})(?:внук|внука|внучка|внучку|внучк\p{L}*)(?!\p{L})/u, 'grandchild'],
  // Turkish (possessive ending)
  [/(?<!\p{L})(?:kızım|kizim|oglum|oğlum|cocugum|çocuğum)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})(?:abim|ablam|kardesim|kardeşim|kız kardesim|erkek kardesim)(?!\p{L})/u, 'sibling'],
  [/(?<!\p{L})(?:kocam|esim|eşim|karım|karim|sevgilim|erkek arkadasım|erkek arkadasim)(?!\p{L})/u, 'partner'],
  [
    /(?<!\p{L})(?:kuzenim|yegenim|yeğenim|teyzem|dayım|dayim|amcam|halam|eniştem\p{L}*|enistem\p{L}*|yengem\p{L}*|kayınbiraderim|kayinbiraderim|baldızım|baldizim|bacanağım|bacanagim)(?!\p{L})/u,
    'extended_family',
  ],
  [/(?<!\p{L})(?:is arkadasım|is arkadasim|iş arkadaşım)(?!\p{L})/u, 'colleague'],
  [/(?<!\p{L})(?:arkadasım|arkadasim|arkadaşım)(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})(?:komsum|komşum)(?!\p{L})/u, 'neighbour'],
  // Spanish and Portuguese (mi / meu / minha + word)
  [/(?<!\p{L})(?:mi|mis|meu|minha|meus|minhas)\s+(?:hij[oa]s?|filh[oa]s?)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})(?:mi|mis|meu|minha|meus|minhas)\s+(?:herman[oa]s?|irmao|irma|irmaos|irmas)(?!\p{L})/u, 'sibling'],
  [/(?<!\p{L})(?:mi|meu|minha)\s+(?:marido|esposo|esposa|mujer|novio|novia|pareja|namorad[oa]|mulher)(?!\p{L})/u, 'partner'],
  [/(?<!\p{L})(?:mi|mis|meu|minha)\s+(?:prim[oa]|sobrin[oa]|sobrinh[oa]|ti[oa])(?!\p{L})/u, 'extended_family'],
  [/(?<!\p{L})(?:mi|meu|minha)\s+(?:amig[oa])(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})(?:mi|meu|minha)\s+(?:vecin[oa]|vizinh[oa])(?!\p{L})/u, 'neighbour'],
  [/(?<!\p{L})(?:mi|meu|minha)\s+(?:companer[oa]|colega)(?!\p{L})/u, 'colleague'],
  // Hungarian (possessive ending)
  [/(?<!\p{L})(?:fiam|lanyom|lányom|gyerekem)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})(?:hugom|húgom|novérem|noverem|batyam|bátyám|öcsém|ocsem|testverem|testvérem)(?!\p{L})/u, 'sibling'],
  [/(?<!\p{L})(?:ferjem|férjem|felesegem|feleségem|paromm|parom|párom)(?!\p{L})/u, 'partner'],
  [/(?<!\p{L})(?:unokahug\p{L}*|unokaocs\p{L}*|unokatestver\p{L}*|nagynen\p{L}*|nagybaty\p{L}*)(?!\p{L})/u, 'extended_family'],
  [/(?<!\p{L})(?:baratnom|barátnőm|baratom|barátom)(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})(?:kollegam|kollégám)(?!\p{L})/u, 'colleague'],
  [/(?<!\p{L})(?:szomszedom|szomszédom)(?!\p{L})/u, 'neighbour'],
  // Arabic (possessive ending -i / -ti; hamza already folded)
  [/(?<!\p{L})(?:ابني|ابنتي|بنتي)(?!\p{L})/u, 'child'],
  [/(?<!\p{L})(?:اخي|اختي|شقيقي|شقيقتي)(?!\p{L})/u, 'sibling'],
  [/(?<!\p{L})(?:زوجي|زوجتي|خطيبي|خطيبتي)(?!\p{L})/u, 'partner'],
  [/(?<!\p{L})(?:ابن عمي|ابنة عمي|ابن خالي|ابنة خالي|بنت عمي|بنت خالي|عمي|خالي|عمتي|خالتي)(?!\p{L})/u, 'extended_family'],
  [/(?<!\p{L})(?:صديقي|صديقتي)(?!\p{L})/u, 'friend'],
  [/(?<!\p{L})(?:زميلي|زميلتي)(?!\p{L})/u, 'colleague'],
  [/(?<!\p{L})(?:جاري|جارتي)(?!\p{L})/u, 'neighbour'],
];

/** Polish "kolega", Romanian "coleg", Russian "друг": a friend in the street, a colleague at work. */
const FRIEND_OR_COLLEAGUE = /(?<!\p{L})(?:kolega|kolege|kolegi|kolezank\p{L}*|koleżank\p{L}*)(?!\p{L})/u;

/** The first relation named in another language (OTHER_RELATIONS), or null. */
export function readOtherRelation(plain: string): Relation | null {
  let best: { at: number; relation: Relation; text: string } | null = null;
  for (const [re, relation] of OTHER_RELATIONS) {
    const m = re.exec(plain);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, relation, text: m[0] };
  }
  // "szef uderzył mojego kolegę" told by a writer at work: the colleague beside them.
  if (best?.relation === 'friend' && FRIEND_OR_COLLEAGUE.test(best.text) && SELF_AT_WORK.test(plain)) return 'colleague';
  return best?.relation ?? null;
}

/**
 * What after a number makes it no age, besides a count unit (countUnits.ts, the list the model
 * features share) or an hour (clockTimes.ts, likewise shared): a range ("15 tot 20"), a group by age
 * ("15-jarigen"), a stretch of time ago or long, "years ago" in the languages people write in, people described ("12 poolse
 * mannen") and years spent somewhere ("15 jaar in nederland", "10 years married").
 */
const NOT_AN_AGE_AFTER =
  /^\s*(?:(?:tot|to|till|until|t\/m|-)\s*\d|-?year-olds|-?jarigen|jaar geleden|years ago|(?:jaar|years?|yrs)\s+(?:terug|back|ouder|jonger|older|younger)\b|jaar lang|years long|(?:de )?ani in urma|lat temu|anos atras|anni fa|(?:лет|года?|години|рок[іi]в|роки) (?:назад|тому)|y[iı]l|sene|(?:(?!(?:en|and|or|of|met|with|die|who|that)\s)[a-z]+\s+)?(?:mannen|vrouwen|jongens|meisjes|mensen|personen|arbeiders|werknemers|men|women|guys|people|persons|workers)\b|(?:jaar|years?|yrs)\s+(?:in|here|hier|there|daar|al|lang|long|getrouwd|married|gewerkt|worked|werkzaam|in dienst|employed|ervaring|experience|for|voor)\b)/u;

/** The text after a number tells that it counts or measures something (notAnAge). */
const notAnAgeAfter = (after: string): boolean => COUNT_UNIT_AFTER.test(after) || NOT_AN_AGE_AFTER.test(after);

/** The text around the number at `at` (of `length` digits) tells the time of day (clockTimes.ts). */
const clockHourAt = (plain: string, at: number, length: number): boolean =>
  isClockHour(plain.slice(Math.max(0, at - 12), at), plain.slice(at + length, at + length + 20));
// "als 17-jarige heb ik ...": the writer's age at the time of a story told afterwards, not now.
// (The time of day, "het is nu 7", "om 10", is read by clockTimes.ts.)
// "I live in Nijmegen already 6 years": a stretch of time, as "al 6 jaar" (not "she is already 16").
const NOT_AN_AGE_BEFORE =
  /(?:\d\s+(?:of|or|a|tot|to)|\bals|(?<!\b(?:is|am|are|was|were|turned|hes|shes|im)\s)\balready|\b(?:man|stuk|stuks) of|\bjaar of|\bal|\bsinds|\bfor|\bsince|\bover|\bin|\bna|\bafter|€|\beuro|\bat|\btot|\buntil|\bvoor|\bby|\bnummer|\bnr|\bhuisnummer|\bhace|\bha|\bllev(?:o|a|as|amos|an)|\bmarried|\bgetrouwd|\bworked|\bgewerkt|\blived|\bgewoond|\bacum|\bod|\bprzez|\bdesde|\bdepuis|(?:^|\s)(?:от|за|через|вже|уже|вече|منذ))\s*$/;

/**
 * "een rit van 60", "a fine of 50", "de huur is 45": a number that measures the thing named before
 * it (a distance, a sum, a stretch of time, a ride, a count) is no one's age. Dutch heads may close a
 * compound ("taxirit", "uurloon", "werkdag"); "uur" stands alone so that "buur" stays a person.
 */
const MEASURE_HEADS_NL =
  '[a-z]*(?:(?<!b)rit|ritje|ritten|briefje|briefjes|biljet|biljetten|reis|reisje|tocht|afstand|boete|schuld|schulden|bedrag|prijs|loon|salaris|huur|dienst|diensten|shift|dag|dagen|week|weken|maand|maanden|termijn|som|lening|rekening|factuur|kosten|vlucht|snelheid|gewicht|pakket|contract|fooi|voorschot|borg|bonus|premie|toeslag|uitkering|cijfer|score|koorts|temperatuur|totaal|maximum|minimum|gemiddelde|straf|kilometer|kilometers)';
const MEASURE_WORDS_EN =
  '(?:notes|banknotes|ride|rides|trip|trips|drive|journey|flight|distance|fine|fines|debt|debts|amount|price|wage|wages|salary|pay|rent|fee|fees|loan|sum|bill|cost|costs|tip|deposit|advance|bonus|shift|shifts|day|days|week|weeks|month|months|speed|weight|temperature|fever|score|grade|total|maximum|minimum|average|sentence|penalty|payment|fare|charge|uur|uren|minuten|euro|km)';
// A group, a team or a room counts heads after "van" and "of" only: "the girl in my group is 15" is an age.
const COUNT_HEADS = '[a-z]*(?:groep|ploeg|kamer|busje|team|group|crew|room)';
const MEASURED = new RegExp(
  `(?:^|[^a-z])(?:(?:${MEASURE_HEADS_NL}|${MEASURE_WORDS_EN})\\s+(?:van|of|is|was|bedraagt|bedroeg|kost|kostte|costs?|is about|was about|of about)|${COUNT_HEADS}\\s+(?:van|of))\\s+(?:maar|slechts|ruim|bijna|only|just|almost|over|nog)?\\s*$`,
);

/**
 * "een vriend van", "a man of", "een oudere jongen van": a person the story brings in, before their
 * age. A pupil, a girl, a child or a client brought in that way ("een leerling van 15 ... haar
 * 'vriend' van 23") is the person the worry is about, not a second person.
 */
const INTRODUCED = /\b(?:een|a|an)\s+(?:[a-z]+\s+){0,2}(?:van|of|aged?)\s*$/;
const CONCERN_INTRODUCED =
  /\b(?:leerling\w*|scholier\w*|pupil|student|meisje|meid|girl|kind|child|dochter|daughter|zoon|son|nichtje|neefje|niece|nephew|client\w*|patient\w*|minderjarige)\s+(?:van|of|aged?)\s*$/;

/**
 * "ze heeft een vriendje van 23", "haar baas is 40", "een oudere man van 35", "her boyfriend is 23":
 * the age of the one who does it to the person of concern (a "boyfriend", a pimp, a boss, an older
 * man), never that person's own. Said with "mijn", the friend may be the worry itself, so not then.
 * The one the person works for ("hij werkt voor een gozer van 23", "she works for a guy of 30") is
 * such a doer too (round 37), and so is the older one told of with "hij" after him ("ze heeft zon
 * oudere gast, hij is 23 ofzo", "an older guy, he is 30": her age is still to come; round 38, minor38
 * and repeat38 alike).
 */
const DOER_INTRODUCED =
  /\b(?:(?:een|a|an)\s+(?:[a-z]+\s+)?(?:vriend|vriendje|boyfriend|bf|loverboy|pooier|pimp)|(?:een|a|an|de|the|die|that|zon|such an?)\s+(?:veel\s+|much\s+|wat\s+)?(?:oudere|older)\s+(?:man|jongen|guy|vent|kerel|boy|vriend|vriendje|boyfriend|gast|gozer|dude)|(?:haar|zijn|zn|her|his|dr|der|hun|their)\s+(?:[a-z]+\s+)?(?:vriend|vriendje|boyfriend|bf|loverboy|pooier|pimp|baas|bazin|boss|werkgever|employer|eigenaar|owner|manager|husband|man|echtgenoot|kerel|vent|guy|partner)|(?:werkt|werken|werkte|werk|rijdt|loopt|works|working|worked|runs|running)\s+(?:[a-z]+\s+)?(?:voor|for)\s+(?:een|a|an|de|the|die|that)\s+(?:[a-z]+\s+)?[a-z]+)\s*,?\s+(?:(?:hij|he|die|who)\s+)?(?:van|of|aged?|is|was|(?:is|was) (?:al|nu|now|already|pas|just))\s*$/;

/**
 * "Ze heeft een vriendje, zegt ze. Hij is 19", "ze heeft zon vriendje hij is 23 ofz": a man brought
 * into her story (a boyfriend, a guy, an older man), then "hij is" with an age. The story is hers
 * ("ze", "zij", "she", "haar", "her" in the message); "hij" is the man just introduced, and the age
 * is his. A story about a boy ("mijn zoon … hij is 15") has no "she" and keeps its age.
 */
const HE_IS = /\b(?:hij|he|hes)\s+(?:is\s+|was\s+)?(?:al\s+|pas\s+|nu\s+|now\s+|just\s+|already\s+)?$/;
const MAN_BROUGHT_IN =
  /\b(?:een|a|an|zon|such an?|haar|her|dr|der)\s+(?:\w+\s+){0,2}?(?:vriend|vriendje|boyfriend|bf|loverboy|pooier|pimp|gast|gozer|vent|kerel|guy|dude|man)\b/;
const SHE = /\b(?:ze|zij|she|haar|her)\b/;

function heIsTheDoer(plain: string, at: number): boolean {
  if (!HE_IS.test(plain.slice(Math.max(0, at - 24), at))) return false;
  return MAN_BROUGHT_IN.test(plain.slice(0, at)) && SHE.test(plain);
}

/** The message says the age of a doer (DOER_INTRODUCED), which the model reads as the person's. */
function doersAgeSaid(plain: string): boolean {
  return [...plain.matchAll(/\b\d{1,2}\b/g)].some(
    (m) => DOER_INTRODUCED.test(plain.slice(Math.max(0, m.index - 48), m.index)) || heIsTheDoer(plain, m.index),
  );
}

const AGE_PATTERNS: readonly RegExp[] = [
  // "15 jaar", "15 jr", "15-jarige", "15 years old", "15yo", "15 y/o", "19 years", "de 16 ani", "на 17"
  /\b(\d{1,2})\s*(?:-\s*)?(?:jaar oud|jaar\b|jr\b|jarige\b|years? old|year-old\b|yrs? old|years?\b|yrs\b|yo\b|y\/o|j\.|(?:de\s+)?ani\b|lat\b|lata\b|eves\b|anos\b|anni\b|ans\b|yas[iı]nda)/g,
  // The answer to "how old" told in passing: "ik vroeg hoe oud hij was en hij zei 16", "how old she
  // is: 16", "asked her age, she said 15".
  /\b(?:hoe oud|how old|(?:her|his|their|haar|zijn) (?:age|leeftijd))\b(?:\s+[a-z]+){0,6}?(?:\s+(?:zei|zegt|said|says|antwoord\w*|answered))?\s*[:,-]?\s+(\d{1,2})\b/g,
  // Scripts other than Latin (diacritics already stripped: "років" → "рокiв", "й" → "и"): "20 лет",
  // "на 20 години", "20 років", "عمرها 20 سنة"; JavaScript's \b knows only Latin letters.
  /(?<![\p{L}\p{N}])(\d{1,2})\s*(?:-\s*)?(?:лет|года?|годик\p{L}*|години|годинк\p{L}*|рок[іi]в|роки|рiк|рік|سن\p{L}*|عام\p{L}*|اعوام)(?![\p{L}])/gu,
  // "тя е на 17" (Bulgarian: she is at 17), "عمري 20" (Arabic: my age 20), "їй 22", "ему 17"
  // (Ukrainian and Russian: to her 22, to him 17; "й" is "и" once normalised).
  /(?:^|\s)(?:е на|عمر\p{L}*|іи|ии|иому|еи|ему|мені|мне)\s+(\d{1,2})(?!\p{N})/gu,
  // "van 15", "is 15", "ben 16", "aged 14", "im 15", "hes 15", "(15)", "nu 20", "maybe 17", "of 14"
  /\b(?:van|is|ben|bent|wordt|word|werd|pas|net|amper|nog maar|maar|aged?|im|i am|she is|he is|shes|hes|is only|just turned|leeftijd|nu|now|of|na)\s+(\d{1,2})\b/g,
  /\b(?:ben|is|bent|was|am)\s+(?:ik|hij|ze|zij|je|i|he|she)\s+(?:nu\s+|now\s+|pas\s+|net\s+)?(\d{1,2})\b/g,
  // The age the person gives, in the writer's words: "Syrische jongen, hij zegt 16", "she says 15".
  /\b(?:hij|ze|zij|he|she|hes|shes)\s+(?:zegt|zei|says|said|claims|claimed)\s+(?:(?:dat\s+)?(?:hij|ze|zij|he|she|hes|shes)\s+(?:is\s+|was\s+)?)?(\d{1,2})\b/g,
  // The Dutch verb-final clause: "ze zei dat ze 15 is", "omdat hij pas 16 is", "een geboortedatum
  // waarmee ze 17 is", "zodat hij pas 16 is" (repeat38).
  /\b(?:dat|omdat|want|waarmee|waardoor|zodat|terwijl|hoewel)\s+(?:ik|ze|zij|hij|die)\s+(?:nu\s+|pas\s+|net\s+|nog maar\s+|al\s+)?(\d{1,2})\s+(?:is|ben|wordt)\b/g,
  /\((?:nu\s+|now\s+)?(\d{1,2})\s*[),]/g,
  // "mijn zus 16 zit...", "neighbours son, 16, suddenly", "16, she is in 4 havo", "I am from the Philippines, 38."
  /(?:^|,)\s*(\d{1,2})\s*(?:,|[.!](?:\s|$)|$)/g,
  /\b(?:zus|zusje|broer|broertje|dochter|zoon|nicht|nichtje|neef|neefje|sister|brother|daughter|son|niece|nephew|cousin|girl|boy|meisje|jongen|client|cliente|student|leerling|pupil)\s+(\d{1,2})\b/g,
];

/**
 * Romanian says an age and a stretch of time with the same "de N ani": "o fată de 15 ani", "fiica
 * mea de 15 ani" (a girl, my daughter of 15) against "lucrez aici de 15 ani" (I have worked here for
 * 15 years). It is an age only after the person it belongs to.
 */
const ROMANIAN_PERSON_BEFORE_DE =
  /^(?:fata|fete|fetita|fetite|baiat|baiatul|baiet\p{L}*|copil|copilul|copii|fiica|fiul|femeie|femeia|barbat|barbatul|tanar|tanara|tanarul|tinerul|tinera|sora|fratele|frate|nepoata|nepotul|verisoara|verisorul|sotia|sotul|prietena|prietenul|iubitul|iubita|colega|colegul|vecina|vecinul|minor|minora|persoana|om|muncitor|muncitoare|mea|meu|mei|mele|lui|ei|lor)$/u;

function romanianStretchOfTime(plain: string, at: number, after: string): boolean {
  if (!/^\s*ani\b/.test(after)) return false;
  const de = /(\p{L}+)\s+de\s*$/u.exec(plain.slice(Math.max(0, at - 40), at));
  return de !== null && !ROMANIAN_PERSON_BEFORE_DE.test(de[1]!);
}

/** An age said in so many words, 5..99; with `bare`, a message that is only a number is one. */
export function readAge(text: string, bare: boolean): number | null {
  // Apostrophes out ("he's" → "hes", "zo'n" → "zon"); the patterns are written that way.
  // Arabic-Indic and Persian digits ("٢٠ سنة") as the digits the patterns read.
  const plain = text.replace(/'/g, '').replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
  const only = /^\s*(\d{1,2})\s*[.!]?\s*$/.exec(plain);
  if (only) return valid(Number(only[1]));
  if (bare) {
    const m = /^\D{0,12}?(\d{1,2})\D{0,24}$/.exec(plain.trim());
    const at = m ? plain.indexOf(m[1]!) : -1;
    if (
      m &&
      !notAnAgeAfter(plain.slice(at + m[1]!.length)) &&
      !partOfLargerNumber(plain, at, m[1]!.length) &&
      !clockHourAt(plain, at, m[1]!.length)
    )
      return valid(Number(m[1]));
  }
  let best: { at: number; age: number; now: boolean; another: boolean } | null = null;
  for (const re of AGE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(plain)) !== null) {
      const at = m.index + m[0].lastIndexOf(m[1]!);
      const after = plain.slice(at + m[1]!.length, at + m[1]!.length + 16);
      const before = plain.slice(Math.max(0, at - 12), at);
      if (notAnAgeAfter(after) && !/^\s*(?:jaar oud|years? old)\b/.test(after)) continue;
      if (partOfLargerNumber(plain, at, m[1]!.length)) continue;
      if (NOT_AN_AGE_BEFORE.test(before) || clockHourAt(plain, at, m[1]!.length)) continue;
      if (romanianStretchOfTime(plain, at, after)) continue;
      // "16 misschien, misschien 20": a guess, never an age fact (estimatedMinor reads guesses).
      if (/^\s*,?\s*(?:misschien|maybe)\b/.test(after)) continue;
      if (MEASURED.test(plain.slice(Math.max(0, at - 48), at))) continue;
      const age = valid(Number(m[1]));
      if (age === null) continue;
      // "ik was 14 ... nu ben ik 18": the age now wins over an earlier one.
      const now = /\b(?:nu|now)\b[^.!?]{0,12}$/.test(plain.slice(Math.max(0, at - 16), at));
      // "mn vriendin heeft een vriend van 19 en ze is 14": an age after "een vriend van" belongs to
      // a second person brought in by the story; another age in the message is the one it is about.
      const lead = plain.slice(Math.max(0, at - 32), at);
      if (DOER_INTRODUCED.test(plain.slice(Math.max(0, at - 48), at)) || heIsTheDoer(plain, at)) continue;
      const another = INTRODUCED.test(lead) && !CONCERN_INTRODUCED.test(lead);
      const better =
        best === null ||
        (best.another && !another) ||
        (another === best.another && ((now && !best.now) || (now === best.now && at < best.at)));
      if (better) best = { at, age, now, another };
    }
  }
  return best?.age ?? null;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** "I am sixteen", "ze is zestien": the ages a writer spells out, as digits. */
export function numbersInWords(plain: string): string {
  return plain.replace(/\b[a-z]+\b/g, (w) => (NUMBER_WORDS[w] === undefined ? w : String(NUMBER_WORDS[w])));
}

/**
 * "Het gaat eigenlijk niet om mijn clientje zelf, een jongetje uit groep 3, maar om zijn moeder",
 * "it's not about my pupil but about her mother": the person named between "not about" and "but"
 * is not the one the worry is about.
 */
const NOT_ABOUT =
  /\b(?:gaat|ging|gaan|is|it'?s|it is)\s+(?:(?:eigenlijk|actually|really|echt|nu|hier|dus|so)\s+)?(?:niet|not)\s+(?:om|over|about)\s+([^.!?]{1,90}?)\s*,?\s+(?:maar|but)\s+(?:(?:om|over|about)\s+)?/g;

/**
 * "It's not about my family or anything", "het gaat niet om mijn zus": a person the writer says the
 * worry is not about, with or without whom it is about after "but". The models, reading the relation
 * word, took such a line for a bystander's story.
 */
const DENIED_PERSON =
  /\b(?:gaat|ging|gaan|is|it'?s|it is|its|this is)\s+(?:(?:eigenlijk|actually|really|echt|nu|hier|dus|so)\s+)?(?:niet|not)\s+(?:om|over|about|voor|for)\s+(?:(?:mijn|mn|m'n|my|our|onze|ons|een|a|an)\s+)?(?!(?:mij|me|mezelf|myself)\b)[^.!?,]{1,60}?(?=\s*(?:[.!?,]|$|\s(?:maar|but|or|of)\b))/g;
/** "… maar om mij", "… but about me": the worry is the writer's own after all. */
const BUT_ABOUT_ME = /\b(?:maar|but)\s+(?:(?:het gaat|it'?s|it is)\s+)?(?:om|over|about|voor|for)\s+(?:mij|mezelf|mijzelf|me|myself)\b/;

const BUT_ABOUT_ANOTHER = /\b(?:maar|but)\s+(?:(?:het gaat|it'?s|it is)\s+)?(?:om|over|about)\s+\w+/;

/** Drops the relation and the bystander's role a message read only from a person it keeps its step from. */
function keepFromPerson(plain: string, facts: Partial<ToldFacts>): void {
  if (facts.relation === undefined && facts.aboutWhom !== 'other') return;
  // "kan ik iets vragen zonder dat het naar mijn ouders gaat", "without my teacher finding out": the
  // person the step is kept from (src/nlu/text/keptFrom), whoever it is, is not the one the worry is
  // about (round 40: a teenager's first line read as a worry about the parents).
  const kept = keptFromClauses(plain);
  if (kept.length === 0) return;
  const rest = kept.reduce((text, span) => text.replace(span, ' '), plain);
  if (readRelation(rest, false) !== null || anotherPerson(rest)) return;
  delete facts.relation;
  if (facts.aboutWhom === 'other') delete facts.aboutWhom;
}

/** Drops the relation and the bystander's role a message read only from a person it says the worry is not about. */
function denyPerson(plain: string, facts: Partial<ToldFacts>): void {
  if (!DENIED_PERSON.test(plain)) return;
  DENIED_PERSON.lastIndex = 0;
  const rest = plain.replace(DENIED_PERSON, ' ');
  DENIED_PERSON.lastIndex = 0;
  if (BUT_ABOUT_ME.test(rest)) {
    facts.aboutWhom = 'self';
    delete facts.relation;
    return;
  }
  if (readRelation(rest, false) !== null || anotherPerson(rest)) return;
  delete facts.relation;
  // "… maar om haar vriendin": someone else after all, whose relation the readers do not know.
  if (facts.aboutWhom === 'other' && !BUT_ABOUT_ANOTHER.test(rest)) delete facts.aboutWhom;
}

export function withoutDeniedPerson(plain: string): string {
  return plain.replace(NOT_ABOUT, (match: string, denied: string) => match.replace(denied, ' '));
}

/** The writer's age with the subject dropped, as young writers chat: "ben 15", "hoi ben 14 jaar", "15 jaar ben ik". */
const OWN_AGE_SUBJECT_DROPPED =
  /(?:^|[.!?,;]\s*|\b(?:hoi|hey|hee|yo|hallo|hi|hello)\s+)ben\s+(?:nu\s+|pas\s+|net\s+)?\d{1,2}\b|\b\d{1,2}\s+(?:jaar\s+)?ben\s+ik\b/;

/**
 * The message says the writer's own age and no one else's, names no one else and tells of no one
 * else: the age read is the writer's.
 */
function youngWriterTellsOwnAge(spoken: string): boolean {
  WRITERS_AGE.lastIndex = 0;
  const own = WRITERS_AGE.test(spoken) || OWN_AGE_SUBJECT_DROPPED.test(spoken);
  WRITERS_AGE.lastIndex = 0;
  if (!own) return false;
  const rest = withoutWritersAge(spoken).replace(OWN_AGE_SUBJECT_DROPPED, ' ');
  return readAge(rest, false) === null && !anotherPerson(spoken) && !worryAboutAnother(spoken) && readRelation(spoken, false) === null;
}

/** "ik ben een opa van 78", "ik ben zelf 19", "I am 45": the writer telling their own age. */
const WRITERS_AGE =
  /\b(?:ik ben|ik ben zelf|i am|im|i'm)\s+(?:(?:een|a|an|zelf|myself|nu|now|al|pas|oude?|old|[a-z]+)\s+){0,3}?(?:van\s+)?\d{1,2}\b/g;

/** "hij is 22", "my bf is 23", "zijn vriend is 19": an age said of someone else than the writer. */
const OTHERS_AGE =
  /\b(?:hij|zij|ze|he|she|hes|shes|(?:my|mijn|mn|his|her|zijn|zn|haar|their|hun)\s+[a-z]+)\s+(?:is|was|is nu|is now|is already|is al)\s+\d{1,2}\b/g;

/**
 * The writer's story without the ages said of others in it, where the writer also tells their own
 * age or names no child or relative whose age it could be: "mijn zoon ... hij is 17" read as the
 * writer's own story by the model is still the son's age.
 */
export function withoutOthersAgeBesideWriter(plain: string): string {
  WRITERS_AGE.lastIndex = 0;
  const writersOwn = WRITERS_AGE.test(plain);
  WRITERS_AGE.lastIndex = 0;
  const relation = readRelation(plain, false);
  if (!writersOwn && relation !== null && !ADULT_ONLY_RELATIONS.has(relation)) return plain;
  return plain.replace(OTHERS_AGE, ' ');
}

export function withoutWritersAge(plain: string): string {
  // Words quoted from someone else ("she said 'I am 16'", "whispered 'please help, I am 17'") are
  // about them, not the writer.
  const quoted = [...plain.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  const inQuote = (at: number) => quoted.some(([from, to]) => at >= from && at < to);
  return plain.replace(WRITERS_AGE, (match, at: number) =>
    inQuote(at) || /['"]\s*$/.test(plain.slice(Math.max(0, at - 3), at)) ? match : ' ',
  );
}

/** "a boy maybe 12", "een jongen van een jaar of 13", "lijkt 14", "ik schat hem 14": a guess, never an age fact. */
const ESTIMATE =
  /\b(?:maybe|about|around|roughly|approx|at most|ongeveer|ong\.?|ca\.?|rond|zon|circa|misschien|een jaar of|eruit als|uitziet als|looks? like|looked like|lijkt wel|lijkt|looks|seems|hooguit|hoogstens|schat (?:ik )?(?:hem|haar|ze|hen)?\s*(?:op)?|guess (?:he is|she is|hes|shes)?)\s*(\d{1,2})\b/;

/** "zo'n 14 namen op de brievenbus", "about 12 addresses": names and addresses counted, never an age. */
const NAMES_COUNTED = /^\s*(?:namen|names|adressen|addresses|brieven|letters|nummers|numbers|bellen|doorbells)\b/;

/**
 * Minority said without an age: a minor or adult word, a range of ages, an estimate, a school. With
 * whether an "under 18" is only the writer's guess (minorGuess.ts): "looks maybe 16", "like 15 or 16".
 */
function minorSaid(spoken: string, facts: Partial<ToldFacts>): { minor: boolean; guessed: boolean } | null {
  const bare = spoken.replace(/'/g, '');
  const cue = readMinor(spoken);
  if (cue !== null) {
    const m = MINOR_CUES.exec(bare);
    return { minor: cue, guessed: cue && m !== null && minorIsGuess(bare, 'cue', { from: m.index, to: m.index + m[0].length }) };
  }
  const range = rangeMinor(spoken);
  if (range !== null) {
    const at = findAgeRange(bare);
    return { minor: range, guessed: range && at !== null && minorIsGuess(bare, 'range', { ...at, age: at.hi }) };
  }
  if (estimatedMinor(spoken) === true) {
    const m = ESTIMATE.exec(bare);
    // The oldest age the guess names ("ziet eruit als 15, misschien 16": 16), up to the sentence's end.
    const reach = m === null ? '' : (/^[^.!?]{0,24}/.exec(bare.slice(m.index + m[0].length))?.[0] ?? '');
    const ages = [m?.[1], ...(reach.match(/\b\d{1,2}\b/g) ?? [])].map(Number).filter((n) => n < 18);
    const span = m === null ? undefined : { from: m.index, to: m.index + m[0].length, age: Math.max(...ages) };
    return { minor: true, guessed: minorIsGuess(bare, 'estimate', span) };
  }
  return schoolMinor(spoken, facts) === true ? { minor: true, guessed: minorIsGuess(bare, 'school') } : null;
}

/** A guessed age well under 18 still tells that the person is a minor. */
export function estimatedMinor(text: string): boolean | null {
  const plain = text.replace(/'/g, '');
  const m = ESTIMATE.exec(plain);
  if (!m) return null;
  // "hij komt rond 11 uur", "around 10 tonight": an hour guessed, not an age.
  const at = m.index + m[0].length - m[1]!.length;
  const after = plain.slice(at + m[1]!.length, at + m[1]!.length + 16);
  if (notAnAgeAfter(after) || NAMES_COUNTED.test(after) || clockHourAt(plain, at, m[1]!.length)) return null;
  const n = Number(m[1]);
  return n >= 5 && n <= 16 && !adultInGuess(plain, at) ? true : null;
}

/**
 * "16 misschien, misschien 20", "maybe 16 or 20": the guess around `at` also reaches an adult age.
 * Only in the guess's own sentence: "ik schat 15. Ze komt met een man van een jaar of 35" guesses
 * the age of a second person there, not a wider guess of the first.
 */
function adultInGuess(plain: string, at: number): boolean {
  const start = Math.max(0, at - 40);
  const lead = plain.slice(start, at);
  const sentenceStart = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('! '), lead.lastIndexOf('? '));
  const rest = plain.slice(at, at + 60);
  const sentenceEnd = /[.!?](?:\s|$)/.exec(rest);
  const around = plain.slice(sentenceStart < 0 ? start : start + sentenceStart + 1, sentenceEnd ? at + sentenceEnd.index : at + 60);
  return [
    ...around.matchAll(
      /\b(?:maybe|misschien|of|or|tot|to|en|and)\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:maybe|misschien)\b|\b\d{1,2}\s*[/-]\s*(\d{1,2})\b/g,
    ),
  ].some((x) => Number(x[1] ?? x[2] ?? x[3]) >= 18);
}

/** The age is guessed, and the guess reaches 18 or more: no minor, whatever the words around it suggest. */
export function guessReachesAdult(text: string): boolean {
  const plain = text.replace(/'/g, '');
  const m = ESTIMATE.exec(plain);
  const range = guessedAgeRange(plain);
  return (m !== null && adultInGuess(plain, m.index + m[0].length - m[1]!.length)) || (range !== null && range[1] >= 18);
}

/**
 * An age guessed as a range: "tussen de 20 en 40", "schatting 15-17", "zo'n 16 of 17 jaar", "could be
 * 17 could be 25", "misschien 16, misschien 20". The bounds, or null where no range of ages is said.
 */
const RANGE_BETWEEN = /\b(?:tussen (?:de )?|between )(\d{1,2}) (?:en|and|tot|to) (\d{1,2})\b/g;
const RANGE_GUESSED =
  /\b(?:schat\w*|ongeveer|zon|rond|rond de|circa|misschien|maybe|about|around|like|roughly|looks?|looked|lijkt|lijken|denk|think|guess|leeftijd|age|aged)\s+(?:ik\s+|i\s+|hem\s+|haar\s+|ze\s+|them\s+|is\s+|op\s+|de\s+)*(\d{1,2})\s*(?:-|–|\/|tot|to|of|or)\s*(\d{1,2})\b|\b(\d{1,2})\s*(?:-|–|\/|tot|to|of|or)\s*(\d{1,2})\s*(?:jaar|jr|years?|yrs|ofzo|or so)\b/g;
/** "12, 13 misschien", "15 or 16 maybe": two ages, then the guess word. */
const RANGE_THEN_GUESS =
  /\b(\d{1,2})\s*(?:,|-|–|\/|of|or|a|à)\s*(\d{1,2})\s*,?\s+(?:misschien|maybe|ofzo|or so|denk ik|i think|i guess|schat ik)\b/g;
const RANGE_TWICE =
  /\b(?:could be|might be|kan|misschien|maybe)\s+(\d{1,2})\b[^.!?\d]{1,30}?\b(?:could be|might be|kan|misschien|maybe|of|or)\s+(?:ook\s+|even\s+|also\s+)?(\d{1,2})\b/g;

export function guessedAgeRange(text: string): readonly [number, number] | null {
  const found = findAgeRange(text.replace(/'/g, ''));
  return found === null ? null : [found.lo, found.hi];
}

/** Where in the text (without apostrophes) the range of ages stands: its bounds and its span. */
export function findAgeRange(plain: string): { lo: number; hi: number; from: number; to: number } | null {
  for (const re of [RANGE_BETWEEN, RANGE_GUESSED, RANGE_THEN_GUESS, RANGE_TWICE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(plain)) !== null) {
      const [a, b] = m.slice(1).filter((x): x is string => x !== undefined);
      const lo = valid(Number(a));
      const hi = valid(Number(b));
      const end = m.index + m[0].length;
      // "tussen 8 en 10 uur", "between 20 and 30 euro": a time or a sum, not ages.
      if (lo === null || hi === null || hi < lo || notAnAgeAfter(plain.slice(end, end + 16))) continue;
      return { lo, hi, from: m.index, to: end };
    }
  }
  return null;
}

/** Under 18 where the guessed range stays under it, adult where it starts at 18; null where it spans both. */
export function rangeMinor(text: string): boolean | null {
  const range = guessedAgeRange(text);
  if (range === null) return null;
  if (range[1] < 18) return true;
  return range[0] >= 18 ? false : null;
}

/**
 * "ik koop al 15 jaar bij hem", "woon hier al 12 jaar", "for 12 years", "15 jaar geleden": a stretch
 * of time, which the model, reading "15 jaar" as it reads an age, took for a teenager (safety20: two
 * minor guidances to adults on the tuning sets). Only a number a minor could be counts.
 */
const STRETCH_OF_TIME =
  /\b(?:al|sinds|since|for|already|ruim|bijna|na|after|afgelopen|past|last|over)\s+(?:[a-z]+\s+)?(\d{1,2})\s*(?:jaar|jr|years?|yrs)\b|\b(\d{1,2})\s*(?:jaar|years?)\s+(?:geleden|ago|lang|long)\b/;

/** A number a teenager could be, said with "jaar" or "years" as a stretch of time (read where no age was). */
export function stretchOfTimeOnly(text: string): boolean {
  const m = STRETCH_OF_TIME.exec(text);
  const n = m ? Number(m[1] ?? m[2]) : NaN;
  return n >= 5 && n < 18;
}

const valid = (n: number): number | null => (Number.isInteger(n) && n >= 5 && n <= 99 ? n : null);

const MINOR_CUES =
  /\b(?:groep [1-8]|brugklas|brugklassers?|(?:[1-6]e|eerste|tweede|derde|vierde|vijfde|zesde) klas|klas [1-6]|(?:havo|vwo|vmbo|mavo|atheneum|gymnasium|vmbo-t|vmbo-k|vmbo-b)[ -]?[1-6]|[1-6][ -]?(?:havo|vwo|vmbo|mavo|atheneum|gymnasium)|middelbare school|basisschool|onderbouw|bovenbouw|minderjarig\w*|onder de 18|nog geen 18|jonger dan 18|tiener\w*|puber\w*|underage|under 18|under eighteen|not yet 18|teen|teens|teenager\w*|year (?:[7-9]|1[0-3])|grade (?:[1-9]|1[0-2])|(?:[5-9]|1[0-2])th grade|high school|middle school|primary school|secondary school|schoolgirl|schoolboy|(?:jo|mo)(?:[7-9]|1[0-9]))\b/;
const ADULT_CUES =
  /\b(?:volwassen\w*|meerderjarig\w*|boven de 18|ouder dan 18|adult|adults|grown(?:-| )up|over 18|older than 18|(?:begin|midden|eind|ergens in de) (?:twintig|dertig|veertig)|twintiger|dertiger|veertiger|in (?:her|his|their) (?:twenties|thirties|forties)|(?:early|mid|late) (?:twenties|thirties|forties))\b/;

/**
 * School said by the place in it rather than the year: "een meisje uit mijn klas", "mijn klasgenoot",
 * "zit in de tweede klas", "wordt bij school opgewacht", "spijbelt", "my classmate", "skips school".
 * Only where the school is the person's (not "op het schoolplein hoorde ik", the writer's). On the labelled
 * sets a classmate or pupil is a minor seven times in eight; the others are at an mbo, a hogeschool,
 * a university or a language course for adults, or were in the class years ago, which the adult
 * words below keep out. Not of a person only adults are to the writer (partner, parent, colleague):
 * a pupil's own mother is no minor for the school words around her.
 */
const SCHOOL_CUES =
  /\b(?:klasgeno\w*|(?:uit|in|van|bij) (?:mijn|mn|m'n|me|onze|ons) klas|bij (?:mij|me|ons) in de klas|(?:zit|zat|zitten) (?:\w+ )?in (?:groep \d|de (?:eerste|tweede|derde|vierde|[1-4]e) klas)|spijbel\w*|classmate\w*|in (?:my|our) class|(?:skips?|skipping|skipped) school|(?:opgewacht|opgehaald) (?:\w+ )?(?:bij|van|na) (?:de )?school|(?:van|bij|na) (?:de )?school (?:\w+ )?(?:opgewacht|opgehaald)|(?:school|schoolhek|schoolplein) (?:\w+ )?(?:opgewacht|opgehaald)|(?:picked up|waited for|waits for|wait for|waiting for) (?:\w+ ){0,2}(?:from|at|after) (?:the )?school|school gate)\b/;
const ADULT_SCHOOL =
  /\b(?:mbo|hbo|roc|uni|universiteit|university|hogeschool|college|studente?n?|students?|cursist\w*|taalschool|taalles|taalcoach|language (?:school|course|class)|inburger\w*|nieuwkomers|newcomers|volwassenen\w*|oud-?klasgeno\w*|former|vroeger|jaren terug|years ago|reunie|reunion)\b/;
const ADULT_ONLY_RELATIONS: ReadonlySet<Relation> = new Set(['partner', 'ex_partner', 'parent', 'colleague']);

export function schoolMinor(plain: string, facts: Partial<ToldFacts>): boolean | null {
  if (facts.relation && ADULT_ONLY_RELATIONS.has(facts.relation)) return null;
  return SCHOOL_CUES.test(plain) && !ADULT_SCHOOL.test(plain) ? true : null;
}

/**
 * "Under age" and "does not go to school (any more)" in the languages labour migrants write in: the
 * rules, not the model, read minority there (extractFacts). Normalised text: no diacritics, "й" as "и".
 */
const OTHER_MINOR_CUES =
  /(?<!\p{L})(?:nieletni\p{L}*|niepelnolet\p{L}*|niepełnolet\p{L}*|nie chodzi do szkol\p{L}*|nie chodzi juz do szkol\p{L}*|minora|minori|minorul|nu (?:mai )?merge la scoala|menor(?:es)? de edad|no va (?:a la escuela|al colegio)|menor(?:es)? de idade|nao vai (?:a|mais a) escola|неповнолітн\p{L}*|несовершеннолетн\p{L}*|непълнолетн\p{L}*|не ходить до школи|не ходит в школу|не ходи на училище|resit olmayan|okula gitmiyor|okula gitmiyorlar|kiskoru\p{L}*|nem jar iskolaba|قاصر\p{L}*|لا (?:يذهب|تذهب) الى المدرسة)(?!\p{L})/u;

const SUPPOSED = /\b(?:stel dat|stel je voor dat|wat als|als|mocht|indien|if|what if|suppose|supposing|in case)\s+(?:[a-z]+\s+){0,3}$/;

/** Minority said without a number: a school year, "minderjarig", "volwassen". */
export function readMinor(plain: string): boolean | null {
  if (OTHER_MINOR_CUES.test(plain)) return true;
  const minor = MINOR_CUES.exec(plain);
  const adult = ADULT_CUES.exec(plain);
  // "stel dat ze echt minderjarig is", "what if she is underage": a supposition, not a minor told.
  const supposed = minor !== null && SUPPOSED.test(plain.slice(Math.max(0, minor.index - 30), minor.index));
  if (minor && !supposed && !/\b(?:niet|not|geen|no longer|niet meer)\s+$/.test(plain.slice(Math.max(0, minor.index - 12), minor.index)))
    return true;
  if (adult && !/\b(?:niet|not|geen|nog niet)\s+$/.test(plain.slice(Math.max(0, adult.index - 12), adult.index))) return false;
  return null;
}

function yesNo(plain: string): boolean | null {
  if (/^\W*(?:ja|jawel|yes|yeah|yep|klopt|zeker)\b/.test(plain)) return true;
  if (/^\W*(?:nee|neen|no|nope|niet)\b/.test(plain)) return false;
  return null;
}
