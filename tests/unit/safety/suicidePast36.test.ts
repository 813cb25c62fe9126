/**
 * Round 36 (ADR 0006): a thought of suicide told only in the past gets 113 named with care, not 112
 * at once; a thought whose own sentence says now, or a wish, means or plan told without a past time,
 * keeps its 113 with 112. Sentences written for this test (none is in the corpus or a tuning set).
 */
import { testReader } from '../../support/reader';
import { SUICIDE_TOLD_AWAY, thoughtOnlyInThePast } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const reader = testReader();
const screen = testScreen();
const pastOnly = (text: string) => thoughtOnlyInThePast(reader.readForDanger(text));

describe('a thought of suicide told only in the past', () => {
  it.each([
    'Vorig jaar wilde ik niet meer leven. Nu gaat het beter met me.',
    'Mijn buurman zei vorig jaar dat hij liever niet meer wakker wilde worden. Nu werkt hij in een garage en gaat het beter met hem.',
    'In 2019 I wanted to die on that boat. I am fine now.',
  ])('is read as past and answered with 113 and care, no 112: "%s"', (text) => {
    expect(pastOnly(text)).toBe(true);
    const danger = screen.assess(text);
    expect(danger.suicidal).toBe(false);
    expect(danger.level).not.toBe('acute');
    expect(danger.reasons).toContain(SUICIDE_TOLD_AWAY);
  });

  it.each([
    ['a now in its own sentence', 'Vorig jaar wilde ik niet meer leven en nu weer.'],
    ['a plan told without a past time', 'Vorig jaar wilde ik niet meer leven. Vanavond spring ik van de brug.'],
    ['the thought told without a past time', 'Ik wil niet meer leven. Vorig jaar kwam ik hier.'],
    ['a past of days, not away', 'Vorige week wilde ik niet meer leven, ik heb een touw gekocht.'],
  ])('is not, with %s', (_kind, text) => {
    expect(pastOnly(text)).toBe(false);
    expect(screen.assess(text)).toMatchObject({ level: 'acute', suicidal: true });
  });

  it('needs a thought worded at all', () => {
    expect(pastOnly('Vorig jaar werkte ik op een boot zonder loon.')).toBe(false);
  });
});
