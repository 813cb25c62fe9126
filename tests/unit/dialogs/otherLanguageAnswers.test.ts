/**
 * Round 49 (ownq49): questions in a language the bot cannot chat in are answered in English and Dutch;
 * two or more in one message get the short wordings in both (as a Dutch or English turn does since
 * round 48), and staying anonymous with what becomes of the chat get their one joint answer, once.
 * The composer at its own level; one conversation through the real bot (real understanding).
 */
import { bilingualAnswers } from '../../../dialogs/ownAnswers';
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { emptyTriage } from '../../../src/triage/summary';
import { wordsOf } from '../../../bench/dialogs/replyLength';
import { catalog, joinedBot, replies, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const retention = { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'x' };
const context = { summary: emptyTriage(), retention };

describe('the answers in English and Dutch', () => {
  it('two questions: each in its short wording, English then Dutch', () => {
    const text = 'Si je vais à la police, est-ce que je vais perdre mon travail ?';
    const out = bilingualAnswers(replies, ['police', 'consequences'], { ...context, text });
    expect(out).toHaveLength(2);
    for (const locale of ['en', 'nl'] as const) {
      expect(out[0]!.text).toContain(catalog.t(locale, 'ownQuestionsShort.police'));
      expect(out[1]!.text).toContain(catalog.t(locale, 'ownQuestionsShort.consequences.job'));
    }
    expect(out[0]!.text!.indexOf(catalog.t('en', 'ownQuestionsShort.police'))).toBeLessThan(
      out[0]!.text!.indexOf(catalog.t('nl', 'ownQuestionsShort.police')),
    );
  });

  it('one question keeps its whole answer', () => {
    const [one] = bilingualAnswers(replies, ['police'], { ...context, text: 'Dois-je aller à la police ?' });
    expect(one!.text).toContain(catalog.t('en', 'ownQuestions.police'));
    expect(one!.text).toContain(catalog.t('nl', 'ownQuestions.police'));
  });

  it('staying anonymous and who reads the chat: one joint answer, said once', () => {
    const text = "Est-ce qu'ils vont savoir que c'est moi ? Qui lit ces messages ?";
    const out = bilingualAnswers(replies, ['anonymity', 'privacy'], { ...context, text });
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toContain(catalog.t('en', 'ownQuestionsShort.privacyAnonymity', { botDays: 30, privacyUrl: 'x' }));
  });

  it('a request for a person beside a question does not make the other answer short', () => {
    const out = bilingualAnswers(replies, ['counsellor', 'police'], {
      ...context,
      text: 'Parlez-vous français ? Dois-je aller à la police ?',
    });
    expect(out[1]!.text).toContain(catalog.t('en', 'ownQuestions.police'));
  });
});

describe('a conversation in French', () => {
  it('answers the police and the permit first, in both languages, before the interpreter line, and shorter than whole answers', async () => {
    const recognizer = createLocalRecognizer({ screen: testScreen() });
    const { adapter } = await joinedBot(recognizer);
    const turn = await say(adapter, 'Si je vais à la police, est-ce que je vais perdre mon titre de séjour ?');
    const first = turn.texts[0]!;
    const second = turn.texts[1]!;
    expect(first).toContain(catalog.t('en', 'ownQuestionsShort.police'));
    expect(first).toContain(catalog.t('nl', 'ownQuestionsShort.police'));
    expect(second).toMatch(/residence permit/);
    expect(second).toMatch(/verblijfsvergunning/);
    const interpreter = turn.texts.findIndex((t) => t.startsWith(catalog.t('en', 'small.otherLanguage').slice(0, 30)));
    expect(interpreter).toBeGreaterThan(1);
    const whole = wordsOf(catalog.t('en', 'ownQuestions.police')) + wordsOf(catalog.t('nl', 'ownQuestions.police'));
    const short = wordsOf(catalog.t('en', 'ownQuestionsShort.police')) + wordsOf(catalog.t('nl', 'ownQuestionsShort.police'));
    expect(wordsOf(first)).toBe(short);
    expect(short).toBeLessThan(whole);
  });
});

describe('a consequence named again in another language', () => {
  it('gets the answer that adds something, not the same bubble (which the edge would leave out)', async () => {
    const recognizer = createLocalRecognizer({ screen: testScreen() });
    const { adapter } = await joinedBot(recognizer);
    const first = await say(adapter, "Elle n'a pas de papiers. Si on appelle la police, est-ce qu'ils vont la renvoyer ?");
    expect(first.all).toContain(catalog.t('en', 'ownQuestionsShort.consequences.permit'));
    const again = await say(adapter, 'Et moi, ça peut faire un problème pour mon permis de séjour ?');
    expect(again.texts[0]).toContain(catalog.t('en', 'ownQuestions.consequences.permitAgain'));
    expect(again.texts[0]).toContain(catalog.t('nl', 'ownQuestions.consequences.permitAgain'));
  });
});
