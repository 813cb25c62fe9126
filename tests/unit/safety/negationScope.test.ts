/**
 * Negation over a situation hit: in a gap of the phrase and after it in Dutch word order, but not
 * a negation the phrase itself is made of ("mag niet weg").
 */
import { testReader } from '../../support/reader';
import { analyseText } from '../../../src/nlu/text/analyse';
import { negatedAfter } from '../../../src/safety/negationScope';

const reader = testReader();
const situations = (text: string) => reader.readForDanger(text).situations.map((h) => `${h.concept}${h.negated ? '!' : ''}`);

describe('negation scope of situations', () => {
  it.each([
    ['a negation in the gap of a separable verb', 'ze sluiten ons niet op', 'confined!'],
    ['a negated wish', 'ik wil niet dood', 'suicide_direct!'],
    ['a negation after the object, Dutch word order', 'hij slaat haar niet meer', 'violence!'],
    ['a negation right after the verb', 'ze dreigen niet', 'threat!'],
    ['a negation after the subject of an inverted sentence', 'op dit moment slaat hij haar niet', 'violence!'],
    ['an inverted sentence with "nu" and "meer"', 'nu slaat hij haar niet meer', 'violence!'],
  ])('%s: %p', (_why, text, expected) => {
    expect(situations(text)).toContain(expected);
  });

  it.each([
    ['a negation the phrase is made of', 'ze mag niet weg', 'confined'],
    ['"niet alleen" adds rather than takes back', 'hij slaat haar niet alleen, hij schopt ook', 'violence'],
    ['a negation in the next clause', 'hij slaat haar, niet normaal meer', 'violence'],
    ['a plain wish to die', 'ik wil niet meer leven', 'suicide_direct'],
    ['an inverted sentence that is not negated', 'op dit moment slaat hij haar', 'violence'],
    ['"niet alleen" after an inverted subject', 'nu slaat hij haar niet alleen', 'violence'],
    ['a contraction the phrase needs', "they won't let me leave", 'confined'],
  ])('%s: %p stays a situation', (_why, text, expected) => {
    expect(situations(text)).toContain(expected);
    expect(situations(text)).not.toContain(`${expected}!`);
  });
});

describe('a Dutch word is no negation of another language by its shortened form', () => {
  it.each([
    ['"neem" is no Hungarian "nem"', 'ik neem pillen', 'suicide_means'],
    ['"neem" before a later hit', 'ik neem straks alle pillen', 'suicide_means'],
    ['"noot" is no English "not"', 'ik heb een noot opgesloten', 'confined'],
  ])('%s: %p', (_why, text, expected) => {
    expect(situations(text)).toContain(expected);
    expect(situations(text)).not.toContain(`${expected}!`);
  });

  it.each([
    ['a negation as written', 'ik neem niet alle pillen', 'suicide_means!'],
    ['a stretched Dutch negation', 'ik wil niiiiet dood', 'suicide_direct!'],
    ['a stretched negation after the verb', 'hij slaat me nooooit', 'violence!'],
    ['Hungarian "nem" as written', 'nem vagyok bezárva', 'confined!'],
  ])('still reads %s: %p', (_why, text, expected) => {
    expect(situations(text)).toContain(expected);
  });
});

describe('negatedAfter', () => {
  const at = (text: string, word: string) => {
    const analysis = analyseText(text);
    return negatedAfter(analysis, analysis.tokens.indexOf(analyseText(word).tokens[0]!));
  };

  it('passes at most a few object words and stops at a clause end', () => {
    expect(at('hij slaat me niet', 'slaat')).toBe(true);
    expect(at('hij slaat haar nu niet', 'slaat')).toBe(true);
    expect(at('hij slaat haar, niet', 'slaat')).toBe(false);
    expect(at('hij slaat haar met een riem niet', 'slaat')).toBe(false);
    expect(at('hij slaat', 'slaat')).toBe(false);
  });

  it('passes the subject right after the verb of an inverted sentence, and only there', () => {
    expect(at('nu slaat hij haar niet', 'slaat')).toBe(true);
    expect(at('nu slaat hij haar nu niet', 'slaat')).toBe(true);
    expect(at('nu slaat haar hij niet', 'slaat')).toBe(false);
    expect(at('nu slaat hij haar met een riem niet', 'slaat')).toBe(false);
  });
});
