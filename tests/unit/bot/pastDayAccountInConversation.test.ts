/**
 * Round 48 (calm48, ADR 0006): the first account of the story that tells a blow of yesterday, passed
 * on by the one hurt ("gisteren kwam hij binnen met een kapotte lip, hij zegt dat de voorman hem heeft
 * geslagen"), gets the danger question (112 is in it) instead of 112 at once: "gisteren" puts the
 * blow in the past story whatever verb tells it. A blow told now after yesterday keeps 112 at once.
 * Sentences written for this test.
 */
import { blankRecognizer, createTestBot, DANGER_QUESTION, hasDangerReply, join, say } from '../../support/bot';

const OPENING = 'hoi, ik wil iets vragen over een collega';

async function account(text: string) {
  const bot = createTestBot(blankRecognizer);
  await join(bot.adapter);
  await say(bot.adapter, OPENING);
  return say(bot.adapter, text);
}

describe('a first account of a blow yesterday', () => {
  it('gets the danger question, not 112 at once', async () => {
    const turn = await account('gisteren kwam hij binnen met een kapotte lip, hij zegt dat de voorman hem heeft geslagen');
    expect(hasDangerReply(turn.texts)).toBe(false);
    expect(turn.all).toMatch(DANGER_QUESTION);
  });

  it('a blow now after yesterday gets 112 at once', async () => {
    const turn = await account('gisteren kwam hij binnen met een kapotte lip en nu slaat de voorman hem weer');
    expect(hasDangerReply(turn.texts)).toBe(true);
  });
});
