/**
 * Round 44 (ownq44): in a later turn, a question about the police or a report said beside the fear
 * that the people told about would know who told ("dan weten ze toch wie er gebeld heeft?"), or
 * would notice the writer, asks whether the writer can stay unknown: anonymity is answered with the
 * police, not left for later.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { statedWorries } from '../../../src/triage/questionCues';
import { questionsToAnswer } from '../../../src/triage/questionsToAnswer';
import { answerStarts, chatOnPage, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

describe('knowing who told, beside a question', () => {
  it.each([
    'Als ik aangifte doe, weten die mannen van de kwekerij dan niet meteen wie er gebeld heeft?',
    'Moet ik de politie bellen? Mijn buren zien heus wel wie er belt.',
    'Kan ik dit melden? Ze weten precies wie er gepraat heeft als er iets gebeurt.',
    'Should I go to the police? They will know who called them straight away.',
    'Moet ik naar de politie? Ik wil niet dat die vrouw mij in de gaten krijgt.',
    "Can I report this? I don't want the boss to notice me.",
  ])('%p asks to stay unknown', (text) => {
    expect(statedWorries(text, true)).toContain('anonymity');
    expect(questionsToAnswer({ questions: ['police'] }, text, 'other')).toContain('anonymity');
  });

  it.each([
    'Moet ik naar de politie? De buurvrouw weet wie er woont.',
    'Weet jij wie er gebeld heeft? Mijn moeder zegt niks.',
    'Should I go to the police? They know who lives there.',
    'Moet ik het melden? Ik wil niet dat hij nog langer in de gaten wordt gehouden.',
  ])('%p is no fear of being known as the one who told', (text) => {
    expect(questionsToAnswer({ questions: ['police'] }, text, 'other')).not.toContain('anonymity');
  });

  it('needs a question beside it: a story line alone asks nothing', () => {
    expect(statedWorries('Ze weten precies wie er gebeld heeft.', false)).toEqual([]);
  });
});

describe('through the bot, in a later turn', () => {
  const recognizer = createLocalRecognizer({ screen: testScreen() });
  const answersAnonymity = (turn: Turn, locale: 'nl' | 'en') =>
    ['ownQuestions.anonymity', 'ownQuestionsAgain.anonymity'].some((key) =>
      turn.texts.some((t) => answerStarts(locale, key).some((start) => t.startsWith(start))),
    );

  it('answers anonymity beside the police when the writer fears they know who called', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    await chat('Bij de autowasstraat bij mij in de straat werken jongens die er ook slapen, in een container achter de hal.');
    const turn = await chat('Als ik de politie bel, weten die mannen dan niet meteen wie er gebeld heeft? Ik woon hier om de hoek.');
    expect(answersAnonymity(turn, 'nl')).toBe(true);
  });
});
