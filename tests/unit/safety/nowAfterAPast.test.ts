/**
 * A "now" that is the present after a harm told at a past time (src/safety/nearNow.ts
 * `nowOnlyAfterAPast`, the screen's `now.after_past`; round 49, calm49): after the story was heard,
 * no moment to ask the danger question about (src/triage/dangerQuestion.ts `atThisMoment`). A danger
 * named beside the "now", or no past time in words, keeps the "now" a moment. Sentences written for
 * this test.
 */
import { nowOnlyAfterAPast } from '../../../src/safety/nearNow';
import { NOW_AFTER_PAST_REASON, NOW_EVENT_REASON } from '../../../src/safety/screen';
import { asksDangerQuestion } from '../../../src/triage/dangerQuestion';
import { testScreen } from '../../support/screen';
import { DANGER_QUESTION, createTestBot, join, say, workStoryRecognizer } from '../../support/bot';

const screen = testScreen();
const afterAPast = (text: string) => nowOnlyAfterAPast(screen.look(text).read);

describe('a now only after a past time', () => {
  it.each([
    'vorige week heeft de baas hem geslagen omdat hij klaagde. nu werkt hij weer gewoon',
    'last week the boss hit him because he complained. now he is back at work',
    'vorig jaar heeft hij haar bedreigd. nu woont ze bij haar tante',
    'twee weken geleden werd ze opgesloten in de kelder. nu is ze weer op school',
  ])('%p', (text) => {
    expect(afterAPast(text)).toBe(true);
    expect(screen.look(text).danger.reasons).toEqual(expect.arrayContaining([NOW_EVENT_REASON, NOW_AFTER_PAST_REASON]));
  });

  it.each([
    // The harm named beside the "now".
    'vorige week heeft de baas hem geslagen. nu slaat hij hem weer',
    'last week he locked her in. now he is locking her in again',
    // The past and the now in one sentence.
    'nu slaat hij haar, vorige week ook',
    // No past time in words: the "now" is a moment.
    'hij heeft hem geslagen. nu werkt hij weer',
    'ze zit nu in de keuken',
  ])('%p: the now is a moment', (text) => {
    expect(afterAPast(text)).toBe(false);
    expect(screen.look(text).danger.reasons).not.toContain(NOW_AFTER_PAST_REASON);
  });
});

describe('the danger question after the story was heard', () => {
  const heard = { safeTold: false, situationsBefore: [], storyHeard: true };

  it('is not asked for a now only after a past time', () => {
    const reasons = ['model.unsure', 'situation.violence', 'distance.past', 'distance.now', NOW_EVENT_REASON, NOW_AFTER_PAST_REASON];
    expect(asksDangerQuestion({ reasons, score: 0.1 }, heard)).toBe(false);
    // Where the model itself reads danger, or before the guidance, as before.
    expect(asksDangerQuestion({ reasons, score: 0.6 }, heard)).toBe(true);
    expect(asksDangerQuestion({ reasons, score: 0.1 }, { ...heard, storyHeard: false })).toBe(true);
  });

  it('is asked for a moment told', () => {
    expect(asksDangerQuestion({ reasons: ['model.unsure', 'distance.now', NOW_EVENT_REASON], score: 0.1 }, heard)).toBe(true);
  });
});

describe('through the bot', () => {
  const STORY =
    'ik werk in een kas bij de baas van mijn neef, we krijgen 4 euro per uur en moeten 12 uur per dag werken, ook in het weekend';
  const heard = async () => {
    const { adapter } = createTestBot(workStoryRecognizer);
    await join(adapter);
    await say(adapter, 'Over mezelf');
    await say(adapter, STORY);
    // The guidance comes on this turn: the story was heard with no danger read.
    await say(adapter, 'we slapen met 8 man in een container naast de kas en betalen 400 euro per maand');
    return adapter;
  };

  it('a now after a harm told last year gets no danger question after the guidance', async () => {
    const adapter = await heard();
    const turn = await say(
      adapter,
      'vorig jaar heeft de baas mijn paspoort afgepakt en me bedreigd. nu denk ik dat het fout was om niks te zeggen',
    );
    expect(turn.all).not.toMatch(DANGER_QUESTION);
    expect(turn.all).not.toMatch(/\b112\b/);
  });

  it('a threat told now still gets 112 or the question', async () => {
    const adapter = await heard();
    expect((await say(adapter, 'nu staat de baas voor de deur van de container en bedreigt hij ons met een mes')).all).toMatch(/\b112\b/);
  });
});
