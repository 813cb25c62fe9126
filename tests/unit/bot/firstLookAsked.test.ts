/**
 * The bot's first look knows what the bot just asked (ADR 0006 round 26), through the real turn
 * pipeline: a "no" to the danger reply gets no 112 again, while a store that fails or is slow
 * never swallows or holds back a 112 beyond the bound. Sentences written for this test.
 */
import { blankRecognizer, createTestBot, join, say, hasDangerReply } from '../../support/bot';
import { GatedStorage, handTimer, settle } from '../../support/gatedStore';

/** Acute alone on the model's score: papers and a phone kept, "nu" (no rule, no danger told now in so many words). */
const NO_BUT_PAPERS = 'nee, ze zijn nu weg. maar hij heeft nog steeds haar paspoort en telefoon';
const DANGER_NOW = 'hij staat nu voor de deur met een mes';

const sent = (adapter: ReturnType<typeof createTestBot>['adapter']) =>
  adapter.activeQueue.filter((a) => a.type === 'message').map((a) => a.text ?? '');

describe('with the store answering in time', () => {
  it('a "no" to the danger reply gets no 112 again, where the same words first in a chat do', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    expect(hasDangerReply((await say(bot.adapter, DANGER_NOW)).texts)).toBe(true);
    expect(hasDangerReply((await say(bot.adapter, NO_BUT_PAPERS)).texts)).toBe(false);

    const fresh = createTestBot(blankRecognizer);
    await join(fresh.adapter);
    expect(hasDangerReply((await say(fresh.adapter, NO_BUT_PAPERS)).texts)).toBe(true);
  });

  it('a "no" with danger told now beside it still gets 112', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    await say(bot.adapter, DANGER_NOW);
    expect(hasDangerReply((await say(bot.adapter, `nee, ${DANGER_NOW}`)).texts)).toBe(true);
  });
});

describe('112 first when the store fails or is slow', () => {
  it('a store that fails: 112 at once, on the message alone', async () => {
    const storage = new GatedStorage();
    const clock = handTimer();
    const bot = createTestBot(blankRecognizer, { storage, sessionWait: { ms: 150, timer: clock.timer } });
    storage.mode = 'fail';
    // The turn itself fails later (it cannot keep its state); the 112 went out before.
    await bot.adapter.receiveActivity(NO_BUT_PAPERS).catch(() => undefined);
    expect(hasDangerReply(sent(bot.adapter))).toBe(true);
  });

  /** A first message while the store does not answer: what was sent before the bound passed, and after. */
  async function withStoreHeld(text: string): Promise<{ beforeBound: string[]; bounds: number[]; afterBound: string[] }> {
    const storage = new GatedStorage();
    const clock = handTimer();
    const bot = createTestBot(blankRecognizer, { storage, sessionWait: { ms: 150, timer: clock.timer } });
    storage.mode = 'hold';
    const turn = bot.adapter.receiveActivity(text);
    await settle();
    const beforeBound = sent(bot.adapter);
    const bounds = clock.pending().map((b) => b.ms);
    clock.fire();
    await settle();
    const afterBound = sent(bot.adapter);
    storage.release();
    await turn;
    return { beforeBound, bounds, afterBound };
  }

  it('a store that does not answer: nothing waits past the bound, then 112 on the message alone', async () => {
    const held = await withStoreHeld(NO_BUT_PAPERS);
    expect(held.bounds).toEqual([150]);
    expect(held.beforeBound).toEqual([]);
    expect(hasDangerReply(held.afterBound)).toBe(true);
  });

  it('suicidal thoughts with a store that does not answer: 113 when the bound passes', async () => {
    const held = await withStoreHeld('ik wil niet meer leven');
    expect(held.bounds).toEqual([150]);
    expect(held.afterBound.some((t) => t.includes('113'))).toBe(true);
  });

  it('a store that answers late: the turn keeps the reading its 112 went out on', async () => {
    const storage = new GatedStorage();
    const clock = handTimer();
    const bot = createTestBot(blankRecognizer, { storage, sessionWait: { ms: 150, timer: clock.timer } });
    await join(bot.adapter);
    await say(bot.adapter, DANGER_NOW);
    storage.mode = 'hold';
    bot.adapter.activeQueue.splice(0);
    const turn = bot.adapter.receiveActivity(NO_BUT_PAPERS);
    await settle();
    clock.fire();
    await settle();
    storage.release();
    await turn;
    // Read alone the "no" is acute: 112 again, and the counsellor's summary keeps the danger.
    expect(hasDangerReply(sent(bot.adapter))).toBe(true);
    expect(bot.lastTriage()?.acute).toBe(true);
  });
});
