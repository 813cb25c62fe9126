/**
 * Round 40 (ownq40), through the real bot with the real local recognizer and question model: a
 * question no answer of ours is for, asked while there is danger now, is said to be so after the
 * 112 (it was skipped before); a first line asking whether the chat reaches someone in the writer's
 * life, whoever they are, is answered first and reads no worry about that person.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, chatOnPage, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

const chatting = (locale: 'nl' | 'en') => chatOnPage(recognizer, locale);

const placeOf = (turn: Turn, locale: 'nl' | 'en', key: string) =>
  turn.texts.findIndex((t) => t.startsWith(catalog.t(locale, key).slice(0, 40)));

describe('a question no answer is for, asked with danger now', () => {
  it('gets the plain line after the 112, pointing to 112', async () => {
    const chat = await chatting('nl');
    await chat('Er zit nu een meisje opgesloten in de schuur van de buren, ik hoor haar gillen en hij heeft een mes');
    const asked = await chat('Ik heb gebeld. Hoelang duurt het meestal voor ze er zijn?');
    const line = placeOf(asked, 'nl', 'ownQuestionsUnknown.danger');
    expect(line).toBeGreaterThan(0);
    expect(asked.texts.slice(0, line).some((t) => /\b112\b/.test(t))).toBe(true);
  });
});

describe('a first line that asks whether the chat reaches someone in the writer’s life', () => {
  it.each([
    ['en', 'can I talk here without my coach finding out?'],
    ['nl', 'hoi mag ik hier iets vragen zonder dat mijn moeder het weet'],
  ] as const)('%s %p is answered first, and the description is asked in words for every writer', async (locale, text) => {
    const chat = await chatting(locale);
    const first = await chat(text);
    const privacyOrAnonymity = ['ownQuestions.privacy.told', 'ownQuestions.privacy.family', 'ownQuestions.anonymity'].map((k) =>
      placeOf(first, locale, k),
    );
    expect(privacyOrAnonymity.some((p) => p === 0)).toBe(true);
    expect(placeOf(first, locale, 'triage.askDescription.other')).toBe(-1);
  });
});
