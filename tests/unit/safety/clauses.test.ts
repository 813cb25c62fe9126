import { clauseAround } from '../../../src/safety/clauses';

const OPENERS: ReadonlySet<string> = new Set(['maar', 'en', 'but']);
const words = (text: string) => text.split(' ');

describe('clauseAround', () => {
  it('stops at a sentence break and a comma on either side', () => {
    const tokens = words('hij sloeg haar | vorig jaar , nu zoekt hij ons overal');
    // "zoekt" (8) stands in "nu zoekt hij ons overal": from the comma to the end.
    expect(clauseAround(tokens, 8, 8, OPENERS)).toEqual([7, 11]);
    // "vorig jaar" (4–5) between the break and the comma.
    expect(clauseAround(tokens, 4, 5, OPENERS)).toEqual([4, 5]);
  });

  it('opens a clause at an opener and ends the one before it', () => {
    const tokens = words('we zijn ontsnapt maar hij zoekt ons');
    expect(clauseAround(tokens, 5, 5, OPENERS)).toEqual([3, 6]);
    expect(clauseAround(tokens, 1, 1, OPENERS)).toEqual([0, 2]);
  });

  it('takes the whole text when nothing ends a clause', () => {
    const tokens = words('he keeps driving past the house');
    expect(clauseAround(tokens, 2, 3, OPENERS)).toEqual([0, 5]);
  });

  it('reads only the openers it is given', () => {
    const tokens = words('ze is thuis want hij is weg');
    expect(clauseAround(tokens, 5, 5, OPENERS)).toEqual([0, 6]);
    expect(clauseAround(tokens, 5, 5, new Set(['want']))).toEqual([3, 6]);
  });
});
