/**
 * The facts a message adds, read against the story told so far: who it is about and how old they
 * are belong to the story, not to every sentence in it. The writer's own age ("ik ben 45") says
 * nothing about the daughter, pupil or neighbour the worry is about; a relative named inside the
 * writer's own story is someone in it, not the new subject; a settled role changes only where a
 * message says so outright (settledRole.ts). Only "het gaat eigenlijk over mij, ik ben 19" moves the
 * worry, and its age, to the writer. Pure.
 */
import { normaliseText } from '../safety/normalise';
import { numbersInWords, readAge, withoutWritersAge } from '../nlu/facts/facts';
import { ABOUT_ME_AFTER_ALL, ABOUT_SOMEONE_ELSE } from '../nlu/facts/writerRole';
import { tellsMinor } from './minorEvidence';
import { minorTold } from './questionPolicy';
import { keepSettledRole } from './settledRole';
import type { ToldFacts } from '../understanding/understanding';
import type { TriageSummary } from './summary';

/** "ze is 34", "hij is pas 16", "she is 15": an age said of the person in the third person. */
const THIRD_PERSONS_AGE =
  /(?:^|[.,!?]\s*|\b(?:en|and|maar|but)\s+)(?:ze|zij|hij|she|he|shes|hes)\s+(?:is\s+)?(?:nu\s+|now\s+|pas\s+|net\s+|only\s+|just\s+)?(\d{1,2})\b(?!\s*(?:uur|hours?|euro|keer|times|maanden|months|weken|weeks|dagen|days|jaar geleden|years ago))/;

