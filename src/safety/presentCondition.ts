/**
 * A present condition told now, not danger at this moment (round 37, present37). "Nu zeggen ze dat
 * ik 2000 euro schuld heb", "now he say the room cost more", "nu 4 maand niet terug" tell where the
 * story stands today: a debt, a demand for money, papers or pay kept, a rule of the work or the
 * house. They are in the present tense and often carry a "now", but nothing in them happens to
 * anyone at this moment. Danger now is an event joined to such a condition: someone held, hurt or
 * threatened, a weapon, care withheld, a time of today or a deadline "or else", a child, a cry for
 * help, or a consequence made conditional on the writer ("als ik niet betaal ...", "if I say no ...",
 * "... anders ...") or the veiled threat of knowing where someone lives.
 *
 * The reading is of the message's structure: what the situations it names are (only the condition's
 * own kinds), whether anything is joined to them (another situation, a conditional clause, a
 * "they know where"), and where its marks of now stand (in a clause that tells the condition or a
 * habit, in a demand told, "nu zegt hij dat ik moet ...", or beside a duration, "nu 4 maanden",
 * which is how long the condition has lasted: aspect, not a moment). It sits beside the screen's story-now sentences (screen.ts `nowOfAnEvent`, screen27 and
 * calm32), which only keep a "now" from counting as an event; this one tells that the whole message
 * is the condition and nothing beyond it, which the turn rules use to leave a later turn without 112
 * or the danger question (turnContext.ts `calmByThePresentCondition`).
 *
 * Pure: reads the reader's hits and tokens, never the text.
 */
import type { ReadMessage } from '../nlu/model/reader';
import type { ConceptHit } from '../nlu/text/concepts';
import { isBoundary } from '../nlu/text/analyse';
import type { DistanceConcept, SituationConcept } from './situations';

/**
 * The kinds a present condition is made of: money owed, asked or held, papers or a phone kept,
 * something taken or kept, a tie abroad. Every other situation is an event or a person (someone held,
 * hurt, threatened, a child, a time of today, a cry) and is joined danger, never the condition.
 */
const CONDITION_SITUATIONS: ReadonlySet<SituationConcept> = new Set<SituationConcept>([
  'payment',
  'money_means',
  'documents',
  'taken',
  'abroad',
  'phone',
  // A place or means ("the bus", "a flat", "the truck") with no word of wanting to die: no danger now
  // on its own (screen.ts WEAK_SITUATIONS); thoughts of suicide are words of their own, never the condition's.
  'suicide_means',
]);

/** What makes a message a condition at all: a debt or pay, money or papers kept, a standing condition of work or housing. */
const CONDITION_CORE: ReadonlySet<SituationConcept | DistanceConcept> = new Set<SituationConcept | DistanceConcept>([
  'payment',
  'money_means',
  'documents',
  'phone',
  'condition',
]);

/**
 * Situations that are the condition's too when told away from a "now" and from a time of today (no
 * mark of now in their sentence, and `soon` is never the condition's): someone brought or sent
 * ("salary they send to my family", "he take me to the bank"; calm32 read these as background without
 * a time), and a contact by phone or message ("first he called every Sunday"), which is a cry only as
 * a message of now (`alarm` is also "help me", "sos", "112": those words are never the condition's).
 */
const CONDITION_WITHOUT_NOW: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['moved', 'alarm']);
/** The words of a cry in the `alarm` lexicon (as written, lower case): never part of a condition. */
const CRY_WORDS: ReadonlySet<string> = new Set(['help', 'sos', '112', 'halen', 'haal', 'get', 'pick', 'save', 'red', 'weg', 'out']);

/** Words (folded skeletons or as written, lower case) that open a conditional clause when a person follows them. */
const IF_WORDS: ReadonlySet<string> = new Set(['als', 'if', 'wanneer', 'when', 'zodra', 'indien', 'tenzij', 'unless']);
/** Persons after "als"/"if": "als ik niet betaal", "if he says no" (not "als schoonmaker", "as a cleaner"). */
const PERSONS: ReadonlySet<string> = new Set([
  'ik',
  'je',
  'jij',
  'hij',
  'ze',
  'zij',
  'we',
  'wij',
  'u',
  'jullie',
  'i',
  'you',
  'he',
  'she',
  'we',
  'they',
  'my',
  'mijn',
  'mn',
  'zijn',
  'haar',
  'his',
  'her',
  'their',
  'hun',
  'het',
  'it',
  'niet',
  'not',
]);
/** "Anders", "otherwise", "or else": a consequence joined to a demand. */
const OTHERWISE: ReadonlySet<string> = new Set(['anders', 'otherwise']);
/** "Ze weten waar ...", "they know where ...": the veiled threat of being found. */
const KNOW_WORDS: ReadonlySet<string> = new Set(['weten', 'weet', 'know', 'knows', 'knew', 'wist', 'wisten']);
const WHERE_WORDS: ReadonlySet<string> = new Set(['waar', 'where']);
/** Words of a span of time that make a "now" beside a number the length of a condition ("nu 4 maand", "now 3 years"). */
const DURATION: ReadonlySet<string> = new Set([
  'maand',
  'maanden',
  'week',
  'weken',
  'jaar',
  'jaren',
  'dagen',
  'month',
  'months',
  'weeks',
  'year',
  'years',
  'days',
]);

