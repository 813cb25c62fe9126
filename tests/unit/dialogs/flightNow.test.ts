/**
 * Someone who fled and is sought now, told in a later turn (mend32, issue 10): the reader takes the
 * place they stay at for "safe now", and on a middling score the conversation lowered the 112 to the
 * question, which the dialog then dropped for that same "safe now". A place is no safety while the
 * pursuer looks for them: 112 at once. A pursuit told in the past, with the place safe now, gets no 112.
 * Sentences written for this test.
 */
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, blankRecognizer, createTestBot, join, say } from '../../support/bot';

const screen = testScreen();
const FLED_SOUGHT = 'ik ben gevlucht en zit nu bij mijn tante, hij zoekt me';
const SOUGHT_BEFORE = 'hij zocht ons vorige week, nu zijn we veilig bij een vriendin';

const afterRole = async (text: string) => {
  const { adapter } = createTestBot(blankRecognizer);
  await join(adapter);
  await say(adapter, 'Over iemand anders');
  return say(adapter, text);
};

it('the flight is read acute on a middling score, with a place read as safe now and someone pursuing', () => {
  const danger = screen.assess(FLED_SOUGHT);
  expect(danger.level).toBe('acute');
  expect(danger.score).toBeLessThan(screen.bundle.thresholds.sure);
  expect(danger.reasons).toEqual(expect.arrayContaining(['situation.pursued', 'distance.safe_now']));
});

it('gets 112 first in a later turn', async () => {
  const turn = await afterRole(FLED_SOUGHT);
  expect(turn.texts[0]).toMatch(/112/);
});

it('a pursuit told in the past, the place safe now, gets neither 112 nor the question', async () => {
  expect(screen.assess(SOUGHT_BEFORE).level).not.toBe('acute');
  const turn = await afterRole(SOUGHT_BEFORE);
  expect(turn.all).not.toMatch(/\b112\b/);
  expect(turn.all).not.toMatch(DANGER_QUESTION);
});
