/**
 * Indirect Dutch wording of not wanting to go on, without the word "leven" (situations.ts
 * suicide_indirect, suicide_prepared, farewell), and what stays ordinary. Sentences written for
 * this test.
 */
import { testReader } from '../../support/reader';
import { SUICIDE_WORDING } from '../../../src/safety/situations';

const reader = testReader();
const worded = (text: string) => reader.readForDanger(text).situations.some((h) => SUICIDE_WORDING.has(h.concept) && !h.negated);

describe('Dutch indirect suicidal wording', () => {
  it.each([
    'sinds die nacht hoeft het voor mij allemaal niet meer',
    'eerlijk gezegd heb ik geen zin meer om nog op te staan',
    'ik hoef echt niet zo nodig oud te worden hoor',
    'ik heb de slaappillen op tafel gelegd',
    'mijn broer zei gisteren dat hij zijn zaken op orde heeft gebracht',
  ])('%p is worded', (text) => {
    expect(worded(text)).toBe(true);
  });

  it.each(['ik heb geen zin meer in dat werk op de kwekerij', 'mijn moeder heeft de messen klaargelegd voor het avondeten'])(
    '%p is not',
    (text) => {
      expect(worded(text)).toBe(false);
    },
  );
});
