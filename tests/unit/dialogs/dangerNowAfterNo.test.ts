/**
 * After the citizen answered "nee" to "Is iemand op dit moment in gevaar?", a later turn that tells a
 * danger happening now gets 112 at once (round 47, issue 10): through the real bot, with the shipped
 * later-turn model and with one that reads every text as calm, so that what the turn keeps does not
 * hang on the later model's weights (learning dialogs-dev-ao lost one such 112 in round 46).
 */
import { laterTurnBundle, type StoredLaterTurnModel } from '../../../src/nlu/model/laterTurnModel';
import { LaterTurnScreen } from '../../../src/safety/laterTurnScreen';
import { createTestBot, DANGER_QUESTION, join, labourStoryRecognizer, say } from '../../support/bot';
import { FEAR } from '../../support/dangerSentences';
import { DONE_NOW, HELD_OR_HURT_NOW } from '../../support/dangerNowSentences';
import { testScreen } from '../../support/screen';

const main = testScreen();

/** Every text scores the same low value (all weights 0). */
const blindModel: StoredLaterTurnModel = {
  format: 1,
  sourceHash: '0'.repeat(64),
  mainSourceHash: main.bundle.sourceHash,
  trainedOn: { messages: 0, turns: 0 },
  thresholds: { acute: 0.216, unsure: 0.014, unsurePlain: 0.056, sure: 0.5 },
  danger: {
    classes: ['no', 'yes'],
    bias: [3, -3],
    scale: 1,
    weights: Buffer.alloc(main.bundle.vocabulary.danger.size * 4).toString('base64'),
  },
};
const blind = new LaterTurnScreen(laterTurnBundle(main.bundle, blindModel), main);

/** Read acute as a first message: the turns whose 112 the later-turn model must not take. Every other held one, to keep the file quick. */
const TOLD_NOW = [...DONE_NOW, ...HELD_OR_HURT_NOW.filter((_, i) => i % 2 === 0)].filter((t) => main.assess(t).level === 'acute');

async function afterNo(laterSafety?: LaterTurnScreen) {
  const bot = createTestBot(labourStoryRecognizer, laterSafety ? { laterSafety } : {});
  await join(bot.adapter);
  expect((await say(bot.adapter, FEAR)).all).toMatch(DANGER_QUESTION);
  expect((await say(bot.adapter, 'nee')).all).not.toMatch(/\b112\b/);
  return bot.adapter;
}

describe('a danger told now after "nee" to the danger question', () => {
  it('is a sample large enough to prove something', () => {
    expect(TOLD_NOW.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['the shipped later-turn model', undefined],
    ['a later-turn model that reads everything as calm', blind],
  ])('gets 112 at once with %s', async (_what, laterSafety) => {
    const missed: string[] = [];
    for (const text of TOLD_NOW) {
      const turn = await say(await afterNo(laterSafety), text);
      if (!/\b112\b/.test(turn.texts[0] ?? '')) missed.push(text);
    }
    expect(missed).toEqual([]);
  });

  it('a detail with no now after it gets no 112, with either model', async () => {
    for (const laterSafety of [undefined, blind]) {
      const turn = await say(await afterNo(laterSafety), 'ze slaapt achter in de salon op een matras');
      expect(turn.all).not.toMatch(/\b112\b/);
      expect(turn.all).not.toMatch(DANGER_QUESTION);
    }
  });
});
