/**
 * Round 37 (ownq37): the age of the one the person works for ("hij werkt voor een gozer van 23") is
 * a doer's age, never the age of the person of concern; with it read as theirs, a 15-year-old's
 * story got the questions for an adult (a debt) before the age was told.
 */
import { readAge } from '../../../src/nlu/facts/facts';

describe('the age of the one the person works for', () => {
  it('is not the age of the person of concern', () => {
    expect(readAge("hij werkt voor een gozer van 23 ofzo, moet pakketjes wegbrengen op z'n scooter", false)).toBeNull();
    expect(readAge('she works for a guy of 30 who keeps her money', false)).toBeNull();
  });

  it("leaves the person's own age beside it", () => {
    expect(readAge('mijn neefje van 14 werkt voor een man van 30', false)).toBe(14);
    expect(readAge('hij werkt voor een man van 30, hij is zelf pas 15', false)).toBe(15);
  });
});
