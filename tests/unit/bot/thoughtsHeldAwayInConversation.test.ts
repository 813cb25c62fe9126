/**
 * Round 47 (acute47, ADR 0006): a later turn that tells thoughts of suicide held away from now (past
 * and over, or someone else's and over) is read in its conversation before the bot says 112: no 112
 * and no 113 at once, 113 named once with care. Thoughts of now keep 112 and 113 at once as a later
 * turn too; the same words as a first message, or on a store that fails, get them as before. The
 * conversation is written for this test.
 */
import { laterTurnMayLower } from '../../../src/safety/dangerAnswer';
import { blankRecognizer, createTestBot, hasDangerReply, join, say, textsAfterStoryOnFailingStore } from '../../support/bot';

const STORY = [
  'hoi, mag ik iets vragen over het werk van mijn broer?',
  'hij maakt kamers schoon in een hotel in Utrecht, het uitzendbureau houdt de helft van zijn loon in voor een kamer die hij met 6 man deelt',
];
const PAST_AND_OVER = 'Hij zei vorig jaar dat hij niet meer wilde leven, nu gaat het goed met hem.';
const OF_NOW = 'Zijn kamergenoot zei dat hij niet meer wil leven.';
const LINE_113 = /0800-0113/;

describe('thoughts of suicide held away, as a later turn', () => {
  it('get no 112 and no 113 at once, but 113 named with care', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    for (const text of STORY) await say(bot.adapter, text);
    const turn = await say(bot.adapter, PAST_AND_OVER);
    expect(hasDangerReply(turn.texts)).toBe(false);
    expect(turn.all).toMatch(LINE_113);
    expect(bot.lastTriage()?.suicidal ?? false).toBe(false);
  });

  it('thoughts of someone else now keep 112 and 113 at once', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    for (const text of STORY) await say(bot.adapter, text);
    const turn = await say(bot.adapter, OF_NOW);
    expect(hasDangerReply(turn.texts)).toBe(true);
    expect(turn.all).toMatch(LINE_113);
  });

  it('as a first message get 112 and 113 at once, as before', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    const turn = await say(bot.adapter, PAST_AND_OVER);
    expect(hasDangerReply(turn.texts)).toBe(true);
    expect(turn.all).toMatch(LINE_113);
  });

  it('on a store that fails get 112 on the message alone', async () => {
    expect(hasDangerReply(await textsAfterStoryOnFailingStore(blankRecognizer, STORY, PAST_AND_OVER))).toBe(true);
  });

  it('a suicidal reading with no other rule is read in its conversation; one beside an alarm is not', () => {
    expect(laterTurnMayLower({ level: 'acute', suicidal: true, reasons: ['model.suicidal', 'model.acute'], score: 0.9 })).toBe(true);
    expect(
      laterTurnMayLower({ level: 'acute', suicidal: true, reasons: ['model.suicidal', 'floor.explicit_alarm', 'model.acute'], score: 0.9 }),
    ).toBe(false);
  });
});
