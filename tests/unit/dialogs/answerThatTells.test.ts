/**
 * The citizen answers the bot's "Is anyone in danger right now?" by telling what is going on, not
 * with yes or no (round 28, src/safety/dangerAnswer.ts `dangerToldAsAnswer`): a danger situation of
 * now in that answer is the "yes", and the turn names 112, even where the words alone read only
 * unsure. Before, right after the question the bot neither asked again nor said 112. Through the real
 * bot, dialogs and danger screen (the recognizer is a double); sentences written for this test, the
 * answer picked by its reading so a retrained model that moves one sentence does not hide the rule.
 */
import { testScreen } from '../../support/screen';
import { unsureByMargin } from '../../support/dangerSentences';
import { joinedBot, labourStoryRecognizer, say } from '../../support/bot';
import { DANGER_NOW } from '../../../src/safety/dangerAnswer';
import { NOT_NOW } from '../../../src/safety/situations';

const screen = testScreen();
/**
 * A first message in the unsure band, naming no situation: the bot asks the danger question. Picked
 * by its reading (round 30: the one literal of before read 0.040 after the retrain, no danger).
 */
const OPENING = unsureByMargin([
  'something is not right with the people renting my holiday home',
  'something feels off about the people renting my holiday home',
  'something is wrong with the workers living next door',
  'I do not know what is going on with the people renting my holiday home',
]);
const ANSWERS = [
  'my neighbour saw young girls in that apartment and lots of different men coming and going all night, they are still in there now, they leave tomorrow',
  'young girls are in that flat and all evening different men keep coming and going, they are still there now',
  'two very young girls are in the holiday home and men have been coming and going all evening, they are there right now',
];

/** Unsure alone, a danger situation of now named, nothing taking it out of the present. */
function answerThatTells(): string {
  const found = ANSWERS.find((text) => {
    const { danger, read } = screen.look(text);
    return (
      danger.level === 'unsure' &&
      read.situations.some((h) => !h.negated && DANGER_NOW.has(h.concept)) &&
      !read.distances.some((d) => !d.negated && NOT_NOW.has(d.concept))
    );
  });
  if (found === undefined)
    throw new Error(`no answer reads unsure with a danger of now: ${ANSWERS.map((t) => screen.assess(t).level).join(', ')}`);
  return found;
}

describe('an answer to the danger question that tells a danger of now', () => {
  it('gets 112 in that turn', async () => {
    expect(screen.assess(OPENING).level).toBe('unsure');
    const answer = answerThatTells();
    const { adapter } = await joinedBot(labourStoryRecognizer, 'en');
    expect((await say(adapter, OPENING)).all).toMatch(/Is anyone in danger right now\?/);
    expect((await say(adapter, answer)).all).toMatch(/\b112\b/);
  });
});
