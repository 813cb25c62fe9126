/**
 * Once the story has been heard (the guidance given), a longer message the screen is unsure of is
 * read in its conversation, as a short aside is: a calm detail after the guidance gets no danger
 * question, a message about what happens now still does, and danger told later still gets 112 at
 * once. Through the real bot, dialogs and danger screen (the recognizer is a double); sentences
 * written for this test.
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { FEAR, FIRM } from '../../support/dangerSentences';

const screen = testScreen();
const STORY = 'mijn buurman werkt elke dag veertien uur in een kas voor weinig geld';
/** Unsure alone, with a "now" in it; none when read in its conversation. */
const NOW = 'nu belt hij haar de hele tijd op';

beforeAll(() => {
  expect(screen.assess(STORY).level).toBe('none');
  for (const t of [FEAR, NOW]) {
    expect(screen.assess(t).level).toBe('unsure');
    expect(screen.inConversation(screen.look(t), [{ level: 'none', score: 0.02 }]).level).toBe('none');
  }
  expect(screen.assess(NOW).reasons).toContain('distance.now');
  expect(screen.assess(FEAR).reasons).not.toContain('distance.now');
});

/** A conversation with the guidance behind it. */
async function guided() {
  const { adapter } = await joinedBot(labourStoryRecognizer);
  await say(adapter, STORY);
  const answer = await say(adapter, 'nee');
  expect(answer.all).toMatch(/Hier kun je terecht/);
  return adapter;
}

describe('the danger question after the guidance', () => {
  it('is not asked about a longer calm statement the screen alone is unsure of', async () => {
    const adapter = await guided();
    const turn = await say(adapter, FEAR);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });

  it('is still asked about what happens now', async () => {
    const adapter = await guided();
    expect((await say(adapter, NOW)).all).toMatch(DANGER_QUESTION);
  });

  it('leaves 112 at once for danger told later', async () => {
    const adapter = await guided();
    await say(adapter, FEAR);
    expect((await say(adapter, FIRM)).texts[0]).toMatch(/\b112\b/);
  });

  it('is still asked about the same statement before the guidance', async () => {
    const { adapter } = await joinedBot(labourStoryRecognizer);
    await say(adapter, STORY);
    expect((await say(adapter, FEAR)).all).toMatch(DANGER_QUESTION);
  });
});
