/**
 * A present condition told now is not danger at this moment (src/safety/presentCondition.ts, round
 * 37), through the real bot and dialogs with the real danger screen (the recognizer is a double).
 * After a greeting, a debt or a demand for money with papers kept, told in the present with nothing
 * joined, gets neither 112 nor the danger question; the same debt with a deadline "or else", someone
 * not free to go or a blow made conditional on not paying still gets 112 or the one direct question.
 * Sentences written for this test.
 */
import { labourStoryRecognizer, joinedBot, say, DANGER_QUESTION } from '../../support/bot';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const GREETING = 'hallo, ik heb een vraag over mijn werk';
/**
 * The model is sure of the words (over its `sure` threshold) though they name a condition only.
 * Picked by its reading, the highest (round 40: the first read 0.606 before and 0.490 after the
 * hash-ordered training, under `sure` 0.5 by a hair; the same words with "nu" moved read 0.617).
 */
const PAPERS_AND_DEBT = [
  'ze hebben mijn paspoort en nu moet ik 1800 euro betalen om het terug te krijgen',
  'ze hebben mijn paspoort en ik moet nu 1800 euro betalen om het terug te krijgen',
].sort((a, b) => screen.assess(b).score - screen.assess(a).score)[0]!;
/** The first account of the story, over the acute threshold, a debt told in the present. */
const DEBT_NOW = 'nu zeggen ze dat ik 4000 euro schuld heb bij het bureau voor de reis en de kamer';
const DEADLINE_OR_ELSE = 'hij zegt dat ik voor vrijdag 3000 euro moet betalen anders doen ze mijn broer iets';
const HELD_WITH_PAPERS = 'he took my passport and now we must pay 500 euro, we are not allowed to leave the house';
const BLOW_IF_NOT_PAID = 'nu zegt hij dat ik 2000 euro moet betalen en als ik niet betaal slaat hij me';

beforeAll(() => {
  const { thresholds } = screen.bundle;
  expect(screen.assess(GREETING).level).toBe('none');
  expect(screen.assess(PAPERS_AND_DEBT).score).toBeGreaterThanOrEqual(thresholds.sure);
  expect(screen.assess(DEBT_NOW).score).toBeGreaterThanOrEqual(thresholds.acute);
  for (const text of [PAPERS_AND_DEBT, DEBT_NOW]) expect(screen.assess(text).level).not.toBe('none');
  expect(screen.assess(BLOW_IF_NOT_PAID).level).not.toBe('none');
});

async function afterGreeting(text: string) {
  const { adapter } = await joinedBot(labourStoryRecognizer);
  await say(adapter, GREETING);
  return say(adapter, text);
}

describe('a present condition after a greeting', () => {
  it.each([PAPERS_AND_DEBT, DEBT_NOW])('gets neither 112 nor the danger question: %p', async (text) => {
    const turn = await afterGreeting(text);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });
});

describe('the same debt with danger joined', () => {
  it.each([DEADLINE_OR_ELSE, HELD_WITH_PAPERS])('gets 112 at once: %p', async (text) => {
    expect((await afterGreeting(text)).texts[0]).toMatch(/\b112\b/);
  });

  it('gets 112 or the one direct question for a blow made conditional on not paying', async () => {
    const turn = await afterGreeting(BLOW_IF_NOT_PAID);
    expect(turn.all).toMatch(new RegExp(`\\b112\\b|${DANGER_QUESTION.source}`));
  });
});
