/**
 * Round 32 (fit32), through the real bot with the real local recognizer and question model: the
 * writer's own story told with a named man ("een jongen van de sportschool vroeg of ik…", "mijn
 * vriend regelt mijn afspraken") gets no bystander's texts; keeping a laptop for the police is
 * answered as that, not with what this chat stores; someone else becoming "de dupe" of a report is
 * answered as that person's consequence; a thank-you in one's own language after an English
 * sentence gets no interpreter line; whether something is a known sign gets the signals.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, createTestBot, join, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

async function conversation(locale: 'nl' | 'en' = 'nl') {
  const bot = createTestBot(recognizer);
  bot.adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(bot.adapter);
  return { chat: (text: string) => say(bot.adapter, text), lastTriage: bot.lastTriage };
}

/** The texts written for a bystander only: the signals to look for, what to do, the questions about "the person". */
const BYSTANDER_KEYS = ['guidance.signalsTitle', 'guidance.dos', 'triage.question.canLeave.other', 'triage.question.age.other'];
const bystanderTexts = (turn: Turn, locale: 'nl' | 'en' = 'nl') =>
  turn.texts.filter((text) => BYSTANDER_KEYS.some((key) => text.startsWith(catalog.t(locale, key).slice(0, 30))));

describe('the writer’s own story told with a named man', () => {
  it('a student whose bank account a man from the gym borrowed gets no bystander’s texts', async () => {
    const { chat, lastTriage } = await conversation();
    const first = await chat('hoi ik weet niet of dit hier hoort maar ik zit echt in de shit');
    const story = await chat(
      'ik ben 19, student in Groningen. een jongen van de sportschool vroeg of hij mn pinpas mocht lenen, voor een weekend, ik kreeg er 200 euro voor',
    );
    expect(lastTriage()?.facts.relation).not.toBe('pupil');
    expect([...bystanderTexts(first), ...bystanderTexts(story)]).toEqual([]);
  });

  it('a woman whose boyfriend arranges her "appointments" gets no bystander’s texts', async () => {
    const { chat, lastTriage } = await conversation();
    await chat('is dit anoniem');
    const story = await chat(
      "mijn vriend regelt mijn 'afspraken'. ik weet niet eens of dat hier hoort. hij zegt dat het gwn werk is en dat hij me beschermt",
    );
    expect(lastTriage()?.role).not.toBe('other');
    expect(bystanderTexts(story)).toEqual([]);
  });
});

describe('the citizen’s own questions', () => {
  it('keeping a laptop for the police gets the answer about evidence, not what this chat stores', async () => {
    const { chat } = await conversation();
    await chat('Mijn dochter van 15 heeft een vriend van 24 die haar meeneemt naar feestjes. Ze krijgt geld en cadeaus van mannen.');
    const asked = await chat('politie komt morgen naar ons huis. moet ik haar laptop bewaren? daar staan de chats met hem op');
    expect(asked.texts).toContain(catalog.t('nl', 'ownQuestions.policeEvidence'));
    expect(asked.texts).not.toContain(catalog.t('nl', 'ownQuestions.privacy.general'));
  });

  it('someone else becoming the victim of a report is answered as her consequence', async () => {
    const { chat } = await conversation();
    await chat('Mijn buurvrouw werkt elke dag in een nagelsalon en slaapt daar ook. De baas heeft haar paspoort.');
    const asked = await chat('Wat gebeurt er als ik dit meld? Ik wil niet dat zij er de dupe van wordt');
    const other = [
      'ownQuestions.consequences.generalOther',
      'ownQuestions.consequences.punishedOther',
      'ownQuestions.consequences.jobOther',
    ];
    expect(asked.texts.some((text) => other.some((key) => text.startsWith(catalog.t('nl', key).slice(0, 30))))).toBe(true);
  });

  it('whether a mark is a known sign gets the signals', async () => {
    const { chat } = await conversation();
    await chat('Mijn nichtje van 17 heeft een nieuwe vriend van 30. Hij geeft alle antwoorden voor haar en ze heeft ineens dure kleren.');
    await chat('Ze woont in Utrecht bij haar moeder, maar ze slaapt steeds vaker bij hem.');
    const asked = await chat(
      'Ze had ook een verse tattoo in haar nek, een kroontje met zijn initialen. Ik heb gelezen dat dat een soort merkteken kan zijn, klopt dat?',
    );
    const signals = ['guidance.signalsTitle', 'ownQuestionsAgain.signals', 'guidance.signalsAbove'].map((key) => catalog.t('nl', key));
    expect(asked.texts.some((text) => signals.some((s) => text.startsWith(s.slice(0, 30))))).toBe(true);
  });
});

describe('a thank-you in the citizen’s own language', () => {
  it('after an English sentence gets no interpreter line', async () => {
    const { chat } = await conversation('en');
    await chat('My neighbour works every day in a car wash and sleeps there. The boss keeps his passport.');
    const thanks = await chat('Ok I will try the anonymous number. Thank you, mulțumesc');
    expect(thanks.texts).not.toContain(catalog.t('en', 'small.mixedLanguage'));
  });
});
