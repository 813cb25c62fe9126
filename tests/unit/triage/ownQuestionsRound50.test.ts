/**
 * Round 50 (ownq50): two kinds of own question the reader missed, read by the clause's structure.
 * A question about the bot's own question ("waarom wil je weten waar ik woon?", "why do you need my
 * city?") asks what the helpline does with what it asks for: privacy, with an answer that says why
 * we ask, that it may be left unsaid and who reads it. Punishability asked for a person ("is that
 * illegal for the students who do it?") or of the writer's own past deed ("heb ik toen iets
 * strafbaars gedaan?") asks whether they will be punished: the consequences, beside whether the case
 * is exploitation. And what this chat does with what the writer tells, in the "je" form.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { punishableForAPerson } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { whyWeAskAsked } from '../../../src/triage/whyWeAsk';
import { CatalogIndex } from '../../../bench/dialogs/score';
import { catalog, chatOnPage } from '../../support/bot';
import { testScreen } from '../../support/screen';

describe("a question about the bot's own question", () => {
  it.each([
    'waarom wil je weten waar ik woon?',
    'Waarom vraag je naar mijn leeftijd?',
    'why do you need to know my city?',
    'why are you asking for my name',
    'Wat heb je aan mijn woonplaats?',
    'why is that important?',
  ])('%p asks why we ask', (text) => {
    expect(whyWeAskAsked(text)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, text, null)).toContain('privacy');
  });

  it.each([
    'Why do you need a permit to work here?',
    'waarom doet hij dit?',
    'waarom moet je zo lang werken daar?',
    'why do they keep my passport?',
    'Ik wil weten waarom hij dat doet.',
  ])('%p does not', (text) => {
    expect(whyWeAskAsked(text)).toBe(false);
  });

  it('staying unknown read by the model from such words is not asked beside it', () => {
    expect(questionsToAnswer({ questions: ['anonymity'] }, 'why do you need to know my city?', null)).toEqual(['privacy']);
  });
});

describe("punishable for a person, or the writer's own past deed", () => {
  it.each([
    'is that illegal for the students who do it?',
    'is this a crime for him or only for the boss?',
    'Is dat strafbaar voor mij of voor hem?',
    'Heb ik toen iets strafbaars gedaan door te rijden?',
    'did I do something illegal when I opened that account?',
  ])('%p asks what befalls them', (text) => {
    expect(punishableForAPerson(text)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, text, null)).toContain('consequences');
  });

  it.each(['Is dit strafbaar voor de wet?', 'is that illegal in the Netherlands?', 'Is het strafbaar wat hij doet?', 'Is this a crime?'])(
    '%p does not by these words',
    (text) => {
      expect(punishableForAPerson(text)).toBe(false);
    },
  );

  it('"is that illegal for the students who do it?" keeps whether it is exploitation too', () => {
    const topics = questionsToAnswer({ questions: [] }, 'is that illegal for the students who do it?', null);
    expect(topics).toEqual(expect.arrayContaining(['is_it_trafficking', 'consequences']));
  });
});

describe('what this chat does with what the writer tells, in the "je" form', () => {
  it.each(['wat doe je met wat ik je vertel', 'Wat doe jij met wat ik hier typ?'])('%p asks about privacy', (text) => {
    expect(questionsToAnswer({ questions: [] }, text, null)).toContain('privacy');
  });
});

describe('a possession lost, the Dutch verb last', () => {
  it.each(['ja ze is 22. kan ze daardoor haar kamer verliezen?', 'Kan ze dan haar kamer kwijtraken?'])(
    '%p asks the consequences',
    (text) => {
      expect(questionsToAnswer({ questions: [] }, text, null)).toContain('consequences');
    },
  );

  it('"ik ben mijn geduld aan het verliezen" is a state of mind', () => {
    expect(questionsToAnswer({ questions: [] }, 'ik ben mijn geduld aan het verliezen, wat moet ik nou?', null)).not.toContain(
      'consequences',
    );
  });
});

describe('in a conversation', () => {
  const recognizer = createLocalRecognizer({ screen: testScreen() });
  const whyAsked = (locale: 'nl' | 'en') => catalog.t(locale, 'ownQuestions.privacy.whyAsked', { privacyUrl: 'x' }).slice(0, 30);
  // As the eval reads a turn: the danger lines (112, a person to talk to after it) stand apart.
  const index = new CatalogIndex(catalog);
  const firstOwn = (texts: string[]) => texts.find((t) => !index.isDanger(t)) ?? '';

  it('says why it asks, first, when the writer asks why before telling', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    await chat('Mijn buurman werkt elke dag van zes tot tien in de kassen en zijn baas houdt zijn paspoort vast.');
    const turn = await chat('Waarom wil je weten waar ik woon?');
    expect(firstOwn(turn.texts).startsWith(whyAsked('nl'))).toBe(true);
    expect(index.answers(firstOwn(turn.texts), 'privacy')).toBe(true);
  });

  it('in English too', async () => {
    const chat = await chatOnPage(recognizer, 'en');
    await chat('My neighbour works every day from six to ten in the greenhouses and his boss keeps his passport.');
    const turn = await chat('why do you need to know my city?');
    expect(firstOwn(turn.texts).startsWith(whyAsked('en'))).toBe(true);
  });
});
