/**
 * A turn of the sentence ("maar", "but") ends a negation's reach (round 25, unsafe25): in "nee nu
 * niet maar vanavond komen ze haar halen" the "niet" is the writer's "not now", not a negation of
 * what follows. Sentences written for this test, with typos and without diacritics.
 */
import { testReader } from '../../support/reader';
import { isNegated } from '../../../src/safety/negation';
import { compilePattern, findMatches } from '../../../src/safety/patterns';
import { tokenize } from '../../../src/safety/normalise';

const reader = testReader();
const situations = (text: string) => reader.readForDanger(text).situations.map((h) => `${h.concept}${h.negated ? '!' : ''}`);

describe('a situation after "maar"/"but" is not negated by a "niet"/"not" before it', () => {
  it.each([
    ['nee nu niet maar vanavond komen ze haar halen', 'threat'],
    ['no not now but they locked her in', 'confined'],
    ['niet nu maar hij slaat haar', 'violence'],
  ])('%p reads %p', (text, concept) => {
    expect(situations(text)).toContain(concept);
    expect(situations(text)).not.toContain(`${concept}!`);
  });

  it('still reads a negation right before the situation', () => {
    expect(situations('ze is niet opgesloten')).toContain('confined!');
    expect(situations('nee maar ze is niet opgesloten')).toContain('confined!');
  });
});

describe('the signal patterns stop at "maar"/"but" too (isNegated)', () => {
  const concepts = { harm: ['slaat', 'slaaat', 'hits'] };
  const negated = (text: string) => {
    const tokens = tokenize(text);
    return findMatches(compilePattern('@harm', concepts), tokens).map((m) => isNegated(m, tokens));
  };

  it('reads "niet maar hij slaat" as not negated, "niet slaat" as negated', () => {
    expect(negated('nee niet maar hij slaat')).toEqual([false]);
    expect(negated('no not but hits')).toEqual([false]);
    expect(negated('nee hij niet slaat')).toEqual([true]);
  });
});
