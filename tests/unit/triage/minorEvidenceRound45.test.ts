/**
 * Round 45 (roles45): the first digit of a larger number is no age. "takes like 60% of what they
 * make" read "like 6" as an age under 18 (ds-27: "The person is under 18" to a courier telling of
 * grown men at a hub).
 */
import { tellsMinor } from '../../../src/triage/minorEvidence';
import { normaliseText } from '../../../src/safety/normalise';

describe('a number that is no age', () => {
  it.each([
    'some guy rents them the account and takes like 60% of what they make',
    'ongeveer 100 mensen werken daar in ploegen',
    'ze betalen maar rond 150 euro per week',
    'they are 25 in one house',
  ])('tells no minor: %p', (text) => {
    expect(tellsMinor(normaliseText(text))).toBe(false);
  });

  it.each(['ze is 15', 'hij is pas 16', 'maybe 12 or 13', 'ze is ongeveer 14 jaar'])('an age under 18 still tells one: %p', (text) => {
    expect(tellsMinor(normaliseText(text))).toBe(true);
  });
});
