/**
 * Round 43 (ownq43): own questions in words no rule named yet. A judgement asked of what was told
 * ("is this safe?", "moet ik me zorgen maken?", "wie heeft gelijk?") is answered as whether it may
 * be exploitation; the writer's name written down or kept in a file asks what this chat keeps
 * (privacy); one of the helpline's people asked for is a person to talk to; signs asked in words
 * of noticing are the signals; an assumption said to be confirmed ("ik neem aan dat jullie de
 * apotheek niet noemen") asks, and hoping to go unnamed is staying anonymous.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { asksToConfirm, withConfirmationsMarked } from '../../../src/nlu/text/confirmationSought';
import { asksSomething } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { situationJudged } from '../../../src/triage/situationJudged';
import { catalog, chatOnPage, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

describe('a judgement asked of what was told', () => {
  it.each([
    'Mijn vriendin moet eerst 8000 euro aan een bemiddelaar betalen voor werk hier. Is this safe?',
    'hij moet eerst 500 euro inschrijfgeld betalen. klinkt te mooi? hij zit nog in roemenie',
    'Mijn kleindochter van 13 heeft een vriendje van 18. Moet ik me zorgen maken of ben ik een ouwe zeur?',
    'mijn collega zegt dat ik slachtoffer ben maar ik denk niet. wie heeft gelijk?',
    'Hij doet pakjes in brievenbussen voor zijn oom. Hoe moet ik dit inschatten?',
    'ze praten nooit met klanten en eten achterin. ik weet niet of het iets is hoor',
    'Ik maak me veel zorgen maar weet niet of het zo erg is als ik denk.',
    'ik werk 6 nachten voor 5 euro per uur. is dit goed in Nederland?',
    "ben ik dan ook zo'n mensenhandelaar? gewoon een vraag hoor",
    'Is it too late to be recognised as a victim?',
    'Ben ik nou overbezorgd?',
  ])('%p asks whether it may be exploitation', (text) => {
    expect(situationJudged(text)).toBe(true);
    expect(questionsToAnswer({ questions: [] }, text, 'other')).toContain('is_it_trafficking');
  });

  it.each([
    'Is het veilig om hier te chatten?',
    'is this chat safe?',
    'is het ok als ik in het Engels schrijf?',
    'Is het veilig om naar de politie te gaan?',
    'Is it safe to call you?',
    'Dit is goed, dank je.',
    'Is dat goed als ik morgen bel?',
    'Mijn broer is slachtoffer. Kan hij aangifte doen?',
    'is dit iets voor jullie of moet ik naar de politie?',
    'is that safe for me, could those people find me?',
    'moet ik me zorgen maken over mijn eigen baan?',
    'zelf niks gezien, weet niet of het klopt',
    'Is het gebruikelijk dat Veilig Thuis zelf de politie inschakelt?',
  ])('%p judges the talk, a step or a rumour, not the story', (text) => {
    expect(situationJudged(text)).toBe(false);
  });
});

describe('own questions in words of keeping, of a person, of noticing', () => {
  it.each([
    'pls if i talk to you, you will write my name somewhere?',
    'Komt mijn naam dan in een dossier terecht dat de betrokkene later kan opvragen?',
    'Do you write down my name?',
  ])('%p asks what this chat keeps', (text) => {
    expect(questionsToAnswer({ questions: ['anonymity'] }, text, null)).toEqual(expect.arrayContaining(['anonymity', 'privacy']));
  });

  it.each([
    'Mijn buurvrouw wil niet meer leven. Can I bring her to talk to one of your counsellors today?',
    'Kan ik als jongerencoach een keer met een van jullie medewerkers sparren over een casus?',
  ])('%p asks for a person to talk to', (text) => {
    expect(questionsToAnswer({ questions: [] }, text, 'professional')).toContain('counsellor');
  });

  it.each(['And what could a tourist like me actually notice, if anything?', 'Wat zijn de tekens van uitbuiting?'])(
    '%p asks the signals',
    (text) => {
      expect(questionsToAnswer({ questions: [] }, text, 'other')).toContain('signals');
    },
  );
});

describe('an assumption said to be confirmed', () => {
  it.each([
    'Ik neem aan dat jullie de apotheek niet noemen als jullie hier iets mee doen.',
    'ik ga ervan uit dat jullie mijn gegevens niet bewaren',
    "I assume you won't tell my boss it was me.",
    'I take it this stays between us',
  ])('%p asks', (text) => {
    expect(asksToConfirm(text)).toBe(true);
    expect(asksSomething(text)).toBe(true);
    expect(withConfirmationsMarked(text)).toMatch(/\?/u);
  });

  it.each(['Ik neem aan.', 'Ik ga uit met vrienden.', 'ik neem het aan'])('%p does not', (text) => {
    expect(asksToConfirm(text)).toBe(false);
  });

  it('reads hoping to go unnamed as staying anonymous', () => {
    const text = 'De jongen is zichtbaar zenuwachtig. Ik neem aan dat jullie de apotheek niet noemen als jullie hier iets mee doen.';
    expect(questionsToAnswer({ questions: [] }, text, 'professional')).toContain('anonymity');
  });
});

describe('through the bot', () => {
  const recognizer = createLocalRecognizer({ screen: testScreen() });
  const answers = (turn: Turn, locale: 'nl' | 'en') =>
    ['ownQuestions.is_it_trafficking.general', 'ownQuestions.is_it_trafficking.fits'].some((key) =>
      turn.texts.some((t) => t.startsWith(catalog.t(locale, key, { form: '' }).slice(0, 30))),
    );

  it('answers "klinkt te mooi?" about an offer of work as whether it may be exploitation', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    const turn = await chat(
      'mijn vriend gaat via een bureau naar nederland komen om in een distributiecentrum te werken. ze beloven 14 euro per uur en gratis huis, maar hij moet eerst 500 euro inschrijfgeld betalen. klinkt te mooi?',
    );
    expect(answers(turn, 'nl')).toBe(true);
  });

  it('answers "Is this safe?" in English the same way', async () => {
    const chat = await chatOnPage(recognizer, 'en');
    const turn = await chat(
      'My friend in Thailand asks if she can come to work here through an agent who wants 8000 euro from her first. Is this safe?',
    );
    expect(answers(turn, 'en')).toBe(true);
  });
});