/** Negations before a way out: "they cannot go off the ship", "ze komen nooit buiten", "kan niet weg". */
const NOT_WORDS: ReadonlySet<string> = new Set(['niet', 'nooit', 'nergens', 'not', 'never', 'cannot', 'cant', "can't", 'no', 'nie']);
const WAY_OUT: ReadonlySet<string> = new Set([
  'weg',
  'buiten',
  'eruit',
  'vertrekken',
  'weglopen',
  'naar',
  'leave',
  'go',
  'out',
  'off',
  'outside',
  'home',
  'escape',
  'ontsnappen',
]);
/** Words before a number that make it an age: "hij is 13", "ik ben 15", "she is 14", "aged 16". */
const AGE_BEFORE: ReadonlySet<string> = new Set(['is', 'ben', 'am', 'aged', 'age', 'leeftijd']);
/** Words after a number that make it an age: "13 jaar", "14 years", "15 yo". */
const AGE_AFTER: ReadonlySet<string> = new Set(['jr', 'yo', 'yrs']);
/** "14 jaar oud", "15 years old": a span of years is an age with "oud"/"old" after it ("2 year work" is not). */
const YEARS: ReadonlySet<string> = new Set(['jaar', 'years', 'year']);
const OLD: ReadonlySet<string> = new Set(['oud', 'old']);
/** Under this age someone is a child (minorAge.ts ADULT_AGE). */
const ADULT = 18;
/** Within this many words after a negation a way out is its object. */
const NOT_REACH = 3;

const lower = (read: ReadMessage, i: number) => (read.analysis.written[i] ?? '').toLowerCase();

/**
 * A consequence joined to the condition by the sentence's structure: a conditional clause on a
 * person ("als ik weiger", "if I don't pay"), an "anders" / "otherwise" / "or else", or "they know
 * where". A demand with any of these is a demand with a threat (the "betalen voor vrijdag
 * anders ..."), whatever the lexicons named in it.
 */
export function consequenceJoined(read: ReadMessage): boolean {
  return consequenceSentences(read).size > 0;
}

/**
 * The sentences in which a consequence is joined (see `consequenceJoined`). Without `knowWhere`, only
 * a condition ("als ik weiger", "if I don't pay", "anders", "or else"): what happens only if something
 * is done or left undone (conditionalThreat.ts).
 */
export function consequenceSentences(read: ReadMessage, knowWhere = true): Set<number> {
  const { tokens, sentenceOf } = read.analysis;
  const found = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (isBoundary(tokens[i]!)) continue;
    const word = lower(read, i);
    const next = lower(read, i + 1);
    const sentence = sentenceOf[i] ?? -1;
    if (
      (IF_WORDS.has(word) && PERSONS.has(next) && !ASKING.has(lower(read, i - 1))) ||
      OTHERWISE.has(word) ||
      (word === 'or' && next === 'else') ||
      (knowWhere && KNOW_WORDS.has(word) && (WHERE_WORDS.has(next) || (next === 'te' && lower(read, i + 2) === 'vinden')))
    )
      found.add(sentence);
  }
  return found;
}

/** Verbs of asking before "if": "she asked if she could use our phone" is a question told, no condition. */
const ASKING: ReadonlySet<string> = new Set(['asked', 'asks', 'ask', 'wondered', 'wonder', 'know', 'knew', 'sure']);

/**
 * Someone not free to go, told by the sentence's structure though no lexicon of confinement read it:
 * a negation with a way out after it ("they cannot go off the ship", "ze komen nooit buiten"). Also
 * "I can't go home until I pay": a debt that holds someone is more than a debt.
 */
export function notFreeToGo(read: ReadMessage): boolean {
  const { tokens, sentenceOf } = read.analysis;
  for (let i = 0; i < tokens.length; i++) {
    if (!NOT_WORDS.has(lower(read, i))) continue;
    for (let j = i + 1; j <= i + NOT_REACH && j < tokens.length && sentenceOf[j] === sentenceOf[i]; j++) {
      if (WAY_OUT.has(lower(read, j))) return true;
    }
  }
  return false;
}

