/**
 * Round 45 (ownq45): the second question of a later turn, read from how its clause is built:
 * someone seeing that the writer is in touch here (anonymity), where else to report or what to
 * record once the police are there (after_report), an inquiry into the writer's own household
 * (consequences), being sent back to a country named (a stay), a person asked for "hier via de
 * chat" (counsellor).
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { opensWithACountry } from '../../../src/triage/countryNamed';
import { consequencesAsked } from '../../../src/triage/ownQuestions';
import { askedCueTopics, plainWords, sentBackToACountry } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { answerStarts, chatOnPage, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

describe('someone seeing that the writer is in touch here', () => {
  it.each([
    'Kan mijn man zien dat ik hier typ?',
    'Weet de eigenaar dan dat ik met jullie heb gepraat?',
    'Can my boss see that I wrote to you?',
    'Will they know that I called?',
    'Ik ben bang: wat als zij merken dat wij naar de politie zijn gegaan?',
    'What if the boss finds out that I went to the police?',
  ])('%p asks to stay unknown', (text) => {
    expect(askedCueTopics(text)).toContain('anonymity');
  });

  it.each([
    'Ik zie dat ik hier veel typ.',
    'Kan ik zien dat jullie het gelezen hebben?',
    'Weet jij of ze gebeld hebben?',
    'Ik weet dat ik naar de politie kan gaan, maar wat doen jullie?',
  ])('%p does not', (text) => {
    expect(askedCueTopics(text)).not.toContain('anonymity');
  });
});

describe('where else to report, what to record', () => {
  it.each([
    'Moet ik die garage nog ergens anders melden?',
    'Wat moet ik nu opschrijven voor de politie?',
    'Welke dingen kan ik het best vastleggen?',
    'Should I report it anywhere else?',
    'What should I write down for the inspectorate?',
  ])('%p asks what a report needs or what comes after it', (text) => {
    expect(askedCueTopics(text)).toContain('after_report');
  });

  it('not a statement that names recording, nor which signs to record', () => {
    expect(askedCueTopics('Ik heb alles opgeschreven.')).toEqual([]);
    expect(askedCueTopics('Welke signalen moet ik vastleggen in mijn rapport?')).not.toContain('after_report');
  });
});

describe('an inquiry into the writer', () => {
  it.each([
    'Komt er dan een onderzoek naar mij?',
    'Worden wij dan zelf onderzocht als gastgezin?',
    'Will they investigate us too?',
    'Could we get investigated for this?',
  ])('%p asks what telling brings the writer', (text) => {
    expect(askedCueTopics(text)).toContain('consequences');
  });

  it('an inquiry into the case asks what follows a report, not what it costs the writer', () => {
    const topics = askedCueTopics('Komt er dan een onderzoek naar dat bedrijf?');
    expect(topics).toContain('after_report');
    expect(topics).not.toContain('consequences');
  });
});

describe('sent back to a country named', () => {
  it('knows countries by their Dutch and English names, with or without the article', () => {
    expect(opensWithACountry('serbia')).toBe(true);
    expect(opensWithACountry('servie')).toBe(true);
    expect(opensWithACountry('philippines')).toBe(true);
    expect(opensWithACountry('the philippines')).toBe(true);
    expect(opensWithACountry('work tomorrow')).toBe(false);
  });

  it.each(['if I call the police we all go back to Romania?', 'will they send me back to Ghana?', 'Do I get sent back to Bulgaria then?'])(
    '%p is a stay at stake',
    (text) => {
      expect(sentBackToACountry(plainWords(text))).toBe(true);
      expect(consequencesAsked(text)).toContain('permit');
      expect(askedCueTopics(text)).toContain('consequences');
    },
  );

  it.each([
    'I go back to work tomorrow?',
    'can I go back to my room?',
    'she went back to the house',
    'if we complain he say go back to Poland',
  ])('%p is not', (text) => {
    expect(sentBackToACountry(plainWords(text))).toBe(false);
  });
});

describe('a person asked for here in the chat', () => {
  it.each(['Kan iemand mij hier via de chat verder helpen?', 'Can someone here in the chat help me?'])('%p asks for a person', (text) => {
    expect(askedCueTopics(text)).toContain('counsellor');
  });

  it('the model reading one topic of two: the second is answered too', () => {
    expect(
      questionsToAnswer({ questions: ['anonymity'] }, 'Bellen durf ik niet. Kan iemand mij hier in de chat helpen zonder naam?', 'self'),
    ).toEqual(expect.arrayContaining(['anonymity', 'counsellor']));
  });
});

describe('through the bot, in a later turn', () => {
  const recognizer = createLocalRecognizer({ screen: testScreen() });
  const answers = (turn: Turn, locale: 'nl' | 'en', keys: string[]) =>
    keys.some((key) => turn.texts.some((t) => answerStarts(locale, key).some((start) => t.startsWith(start))));

  it('answers what follows a report while the police are on their way, after 112', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    await chat('Achter de bakkerij slapen zes mannen in een schuur, de deur zit op slot en de baas heeft hun paspoorten.');
    await chat('Er is nu brand in de schuur en ze kunnen er niet uit!');
    const turn = await chat('De buurman belt net de politie. Wat kan ik het beste vastleggen voor de inspectie?');
    expect(turn.texts.join('\n')).toMatch(/112/);
    expect(answers(turn, 'nl', ['ownQuestions.after_report.general'])).toBe(true);
  });

  it('answers staying unknown after 112 when being found out is feared while danger is told', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    await chat('Mijn zus werkt in een massagesalon en mag er niet weg, de eigenaar heeft haar paspoort.');
    const turn = await chat('Hij staat nu met een mes voor haar deur. Wat als hij merkt dat wij naar de politie zijn gegaan?');
    const texts = turn.texts.join('\n');
    expect(texts).toMatch(/112/);
    expect(answers(turn, 'nl', ['ownQuestions.anonymity', 'ownQuestionsAgain.anonymity'])).toBe(true);
    const anonymous = Math.max(...answerStarts('nl', 'ownQuestions.anonymity').map((start) => texts.indexOf(start)));
    expect(texts.indexOf('112')).toBeLessThan(anonymous);
  });

  it('answers the stay when being sent back to a country is asked beside the police', async () => {
    const chat = await chatOnPage(recognizer, 'en');
    await chat('I work on a farm, the boss keeps our passports and we sleep in a barn with twelve men.');
    const turn = await chat('If I go to the police, do we all go back to Moldova?');
    expect(answers(turn, 'en', ['ownQuestions.consequences.permit', 'ownQuestions.consequences.permitOther'])).toBe(true);
  });

  it('answers a person to chat with beside anonymity', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    await chat('Ik werk in een nagelsalon en de eigenaar houdt mijn loon in voor een schuld die steeds groter wordt.');
    const turn = await chat(
      'Bellen kan niet, mijn kamergenoten horen alles. Kan iemand mij hier in de chat verder helpen, zonder dat ik mijn naam geef?',
    );
    // With the desk open, asking for a person hands the chat to the desk (outside its hours, the counsellor answer).
    expect(turn.texts.some((t) => t.startsWith('[desk: queued]')) || answers(turn, 'nl', ['ownQuestions.counsellor'])).toBe(true);
    expect(answers(turn, 'nl', ['ownQuestions.anonymity', 'ownQuestionsAgain.anonymity'])).toBe(true);
  });
});
