/**
 * The bot reads short asides, questions and answers to its own questions in their conversation
 * (src/safety/turnContext.ts wired in src/bot/helplineBot.ts): such a message that alone lands in
 * the danger screen's unsure band but tells no danger itself gets the danger question as a first
 * message, not as a later one; a longer statement keeps it ("ze durft niet naar huis te gaan"). Danger told in
 * a later message still gets 112 at once, and the message right after a reading just over the acute
 * threshold is still read as the answer to "Is er nu gevaar?". Through the real bot, dialogs and danger screen (the
 * recognizer is a double); sentences written for this test.
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { CALM, FEAR, FIRM, TENTATIVE } from '../../support/dangerSentences';

const screen = testScreen();
/** In the unsure band alone; names no danger. */
const ASIDE = 'ik moest snel weg';
/** Danger told in a later message. */
const DANGER = FIRM;

async function conversation() {
  return (await joinedBot(labourStoryRecognizer)).adapter;
}

beforeAll(() => {
  expect(screen.assess(ASIDE).level).toBe('unsure');
  expect(screen.inConversation(screen.look(ASIDE), [{ level: 'none', score: 0.02 }]).level).toBe('none');
  expect(screen.assess(FEAR).level).toBe('unsure');
  expect(screen.inConversation(screen.look(FEAR), [{ level: 'none', score: 0.02 }]).level).toBe('none');
  expect(screen.assess(CALM).level).toBe('none');
  expect(screen.assess(DANGER).level).toBe('acute');
  expect(screen.assess(TENTATIVE).level).toBe('acute');
});

describe('a message read in its conversation', () => {
  it('asks about danger when the unsure message is the first', async () => {
    const adapter = await conversation();
    expect((await say(adapter, ASIDE)).all).toMatch(DANGER_QUESTION);
  });

  it('does not ask about danger when the same message comes after calm ones', async () => {
    const adapter = await conversation();
    await say(adapter, CALM);
    const later = await say(adapter, ASIDE);
    expect(later.all).not.toMatch(DANGER_QUESTION);
    expect(later.all).not.toMatch(/\b112\b/);
  });

  it('asks about a longer statement after calm ones', async () => {
    const adapter = await conversation();
    await say(adapter, CALM);
    expect((await say(adapter, FEAR)).all).toMatch(DANGER_QUESTION);
  });

  it('still answers danger told later with 112 at once', async () => {
    const adapter = await conversation();
    await say(adapter, CALM);
    await say(adapter, ASIDE);
    expect((await say(adapter, DANGER)).texts[0]).toMatch(/\b112\b/);
  });

  it('reads an unsure message right after a reading just over the threshold as the answer to its danger question: 112 stays', async () => {
    const adapter = await conversation();
    await say(adapter, CALM);
    expect((await say(adapter, TENTATIVE)).texts[0]).toMatch(/\b112\b/);
    expect((await say(adapter, ASIDE)).all).toMatch(/\b112\b/);
  });
});