/** A child's age told ("hij is 13", "14 jaar", "she is 15"), whether or not the minor lexicon read it. */
export function childAgeTold(read: ReadMessage): boolean {
  const { tokens } = read.analysis;
  for (let i = 0; i < tokens.length; i++) {
    const word = lower(read, i);
    if (!/^\d{1,2}$/u.test(word) || Number(word) >= ADULT) continue;
    if (AGE_BEFORE.has(lower(read, i - 1)) || AGE_AFTER.has(lower(read, i + 1))) return true;
    if (YEARS.has(lower(read, i + 1)) && OLD.has(lower(read, i + 2))) return true;
  }
  return false;
}

/**
 * The verbs of the act of taking in the `taken` lexicon (as written, lower case), against those of
 * keeping or having ("heeft", "houdt", "keeps", "has"): aspect, an event done against a state that lasts.
 */
const TAKING_ACTS: ReadonlySet<string> = new Set([
  'afgepakt',
  'afgenomen',
  'ingenomen',
  'ingepikt',
  'weggenomen',
  'gepakt',
  'afpakken',
  'innemen',
  'pakt',
  'pakken',
  'pakte',
  'took',
  'taken',
  'takes',
  'take',
  'confiscated',
  'smashed',
  'broke',
  'hid',
  'hides',
]);

/** The hit tells the act of taking, not the keeping (see TAKING_ACTS). */
function actOfTaking(read: ReadMessage, h: ConceptHit<SituationConcept>): boolean {
  for (let i = h.start; i <= h.end; i++) if (TAKING_ACTS.has(lower(read, i))) return true;
  return false;
}

/** A word of a cry in the hit ("help me", "sos", "112", "kom me halen"). */
function cryIn(read: ReadMessage, h: ConceptHit<SituationConcept>): boolean {
  for (let i = h.start; i <= h.end; i++) if (CRY_WORDS.has(lower(read, i))) return true;
  return false;
}

/** Verbs of telling or wanting before a demand: "hij zegt dat ik moet", "now he says I must", "he wants me to". */
const SAYING: ReadonlySet<string> = new Set([
  'zegt',
  'zeggen',
  'zei',
  'zeiden',
  'wil',
  'willen',
  'say',
  'says',
  'said',
  'tells',
  'told',
  'want',
  'wants',
]);
/** Modals of obligation: the demand itself ("moet ... betalen", "must bring", "has to pay"). */
const MUST: ReadonlySet<string> = new Set(['moet', 'moeten', 'moest', 'moesten', 'must']);
const MUST_BEFORE_TO: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/** The clause of every token: a new one after each boundary ("|" a sentence end, "," a clause end). */
function clausesOf(read: ReadMessage): Int32Array {
  const { tokens } = read.analysis;
  const clause = new Int32Array(tokens.length);
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isBoundary(tokens[i]!)) at++;
    clause[i] = at;
  }
  return clause;
}

/** A demand told in the clause: a verb of telling or wanting, then a modal of obligation ("nu zegt hij dat ik ook ... moet brengen"). */
function demandIn(read: ReadMessage, clauses: Int32Array, clause: number): boolean {
  let said = false;
  for (let i = 0; i < clauses.length; i++) {
    if (clauses[i] !== clause) continue;
    const word = lower(read, i);
    if (SAYING.has(word)) said = true;
    else if (said && (MUST.has(word) || (MUST_BEFORE_TO.has(word) && lower(read, i + 1) === 'to'))) return true;
  }
  return false;
}

/**
 * The clauses that tell the condition itself: a debt, pay, money or papers kept, a condition of work
 * or housing, a habit (`long_ongoing`: "elke nacht", "every day", "altijd"). A clause, not the
 * sentence: in "ik moet nu weg, hij wil zijn geld" the "now" is not the debt's.
 */
function conditionClauses(read: ReadMessage, clauses: Int32Array): Set<number> {
  const found = new Set<number>();
  for (const h of [...read.situations, ...read.distances]) {
    if (h.negated || !(CONDITION_CORE.has(h.concept) || h.concept === 'long_ongoing')) continue;
    for (let i = h.start; i <= h.end; i++) found.add(clauses[i]!);
  }
  return found;
}

/** The message names what makes a condition at all (a debt, pay, money or papers kept, a condition of work or housing). */
function namesACondition(read: ReadMessage): boolean {
  return [...read.situations, ...read.distances].some((h) => !h.negated && CONDITION_CORE.has(h.concept));
}

/** A number and a span of time in the sentence: "nu 4 maand niet terug", "now is 3 year". */
function durationIn(read: ReadMessage, sentence: number): boolean {
  const { tokens, sentenceOf } = read.analysis;
  let number = false;
  let span = false;
  for (let i = 0; i < tokens.length; i++) {
    if (sentenceOf[i] !== sentence) continue;
    const word = lower(read, i);
    if (/^\p{N}+$/u.test(word)) number = true;
    if (DURATION.has(word) || DURATION.has(tokens[i]!)) span = true;
  }
  return number && span;
}

