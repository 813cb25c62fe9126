/**
 * "Ja" to the danger question with a detail that does not take it back (round 47, dcheck47): an age
 * ("ja 15.") or the person still there ("ja ze is er nog") is the yes, and gets 112 as "ja" alone
 * does; a "no" with the age after it ("nee maar ze is pas 15") is the no. Through the real bot,
 * dialogs and danger screen (the recognizer is a double); sentences written for this test.
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, hasDangerReply, joinedBot, say, workStoryRecognizer } from '../../support/bot';

const screen = testScreen();

/** A first message the screen is unsure of: the bot asks the danger question. */
const UNSURE = 'mijn nichtje werkt als oppas bij een gezin, ze mag de deur niet uit en krijgt niks betaald';

beforeAll(() => {
  expect(screen.assess(UNSURE).level).toBe('unsure');
  // Alone, each detail reads no danger: only as the answer is it the yes.
  for (const detail of ['ja 15.', 'ja ze is er nog']) expect(screen.assess(detail).level).not.toBe('acute');
});

async function asked() {
  const { adapter } = await joinedBot(workStoryRecognizer);
  expect((await say(adapter, UNSURE)).all).toMatch(DANGER_QUESTION);
  return adapter;
}

describe('a "ja" with a detail to the danger question', () => {
  it.each(['ja', 'ja 15.', 'ja ze is er nog'])('%p gets 112 at once', async (answer) => {
    const adapter = await asked();
    const turn = await say(adapter, answer);
    expect(hasDangerReply(turn.texts)).toBe(true);
  });

  it('"nee maar ze is pas 15" is a no: no 112 and no danger question again', async () => {
    const adapter = await asked();
    const turn = await say(adapter, 'nee maar ze is pas 15');
    expect(turn.all).not.toMatch(/\b112\b/);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
  });
});
