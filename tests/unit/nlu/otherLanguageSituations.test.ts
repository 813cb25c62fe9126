/**
 * The situations of danger now and the distance from them in the other languages citizens write in
 * (src/nlu/text/otherLanguageSituations.ts, ADR 0006 round 26): read as the same concepts as Dutch
 * and English, in the languages that had none (Latvian, Lithuanian, Somali, Tigrinya and Arabic in
 * Latin letters, Persian, Italian, Russian and Ukrainian typed in Latin letters), with inflected
 * forms; and Dutch and English words that look like one of their words stay unread. Sentences
 * written for this test (none is in the corpus or a tuning set).
 */
import { testReader } from '../../support/reader';
import type { DistanceConcept, SituationConcept } from '../../../src/safety/situations';
import { withAdditions } from '../../../src/nlu/text/otherLanguageSituations';

const reader = testReader();
const situations = (text: string): SituationConcept[] =>
  reader
    .readForDanger(text)
    .situations.filter((h) => !h.negated)
    .map((h) => h.concept);
const distances = (text: string): DistanceConcept[] => reader.readForDanger(text).distances.map((h) => h.concept);

describe('withAdditions', () => {
  it('joins the additions after each concept’s own phrases and keeps concepts without additions', () => {
    const joined = withAdditions<'a' | 'b'>({ a: ['x'], b: ['y'] }, { a: ['z'] });
    expect(joined).toEqual({ a: ['x', 'z'], b: ['y'] });
  });
});

describe('situations in the other languages', () => {
  it.each<[string, string, SituationConcept]>([
    ['Latvian, locked in', 'darba devējs mūs ieslēdza šķūnī pie fermas', 'confined'],
    ['Lithuanian, cannot get out', 'mus uždarė name ir neleidžia niekur išeiti', 'confined'],
    ['Somali, locked up', 'gabadhayda waxaa lagu xiray qol', 'confined'],
    ['Darija in Latin letters, locked up', 'khti m7bousa 3end wa7ed rajel', 'confined'],
    ['Persian, the door locked', 'صاحبکار در را امروز قفل کرده', 'confined'],
    ['Russian in Latin letters, not let out', 'nas derzhat v dome i ne vypuskayut nikuda', 'confined'],
    ['Italian, not let out', 'il padrone non ci fanno uscire dalla casa', 'confined'],
    ['Lithuanian, threatened', 'šeimininkas grasino mano broliui', 'threat'],
    ['Persian in Latin letters, threatened with death', 'goft agar beram mara mikoshe', 'threat'],
    ['Ukrainian in Latin letters, a knife', 'vin stoit z nozhem bilya dverey', 'weapon'],
    ['Somali, beaten', 'ninkii ayaa garaacay walaashay', 'violence'],
    ['Darija, bleeding', 'yed dyalo mjrouh bzaf', 'injury'],
    ['Latvian, no doctor allowed', 'priekšnieks neļauj viņam iet pie ārsta', 'no_care'],
    ['Persian in Latin letters, tonight', 'emshab mard goft ke o ra mebara', 'soon'],
    ['Tigrinya in Latin letters, or else if not paid', 'zeykefelkum kiqetluwo iyom ilom', 'or_else'],
    ['Italian, a cry for help', 'per favore aiutatemi subito', 'call_for_help'],
  ])('%s', (_kind, text, concept) => {
    expect(situations(text)).toContain(concept);
  });

  it.each<[string, string, SituationConcept]>([
    // "bent" is Dutch "are", "wil" Dutch "want": neither is the Arabic or Somali word for a child.
    ['Dutch "je bent"', 'je bent echt lief en ik wil je bedanken', 'minor'],
    ['English "nazi" in a history lesson', 'we watched a film about the nazi era at school', 'weapon'],
    ['Dutch "borg" (a guarantor)', 'mijn oom staat borg voor de huur', 'payment'],
    ['a bathroom in English', 'the bathroom light is broken again', 'violence'],
    ['Turkish "sakin" (calm)', 'sakin ol, her sey yolunda', 'weapon'],
  ])('leaves a look-alike unread: %s', (_kind, text, concept) => {
    expect(situations(text)).not.toContain(concept);
  });
});

describe('distance in the other languages', () => {
  it.each<[string, string, DistanceConcept]>([
    ['Romanian hearsay', 'am auzit de la o colega ca acolo nu platesc', 'third_hand'],
    ['Spanish hearsay', 'me dijeron que en esa finca no pagan', 'third_hand'],
    ['Somali hearsay', 'waxaan maqlay in shaqaalaha aan la siin mushahar', 'third_hand'],
    ['Polish, the past job', 'kiedy pracowalem w tej fabryce nikt nie dostawal wyplaty', 'past'],
    ['Lithuanian, years ago', 'prieš 3 metus dirbau ūkyje', 'past'],
    ['Bulgarian, home and well', 'брат ми се прибра у дома и е добре', 'safe_now'],
    ['Italian, nothing urgent', 'non è urgente, volevo solo chiedere', 'denied'],
    ['Portuguese, not sure', 'não tenho certeza se isso é exploração', 'not_urgent'],
  ])('%s', (_kind, text, concept) => {
    expect(distances(text)).toContain(concept);
  });
});
