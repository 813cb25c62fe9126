/**
 * After the first 112 (or 113) answer, the lines come again only when a turn tells danger again. A
 * message that has moved on from the danger (a thank-you, or only a question of what comes next:
 * does this count, what are the signs, what happens after a report) gets its answer without
 * "is the danger still there?" or 112; danger told again gets 112 again, thoughts of suicide told
 * again get 113 again, and 113 stays in the closing. Through the real bot and dialogs; danger from
 * the real screen, the recognizer a double. Turns in words of their own, not from a tuning set.
 */
import { testScreen } from '../../support/screen';
import { joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import type { Recognizer } from '../../../src/nlu/recognizer';

/** The story double, reading a thank-you as one (as the trained model does). */
const thanksToo: Recognizer = {
  name: 'story-thanks-double',
  async recognize(text, locale) {
    const read = await labourStoryRecognizer.recognize(text, locale);
    return /^\s*(dank|bedankt)/i.test(text) ? { ...read, intent: 'thanks', form: 'unknown' } : read;
  },
};
/** A story told before the danger, so that the guidance (with its list of routes) came before. */
const STORY = 'Mijn buurjongen werkt elke dag op een boerderij hier en krijgt bijna niks betaald';

const screen = testScreen();
/** Acute: locked in with a threat, now. */
const LOCKED_IN = 'Mijn buurjongen zit opgesloten in de schuur en de baas dreigt dat hij hem vanavond in elkaar slaat';
/** Acute again, in other words: a weapon at the door now. */
const KNIFE_AT_DOOR = 'Nu staat die baas met een mes bij de schuur te schreeuwen';
/** Moved on: only a question whether this counts as trafficking. */
const DOES_IT_COUNT = 'Valt zoiets eigenlijk onder mensenhandel?';
/** Moved on: only a question what happens after a report. */
const AFTER_REPORT = 'Wat gebeurt er nadat ik het bij jullie gemeld heb?';
/** Not moved on: facts of the story, no question of what comes next. */
const FACTS = 'hij is zeventien en komt uit Roemenie, zijn ouders wonen daar nog';
/** Thoughts of suicide, in two wordings. */
const NO_WAY_OUT = 'ik zie echt geen uitweg meer, ik wil er niet meer zijn';
const WANT_TO_DIE = 'eerlijk gezegd wil ik gewoon dood, dan is iedereen van me af';

const EMERGENCY = /\b112\b/;
const SUICIDE_LINE = /0800-0113|\b113\b/;
const STILL_THERE = /Is het gevaar er nog\?|nog onveilig/;

beforeAll(() => {
  expect(screen.assess(LOCKED_IN).level).toBe('acute');
  expect(screen.assess(KNIFE_AT_DOOR).level).toBe('acute');
  expect(screen.assess(DOES_IT_COUNT).level).toBe('none');
  expect(screen.assess(AFTER_REPORT).level).toBe('none');
  expect(screen.assess(FACTS).level).toBe('none');
  expect(screen.assess(NO_WAY_OUT).suicidal).toBe(true);
  expect(screen.assess(WANT_TO_DIE).suicidal).toBe(true);
});

describe('after the first 112 answer', () => {
  it('an acute turn after a calm one still gets 112 first', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    expect((await say(adapter, DOES_IT_COUNT)).all).not.toMatch(EMERGENCY);
    expect((await say(adapter, LOCKED_IN)).texts[0]).toMatch(EMERGENCY);
  });

  it('a question whether it counts as trafficking, right after, is answered without 112', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, STORY);
    expect((await say(adapter, LOCKED_IN)).texts[0]).toMatch(EMERGENCY);
    const next = await say(adapter, DOES_IT_COUNT);
    expect(next.all).toMatch(/mensenhandel/i);
    expect(next.all).not.toMatch(STILL_THERE);
    expect(next.all).not.toMatch(EMERGENCY);
  });

  it('danger told again after that gets 112 again', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, STORY);
    await say(adapter, LOCKED_IN);
    expect((await say(adapter, AFTER_REPORT)).all).not.toMatch(EMERGENCY);
    expect((await say(adapter, KNIFE_AT_DOOR)).texts[0]).toMatch(EMERGENCY);
  });

  it('a thank-you right after is not asked "is the danger still there?"', async () => {
    const { adapter } = await joinedBot(thanksToo);
    await say(adapter, STORY);
    await say(adapter, LOCKED_IN);
    const thanks = await say(adapter, 'dank je, ik weet genoeg');
    expect(thanks.all).not.toMatch(STILL_THERE);
    expect(thanks.all).not.toMatch(EMERGENCY);
  });

  it('a message that is not only a question of what comes next still hears "is the danger still there?"', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, STORY);
    await say(adapter, LOCKED_IN);
    expect((await say(adapter, FACTS)).all).toMatch(STILL_THERE);
  });
});

describe('after thoughts of suicide', () => {
  it('a question of what comes next gets no 113 line, thoughts told again get 113 again', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, 'Over mij');
    await say(adapter, STORY);
    expect((await say(adapter, NO_WAY_OUT)).all).toMatch(SUICIDE_LINE);
    expect((await say(adapter, AFTER_REPORT)).all).not.toMatch(SUICIDE_LINE);
    expect((await say(adapter, WANT_TO_DIE)).all).toMatch(SUICIDE_LINE);
  });

  it('a thank-you right after keeps 113 in the closing', async () => {
    const { adapter } = await joinedBot(thanksToo);
    await say(adapter, 'Over mij');
    await say(adapter, STORY);
    await say(adapter, NO_WAY_OUT);
    const closing = await say(adapter, 'dank je wel');
    expect(closing.all).toMatch(SUICIDE_LINE);
    expect(closing.all).not.toMatch(STILL_THERE);
  });
});
