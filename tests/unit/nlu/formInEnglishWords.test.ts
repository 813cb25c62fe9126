/**
 * The form of a story told in English words (round 39, enform39, ADR 0006): the au pair's hosts and
 * the work of a bar, the pay collected by someone else, "he takes all the money" of a job, men brought
 * or paying the man, customers who want more, goods with the tags still on, a bag to bring and the
 * debt for the stuff that was lost; "other" or "older" guys are no visitors; the windows only as a
 * place of work; plants behind covered windows; an account said not to be in one's name. Sentences
 * written for this test, in no corpus or tuning file.
 */
import { crimeScene, formOfLoneActs, obligedForm } from '../../../src/nlu/model/obligedForm';
import { payOfWork, type FormConcept } from '../../../src/nlu/model/formSituations';
import { testReader } from '../../support/reader';
import type { ConceptHit } from '../../../src/nlu/text/concepts';
import { toldForms as forms } from '../../support/toldForms';

const reader = testReader();

const hit = (concept: FormConcept, start: number, negated = false): ConceptHit<FormConcept> => ({
  concept,
  start,
  end: start,
  sentence: 0,
  negated,
});

describe('the form in English words', () => {
  it.each([
    ['my host mum keeps my passport and I mind the baby all day', 'work_place'],
    ['he works as a glass collector at a pub in the centre', 'work_place'],
    ['a man collects her wages every Friday at the office', 'wages_taken'],
    ['the boss says massage only, but the customers want more', 'sex_acts'],
    ['every weekend he brings men to the flat where she stays', 'sex_visitors'],
    ['she has to meet some men and they pay him afterwards', 'sex_visitors'],
    ['there is a steady stream of men at that door after midnight', 'sex_visitors'],
    ['they come home with bags of jackets with the tags still on', 'crime_acts'],
    ['a guy handed my brother a bag to deliver in Tilburg', 'crime_acts'],
    ['now he says he owes them for the stuff that went missing', 'crime_acts'],
    ['she left with a guy of around 30 she met online', 'older_man'],
    ['she works in the windows in the old centre', 'sex_place'],
  ] as const)('%p tells %s', (text, concept) => {
    expect(forms(text)).toContain(concept);
  });

  it.each([
    // Companions and the older guys of criminal grooming are no visitors.
    ['we sat in the back of a van with five other guys', 'sex_visitors'],
    ['my son runs errands for older guys from the neighbourhood', 'sex_visitors'],
    // Windows cleaned or covered are no window work.
    ['the windows of the shop are covered with paper', 'sex_place'],
  ] as const)('%p does not tell %s', (text, concept) => {
    expect(forms(text)).not.toContain(concept);
  });
});

describe('payOfWork', () => {
  it('reads the money taken as the pay of the work told beside it', () => {
    expect(forms('her uncle makes her work in his shop and takes all the money')).toEqual(
      expect.arrayContaining(['work_place', 'wages_taken']),
    );
    expect(forms('her uncle makes her work in his shop and takes all the money')).not.toContain('earnings_taken');
  });

  it('keeps it as earnings where sex is told beside it, or no work', () => {
    expect(payOfWork([hit('earnings_taken', 0), hit('work_place', 3), hit('sex_place', 6)]).map((h) => h.concept)).toContain(
      'earnings_taken',
    );
    expect(payOfWork([hit('earnings_taken', 0)]).map((h) => h.concept)).toEqual(['earnings_taken']);
  });

  it('does not count a negated work or sex hit', () => {
    expect(payOfWork([hit('earnings_taken', 0), hit('work_place', 3, true)]).map((h) => h.concept)).toEqual([
      'earnings_taken',
      'work_place',
    ]);
    expect(payOfWork([hit('earnings_taken', 0), hit('work_boss', 3), hit('sex_place', 6, true)])[0]!.concept).toBe('wages_taken');
  });
});

describe('crime scenes and acts in English', () => {
  const scene = (text: string) => crimeScene(reader.readFully(text).analysis);
  const obliged = (text: string) => obligedForm(reader.readFully(text).analysis);

  it('reads plants behind covered windows as a grow house', () => {
    expect(scene('they keep him in a flat tending plants, the windows are covered')).toBe(true);
    expect(scene('the windows are covered and nobody comes out')).toBe(false);
  });

  it('does not read an account said not to be in his name as one opened in it', () => {
    expect(scene('he wants the money on another account that is not in his name')).toBe(false);
    expect(scene('they opened a bank account in his name')).toBe(true);
  });

  it.each([
    'every Sunday we have to take perfumes from the shops for him',
    'the men made her sell pills in the park',
    'he was forced to work on a cannabis farm in the attic',
  ])('%p: the act made to do decides criminal', (text) => {
    expect(obliged(text)).toBe('criminal_exploitation');
  });

  it('does not read taking a train or work alone as a crime', () => {
    expect(obliged('we must take the train to work at six')).toBeNull();
  });
});

describe('formOfLoneActs', () => {
  it('gives the one form other than labour whose acts are told', () => {
    expect(formOfLoneActs([hit('sex_visitors', 0), hit('sex_control', 2)])).toBe('sexual_exploitation');
    expect(formOfLoneActs([hit('organ', 0)])).toBe('organ_removal');
    expect(formOfLoneActs([hit('crime_acts', 0), hit('work_boss', 3)])).toBe('criminal_exploitation');
  });

  it('gives none for labour alone, two forms, only context or negated acts', () => {
    expect(formOfLoneActs([hit('work_place', 0)])).toBeNull();
    expect(formOfLoneActs([hit('sex_place', 0), hit('crime_acts', 3)])).toBeNull();
    expect(formOfLoneActs([hit('older_man', 0), hit('sex_control', 2)])).toBeNull();
    expect(formOfLoneActs([hit('sex_place', 0, true)])).toBeNull();
  });
});
