/**
 * A threat with no time joined to a present condition is the condition's (src/safety/presentCondition.ts
 * `tellsALastingThreat`, round 39), through the real bot and dialogs with the real danger screen (the
 * recognizer is a double). After a greeting, a demand for money or a bank card with "they know where I
 * live" or "otherwise they come by" gets neither 112 nor the danger question; the same threat with a
 * date, with someone not allowed out, or told right after a turn that had 112, still gets 112 at once.
 * Sentences written for this test.
 */
import { labourStoryRecognizer, joinedBot, say, DANGER_QUESTION } from '../../support/bot';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const GREETING = 'hallo, ik heb een vraag over mijn werk';
const KNOW_WHERE = 'nu zeggen ze dat ik 2000 euro moet terugbetalen en ze weten waar ik woon';
const OTHERWISE = "now he says I must give my bank card and pin code too, otherwise 'they come to my room'";
const WITH_A_DATE = 'hij zegt dat ik voor vrijdag 3000 euro moet betalen anders weten ze waar ik woon';
const HELD = 'ze hebben mijn paspoort en ik mag niet naar buiten, anders weten ze waar mijn moeder woont';
const DANGER_NOW = 'hij staat nu met een mes voor mijn deur';

beforeAll(() => {
  expect(screen.assess(GREETING).level).toBe('none');
  // Read alone, each is acute: the change is the reading in the conversation.
  for (const text of [KNOW_WHERE, OTHERWISE, WITH_A_DATE, HELD]) expect(screen.assess(text).level).toBe('acute');
});

async function after(...texts: string[]) {
  const { adapter } = await joinedBot(labourStoryRecognizer);
  let turn = await say(adapter, GREETING);
  for (const text of texts) turn = await say(adapter, text);
  return turn;
}

describe('a lasting threat after a greeting', () => {
  it.each([KNOW_WHERE, OTHERWISE])('gets neither 112 nor the danger question: %p', async (text) => {
    const turn = await after(text);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });
});

describe('the same threat with danger beside it', () => {
  it.each([WITH_A_DATE, HELD])('gets 112 at once: %p', async (text) => {
    expect((await after(text)).texts[0]).toMatch(/\b112\b/);
  });

  it('keeps 112 in view after a turn read acute', async () => {
    const turn = await after(DANGER_NOW, KNOW_WHERE);
    expect(turn.all).toMatch(/\b112\b/);
  });
});
