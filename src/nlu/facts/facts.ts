/**
 * The facts one message tells: about whom, the relation, age or minority, place, and the facts the
 * triage keeps (documents, debts, housing tied to work, free to leave). Who and the relation come
 * from the learned models (a neighbour's son, a girl at the station, a patient: judgement, learned
 * from the labelled corpus); an age, a school year or a place said in so many words is read by the
 * rules below, which win where they speak. When the bot has just asked for one fact
 * (`awaiting`), a bare answer ("15", "in Tiel", "mijn nichtje") is read as that fact.
 */
import type { FactKey, Relation, ToldFacts } from '../../understanding/understanding';
import type { MessageGuess } from '../model/messageModels';
import type { ReadMessage } from '../model/features';
import { normaliseText } from '../../safety/normalise';
import type { Signal } from '../recognizer';

export interface PlaceMatch {
  /** The place as the citizen named it (village, neighbourhood, town). */
  place: string;
  /** Official municipality name. */
  municipality: string;
  /** The Veilig Thuis region (veiligheidsregio) it belongs to, when known. */
  region: string | null;
}

/** Finds the Dutch place a text names (the shared gazetteer); null when it names none. */
export interface PlaceFinder {
  find(text: string): PlaceMatch | null;
}

export const NO_PLACES: PlaceFinder = { find: () => null };

export type Awaiting = FactKey | 'dangerCheck' | null | undefined;

export interface FactSources {
  text: string;
  read: ReadMessage;
  guess: MessageGuess;
  signals: readonly Signal[];
  awaiting: Awaiting;
}

/** Model answers below this probability are not told facts. */
const MODEL_CONFIDENCE = 0.5;

export function extractFacts(sources: FactSources, places: PlaceFinder): Partial<ToldFacts> {
  const { text, guess, signals, awaiting } = sources;
  const facts: Partial<ToldFacts> = {};
  const plain = normaliseText(text);

  if (guess.aboutWhom.aboutWhom && guess.aboutWhom.score >= MODEL_CONFIDENCE) facts.aboutWhom = guess.aboutWhom.aboutWhom;
  if (guess.relation.relation && guess.relation.score >= MODEL_CONFIDENCE) facts.relation = guess.relation.relation;
  else {
    const named = readRelation(plain, awaiting === 'relation');
    if (named) facts.relation = named;
  }
  if (facts.aboutWhom === 'self') delete facts.relation;

  const age = readAge(plain, awaiting === 'age');
  if (age !== null) {
    facts.age = age;
    facts.minor = age < 18;
  } else {
    const told = readMinor(plain);
    if (told !== null) facts.minor = told;
    else if (guess.minor.minor !== null && guess.minor.score >= MODEL_CONFIDENCE) facts.minor = guess.minor.minor;
  }
  if (awaiting === 'minor' && facts.minor === undefined) {
    const answer = yesNo(plain);
    if (answer !== null) facts.minor = answer;
  }

  const place = places.find(text);
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
  return facts;
}

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
  [/^(?:vriendin|beste|maat|friend|mate|buddy|bestie|bff|homie)$/, 'friend'],
  [/^(?:klasgeno\w*|classmate\w*)$/, 'classmate'],
  [/^(?:buurman|buurvrouw|buren|buurmeisje|buurjongen|neighbou?rs?)$/, 'neighbour'],
  [/^(?:collega\w*|colleague\w*|coworker\w*|co-worker\w*)$/, 'colleague'],
  [/^(?:leerling\w*|pupil\w*|scholier\w*|students?)$/, 'pupil'],
  [/^(?:client\w*|patient\w*|patients?|klant)$/, 'client'],
  [/^(?:kennis|kennissen|acquaintance|huisgeno\w*|flatmate|roommate|housemate|kamergeno\w*)$/, 'acquaintance'],
];

/** A relation said with a possessive: "mijn nichtje", "my little brother", "onze buurvrouw". */
export function readRelation(plain: string, bare: boolean): Relation | null {
  const words = plain.match(/[\p{L}\p{N}'-]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const possessive = /^(?:mijn|mn|m'n|onze|ons|my|our)$/.test(words[i]!);
    if (!possessive && !(bare && i === 0)) continue;
    // "my little sister", "mijn jongste dochter": up to two words between.
    for (let j = possessive ? i + 1 : i; j <= i + 3 && j < words.length; j++) {
      const found = RELATION_WORDS.find(([re]) => re.test(words[j]!));
      if (found) return found[1];
    }
  }
  return null;
}

