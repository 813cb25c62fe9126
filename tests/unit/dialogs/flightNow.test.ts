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

it('the flight is read acute, someone pursuing and the place not read as safe now (reader34)', () => {
  const danger = screen.assess(FLED_SOUGHT);
  expect(danger.level).toBe('acute');
  expect(danger.reasons).toContain('situation.pursued');
  expect(danger.reasons).not.toContain('distance.safe_now');
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

describe('a pursuit told by what the pursuer does (reader34)', () => {
  it.each([
    'we zijn ontsnapt en zitten nu bij een vriendin, maar hij zoekt ons',
    'we zijn bij mijn zus maar hij heeft ons gevonden',
    'I am in a shelter for tonight but he keeps driving past',
    'We escaped last night, they are looking for us',
  ])('%p: the place is no "safe now", and the turn is not let go without 112', async (text) => {
    expect(screen.assess(text).reasons).toContain('situation.pursued');
    expect(screen.assess(text).reasons).not.toContain('distance.safe_now');
    const turn = await afterRole(text);
    expect(turn.all).toMatch(/\b112\b/);
  });
});
