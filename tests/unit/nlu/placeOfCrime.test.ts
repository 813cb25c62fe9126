/**
 * A crime's word right before a work place names the kind of place (formSituations.ts
 * `placeOfCrime`, ADR 0006 round 27 form27): "a cannabis farm" is a grow house, not a farm job,
 * while a word that is both a crime's and a job's ("courier", "parcels") names nothing. Sentences
 * written for this test, in no corpus or tuning file.
 */
import { placeOfCrime, type FormConcept } from '../../../src/nlu/model/formSituations';
import { testReader } from '../../support/reader';
import type { ConceptHit } from '../../../src/nlu/text/concepts';

const reader = testReader();
const conceptsOf = (text: string): FormConcept[] => reader.readFully(text).forms.map((h) => h.concept);

const hit = (concept: FormConcept, start: number, sentence = 0, negated = false): ConceptHit<FormConcept> => ({
  concept,
  start,
  end: start,
  sentence,
  negated,
});

describe('placeOfCrime', () => {
  it.each([
    'two boys from Vietnam have to water the plants in a cannabis farm behind the station',
    'my nephew sleeps in a weed farm in the attic and may not go out',
    'ze moeten in een hennep kwekerij de planten knippen',
  ])('reads the place a drug names as the crime, not as work: %s', (text) => {
    const concepts = conceptsOf(text);
    expect(concepts).toContain('crime_acts');
    expect(concepts).not.toContain('work_place');
  });

  it.each([
    ['he does parcel delivery for a firm in Venlo', 'work_place'],
    ['my cousin works on a farm and the boss sells drugs to the workers', 'work_place'],
    ['i am courier driver for a company, 14 hours a day', 'work_place'],
  ] as const)('keeps a work place no crime word names: %s', (text, concept) => {
    expect(conceptsOf(text)).toContain(concept);
  });

  it('keeps the place when the crime word is in another sentence or denied', () => {
    const places = (hits: ConceptHit<FormConcept>[]): number => placeOfCrime(hits).filter((h) => h.concept === 'work_place').length;
    expect(places([hit('crime_acts', 3), hit('work_place', 4)])).toBe(0);
    expect(places([hit('crime_acts', 3, 0), hit('work_place', 4, 1)])).toBe(1);
    expect(places([hit('crime_acts', 3, 0, true), hit('work_place', 4)])).toBe(1);
    expect(places([hit('crime_acts', 2), hit('work_place', 4)])).toBe(1);
  });
});

/**
 * A bank card a boss keeps with the passport, and a work contract signed, are the work's; a card lent
 * with its code and accounts or contracts in one's name are criminal (crime_means, form27).
 */
describe('crime_means', () => {
  it.each([
    'the agency man keeps my passport and my bank card, i pick strawberries 12 hours',
    'de baas van de wasserij heeft haar paspoort en bankpas',
    'we must sign a new contract tomorrow with more rent for the bed',
  ])('does not read a card kept or a work contract as a crime: %s', (text) => {
    expect(conceptsOf(text)).not.toContain('crime_means');
  });

  it.each([
    'a boy from school wants my bank card and the pin code for a week',
    'ik moest mijn bankpas en pincode aan een gast geven',
    'they opened two accounts and a phone contract in her name',
  ])('reads a card lent with its code or accounts in a name as a crime: %s', (text) => {
    expect(conceptsOf(text)).toContain('crime_means');
  });
});