/** The writer telling their own age ("ik ben 35", "I am 35"). */
const WRITERS_AGE_SAID = /\b(?:ik ben|i am|im|i'm)\s+(?:\w+\s+){0,2}?(?:van\s+)?\d{1,2}\b/;

/** "my son is 9", "my son, he is 7", "mijn dochter van 6", "onze zoon (9)": an age said of the writer's child. */
const CHILDS_AGE =
  /\b(?:my|mijn|mn|m'n|our|onze|ons)\s+(?:\w+\s+)?(?:son|daughter|zoon|dochter|dochtertje|zoontje|kind|kindje|child|baby|boy|girl)\s*,?\s+(?:(?:he|she|hij|zij|ze)\s+)?(?:is\s+|van\s+|of\s+|\(\s*)?(\d{1,2})\b/;

/** "with my son, he is 7", "we hebben een zoontje van 3", "I have son 11 here": the age of a child who is with the writer. */
const ACCOMPANYING_CHILD =
  /\b(?:with|met|me and|ik en|we have|we hebben|i have|ik heb)\s+(?:(?:my|mijn|mn|m'n|our|onze|ons|een|a)\s+)?(?:\w+\s+)?(?:son|daughter|zoon|zoontje|dochter|dochtertje|kind|kindje|child|baby)\s*,?\s+(?:(?:he|she|hij|zij|ze)\s+)?(?:is\s+|van\s+|of\s+|\(\s*)?(\d{1,2})\b/;

function accompanyingChildsAge(plain: string): number | null {
  const m = ACCOMPANYING_CHILD.exec(plain);
  return m ? Number(m[1]) : null;
}

/** The facts without the "under 18" that only a child with the writer gave ("we hebben een zoontje van 3"). */
function withoutAccompanyingChild(told: Partial<ToldFacts>, plain: string): Partial<ToldFacts> {
  const child = accompanyingChildsAge(plain);
  if (child === null || child >= 5 || told.relation === 'child') return told;
  const { minor: _minor, ...rest } = told;
  return rest;
}

/** "my daughter is in Poland, 8 years old", "mijn zoon woont bij mijn moeder, hij is 9 jaar": an age a few words after the child. */
const CHILDS_AGE_LATER =
  /\b(?:my|mijn|mn|m'n|our|onze|ons|ik heb(?: een)?|heb ik(?: een)?|i have(?: a)?|i got(?: a)?)\s+(?:\w+\s+)?(?:son|daughter|zoon|dochter|dochtertje|zoontje|kind|kindje|child|baby|boy|girl)\b[^.!?\d]{0,40}?\b(\d{1,2})\s*(?:years?|yrs?|jaar|jr)\b/;

function childsAge(plain: string): number | null {
  const m = CHILDS_AGE.exec(plain) ?? CHILDS_AGE_LATER.exec(plain);
  return m ? Number(m[1]) : null;
}

/**
 * The facts without an "under 18" that the message's words do not tell (minorEvidence.ts): the
 * model's reading of "kan hij zelf in de problemen komen?", "er komen elke nacht mannen", but also
 * of "een meisje", "de jongens", "a student", "mijn dochter", "one of my pupils", said of young
 * adults as often as of children. Such a minor only points: the dialog asks the age once
 * (`minorOnlyPointed`) instead of giving the help for a child to a girl of 19.
 */
function withoutGuessedMinor(told: Partial<ToldFacts>, plain: string): Partial<ToldFacts> {
  if (!minorOnlyPointed(told, plain)) return told;
  const { minor: _minor, minorGuessed: _guessed, ...rest } = told;
  return rest;
}

/** An "under 18" read from a message (plain text, numbers in words as digits) whose words do not tell it. */
function minorOnlyPointed(told: Partial<ToldFacts>, plain: string): boolean {
  return told.minor === true && (told.age === undefined || told.age === null) && !tellsMinor(plain);
}

/**
 * What the conversation told before this message that bears on an "under 18": a school for children
 * (minorEvidence.ts `tellsOfChildrensSchool`), whose pupils the pointing words then name.
 */
export interface StoryMinorContext {
  childrensSchool?: boolean;
}

/**
 * Whether the message read an "under 18" its words do not tell (see withoutGuessedMinor): the story
 * keeps no minor, and a counsellor would ask the age before the questions for an adult.
 */
export function minorPointedNotTold(told: Partial<ToldFacts>, text: string): boolean {
  return minorOnlyPointed(told, numbersInWords(normaliseText(text)));
}

/**
 * An adult age in a later message of a story whose person was told to be under 18 ("een meisje van
 * 16", then "naar haar 'vriend' in Arnhem, 22 jaar", "een man van een jaar of 35", "op de site staat
 * leeftijd 19") is someone else's age or a false one: the story is still about a minor, and the
 * questions and help stay a minor's. Only the age said of the person themselves ("ze is 19", "ik ben
 * 19" in the writer's own story, "het gaat eigenlijk om mij") corrects it.
 */
function laterAdultAgeOfSomeoneElse(before: TriageSummary, age: number, plain: string): boolean {
  if (age < 18 || !minorTold(before) || ABOUT_ME_AFTER_ALL.test(plain)) return false;
  const own = before.role === 'self' || before.facts.aboutWhom === 'self';
  // (The writer's own age in someone else's story is set aside further on, with the role it read as.)
  if (own || WRITERS_AGE_SAID.test(plain)) return own && !WRITERS_AGE_SAID.test(plain);
  const said = THIRD_PERSONS_AGE.exec(plain);
  return said === null || Number(said[1]) !== age;
}

/**
 * The mirror: an age under 18 in a later message of a story whose person was told to be an adult
 * ("ze is 20", then "ik dacht dat dat alleen met meisjes van 14 gebeurde", "er werken ook jongens van
 * 15") is someone else's age or a general one: the person told of is still the adult, and no help
 * for a child is said to a parent of a woman of 20. Only the age said of the person themselves ("ze
 * is 17", "mijn dochter is 17"), the writer's own or "het gaat eigenlijk om …" corrects it.
 */
function laterMinorAgeOfSomeoneElse(before: TriageSummary, age: number, plain: string): boolean {
  if (age >= 18 || before.facts.age === null || before.facts.age < 18) return false;
  if (ABOUT_ME_AFTER_ALL.test(plain) || ABOUT_SOMEONE_ELSE.test(plain) || WRITERS_AGE_SAID.test(plain)) return false;
  const said = THIRD_PERSONS_AGE.exec(plain);
  if ((said !== null && Number(said[1]) === age) || childsAge(plain) === age) return false;
  // One more person of the story with their age ("haar dochter van 14", "een meisje van 15"): a
  // minor told beside the adult, whom the help for a child is for.
  const one = ONE_PERSON_AGED.exec(plain);
  return one === null || Number(one[1]) !== age;
}

/** One person named with an age ("haar dochter van 14", "een jongen van 15", "a girl of 15"); not a group ("meisjes van 14"). */
const ONE_PERSON_AGED =
  /\b(?:een|haar|zijn|hun|die|dat|de|het|a|an|her|his|their|the|that)\s+(?:\w+\s+)?(?:meisje|jongen|dochter|dochtertje|zoon|zoontje|kind|kindje|zusje|zus|broertje|broer|nichtje|neefje|girl|boy|daughter|son|child|kid|sister|brother)\s+(?:van|of|aged)\s+(?:een jaar of\s+|about\s+|maybe\s+)?(\d{1,2})\b/;

/**
 * The message's facts as the story takes them: without an age (and "about the writer") that only the
 * writer's own age gave while the worry is someone else's, without a role change the message does not
 * say outright, and without the person someone threatens or mentions beside the writer's own story.
 */
export function factsInStory(
  before: TriageSummary,
  told: Partial<ToldFacts>,
  text: string,
  story: StoryMinorContext = {},
): Partial<ToldFacts> {
  const plain = numbersInWords(normaliseText(text));
  // "als ik stop doet hij mn zusje iets aan", "my son is with me": once the writer told their own
  // story (a form or their age is known), a relative named later is someone in it, not whom the
  // worry is about; only "het gaat over mijn zus" makes it someone else's. Their age is not the
  // writer's either. ("ik heb een rare vraag" alone told no story: "mijn neef ..." then is the worry.)
  const ownStoryTold = before.form !== 'unknown' || before.facts.age !== null;
  if (before.role === 'self' && ownStoryTold && told.aboutWhom === 'other' && !ABOUT_SOMEONE_ELSE.test(plain)) {
    const { aboutWhom: _aboutWhom, relation: _relation, age: _age, minor: _minor, ...rest } = told;
    return rest;
  }
  const readAsOwn = told.aboutWhom === 'self';
  told = keepSettledRole(before, told, plain);
  // The mirror: once someone else's story is told (a person named as the worry: "mijn vriendin", "een collega"),
  // a later message in the first person ("ze appte 'ze laten me niet weg'", "niet voor mezelf hoor")
  // is the writer speaking in that story, not their own; only "het gaat eigenlijk om mij" makes it theirs.
  // (A relation named alone, "ziet mn moeder dit?", tells no one else's story; nor does a role read
  // from the writer's introduction before any story.)
  const othersStoryTold =
    (before.role === 'other' && before.facts.aboutWhom === 'other' && before.facts.relation !== null) ||
    (before.role === 'professional' && before.form !== 'unknown');
  // (A writer telling their own age is dealt with below: under 18, the help for a minor is the safe side.)
  if (othersStoryTold && readAsOwn && !ABOUT_ME_AFTER_ALL.test(plain) && !WRITERS_AGE_SAID.test(plain)) {
    const { aboutWhom: _aboutWhom, ...rest } = told;
    told = rest;
    // "ze is 34. ik woon hier al 10 jaar": read as the writer's own story, the message lost the age
    // said of "ze" (an age beside the writer's is someone else's there); in the story told, "ze" is
    // the person the worry is about.
    const theirs = THIRD_PERSONS_AGE.exec(plain);
    if (theirs && (told.age === undefined || told.age === null) && before.facts.age === null) {
      const age = Number(theirs[1]);
      if (age >= 5 && age <= 99) told = { ...told, age, minor: age < 18 };
    }
  }
  if (told.age === undefined || told.age === null)
    return told.minor === true
      ? withoutAccompanyingChild(story.childrensSchool === true ? told : withoutGuessedMinor(told, plain), plain)
      : told;
  if (laterAdultAgeOfSomeoneElse(before, told.age, plain) || laterMinorAgeOfSomeoneElse(before, told.age, plain)) {
    const { age: _age, minor: _minor, ...rest } = told;
    return rest;
  }
  // The writer's own age, told in their own story, does not change in a chat: a later number that
  // does not say "ik ben …" is someone else's or something else ("ik ben 19" then "mn zusje is 12").
  const writersOwn = before.facts.aboutWhom === 'self' || before.role === 'self';
  if (
    writersOwn &&
    before.facts.age !== null &&
    told.age !== before.facts.age &&
    !WRITERS_AGE_SAID.test(plain) &&
    !ABOUT_ME_AFTER_ALL.test(plain)
  ) {
    const { age: _age, minor: _minor, ...rest } = told;
    return rest;
  }
  // "hey ik ben 14 en het gaat over mn zus": the message itself says whom the worry is about.
  if (ABOUT_SOMEONE_ELSE.test(plain) && !ABOUT_ME_AFTER_ALL.test(plain) && readAge(withoutWritersAge(plain), false) === null) {
    const { age: _age, minor: _minor, ...rest } = told;
    return { ...rest, aboutWhom: 'other' };
  }
  // "I came from Kharkiv with my son, he is 7", "we hebben een zoontje van 3": a child who is with
  // the writer, named beside the story; the worry is not the child's exploitation.
  if (accompanyingChildsAge(plain) === told.age) {
    const { age: _age, minor: _minor, relation, ...rest } = told;
    return relation === 'child' || relation === undefined ? rest : { ...rest, relation };
  }
  // "I lose my protection status? my son is 9": the worry is the writer's own, the age their child's.
  // So too once the conversation is the writer's own (a colleague named in it does not make it
  // someone else's): "ik heb dochter in Polen, 6 jaar. Voor haar ik blijf".
  const ownConversation = before.role === 'self' || (told.aboutWhom === 'self' && before.facts.aboutWhom !== 'other');
  if (ownConversation && childsAge(plain) === told.age && !WRITERS_AGE_SAID.test(plain)) {
    const { age: _age, minor: _minor, ...rest } = told;
    return rest;
  }
  // A writer under 18 giving their age most likely writes about themselves, and the help for a
  // minor is the safe side: only an adult writer's age is set aside.
  if (told.age < 18) return told;
  // A relation named alone ("ziet mn moeder dit?") is not yet a worry about someone else.
  if (before.facts.aboutWhom !== 'other' && before.facts.aboutWhom !== 'professional') return told;
  if (ABOUT_ME_AFTER_ALL.test(plain)) return told;
  // Another age in the message ("ik ben 45 en mijn dochter is 15") still counts.
  if (readAge(withoutWritersAge(plain), false) !== null) return told;
  // "ik ben 45" reads as a message about the writer; it is the writer speaking, the worry stays.
  const { age: _age, minor: _minor, ...rest } = told;
  if (rest.aboutWhom === 'self') delete rest.aboutWhom;
  return rest;
}
