/**
 * Round 34 (ownq34), through the real bot with the real local recognizer and question model: the
 * citizen's own question told inside a story is answered first. Calling the police in a Dutch clause
 * with its verb last, said beside a question about staying unknown, gets the police answer too; "hoe
 * zie ik het verschil?" gets the signals; a colleague's debt gets the answer about that person; the
 * writer's own consequence asked again gets a second, concrete answer, not "asking has no
 * consequences", and only the third time the short answer.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answerStarts, catalog, createTestBot, join, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

async function conversation(locale: 'nl' | 'en' = 'nl') {
  const bot = createTestBot(recognizer);
  bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(bot.adapter);
  return (text: string) => say(bot.adapter, text);
}

const starts = (turn: Turn, locale: 'nl' | 'en', key: string) => turn.texts.some((t) => t.startsWith(catalog.t(locale, key).slice(0, 40)));
/** The place of the first text that starts like the text of `key`, or -1. */
const placeOf = (turn: Turn, locale: 'nl' | 'en', key: string) =>
  turn.texts.findIndex((t) => answerStarts(locale, key, 40).some((start) => t.startsWith(start)));

describe('a question told inside a story', () => {
  it('calling the police with the verb last, beside a question about staying unknown: both answered', async () => {
    const chat = await conversation();
    await chat('Ik heb een bakkerij in Rotterdam-Zuid. Elke middag staan er jongens van 12, 13 bij de deur die pakketjes rondbrengen.');
    const asked = await chat(
      'Als ik politie bel is morgen mijn ruit kapot. Is vorig jaar bij de kapper ook gebeurd. Kan ik iets doen zonder dat ze weten dat ik het ben?',
    );
    const police = Math.max(placeOf(asked, 'nl', 'ownQuestions.police'), placeOf(asked, 'nl', 'ownQuestions.policeNow'));
    expect(placeOf(asked, 'nl', 'ownQuestions.anonymity')).toBeGreaterThanOrEqual(0);
    expect(police).toBeGreaterThanOrEqual(0);
  });

  it('"hoe zie ik het verschil?" gets the signals', async () => {
    const chat = await conversation();
    await chat('Mijn zoon van 15 heeft ineens een tweede telefoon en 400 euro in zijn la. Hij is vaak laat weg.');
    await chat('Hij zegt dat het van een vriend is. Zijn cijfers op school zijn ingestort.');
    await chat('Utrecht');
    const asked = await chat('Is dit die criminele uitbuiting? Of doet hij gewoon stoer? Hoe zie ik het verschil?');
    // The signals were listed with the guidance before: the answer points to them, or lists them.
    const signals = ['guidance.signalsTitle', 'ownQuestionsAgain.signals', 'ownQuestionsThird.signals'];
    expect(signals.some((key) => starts(asked, 'nl', key))).toBe(true);
  });
});

describe('a question after a correction, without a question mark', () => {
  it('is answered first', async () => {
    const chat = await conversation();
    await chat(
      'Ik heb een klein restaurant. Een jongen uit de keuken werkt bij mij zonder papieren, de man die hem bracht houdt zijn loon.',
    );
    await chat('Kan ik daar iets over vragen?');
    const asked = await chat('sorry, ik bedoel krijg ik zelf een boete of zo omdat hij bij mij werkt zonder papieren');
    // The first thing said is an answer about consequences for the writer, whichever one is named.
    const consequences = ['general', 'debt', 'punished', 'job', 'permit', 'wages', 'liability'].map(
      (k) => `ownQuestions.consequences.${k}`,
    );
    expect(consequences.some((key) => placeOf(asked, 'nl', key) === 0)).toBe(true);
  });
});

describe('consequences that fit the person asked about', () => {
  it("a colleague's debt gets the answer about that person, not the writer's", async () => {
    const chat = await conversation();
    await chat('Ik werk via een uitzendbureau in een kas. We wonen met 10 in een huis en het bureau houdt veel van ons loon in.');
    const asked = await chat('Mijn collega Ana heeft ook een schuld bij het bureau voor haar reis, 800 euro. Moet zij dat terugbetalen?');
    expect(starts(asked, 'nl', 'ownQuestions.consequences.debtOther')).toBe(true);
    expect(starts(asked, 'nl', 'ownQuestions.consequences.debt')).toBe(false);
  });

  it('the own consequence asked again gets a second, concrete answer; the third time the short one', async () => {
    const chat = await conversation('en');
    await chat('I work in a greenhouse. The boss keeps my passport and I have no residence permit.');
    const first = await chat('If I report this, will they send me back to my country?');
    expect(starts(first, 'en', 'ownQuestions.consequences.permit')).toBe(true);
    const again = await chat('But really, will they deport me if I tell everything?');
    expect(starts(again, 'en', 'ownQuestions.consequences.permitAgain')).toBe(true);
    expect(again.texts).not.toContain(catalog.t('en', 'ownQuestionsAgain.consequences'));
    const third = await chat('So they can still send me back home?');
    expect(starts(third, 'en', 'ownQuestions.consequences.permitAgain')).toBe(false);
    expect(starts(third, 'en', 'ownQuestions.consequences.permit')).toBe(false);
  });
});

describe('a question asked again after every wording', () => {
  it('anonymity asked a fourth time gets a person offered, not the shorter answer once more', async () => {
    const chat = await conversation();
    await chat('Mijn buurjongen werkt elke dag tot laat in een garage en krijgt bijna geen geld.');
    const texts: string[] = [];
    for (const ask of [
      'Kan ik dit anoniem melden?',
      'Dus ze weten echt niet wie het gemeld heeft?',
      'En mijn naam komt nergens, anoniem dus?',
      'Maar weten ze echt niet dat ik het was?',
    ])
      texts.push(...(await chat(ask)).texts);
    const keys = ['ownQuestions.anonymity', 'ownQuestionsAgain.anonymity', 'ownQuestionsThird.anonymity', 'ownQuestionsFourth'];
    for (const key of keys) expect(texts).toContain(catalog.t('nl', key));
    // No answer to the question said twice.
    const answers = texts.filter((t) => keys.some((key) => t === catalog.t('nl', key)));
    expect(new Set(answers).size).toBe(answers.length);
  });

  it('privacy asked again gets a short answer, the third time a person offered', async () => {
    const chat = await conversation('en');
    await chat('My neighbour works in a nail salon every day and sleeps there. The boss has her passport.');
    const first = await chat('What do you do with what I write here? Is this saved?');
    const again = await chat('But is this chat stored somewhere?');
    const third = await chat('Sorry, but where is this chat saved?');
    const general = first.texts.find((t) => t.startsWith(catalog.t('en', 'ownQuestions.privacy.general', { botDays: 0 }).slice(0, 30)));
    expect(general).toBeDefined();
    expect(again.texts).not.toContain(general);
    expect(again.texts.some((t) => t.startsWith(catalog.t('en', 'ownQuestions.privacy.again', { botDays: 0 }).slice(0, 30)))).toBe(true);
    expect(third.texts).toContain(catalog.t('en', 'ownQuestionsFourth'));
  });
});
