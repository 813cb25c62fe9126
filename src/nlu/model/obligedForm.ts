/**
 * The form told by what the person is made to do, as a decision over the model's (forms36): where a
 * message tells, in a clause of obligation, order or threat or as done "for them", acts of crime,
 * sex or organ removal of one form alone (text/obligedActs.ts), that form is the message's. The
 * labelling guide names a form by the act; the form model weighs every concept and word alike, and a
 * place word (the hostel where the writer works, the warehouse a job was promised in) or a pair
 * across sentences outweighed the act. Work said with an obligation does not decide: "ze moet
 * werken" is said of sex work too (59 of the corpus's 154 lines with it are sexual).
 *
 * A rule read beside the models, not a feature: as features (with places of another form dropped)
 * the retrain moved held-out stories in other languages the acts do not touch (ADR 0006 round 36).
 */
import { ConceptMatcher, type ConceptHit } from '../text/concepts';
import type { TextAnalysis } from '../text/analyse';
import { OBLIGED_ACT_LEXICON, type ObligedActConcept } from '../text/obligedActs';
import { CRIME_SCENE_LEXICON } from '../text/crimeScenes';
import { OFFERED_OPERATION_LEXICON, type OfferedOperationConcept } from '../text/offeredOperation';
import type { Form } from '../recognizer';
import { formsOfActs, type FormConcept, type FormFamily } from './formSituations';

const DECIDING: Readonly<Partial<Record<ObligedActConcept, Form>>> = {
  crime_obliged: 'criminal_exploitation',
  sex_obliged: 'sexual_exploitation',
  organ_obliged: 'organ_removal',
};

const matcher = new ConceptMatcher(OBLIGED_ACT_LEXICON);
const operations = new ConceptMatcher(OFFERED_OPERATION_LEXICON);

/**
 * How many sentences apart an operation and its reason may be told: a story says the debt or the
 * health in the sentence before or after the clinic ("he has debts. Someone offers him a small
 * operation in Istanbul"), rarely further.
 */
const REASON_REACH = 1;

/**
 * Whether the message tells an operation, a clinic or blood tests arranged for a healthy person,
 * beside a debt or in another country (text/offeredOperation.ts): organ removal told without the
 * organ; or a kidney sold or donors sought. An operation alone is not enough (a worker who needs one
 * and is kept from a doctor).
 */
export function offeredOperation(analysis: TextAnalysis): boolean {
  const hits = operations.find(analysis).filter((h) => !h.negated);
  if (hits.some((h) => h.concept === 'organ_sold')) return true;
  const workplaces = hits.filter((h) => h.concept === 'workplace_clinic');
  const atWork = (h: ConceptHit<OfferedOperationConcept>): boolean => workplaces.some((w) => w.start <= h.end && h.start <= w.end);
  const reasons = hits.filter((h) => h.concept === 'debt' || h.concept === 'abroad' || h.concept === 'healthy');
  return hits.some(
    (op) => op.concept === 'operation' && !atWork(op) && reasons.some((r) => Math.abs(r.sentence - op.sentence) <= REASON_REACH),
  );
}

const scenes = new ConceptMatcher(CRIME_SCENE_LEXICON);

/** How many sentences apart the plants and the lamps, the attic or the locked door may be told. */
const SCENE_REACH = 2;

/**
 * Whether the message tells a crime by what is seen or done (text/crimeScenes.ts): plants tended
 * indoors under lamps, in an attic or behind a locked door, with no greenhouse, farm or garden
 * named; or wallets and phones taken from bags and pockets; or pellets carried in the stomach, or an
 * account or a firm put in the person's name (langform37, langform38).
 */
export function crimeScene(analysis: TextAnalysis): boolean {
  const found = scenes.find(analysis).filter((h) => !h.negated);
  // An account said not to be in the person's name takes back the one in it that it overlaps (round 39).
  const denied = found.filter((h) => h.concept === 'not_in_their_name');
  const hits = found.filter((h) => h.concept !== 'in_their_name' || !denied.some((d) => d.start <= h.end && h.start <= d.end));
  if (
    hits.some(
      (h) =>
        h.concept === 'taken_from_bags' || h.concept === 'body_carried' || h.concept === 'in_their_name' || h.concept === 'hidden_in_car',
    )
  )
    return true;
  if (hits.some((h) => h.concept === 'grown_outside')) return false;
  const indoors = hits.filter((h) => h.concept === 'indoors');
  return hits.some((p) => p.concept === 'plants' && indoors.some((i) => Math.abs(i.sentence - p.sentence) <= SCENE_REACH));
}

/**
 * The one form whose acts the person is made to do, or whose operation is offered, or null when none
 * or more than one is told.
 */
export function obligedForm(analysis: TextAnalysis): Form | null {
  const forms = new Set<Form>();
  for (const hit of matcher.find(analysis)) {
    const form = DECIDING[hit.concept];
    if (form !== undefined && !hit.negated) forms.add(form);
  }
  if (offeredOperation(analysis)) forms.add('organ_removal');
  if (crimeScene(analysis)) forms.add('criminal_exploitation');
  return forms.size === 1 ? [...forms][0]! : null;
}

const FORM_OF_ACTS: Readonly<Record<FormFamily, Form>> = {
  labour: 'labour_exploitation',
  sexual: 'sexual_exploitation',
  criminal: 'criminal_exploitation',
  organ: 'organ_removal',
};

/**
 * The form a concern tells by its acts when the model leaves it `unknown` (round 39, enform39): acts
 * of one form alone, and that form not labour. A concern read as `unknown` whose acts are of sex,
 * crime or organs alone (men who go up to a room every night, clubs the girls will work in, a
 * kidney) is that form to the tuning writers: on the tuning halves at the round 39 models 9 of 10 such
 * messages in all languages (the tenth a grow house seen "behind the window"). Labour is left out:
 * its only act is mostly a work place, the writer's own (a taxi driver, a shop's till) or a job
 * promised, and there 7 of 20 were labour.
 */
export function formOfLoneActs(hits: readonly ConceptHit<FormConcept>[]): Form | null {
  const acts = formsOfActs(hits);
  if (acts.size !== 1) return null;
  const family = [...acts][0]!;
  return family === 'labour' ? null : FORM_OF_ACTS[family];
}
