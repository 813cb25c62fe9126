/**
 * A harm told only under a condition on a later turn (src/safety/conditionalThreat.ts, round 49,
 * calm49): the hold the exploiter has, not a harm at this moment. Not raised to "danger told now" as
 * the answer to the danger question (dangerAnswer.ts), not kept at the main model's 112 on a later
 * turn (laterTurnScreen.ts `keepsMainReading`). A time of today, a deadline, someone held or hurt, or
 * words of suicide beside it keep the reading as before. Sentences written for this test.
 */
import { harmOnlyUnderCondition } from '../../../src/safety/conditionalThreat';
import { assessDangerAnswer } from '../../../src/safety/dangerAnswer';
import { keepsMainReading } from '../../../src/safety/laterTurnScreen';
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, blankRecognizer, createTestBot, join, say } from '../../support/bot';

const screen = testScreen();
const underCondition = (text: string) => harmOnlyUnderCondition(screen.look(text).read);

describe('a harm only under a condition', () => {
  it.each([
    'if i run away the juju will kill my mother back home',
    'if I dont pay they will hurt my family',
    'als ik weiger slaan ze mij',
    'she still calls me. she says if I dont pay she will hurt my mother',
    'ze zeggen: als je naar de politie gaat vermoorden we je broer',
  ])('%p', (text) => {
    expect(underCondition(text)).toBe(true);
  });

  it.each([
    // No condition: the harm itself is told.
    'they will kill my mother',
    'hij slaat haar',
    // A time of today or a deadline makes it near.
    'if I dont pay tonight they will hurt my family',
    'als ik voor vrijdag niet betaal slaan ze mij',
    // Someone held beside it.
    'ik zit opgesloten, als ik weglopen slaan ze mij',
    // The harm told outside the condition too.
    'hij heeft me gisteren geslagen. als ik weiger slaat hij me weer',
    // Words of suicide are a thought of one's own, never a hold.
    'soms denk ik dat het beter is als ik er niet meer ben',
  ])('%p: not only under a condition', (text) => {
    expect(underCondition(text)).toBe(false);
  });
});

describe('as the answer to the danger question', () => {
  const answer = (text: string) => assessDangerAnswer(screen, text, screen.look(text));

  it('a threat under a condition is no "danger told now"', () => {
    const read = answer('if i stop they will hurt my mother in Eritrea');
    expect(read.reasons).not.toContain('answer.danger_told_now');
    expect(read.level).not.toBe('acute');
  });

  it('a threat for tonight still is', () => {
    expect(answer('ze komen vanavond, ze slaan haar als ze niet betaalt').level).toBe('acute');
  });
});

describe("the main model's 112 on a later turn", () => {
  it('is not kept for a harm under a condition', () => {
    const read = screen.look('she still calls me. she says if I dont pay she will hurt my mother').read;
    expect(keepsMainReading(read)).toBe(false);
  });

  it('is kept for a blow at this moment', () => {
    expect(keepsMainReading(screen.look('nu slaat hij haar').read)).toBe(true);
  });
});

describe('through the bot', () => {
  // A story that gets the danger question (tests/unit/safety/pastEventAnswer.test.ts uses it too).
  const STORY =
    "bij een van die families werkt een filipijnse vrouw in huis, al 2 jaar zie ik haar. ze mag nooit de deur uit, boodschappen doet mevrouw. ze is heel mager geworden. vorige week fluisterde ze 'please help me, they have my passport'";

  it('a threat under a condition, told as the answer to the danger question, gets no 112', async () => {
    const { adapter } = createTestBot(blankRecognizer);
    await join(adapter);
    await say(adapter, 'Over iemand anders');
    expect((await say(adapter, STORY)).all).toMatch(DANGER_QUESTION);
    const turn = await say(adapter, 'als ze stopt vermoorden ze haar broer in Lagos');
    expect(turn.all).not.toMatch(/\b112\b/);
  });

  it('a blow told now, as the answer, still gets 112', async () => {
    const { adapter } = createTestBot(blankRecognizer);
    await join(adapter);
    await say(adapter, 'Over iemand anders');
    expect((await say(adapter, STORY)).all).toMatch(DANGER_QUESTION);
    expect((await say(adapter, 'ja, hij slaat haar nu')).all).toMatch(/\b112\b/);
  });
});
