/**
 * Pills or drugs taken or given for a purpose of work ("pillen om wakker te blijven", "speed zodat we
 * door kunnen werken", "pills to keep working at night") are a sign of exploitation, not of
 * self-harm: the medication words of the suicide lexicons ("pillen", "pills") are then not a way of
 * saying suicidal thoughts. Read by structure, a medication word followed in the same sentence by a
 * purpose of staying awake or working, so it holds for any drug, any job and any writer; the hit is
 * then reported as negated (the situation is not happening), which the models weigh as such. So are
 * pills handed out by someone else ("hij geeft haar steeds pillen"): the exploiter's drugs.
 *
 * Not when the same sentence takes them all or at once ("all the pills he gives me to stay awake,
 * all at once"): an overdose of a work drug is still a way to die.
 */
import { ConceptMatcher, mapHits, negatedAs, type ConceptHit } from '../nlu/text/concepts';
import type { TextAnalysis } from '../nlu/text/analyse';
import { normaliseText, skeleton } from './normalise';
import type { SituationConcept } from './situations';

const DRUG =
  'pillen|pil|pilletjes|tabletten|tabletjes|medicijnen|middelen|speed|coke|cocaine|drugs|spul|pills|pill|tablets|meds|stuff|uppers';
const AWAKE_NL =
  'wakker te blijven|wakker te houden|ons wakker te houden|wakker blijven|wakker blijft|wakker bleef|op de been|niet in slaap|door te werken|door te gaan|door te rijden|vol te houden|langer te werken|te blijven werken|sneller te werken|harder te werken|door kunnen|door kan|doorwerken|door werken|doorgaan|doorrijden';
const AWAKE_EN =
  'stay awake|keep awake|keep us awake|keep me awake|keep him awake|keep her awake|keep them awake|keep working|keep driving|keep picking|work longer|work faster|work harder|work more|work through|work all night|work nights|not fall asleep|not sleep|keep up';

/** Building blocks read only to take the medication words of the suicide lexicons back. */
const LEXICON = {
  for_work: [
    `${DRUG} ~8 om|zodat|want|tegen ~4 ${AWAKE_NL}`,
    `${DRUG} ~2 tegen ~2 slaap|moeheid|vermoeidheid|de slaap`,
    `${DRUG} ~8 to|so|for ~4 ${AWAKE_EN}`,
    `${DRUG} ~8 so ~3 can|could ~3 work|drive|keep going`,
    `om ~3 ${AWAKE_NL} ~6 ${DRUG}`,
    `to ~2 ${AWAKE_EN} ~6 ${DRUG}`,
  ],
  // Handed out by someone else ("die haar lachgas en pillen gaven", "he keeps giving her pills"): the
  // drugs of a pimp or a boss, not a means the writer keeps for themselves.
  given: [
    `geeft|gaf|gaven|geven|gegeven|krijgt|kreeg|kregen|krijgen|gekregen|stopt|stopte|gives|gave|given|giving|hands|handed ~4 ${DRUG}`,
    `${DRUG} ~3 gaven|gaf|geeft|gegeven|gekregen|gives|gave|given`,
  ],
  all_at_once: [
    'alle|allemaal|alles|in een keer|ineens|tegelijk|tegelijkertijd|overdosis|all the|all of|all my|all at|at once|whole bottle|whole box|hele doos|hele strip|overdose',
  ],
} as const;

type Part = keyof typeof LEXICON;

/** The suicide concepts whose medication words a purpose of work takes back. */
const MEDICATION_CONCEPTS: ReadonlySet<SituationConcept> = new Set(['suicide_indirect', 'suicide_prepared', 'suicide_means']);
/** The hit must be a medication word itself, not a longer phrase ("pillen ~3 sparen"). */
const MEDICATION_WORDS = new Set(
  ['pillen', 'pil', 'slaappillen', 'pills', 'pill', 'paracetamol', 'tabletten', 'medicijnen'].map((w) => skeleton(normaliseText(w))),
);

export class MeansForWork {
  private readonly matcher = new ConceptMatcher<Part>(LEXICON);

  /** The situation hits with the medication words of a purpose of work marked negated. */
  apply(hits: readonly ConceptHit<SituationConcept>[], analysis: TextAnalysis): ConceptHit<SituationConcept>[] {
    const medication = hits.filter((h) => !h.negated && MEDICATION_CONCEPTS.has(h.concept) && isMedicationWord(h, analysis));
    if (medication.length === 0) return [...hits];
    const parts = this.matcher.find(analysis);
    const forWork = parts.filter((p) => p.concept === 'for_work' || p.concept === 'given');
    if (forWork.length === 0) return [...hits];
    const allAtOnce = new Set(parts.filter((p) => p.concept === 'all_at_once').map((p) => p.sentence));
    return mapHits(hits, (hit) =>
      medication.includes(hit) &&
      !allAtOnce.has(hit.sentence) &&
      forWork.some((w) => w.sentence === hit.sentence && w.start <= hit.end && w.end >= hit.start)
        ? negatedAs(hit, true)
        : hit,
    );
  }
}

function isMedicationWord(hit: ConceptHit<SituationConcept>, analysis: TextAnalysis): boolean {
  return hit.start === hit.end && MEDICATION_WORDS.has(analysis.tokens[hit.start]!);
}
