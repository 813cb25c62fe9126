/**
 * Round 45 (ADR 0006): a thought of ending one's life told indirectly in another language, typed in
 * Latin letters, in the middle of a story on the Dutch page, gets 113 at once and not the careful
 * line for a thought told away; then the story goes on. Through the real bot, dialogs and danger
 * screen (the recognizer is a double). Sentences written for this test.
 */
import { SUICIDE_TOLD_AWAY } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';
import { catalog, joinedBot, labourStoryRecognizer, say } from '../../support/bot';

const OPENING = 'Hallo, ik werk in een kas bij Westland via een uitzendbureau.';
// Ukrainian typed in Latin letters: the boss holds my passport; I do not want to wake up anymore.
const THOUGHT = 'bos trymaie mii pasport i ne platyt. ne khochu bilshe prokydatys';
const STORY = 'Wij wonen met tien mensen in een huis van de baas en hij houdt de huur in op ons loon.';
const screen = testScreen();

describe('an indirect thought in another language in the middle of a story, through the bot', () => {
  it('gets 113 at once, not the told-away line, and the story goes on', async () => {
    const danger = screen.assess(THOUGHT);
    expect(danger.suicidal).toBe(true);
    expect(danger.reasons).not.toContain(SUICIDE_TOLD_AWAY);

    const { adapter } = await joinedBot(labourStoryRecognizer, 'nl');
    await say(adapter, OPENING);
    const turn = await say(adapter, THOUGHT);
    expect(turn.all).toMatch(/\b113\b|0800-0113/);
    expect(turn.texts).not.toContain(catalog.t('nl', 'triage.suicideEarlier'));

    const next = await say(adapter, STORY);
    expect(next.texts.length).toBeGreaterThan(0);
    expect(next.texts).not.toContain(catalog.t('nl', 'danger.suicidal'));
  });
});