const NOT_AN_AGE_AFTER =
  /^\s*(?:euro|eur|€|uur|u\b|hours?|hrs?|uren|min|minuten|minutes|km|kilo|kg|%|procent|percent|man|mensen|people|keer|times|dagen|days|weken|weeks|maanden|months|klanten|clients|jaar geleden|years ago|jaar lang|years long)/;
const NOT_AN_AGE_BEFORE =
  /(?:\bal|\bsinds|\bfor|\bsince|\bover|\bin|\bna|\bafter|€|\beuro|\bom|\bat|\btot|\buntil|\bvoor|\bby|\bnummer|\bnr|\bhuisnummer)\s*$/;

const AGE_PATTERNS: readonly RegExp[] = [
  // "15 jaar", "15 jr", "15-jarige", "15 years old", "15yo", "15 y/o"
  /\b(\d{1,2})\s*(?:-\s*)?(?:jaar oud|jaar\b|jr\b|jarige|years? old|year-old|yrs? old|yo\b|y\/o|j\.)/g,
  // "van 15", "is 15", "ben 16", "aged 14", "i'm 15", "she's 15", "(15)"
  /\b(?:van|is|ben|bent|wordt|word|werd|pas|net|amper|nog maar|maar|aged?|im|i am|she is|he is|shes|hes|is only|just turned|leeftijd)\s+(\d{1,2})\b/g,
  /\((\d{1,2})\)/g,
];

/** An age said in so many words, 5..99; with `bare`, a message that is only a number is one. */
export function readAge(plain: string, bare: boolean): number | null {
  if (bare) {
    const m = /^\D{0,12}?(\d{1,2})\D{0,24}$/.exec(plain.trim());
    if (m && !NOT_AN_AGE_AFTER.test(plain.slice(plain.indexOf(m[1]!) + m[1]!.length))) return valid(Number(m[1]));
  }
  let best: { at: number; age: number } | null = null;
  for (const re of AGE_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(plain)) !== null) {
      const at = m.index + m[0].lastIndexOf(m[1]!);
      const after = plain.slice(at + m[1]!.length, at + m[1]!.length + 16);
      const before = plain.slice(Math.max(0, at - 12), at);
      if (NOT_AN_AGE_AFTER.test(after) && !/^\s*(?:jaar oud|years? old)/.test(after)) continue;
      if (NOT_AN_AGE_BEFORE.test(before)) continue;
      const age = valid(Number(m[1]));
      if (age !== null && (best === null || at < best.at)) best = { at, age };
    }
  }
  return best?.age ?? null;
}

const valid = (n: number): number | null => (Number.isInteger(n) && n >= 5 && n <= 99 ? n : null);

const MINOR_CUES =
  /\b(?:groep [1-8]|brugklas|brugklasser|(?:[1-6]e|eerste|tweede|derde|vierde|vijfde|zesde) klas|klas [1-6]|(?:havo|vwo|vmbo|mavo|atheneum|gymnasium|vmbo-t|vmbo-k|vmbo-b)[ -]?[1-6]|middelbare school|basisschool|onderbouw|bovenbouw|minderjarig\w*|onder de 18|nog geen 18|jonger dan 18|tiener\w*|puber\w*|underage|under 18|under eighteen|not yet 18|teen|teens|teenager\w*|year (?:[7-9]|1[0-3])|grade (?:[1-9]|1[0-2])|(?:[5-9]|1[0-2])th grade|high school|middle school|primary school|secondary school|schoolgirl|schoolboy)\b/;
const ADULT_CUES = /\b(?:volwassen\w*|meerderjarig\w*|boven de 18|ouder dan 18|adult|adults|grown(?:-| )up|over 18|older than 18)\b/;

/** Minority said without a number: a school year, "minderjarig", "volwassen". */
export function readMinor(plain: string): boolean | null {
  const minor = MINOR_CUES.exec(plain);
  const adult = ADULT_CUES.exec(plain);
  if (minor && !/\b(?:niet|not|geen|no longer|niet meer)\s+$/.test(plain.slice(Math.max(0, minor.index - 12), minor.index))) return true;
  if (adult && !/\b(?:niet|not|geen|nog niet)\s+$/.test(plain.slice(Math.max(0, adult.index - 12), adult.index))) return false;
  return null;
}

function yesNo(plain: string): boolean | null {
  if (/^\W*(?:ja|jawel|yes|yeah|yep|klopt|zeker)\b/.test(plain)) return true;
  if (/^\W*(?:nee|neen|no|nope|niet)\b/.test(plain)) return false;
  return null;
}
