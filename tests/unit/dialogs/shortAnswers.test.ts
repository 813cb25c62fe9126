/**
 * Round 48 (ownq48): a turn that answers more than one of the citizen's questions answers each in a
 * sentence or two (ownQuestionsShort) and offers the rest; staying anonymous and what becomes of the
 * chat, asked together, get one answer; one question alone keeps its whole answer.
 */
import { ownAnswer } from '../../../dialogs/ownAnswers';
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { emptyTriage } from '../../../src/triage/summary';
import { catalog, joinedBot, replies, say } from '../../support/bot';
import { testScreen } from '../../support/screen';

const retention = { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'x' };
const context = { summary: emptyTriage(), retention };
/** The sentences of an answer past the question it may open with ("Raak ik mijn werk kwijt?"), its link left out. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.?!])\s+/)
    .filter((s) => /\p{L}/u.test(s) && !s.startsWith('['))
    .filter((s, i) => !(i === 0 && s.endsWith('?')));

describe('the answer composer', () => {
  it.each(['nl', 'en'] as const)('gives the short wording when the turn answers more than one question (%s)', (locale) => {
    const text = 'Raak ik mijn baan kwijt?';
    const [short] = ownAnswer(replies, locale, 'consequences', { ...context, text, short: true });
    const [whole] = ownAnswer(replies, locale, 'consequences', { ...context, text });
    expect(short!.text).toBe(catalog.t(locale, 'ownQuestionsShort.consequences.job'));
    expect(whole!.text).toBe(catalog.t(locale, 'ownQuestions.consequences.job'));
    expect(sentences(short!.text!).length).toBeLessThanOrEqual(2);
    expect(short!.text!.length).toBeLessThan(whole!.text!.length * 0.6);
  });

  it('keeps the whole answer where no shorter wording says the one fact (a particular privacy question)', () => {
    const text = 'Hoort mijn familie hiervan?';
    const [answer] = ownAnswer(replies, 'nl', 'privacy', { ...context, text, short: true });
    expect(answer!.text).toBe(catalog.t('nl', 'ownQuestions.privacy.family', { privacyUrl: 'x' }));
  });

  it('answers staying anonymous and what becomes of the chat once for both', () => {
    const text = 'Is dit anoniem? En wat doen jullie met mijn gegevens?';
    const both = { ...context, text, short: true, privacyWithAnonymity: true };
    const [a] = ownAnswer(replies, 'nl', 'anonymity', both);
    const [p] = ownAnswer(replies, 'nl', 'privacy', both);
    expect(a!.text).toBe(p!.text);
    expect(a!.text).toBe(catalog.t('nl', 'ownQuestionsShort.privacyAnonymity', { botDays: 30, privacyUrl: 'x' }));
  });

  it('keeps every short wording to one or two sentences, in Dutch and English alike', () => {
    const keys = catalog.keys('nl').filter((k) => k.startsWith('ownQuestionsShort.'));
    expect(keys.length).toBeGreaterThan(10);
    expect(catalog.keys('en').filter((k) => k.startsWith('ownQuestionsShort.'))).toEqual(keys);
    for (const key of keys)
      for (const locale of ['nl', 'en'] as const) expect(sentences(catalog.t(locale, key)).length).toBeLessThanOrEqual(2);
  });
});

describe('two questions in one message, through the bot', () => {
  const recognizer = createLocalRecognizer({ screen: testScreen() });

  it('answers both in the order asked, each short, and offers more once', async () => {
    const { adapter } = await joinedBot(recognizer, 'nl');
    await say(adapter, 'Bij de bakkerij om de hoek werken twee jongens uit Moldavië van 5 uur tot 8 uur, zeven dagen, voor bijna niks.');
    await say(adapter, 'weet ik niet');
    const turn = await say(adapter, 'Moet ik zelf naar de politie? En kan ik anoniem blijven?');
    const police = turn.texts.findIndex((t) => t.startsWith(catalog.t('nl', 'ownQuestionsShort.police')));
    const anonymous = turn.texts.findIndex((t) => t.startsWith(catalog.t('nl', 'ownQuestionsShort.anonymity')));
    expect(police).toBe(0);
    expect(anonymous).toBe(1);
    const more = catalog.t('nl', 'ownQuestionsShort.more');
    expect(turn.texts.filter((t) => t.includes(more))).toHaveLength(1);
    expect(turn.texts[anonymous]).toContain(more);
  });
});
