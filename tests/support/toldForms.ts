/**
 * The form situations a message tells, negated ones left out, in the order read: what the form
 * lexicon tests assert on (formSituations.ts through MessageReader.readFully).
 */
import type { FormConcept } from '../../src/nlu/model/formSituations';
import { testReader } from './reader';

const reader = testReader();

export function toldForms(text: string): FormConcept[] {
  return reader
    .readFully(text)
    .forms.filter((h) => !h.negated)
    .map((h) => h.concept);
}
