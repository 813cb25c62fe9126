/**
 * A past event told as the answer to "Is iemand op dit moment in gevaar?" is no "yes"; a danger of
 * now told beside it still is (src/safety/dangerAnswer.ts `pastEventOnly`, round 34; mend32's dj-12).
 * Sentences written for this test, but for dj-12's own turn.
 */
import { assessDangerAnswer, pastEventOnly } from '../../../src/safety/dangerAnswer';
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, blankRecognizer, createTestBot, join, say } from '../../support/bot';

const screen = testScreen();
const answer = (text: string) => assessDangerAnswer(screen, text, screen.look(text));
const past = (text: string) => pastEventOnly(screen.look(text).read);

describe('the time of the answer', () => {
  it.each([
    'ze heeft in de zomer ook een blauw oog gehad',
    'hij heeft haar in maart geslagen',
    'she was beaten in the summer',
    'he hit me once, back then',
    'ze is vorige week geslagen',
    'nee, hij heeft me vorig jaar geslagen',
    // Round 48 (calm48): the time told in a clause or sentence of its own beside the danger's.
    'if he does not sell enough they take his money. one time they beat him, that was in january',
    'hij heeft haar geslagen. dat was vorig jaar',
    'vorig jaar, hij sloeg haar toen',
    'he beat him, it happened last year',
  ])('%p: a past event, no "yes"', (text) => {
    expect(past(text)).toBe(true);
    expect(answer(text).level).not.toBe('acute');
    expect(answer(text).reasons).not.toContain('answer.danger_told_now');
  });

  it.each([
    'ze heeft een blauw oog',
    'she has a black eye',
    'ze is net geslagen',
    'she was beaten', // no time: may be minutes ago
    'ze heeft in de zomer een blauw oog gehad en nu sluit hij haar op',
    'ze had in de zomer een blauw oog en hij houdt haar vast',
    // A clause beside the danger that tells more than a time is no time of the danger.
    'hij slaat haar, maar vorig jaar was het erger',
    'ze is geslagen, dat was net',
    'hij heeft haar geslagen. vorig jaar ging ze weg, nu is ze terug',
  ])('%p: not only a past event', (text) => {
    expect(past(text)).toBe(false);
  });

  it.each([
    'nee, ze heeft in de zomer een blauw oog gehad maar nu staat hij met een mes voor haar',
    'no. last year he hit me but now he is outside with a knife',
    'ze heeft in de zomer een blauw oog gehad en nu sluit hij haar op',
  ])('%p: a danger of now beside the past is still a danger', (text) => {
    expect(answer(text).level).toBe('acute');
  });

  it("the model's own 112 for a past event becomes the question, never a reading by rule", () => {
    const lowered = answer('hij heeft haar in maart geslagen');
    if (lowered.reasons.includes('model.acute')) expect(lowered.reasons).toContain('answer.past_event');
    expect(lowered.level).toBe('unsure');
    expect(answer('ik wil dood, hij heeft me in maart geslagen').level).toBe('acute');
  });
});

describe('through the bot (dj-12)', () => {
  // dj-12's own story (the plea of last week told in full, her running back) lies at the edge of
  // `sure`: since nlu-dev-ac's retrain it scores 0.531, above 0.5, and gets 112 at once, never the
  // question this test starts from. This shorter telling of the same turn scores 0.275 at that
  // retrain, midway between `acute` (0.172) and `sure`, where the plea's distance ("vorige week")
  // turns the 112 into the question. The first expect below proves the question came.
  const STORY =
    "bij een van die families werkt een filipijnse vrouw in huis, al 2 jaar zie ik haar. ze mag nooit de deur uit, boodschappen doet mevrouw. ze is heel mager geworden. vorige week fluisterde ze 'please help me, they have my passport'";
  const asked = async () => {
    const { adapter } = createTestBot(blankRecognizer);
    await join(adapter);
    await say(adapter, 'Over iemand anders');
    expect((await say(adapter, STORY)).all).toMatch(DANGER_QUESTION);
    return adapter;
  };

  it('a black eye in the summer, told as the answer, gets no 112', async () => {
    const adapter = await asked();
    expect((await say(adapter, 'ze heeft in de zomer ook een blauw oog gehad')).all).not.toMatch(/\b112\b/);
  });

  it('a blow told with its time in a clause of its own, as the answer, gets no 112 (round 48)', async () => {
    const adapter = await asked();
    expect((await say(adapter, 'hij heeft haar geslagen. dat was in januari')).all).not.toMatch(/\b112\b/);
  });

  it('a knife at her door now, told after the past, gets 112', async () => {
    const adapter = await asked();
    const turn = await say(adapter, 'nee, ze heeft in de zomer een blauw oog gehad maar nu staat hij met een mes voor haar deur');
    expect(turn.texts[0]).toMatch(/\b112\b/);
  });
});
