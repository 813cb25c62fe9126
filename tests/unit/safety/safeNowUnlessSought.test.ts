/**
 * "Safe now" does not fire beside a pursuit now (src/safety/situations.ts `safeNowUnlessSought`,
 * round 34): mend32's rule, applied on top of the reading in turnContext and triage, now in the reader.
 * And the pursuits the reader missed, told by what the pursuer does. Sentences written for this test.
 */
import { conceptHit, type ConceptHit } from '../../../src/nlu/text/concepts';
import { analyseText } from '../../../src/nlu/text/analyse';
import { testReader } from '../../support/reader';
import { safeNowUnlessSought, type DistanceConcept, type SituationConcept } from '../../../src/safety/situations';

const reader = testReader();
const situationsOf = (text: string) =>
  reader
    .readForDanger(text)
    .situations.filter((h) => !h.negated)
    .map((h) => h.concept);
const distancesOf = (text: string) =>
  reader
    .readForDanger(text)
    .distances.filter((h) => !h.negated)
    .map((h) => h.concept);

describe('the rule over the hits', () => {
  // "ik zit bij de buren , hij zoekt me": tokens 0–3 the place, 4 the comma, 5–7 the pursuit.
  const tokens = analyseText('ik zit bij de buren, hij zoekt me').tokens;
  const place = conceptHit<DistanceConcept>('safe_now', 2, 4, 0, false);
  const pursuit = (negated = false) => [conceptHit<SituationConcept>('pursued', 7, 8, 0, negated)];

  it('drops "safe now" beside a pursuit now', () => {
    expect(safeNowUnlessSought(pursuit(), [place], tokens)).toEqual([]);
  });

  it('keeps it without a pursuit, beside a denied one, or with the pursuit in the past in its own clause', () => {
    expect(safeNowUnlessSought([], [place], tokens)).toEqual([place]);
    expect(safeNowUnlessSought(pursuit(true), [place], tokens)).toEqual([place]);
    const past: ConceptHit<DistanceConcept> = conceptHit('past', 8, 8, 0, false);
    expect(safeNowUnlessSought(pursuit(), [place, past], tokens)).toEqual([place, past]);
  });

  it('a past in another clause or the flight verb itself does not put the pursuit in the past', () => {
    const pastElsewhere: ConceptHit<DistanceConcept> = conceptHit('past', 0, 1, 0, false);
    expect(safeNowUnlessSought(pursuit(), [place, pastElsewhere], tokens)).toEqual([pastElsewhere]);
  });
});

describe('through the reader', () => {
  it.each([
    'ik ben gevlucht en verstop me nu bij de buren, hij zoekt me',
    'we zijn ontsnapt maar hij zoekt ons',
    'we zijn gevlucht naar mijn zus, maar hij heeft ons gevonden',
    'ze is nu in de opvang maar haar pooier vraagt overal naar haar',
    'we zijn weg daar, maar zijn mannen zijn naar ons op zoek',
    'I am in a shelter for tonight but he keeps driving past',
    'We escaped last night but they are looking for us',
    'I got out, I am staying with a friend now, but my boss is after me',
  ])('%p: a pursuit now, and no "safe now"', (text) => {
    expect(situationsOf(text)).toContain('pursued');
    expect(distancesOf(text)).not.toContain('safe_now');
  });

  it.each([
    'hij zocht ons vorige week, nu zijn we veilig bij een vriendin',
    'hij zoekt ons niet meer, we zijn veilig',
    'last week they were looking for us everywhere, now we are safe in a shelter',
    'ze is nu veilig in de opvang',
    'she is safe now, she lives with us',
  ])('%p: "safe now" holds', (text) => {
    expect(distancesOf(text)).toContain('safe_now');
  });

  it.each(['ik zoek haar overal, ze is weg sinds gisteren', 'can you look after me please', 'I am looking for work for her'])(
    '%p: nobody pursues the writer',
    (text) => {
      expect(situationsOf(text)).not.toContain('pursued');
    },
  );
});
