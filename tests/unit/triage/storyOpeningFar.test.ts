/**
 * The story's first account before the guidance, told in the past, elsewhere, second-hand or as going
 * on for weeks, with nothing of now and a model that does not read danger as more likely than not,
 * gets no danger question: the welcome asked it and named 112 (src/triage/dangerQuestion.ts
 * `toldFarFromNow`, round 49, calm49). Readings and sentences written for this test.
 */
import { asksDangerQuestion } from '../../../src/triage/dangerQuestion';
import { DANGER_QUESTION, blankRecognizer, createTestBot, join, say } from '../../support/bot';

const opening = { safeTold: false, situationsBefore: [], storyOpening: true };
const asks = (reasons: string[], score = 0.25, context: Parameters<typeof asksDangerQuestion>[1] = opening) =>
  asksDangerQuestion({ reasons: ['model.unsure', ...reasons], score }, context);

describe('the first account told far from now', () => {
  it.each([
    [['situation.minor', 'situation.moved', 'distance.long_ongoing']],
    [['situation.minor', 'situation.payment', 'distance.third_hand']],
    [['situation.fear', 'distance.long_ongoing']],
    [['situation.secret_contact', 'distance.past_verb']],
    [['distance.now', 'distance.elsewhere', 'distance.long_ongoing']],
  ])('%p: no danger question', (reasons) => {
    expect(asks(reasons)).toBe(false);
  });

  it.each([
    // Nothing that sets it far.
    [['situation.minor', 'situation.moved']],
    // A moment told, someone held or hurt in a sentence of their own, a time of today, a cry.
    [['situation.minor', 'distance.third_hand', 'distance.now', 'now.event']],
    [['screen.never_silent', 'situation.confined', 'distance.third_hand']],
    [['situation.soon', 'situation.minor', 'distance.elsewhere']],
    [['situation.call_for_help', 'distance.past_verb']],
    // Someone held, hurt or threatened, in any tense.
    [['situation.injury', 'distance.past_verb']],
    [['situation.sounds', 'distance.long_ongoing']],
    [['situation.guarded', 'distance.past_verb']],
    // A 112 the conversation lowered, a reading by rule.
    [['turn.unsure', 'distance.third_hand']],
    [['turn.firstAccount', 'situation.minor', 'situation.moved', 'distance.long_ongoing']],
    [['turn.pastStory', 'situation.taken', 'distance.third_hand']],
    [['screen.told_at_distance', 'distance.elsewhere']],
    [['floor.situation_unread', 'distance.elsewhere']],
  ])('%p: asked', (reasons) => {
    expect(asks(reasons)).toBe(true);
  });

  it('asked where the model reads danger as more likely than not, and outside the story opening', () => {
    expect(asks(['distance.past_verb', 'distance.third_hand'], 0.9)).toBe(true);
    expect(asks(['situation.minor', 'situation.moved', 'distance.long_ongoing'], 0.25, { ...opening, storyOpening: false })).toBe(true);
  });
});

describe('through the bot', () => {
  const chat = async () => {
    const { adapter } = createTestBot(blankRecognizer);
    await join(adapter);
    await say(adapter, 'hoi, ik ben docent en ik maak me zorgen over een leerling');
    return adapter;
  };

  // The story turn of a conversation opened by a teacher: the bot reads it, gives the guidance and
  // does not ask about danger now (this telling reaches the guidance without the question before
  // round 49 too; the rule itself is proven above, and on the dialog tuning lines by the eval).
  it.each([
    'Een leerling kwam bij me met buikpijn. Later vertelde ze dat ze voor haar vriend met andere jongens moet afspreken om een schuld af te lossen',
  ])('%p: no danger question before the guidance', async (text) => {
    const adapter = await chat();
    const turn = await say(adapter, text);
    expect(turn.all).not.toMatch(DANGER_QUESTION);
  });

  it('someone locked in now still gets 112 or the question', async () => {
    const adapter = await chat();
    expect((await say(adapter, 'mijn buurmeisje zit nu opgesloten in de schuur, ik hoor haar roepen')).all).toMatch(/\b112\b/);
  });
});
