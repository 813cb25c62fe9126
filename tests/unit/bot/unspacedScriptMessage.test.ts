/**
 * A first message in Chinese or Arabic script gets the bot's answer in English and Dutch with 112
 * (round 47): the Chinese one was read as nothing at all until its letters became tokens
 * (safety/normalise.ts); told danger or thoughts of suicide, the reply names 112 and 113.
 */
import { blankRecognizer, createTestBot, join, say } from '../../support/bot';

const english = /\b(?:call|danger|suicide)\b/i;
const dutch = /\b(?:bel|gevaar|zelfmoord)\b/i;

async function firstReply(text: string) {
  const bot = createTestBot(blankRecognizer);
  await join(bot.adapter);
  return say(bot.adapter, text);
}

describe('a first message in Chinese or Arabic script', () => {
  it('answers a Chinese wish to die in English and Dutch, with 112 and 113', async () => {
    const turn = await firstReply('我在餐馆干活，老板拿走了我的护照。我真的受不了了，我不想活了。');
    expect(turn.all).toMatch(/\b112\b/);
    expect(turn.all).toMatch(/\b113\b/);
    expect(turn.all).toMatch(english);
    expect(turn.all).toMatch(dutch);
  });

  it('answers a Chinese threat now in English and Dutch with 112', async () => {
    const turn = await firstReply('他现在就在门外，他说要杀我，救命');
    expect(turn.all).toMatch(/\b112\b/);
    expect(turn.all).toMatch(english);
    expect(turn.all).toMatch(dutch);
  });

  it('answers an Arabic question about the police in English and Dutch with 112', async () => {
    const turn = await firstReply('هل ستأتي الشرطة إذا اتصلت؟');
    expect(turn.all).toMatch(/\b112\b/);
    expect(turn.all).toMatch(english);
    expect(turn.all).toMatch(dutch);
  });
});
