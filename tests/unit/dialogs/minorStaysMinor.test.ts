/**
 * A story about a minor stays one when a later message tells an adult's age of someone else in it
 * ("haar vriend, 22 jaar"): the bot goes on with a minor's questions (safety, school), never the
 * passport or debts questions of an adult's situation (fit29). Through the real bot with a recognizer
 * double; the ages are read by the real fact rules.
 */
import { catalog, createTestBot, join, labourStoryRecognizer, say } from '../../support/bot';

const t = (key: string) => catalog.t('nl', key);

const ADULT_QUESTIONS = ['documentsHeld', 'debts', 'housingTiedToWork'].flatMap((q) =>
  ['other', 'self', 'unknown', 'group'].map((who) => `triage.question.${q}.${who}`),
);

describe("an adult's age told later in a minor's story", () => {
  it('is not taken for her age: no passport or debts question, the help and questions for a minor go on', async () => {
    const { adapter } = createTestBot(labourStoryRecognizer);
    await join(adapter);
    await say(adapter, t('answers.aboutOther'));
    const told = await say(adapter, 'Mijn nichtje van 16 werkt elke dag in een nagelsalon zonder loon');
    expect(told.all).toContain(t('triage.question.safeNow.other'));
    const later = await say(adapter, "Ze woont nu bij haar 'vriend' in Arnhem, 22 jaar");
    const all = [...told.all, ...later.all];
    for (const key of ADULT_QUESTIONS) if (catalog.has('nl', key)) expect(all).not.toContain(t(key));
    // Under 18 still: the minor's guidance and second question (school), not an adult's.
    expect(later.all).toContain(t('guidance.minor'));
    expect(later.all).toContain(t('triage.question.school.other'));
  });
});