/**
 * The message tells a present condition and nothing of now beyond it: it names the condition (a debt,
 * pay, money or papers kept, a condition of work or housing), every situation it names is of the
 * condition's kinds, no consequence is joined (`consequenceJoined`), no one is told not free to go
 * (`notFreeToGo`) and no child's age is told (`childAgeTold`), and every mark of now stands in
 * a clause that tells the condition, in a demand told, or in a sentence with a duration. Not a question of distance: a condition
 * told in the past fits too, and is not made calmer by this than by the past.
 */
export function tellsOnlyAPresentCondition(read: ReadMessage): boolean {
  return conditionTold(read, false);
}

/**
 * Situations a lasting threat is told with: a threat ("ze weten waar ik woon", "the juju will kill my
 * mother") or an "or else", only in a sentence whose structure joins them to the condition as its
 * consequence (`consequenceSentences`). A blow named is not among them: "als ik niet betaal slaat hij
 * me" is also what happens each time, violence that goes on (round 37 keeps it).
 */
const THREAT_KINDS: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['threat', 'or_else']);
/** Harm to the body named: never part of a lasting threat. */
const HARM_NAMED: ReadonlySet<SituationConcept> = new Set<SituationConcept>(['violence', 'weapon', 'injury']);

/**
 * The message tells a present condition with a threat joined to it that has no time (round 39,
 * danger39): "nu zegt hij dat ik mijn pincode moet geven, anders 'weten ze waar ik woon'", "nu moet ik
 * 2000 terugbetalen, ze weten waar ik woon", "if I stop paying they say the juju will kill my mother". The
 * threat is how the condition is kept in place, told as a lasting state: what would follow if the
 * writer refused, talked or stopped paying, not harm done or announced for now or today. As
 * `tellsOnlyAPresentCondition` in everything else: the condition named, nobody told not free to go,
 * no child's age, each "now" the condition's or the demand's; each threat or "or else" in a
 * sentence that joins it as the consequence. A blow named, a time of today or a date ("voor vrijdag ... anders",
 * `soon`, `deadline`), someone held, hurt, pursued or missing, a cry, care withheld, a taking told as
 * an act: each is a situation of its own, and the message is not this.
 */
export function tellsALastingThreat(read: ReadMessage): boolean {
  return conditionTold(read, true);
}

function conditionTold(read: ReadMessage, threatJoined: boolean): boolean {
  const situations = read.situations.filter((h) => !h.negated);
  if (!namesACondition(read)) return false;
  const joined = consequenceSentences(read);
  if (threatJoined !== joined.size > 0) return false;
  const clauses = clausesOf(read);
  const condition = conditionClauses(read, clauses);
  const nowHits = read.distances.filter((d) => d.concept === 'now' && !d.negated);
  const nowSentences = new Set(nowHits.map((d) => d.sentence));
  // A taking told as an act ("hij heeft haar telefoon afgepakt", "they took his ID") is an event,
  // perhaps of now; papers or a phone kept ("ze hebben mijn paspoort", "the boss keeps our passports")
  // are the condition.
  const takenAsAnAct = (h: ConceptHit<SituationConcept>) => h.concept === 'taken' && actOfTaking(read, h);
  const ofTheCondition = (h: ConceptHit<SituationConcept>) =>
    (CONDITION_SITUATIONS.has(h.concept) && !takenAsAnAct(h)) ||
    (CONDITION_WITHOUT_NOW.has(h.concept) && !nowSentences.has(h.sentence) && !cryIn(read, h));
  const ofTheThreat = (h: ConceptHit<SituationConcept>) => threatJoined && THREAT_KINDS.has(h.concept) && joined.has(h.sentence);
  // A blow in the consequence is one whatever negation the reader saw before it: in "als ik niet
  // betaal slaat hij me" the "niet" is the condition's, not the blow's.
  if (threatJoined && read.situations.some((h) => HARM_NAMED.has(h.concept) && joined.has(h.sentence))) return false;
  if (situations.some((h) => !ofTheCondition(h) && !ofTheThreat(h))) return false;
  if (notFreeToGo(read) || childAgeTold(read)) return false;
  // Each "now" is the condition's: in a clause that tells it, in a demand told ("now he says I must
  // also bring packages"), or beside a duration.
  const ofCondition = (d: ConceptHit<DistanceConcept>) => {
    const clause = clauses[d.start]!;
    return condition.has(clause) || demandIn(read, clauses, clause) || durationIn(read, d.sentence);
  };
  return read.distances.every((d) => d.concept !== 'now' || d.negated || ofCondition(d));
}
