/**
 * What the question-topic model reads of one question clause: how it asks (its opening, the verb
 * or question word that opens it, the subject after a fronted verb and whose the subject is: the
 * writer, the helpline, or someone else), its words, word pairs and five-letter word starts (a
 * cheap stem for Dutch compounds and typos), and the topic phrases of src/nlu/topics.ts found in
 * it (so a word the training clauses never had still counts through its concept). "Word ik
 * opgepakt" and "wordt hij opgepakt" share the verb and the topic but not the subject, so the
 * model can weigh who does what to whom. Pure.
 */
import { skeleton } from '../../safety/normalise';
import { analyseText } from '../text/analyse';
import { ConceptMatcher } from '../text/concepts';
import { TOPIC_LEXICON } from '../topics';
import type { QuestionClause } from './clauses';

/** Bumped whenever the features change meaning: shipped weights record it. */
export const CLAUSE_FEATURE_VERSION = 3;

const SELF = new Set(['ik', 'mij', 'me', 'mijn', 'wij', 'we', 'ons', 'onze', 'i', 'my', 'mine', 'our', 'us']);
const HELPLINE = new Set(['u', 'jullie', 'jij', 'je', 'you', 'your', 'veilig']);

/** Whose the subject is: the writer, the helpline (or a general "you"), or someone else. */
function subjectClass(subject: string | null): string {
  if (subject === null) return 'none';
  if (SELF.has(subject)) return 'self';
  if (HELPLINE.has(subject)) return 'you';
  return 'other';
}

const matcher = new ConceptMatcher(TOPIC_LEXICON);

/**
 * The police as people who mix in a word of their own language name them ("if I call policja"):
 * read as the English word, so the model's weights for the police apply.
 */
const POLICE = /^(?:polic(?:ja|ji|je|ia|iei|e)|politia|politiei|polizei|polis|polisi|rendorseg|полиц\p{L}*|поліц\p{L}*|الشرطة|شرطة)$/u;
/**
 * Who a question is about, and where they come from, is the story, not the question: "moet ik
 * bewijs hebben voordat ik iets meld over mijn buurman" asks what "…over mijn zus" asks. These
 * words are read as their kind, so a topic the corpus asked mostly about neighbours is not tied to
 * the word "buurman".
 */
const PERSON = new Set(
  (
    'dochter zoon kind kinderen zus zusje broer broertje moeder vader nicht neef nichtje neefje tante oom oma opa kleinkind kleindochter kleinzoon ' +
    'vriend vriendin vriendje vriendinnetje buurman buurvrouw buren buurjongen buurmeisje collega collegas partner man vrouw ex schoonzus schoonmoeder ' +
    'leerling leerlingen client clienten patient patiente patienten werknemer werknemers huurder huurders ' +
    'daughter son child children kids sister brother mother mom mum father dad cousin niece nephew aunt uncle grandma grandpa grandchild ' +
    'granddaughter grandson friend boyfriend girlfriend neighbour neighbor neighbours neighbors colleague colleagues coworker husband wife ' +
    'pupil pupils student students patient patients employee employees tenant tenants'
  ).split(' '),
);
const ORIGIN =
  /^(?:pools|poolse|polen|roemeen\p{L}*|bulga\p{L}*|oekra\p{L}*|hongaa?r\p{L}*|filipijn\p{L}*|portuge\p{L}*|marokka\p{L}*|eritre\p{L}*|syri\p{L}*|nigeria\p{L}*|chine\p{L}*|vietname\p{L}*|indiase?|polish|romanian|bulgarian|ukrainian|hungarian|filipino|portuguese|moroccan|eritrean|syrian|nigerian|indian|vietnamese|turkse?|turkish)$/u;
const asWord = (word: string) => (POLICE.test(word) ? 'police' : word);
/** A word as a feature: a person or an origin by its kind (the topic phrases still see the word itself). */
const featureWord = (word: string) => (PERSON.has(word) ? '_person' : ORIGIN.test(word) ? '_origin' : asWord(word));

/** Words that name the police as the ones a citizen would go to, in any language the reader knows. */
const POLICE_WORD = /^(?:politie|police|aangifte|agent|agenten|wijkagent|cops?|popo|112)$/;

/**
 * Whether the condition in front of a question names going to the police ("als ik naar de politie
 * ga, word ik dan opgepakt?", "if I tell police about him, I get in trouble?"): the citizen weighs
 * the police, and the question is about the police as well as about what follows.
 */
export function conditionNamesPolice(clause: QuestionClause): boolean {
  return clause.words.slice(0, clause.condition).some((w) => POLICE_WORD.test(asWord(w)));
}

export function clauseFeatures(clause: QuestionClause): string[] {
  const out: string[] = [`o:${clause.opening}`, `h:${clause.head}`, `s:${subjectClass(clause.subject)}`];
  if (clause.subject !== null) out.push(`hs:${clause.head}_${subjectClass(clause.subject)}`);
  if (clause.marked) out.push('f:mark');
  const words = clause.words.map((w) => skeleton(featureWord(w)));
  let previous: string | null = null;
  for (const word of words) {
    out.push(`w:${word}`);
    if (word.length >= 7) out.push(`p:${word.slice(0, 5)}`);
    if (previous !== null) out.push(`b:${previous}_${word}`);
    previous = word;
  }
  // Where a topic is named: in the condition in front ("als ik naar de politie ga, …") or in what
  // the main clause asks ("… wordt hij dan opgepakt?").
  for (const hit of matcher.find(analyseText(clause.words.map(asWord).join(' ')))) {
    out.push(hit.negated ? `t!:${hit.concept}` : `t:${hit.concept}`);
    out.push(`ot:${clause.opening}_${hit.concept}`);
    if (clause.condition > 0) out.push(hit.start < clause.condition ? `c:${hit.concept}` : `m:${hit.concept}`);
  }
  return out;
}
