/**
 * A thought of suicide of now told in the middle of a story, which the suicide model scores under its
 * threshold, gets 113 at once (round 37: a worded thought with no distance is suicidal whatever the
 * score), not the careful line for a thought told away; then the story goes on. Through the real bot,
 * dialogs and danger screen (the recognizer is a double). Sentences written for this test.
 */
import { SUICIDE_TOLD_AWAY } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';
import { catalog, joinedBot, labourStoryRecognizer, say } from '../../support/bot';

const OPENING = 'Hello, I work at the front desk of a hostel in Rotterdam and I am worried about a guest.';
const THOUGHT =
  "A young woman from Bulgaria came down with a bruise on her cheek and whispered that she would rather die than go back up to that room. Her 'manager' is waiting in the lobby now.";
const STORY = 'He pays for her room every week and she cleans the rooms of the other guests for him.';
const screen = testScreen();
const t = (key: string) => catalog.t('en', key);

describe('a thought of suicide of now in the middle of a story, through the bot', () => {
  it('gets 113 at once, not the told-away line, and the story goes on', async () => {
    const danger = screen.assess(THOUGHT);
    expect(danger.suicidal).toBe(true);
    expect(danger.reasons).not.toContain(SUICIDE_TOLD_AWAY);

    const { adapter } = await joinedBot(labourStoryRecognizer, 'en');
    await say(adapter, OPENING);
    const turn = await say(adapter, THOUGHT);
    expect(turn.texts).toContain(t('danger.suicidal'));
    expect(turn.texts).not.toContain(t('triage.suicideEarlier'));
    expect(turn.all).toMatch(/\b113\b/);

    const next = await say(adapter, STORY);
    expect(next.texts.length).toBeGreaterThan(0);
    expect(next.texts).not.toContain(t('danger.suicidal'));
  });
});
