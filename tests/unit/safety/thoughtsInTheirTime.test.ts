/**
 * Round 47 (acute47, ADR 0006): thoughts of suicide a later turn holds away from now — past and over,
 * or someone else's told second-hand in the past and over — are read as told away in the conversation
 * (113 named with care, no 112 at once); thoughts of now, the writer's or someone else's, keep 113 at
 * once, and a first message is read as it always was. Sentences written for this test.
 */
import { lookAt, THOUGHTS_AWAY_REASON } from '../../../src/understanding/firstLook';
import { SUICIDE_TOLD_AWAY } from '../../../src/safety/screen';
import { namesOnlyTheThought, thoughtsHeldAway } from '../../../src/safety/thoughtsInTheirTime';
import type { EarlierTurn } from '../../../src/understanding/understanding';
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';

const reader = testReader();
const screen = testScreen();
const heldAway = (text: string) => thoughtsHeldAway(reader.readForDanger(text));
const EARLIER: readonly EarlierTurn[] = [{ level: 'none', score: 0.02 }];
const inConversation = (text: string) => lookAt(screen, text, 'nl', null, undefined, undefined, EARLIER).look.danger;
const alone = (text: string) => lookAt(screen, text, 'nl').look.danger;

/** Read suicidal alone (113 at once as a first message), held away as a later turn. */
const PAST_AND_OVER = [
  'three years ago i took a lot of tablets because i could not go on, i was in hospital for a week. now i am fine',
  'My cousin said last year that she did not want to live anymore, now she is doing fine.',
  'Mijn broer zei vorig jaar dat hij niet meer wilde leven, nu gaat het goed met hem.',
];

/** Thoughts of now, or not over: 113 at once in a conversation too. */
const OF_NOW = [
  ['someone else now, second-hand', 'Mijn collega zei dat ze niet meer wil leven.'],
  ['the past and now again', 'Vorig jaar wilde ik niet meer leven en nu weer.'],
  ['a now that is not better', 'Vorig jaar wilde ik niet meer leven, nu gaat het niet goed.'],
  ['coming back', 'last year i wanted to die, now it is better but it still comes back sometimes'],
  ['days ago', 'Vorige week wilde mijn vriendin niet meer leven, nu gaat het beter.'],
  ['a now before the thought', 'Nu wil ik weer dood, net als vorig jaar.'],
] as const;

describe('thoughts of suicide held away from now', () => {
  it.each(PAST_AND_OVER)('past or second-hand and over: "%s"', (text) => {
    expect(heldAway(text)).toBe(true);
    expect(alone(text).suicidal).toBe(true);
    const later = inConversation(text);
    expect(later.suicidal).toBe(false);
    expect(later.level).not.toBe('acute');
    expect(later.reasons).toEqual(expect.arrayContaining([SUICIDE_TOLD_AWAY, THOUGHTS_AWAY_REASON]));
  });

  it.each(OF_NOW)('not held away (%s): 113 at once in a conversation too', (_what, text) => {
    expect(heldAway(text)).toBe(false);
    const later = inConversation(text);
    expect(later.suicidal).toBe(true);
    expect(later.level).toBe('acute');
  });

  it('a reading with no part of a thought the reader can place is not held away', () => {
    expect(heldAway('Vorig jaar was ik heel erg moe van het werk, nu gaat het beter.')).toBe(false);
  });

  it('a first message is read as it always was', () => {
    for (const text of PAST_AND_OVER) expect(lookAt(screen, text, 'nl', null, undefined, undefined, []).look.danger).toEqual(alone(text));
  });
});

describe('a thought held away beside another danger', () => {
  const TEXT = 'Mijn zus zei vorig jaar dat ze niet meer wilde leven. Nu slaat hij haar en ze zit opgesloten in haar kamer.';
  it('names more than the thought', () => {
    expect(namesOnlyTheThought(reader.readForDanger(TEXT))).toBe(false);
  });
  it('keeps 112 for that danger in a conversation', () => {
    const later = inConversation(TEXT);
    expect(later.suicidal).toBe(false);
    expect(later.level).toBe('acute');
  });
});

describe('a thought the screen tells away but answers with 112 for the words of it', () => {
  const TEXT = 'in 2021 i took too many pills because i saw no way out and woke up in hospital. now its better, my sister helps me';
  it('is 112 at once alone, as before', () => {
    const danger = alone(TEXT);
    expect(danger.suicidal).toBe(false);
    expect(danger.level).toBe('acute');
  });
  it('gets neither 112 nor the danger question as a later turn: the told-away line asks', () => {
    const later = inConversation(TEXT);
    expect(later.level).toBe('none');
    expect(later.reasons).toContain(SUICIDE_TOLD_AWAY);
  });
});

describe('a thought told away that names nothing else, as a later turn', () => {
  const TEXT = 'mijn tante zei vorig jaar dat ze niet meer wilde leven';
  it('is told away alone, as before', () => {
    const danger = alone(TEXT);
    expect(danger.suicidal).toBe(false);
    expect(danger.reasons).toContain(SUICIDE_TOLD_AWAY);
  });
  it('gets no danger question in its conversation: the told-away line asks', () => {
    expect(namesOnlyTheThought(reader.readForDanger(TEXT))).toBe(true);
    const later = inConversation(TEXT);
    expect(later.level).toBe('none');
    expect(later.reasons).toContain(SUICIDE_TOLD_AWAY);
  });
});
