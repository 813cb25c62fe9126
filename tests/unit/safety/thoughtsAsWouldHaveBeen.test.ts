/**
 * Round 28 (screen28): situations the lexicons did not read on the tuning part of nlu-dev-x and -y:
 * the wish not to have lived through it told as what would have been, "rather die than" with the
 * verb and a companion between, taking all the pills in Spanish, Portuguese, Polish and Romanian,
 * and a locked place with people in it. Each beside a line with the same words that tells none.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const concepts = (text: string) =>
  reader
    .readForDanger(text)
    .situations.filter((h) => !h.negated)
    .map((h) => h.concept);

describe('suicidal thoughts told as what would have been', () => {
  it.each([
    ['soms denk ik dat het makkelijker was geweest als ik daar nooit was uitgekomen'],
    ['het was beter geweest als ik het niet had overleefd'],
    ['ik denk dat niemand me had gemist'],
    ['sometimes i think it would be better if i never made it out of that van'],
    ['i wish i had never survived the crossing'],
    ['nobody would have missed me'],
    ['ze zegt dat ze liever samen met de baby doodgaat dan dat de madam het kind krijgt'],
    ['he would rather die than go back to that farm'],
    ['esta noche pensé en tomarme todas las pastillas'],
    ['chcialam wziac wszystkie tabletki'],
  ])('reads "%s" as a thought of suicide', (text) => {
    expect(concepts(text)).toEqual(expect.arrayContaining(['suicide_indirect']));
  });

  it.each([
    ['het was makkelijker geweest als ik daar nooit was begonnen'],
    ['it would have been easier if i never took that job'],
    ['hij gaat liever naar huis dan dat hij daar nog een nacht werkt'],
    ['tomo una pastilla para el dolor de espalda'],
  ])('reads no thought of suicide in "%s"', (text) => {
    expect(concepts(text)).not.toContain('suicide_indirect');
  });
});

describe('a locked place with people in it', () => {
  it.each([['achter het pand een afgesloten zeecontainer met drie personen'], ['there is a locked container with three women inside']])(
    'reads "%s" as confinement',
    (text) => {
      expect(concepts(text)).toContain('confined');
    },
  );

  it('reads no confinement in a locked place for things', () => {
    expect(concepts('we bewaren het gereedschap in een afgesloten schuur')).not.toContain('confined');
  });
});

describe('no wish to go on, said verb last', () => {
  it('reads "dat het voor haar niet meer hoeft" as a thought of suicide', () => {
    expect(concepts('mijn tante zegt dat het voor haar niet meer hoeft')).toContain('suicide_indirect');
  });

  it('reads none in "dat ik voor hem niet meer hoef te komen"', () => {
    expect(concepts('mijn baas zegt dat ik voor hem niet meer hoef te komen')).not.toContain('suicide_indirect');
  });
});
