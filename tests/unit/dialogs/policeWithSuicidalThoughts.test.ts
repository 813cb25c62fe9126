/**
 * "Moet ik de politie bellen?" while thoughts of suicide alone are in view: 113 is the help, with
 * 112 only for a life in danger right now, not the 112-for-danger-from-others answer (round 30).
 * At its own level (ownAnswer) and through the real bot, dialogs and danger screen (the recognizer
 * is a double; the police question is read by the shipped question model).
 */
import { ownAnswer } from '../../../dialogs/ownAnswers';
import { emptyTriage } from '../../../src/triage/summary';
import { testScreen } from '../../support/screen';
import { FIRM } from '../../support/dangerSentences';
import { catalog, joinedBot, labourStoryRecognizer, replies, say } from '../../support/bot';

const t = (key: string) => catalog.t('nl', key);
const context = {
  text: 'moet ik de politie bellen?',
  summary: emptyTriage(),
  retention: { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'x' },
};
const NO_LIFE = 'ik wil niet meer leven, ik zie geen uitweg meer';
const screen = testScreen();

describe('the police question with thoughts of suicide alone in view (ownAnswer)', () => {
  it('names 113 and 112 for a life in danger now, not the line for danger from others', () => {
    const [first] = ownAnswer(replies, 'nl', 'police', { ...context, dangerInView: true, onlySuicidal: true });
    expect(first!.text).toBe(t('ownQuestions.policeSuicidal'));
    expect(first!.text).toMatch(/\b113\b/);
    expect(first!.text).toMatch(/\b112\b/);
    const [again] = ownAnswer(replies, 'nl', 'police', { ...context, dangerInView: true, onlySuicidal: true, again: true });
    expect(again!.text).toBe(t('ownQuestionsAgain.policeSuicidal'));
    for (const locale of ['nl', 'en'] as const)
      expect(ownAnswer(replies, locale, 'police', { ...context, dangerNow: true, onlySuicidal: true })[0]!.text).toMatch(/\b113\b/);
  });

  it('keeps 112 now where danger from others is in view too, and the plain police answer without danger', () => {
    expect(ownAnswer(replies, 'nl', 'police', { ...context, dangerInView: true })[0]!.text).toBe(t('ownQuestions.policeNow'));
    expect(ownAnswer(replies, 'nl', 'police', { ...context, dangerInView: true, onlySuicidal: false })[0]!.text).toBe(
      t('ownQuestions.policeNow'),
    );
    // Thoughts of suicide in view but no danger now (a "no" to the danger question): no 113 line forced.
    expect(ownAnswer(replies, 'nl', 'police', { ...context, onlySuicidal: true })[0]!.text).toBe(t('ownQuestions.police'));
  });
});

describe('the police question after thoughts of suicide, through the bot', () => {
  it('gets the 113 answer; after danger from others as well, the 112-now answer', async () => {
    const look = screen.look(NO_LIFE).danger;
    expect(look.suicidal).toBe(true);

    const alone = (await joinedBot(labourStoryRecognizer)).adapter;
    await say(alone, NO_LIFE);
    const asked = await say(alone, 'moet ik de politie bellen?');
    expect(asked.texts).toContain(t('ownQuestions.policeSuicidal'));
    expect(asked.texts).not.toContain(t('ownQuestions.policeNow'));

    const withThreat = (await joinedBot(labourStoryRecognizer)).adapter;
    expect((await say(withThreat, FIRM)).all).toMatch(/\b112\b/);
    await say(withThreat, NO_LIFE);
    const both = await say(withThreat, 'moet ik de politie bellen?');
    expect(both.texts).toContain(t('ownQuestions.policeNow'));
    expect(both.texts).not.toContain(t('ownQuestions.policeSuicidal'));
  });
});
