/**
 * A message that goes on from the citizen's own question of the turn before is answered as part of
 * it: a worry stated without asking again ("en ze weten natuurlijk precies wie er naast ze woont"),
 * and "is it true?" about the consequences the message before told. Through the real bot with the
 * real local recognizer.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answerStarts, catalog, createTestBot, join, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });
/** The replies after any 112 line: the first of them must answer the question. */
const afterDanger = (turn: Turn) => turn.texts.filter((t) => !/\b112\b/.test(t.slice(0, 60)));

async function conversation(locale: 'nl' | 'en' = 'nl') {
  const { adapter } = createTestBot(recognizer);
  adapter.locale = locale === 'nl' ? 'nl-NL' : 'en-US';
  await join(adapter);
  return (text: string) => say(adapter, text);
}

describe('a worry that goes on from the question before', () => {
  it('answers being known to the people next door, said after a question about reporting, with anonymity first', async () => {
    const chat = await conversation();
    await chat('Naast ons zit een massagesalon. De vrouwen gaan nooit naar buiten en slapen daar ook, denk ik.');
    await chat('als ik het meld, komt de politie dan meteen binnenvallen?');
    const turn = await chat('en ze weten natuurlijk precies wie er naast ze woont');
    expect(answerStarts('nl', 'ownQuestions.anonymity').some((start) => afterDanger(turn)[0]!.startsWith(start))).toBe(true);
  });

  it("answers a worry for someone else stated after a question as that person's, not the writer's", async () => {
    const chat = await conversation();
    await chat('Mijn zoon van 15 verkoopt drugs voor een oudere jongen. Hij moet nu geld terugbetalen.');
    await chat('als we de politie bellen wordt hij dan zelf ook opgepakt?');
    const turn = await chat('en dan is hij een verklikker, dat maakt het toch alleen maar erger voor hem');
    expect(afterDanger(turn)[0]).toBe(catalog.t('nl', 'ownQuestions.consequences.generalOther'));
  });

  it('leaves a worry alone when the turn before asked nothing', async () => {
    const chat = await conversation();
    await chat('Mijn zoon van 15 verkoopt drugs voor een oudere jongen. Hij moet nu geld terugbetalen.');
    const turn = await chat('en dan is hij een verklikker, dat maakt het toch alleen maar erger voor hem');
    expect(turn.texts).not.toContain(catalog.t('nl', 'ownQuestions.consequences.generalOther'));
    expect(turn.texts).not.toContain(catalog.t('nl', 'ownQuestions.consequences.general'));
  });

  it('answers "is it true?" with the consequences the message before told', async () => {
    const chat = await conversation('en');
    await chat('I work as a dishwasher in a restaurant. My colleague from India works 14 hours a day and gets 300 euro a month.');
    await chat('he has no papers. boss say if he go to hospital the police come and he go to jail and all of us lose job');
    const turn = await chat('is it true? if he go to hospital they call police?');
    const answers = ['general', 'generalOther', 'punishedOther', 'jobOther', 'permitOther'].flatMap((key) =>
      answerStarts('en', `ownQuestions.consequences.${key}`),
    );
    expect(afterDanger(turn).some((t) => answers.some((a) => t.startsWith(a)))).toBe(true);
  });
});
