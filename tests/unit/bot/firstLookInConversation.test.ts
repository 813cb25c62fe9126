/**
 * A later turn is read in its conversation before the bot says 112 (ADR 0006 round 27): a turn
 * whose 112 would rest on a middling score alone, in a conversation where nothing was read as
 * danger, gets the danger question instead of 112, never silence (src/safety/turnContext.ts
 * `acuteOnScoreAlone`), while anything told now, a
 * first message, and a store that fails or is slow still get 112 at once. Sentences written for this
 * test.
 */
import { DANGER_QUESTION, blankRecognizer, createTestBot, join, say, hasDangerReply } from '../../support/bot';
import { GatedStorage, handTimer, settle } from '../../support/gatedStore';

/** A calm opening: read none alone. */
const OPENING = 'Hoi, ik ken een man via instagram en ik twijfel of het klopt wat hij vraagt.';
/** Acute alone on a middling score (under `sure`), naming only the background (money, a time). */
const DETAIL = 'hij zegt dat ik het geld meteen moet doorsturen';
const DANGER_NOW = 'hij staat nu voor de deur met een mes';

const sent = (adapter: ReturnType<typeof createTestBot>['adapter']) =>
  adapter.activeQueue.filter((a) => a.type === 'message').map((a) => a.text ?? '');

/** A bot over a store that can fail or hold, after an opening (a calm one unless given; its replies cleared). */
async function afterOpening(opening = OPENING) {
  const storage = new GatedStorage();
  const clock = handTimer();
  const bot = createTestBot(blankRecognizer, { storage, sessionWait: { ms: 150, timer: clock.timer } });
  await join(bot.adapter);
  const opened = await say(bot.adapter, opening);
  bot.adapter.activeQueue.splice(0);
  return { bot, storage, clock, opened };
}
type Opened = Awaited<ReturnType<typeof afterOpening>>;

/** `text` on a store that fails: whether the danger reply went out. */
async function onFailingStore({ bot, storage }: Opened, text: string): Promise<boolean> {
  storage.mode = 'fail';
  await bot.adapter.receiveActivity(text).catch(() => undefined);
  return hasDangerReply(sent(bot.adapter));
}

/** `text` on a store that does not answer: whether the danger reply went out before and after the bound passed. */
async function onHeldStore({ bot, storage, clock }: Opened, text: string): Promise<{ before: boolean; after: boolean }> {
  storage.mode = 'hold';
  const turn = bot.adapter.receiveActivity(text);
  await settle();
  const before = hasDangerReply(sent(bot.adapter));
  clock.fire();
  await settle();
  const after = hasDangerReply(sent(bot.adapter));
  storage.release();
  await turn;
  return { before, after };
}

describe('a later turn read in its conversation before the 112', () => {
  it('a detail on a middling score alone, after a calm opening, gets no 112 but the danger question, never silence', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    expect(hasDangerReply((await say(bot.adapter, OPENING)).texts)).toBe(false);
    const detail = await say(bot.adapter, DETAIL);
    expect(hasDangerReply(detail.texts)).toBe(false);
    // The model read it acute: lowered by the conversation to the question, not to nothing (24c60d3).
    expect(detail.all).toMatch(DANGER_QUESTION);
    expect(bot.lastTriage()?.acute ?? false).toBe(false);
  });

  it('the same words as the first message still get 112 (nothing to read them in)', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    expect(hasDangerReply((await say(bot.adapter, DETAIL)).texts)).toBe(true);
  });

  it('a cry for help on a later turn still gets 112', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    await say(bot.adapter, 'About someone else');
    expect((await say(bot.adapter, 'HELP!!!')).texts[0]).toMatch(/\b112\b/);
  });

  it('a danger told now on a later turn still gets 112', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    await say(bot.adapter, OPENING);
    await say(bot.adapter, DETAIL);
    expect(hasDangerReply((await say(bot.adapter, DANGER_NOW)).texts)).toBe(true);
  });

  it('a store that fails on the later turn: 112 at once, on the message alone', async () => {
    expect(await onFailingStore(await afterOpening(), DETAIL)).toBe(true);
  });

  it('a store that does not answer on the later turn: 112 when the bound passes, and the turn keeps it', async () => {
    const opened = await afterOpening();
    expect(await onHeldStore(opened, DETAIL)).toEqual({ before: false, after: true });
    expect(opened.bot.lastTriage()?.acute).toBe(true);
  });

  it('a "ja" after the danger reply of a tentative reading, with no question of the dialog after it, is danger now: 112', async () => {
    const bot = createTestBot(blankRecognizer);
    await join(bot.adapter);
    expect(hasDangerReply((await say(bot.adapter, `ik ben 17 en ${DETAIL}`)).texts)).toBe(true);
    expect(hasDangerReply((await say(bot.adapter, 'ja')).texts)).toBe(true);
  });
});

describe('the same danger told again while it is in view (calm34)', () => {
  /** Acute alone, named by a first 112 and told again with nothing new (dangerInView `repeatsDangerInView`). */
  const FIRST = 'hij schreeuwt tegen ze en ze huilen';
  const AGAIN = 'de man schreeuwt steeds tegen ze en ze huilen';

  async function afterFirst112() {
    const opened = await afterOpening(FIRST);
    expect(hasDangerReply(opened.opened.texts)).toBe(true);
    return opened;
  }

  it('with the session in time: no 112 again', async () => {
    const { bot } = await afterFirst112();
    expect(hasDangerReply((await say(bot.adapter, AGAIN)).texts)).toBe(false);
  });

  it('a store that fails: 112 at once, on the message alone', async () => {
    expect(await onFailingStore(await afterFirst112(), AGAIN)).toBe(true);
  });

  it('a store that does not answer: 112 when the bound passes', async () => {
    expect(await onHeldStore(await afterFirst112(), AGAIN)).toEqual({ before: false, after: true });
  });
});
