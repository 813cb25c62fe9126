/**
 * Round 34 (ownq34), the answer to one own question at its own level (dialogs/ownAnswers.ts): asked
 * again, no bubble the citizen already had. The writer's own consequence asked again gets its second,
 * concrete answer; a question asked once more after every wording gets a person offered (after three
 * wordings, or two for the police and privacy); privacy asked again in general words gets the short
 * privacy answer.
 */
import { ownAnswer } from '../../../dialogs/ownAnswers';
import { emptyTriage } from '../../../src/triage/summary';
import { catalog, replies } from '../../support/bot';

const context = {
  text: '',
  summary: emptyTriage(),
  retention: { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'x' },
};
const answer = (topic: Parameters<typeof ownAnswer>[2], extra: Partial<Parameters<typeof ownAnswer>[3]>) =>
  ownAnswer(replies, 'nl', topic, { ...context, ...extra })[0]!.text;
const t = (key: string) => catalog.t('nl', key, { botDays: 30, counsellorDays: 90, anonymisedDays: 365, privacyUrl: 'x' });

describe('an own question asked again', () => {
  it("gives the writer's own consequence its second answer once, then the short one", () => {
    const text = 'Moet ik die schuld echt terugbetalen?';
    expect(answer('consequences', { text })).toBe(t('ownQuestions.consequences.debt'));
    expect(answer('consequences', { text, again: true, consequencesSaid: ['debt'] })).toBe(t('ownQuestions.consequences.debtAgain'));
    expect(answer('consequences', { text, again: true, third: true, consequencesSaid: ['debt', 'debtAgain'] })).toBe(
      t('ownQuestionsAgain.consequences'),
    );
  });

  it('offers a person once every wording was given', () => {
    expect(answer('anonymity', { again: true, third: true })).toBe(t('ownQuestionsThird.anonymity'));
    expect(answer('anonymity', { again: true, fourth: true })).toBe(t('ownQuestionsFourth'));
    // Two wordings for the police and privacy: the third time a person.
    expect(answer('police', { again: true })).toBe(t('ownQuestionsAgain.police'));
    expect(answer('police', { again: true, third: true })).toBe(t('ownQuestionsFourth'));
    expect(answer('privacy', { again: true, third: true })).toBe(t('ownQuestionsFourth'));
    // A consequence not answered before is a new question, whatever was asked before.
    const job = 'En raak ik dan ook mijn baan kwijt?';
    expect(answer('consequences', { text: job, again: true, fourth: true, consequencesSaid: ['permit'] })).toBe(
      t('ownQuestions.consequences.job'),
    );
  });

  it('answers privacy asked again in general words with the short privacy answer', () => {
    expect(answer('privacy', {})).toBe(t('ownQuestions.privacy.general'));
    expect(answer('privacy', { again: true })).toBe(t('ownQuestions.privacy.again'));
    // A particular privacy question keeps its own answer, asked again or not.
    const family = 'Hoort mijn familie hiervan?';
    expect(answer('privacy', { text: family, again: true })).toBe(t('ownQuestions.privacy.family'));
  });
});
