/**
 * Round 36 (ownq36), through the real bot with the real local recognizer and question model: an own
 * question is answered first whatever its shape. A fear about someone else's outcome said as a
 * statement, a question relayed from the person of concern, harm feared for telling, an employer's
 * own fine, and a question pointing back at the police named in the message.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { answerStarts, joinedBot, say, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

/** A Dutch conversation with the welcome behind it: each message gives the bot's turn. */
async function chatting() {
  const { adapter } = await joinedBot(recognizer);
  return (text: string) => say(adapter, text);
}

/** Where in the turn the answer of `key` comes (its first words), or -1. */
const placeOf = (turn: Turn, key: string) => turn.texts.findIndex((t) => answerStarts('nl', key, 40).some((start) => t.startsWith(start)));

describe('an own question in a shape the model was not trained on', () => {
  it("a fear about someone else's outcome beside a question: both answered, the other's consequence for that person", async () => {
    const chat = await chatting();
    await chat(
      'Ik ben thuishulp bij een oudere vrouw. Haar zoon heeft een man uit het buitenland in huis die dag en nacht voor haar zorgt.',
    );
    await chat('Hij krijgt bijna niks betaald en slaapt in de schuur.');
    const asked = await chat('Wat gebeurt er als ik dit meld? Ik wil niet dat mevrouw dan ineens zonder hulp zit.');
    expect(placeOf(asked, 'ownQuestions.after_report.general')).toBe(0);
    expect(placeOf(asked, 'ownQuestions.consequences.generalOther')).toBe(1);
  });

  it('a question relayed from the person of concern is answered about that person', async () => {
    const chat = await chatting();
    await chat('Ik heb een hoveniersbedrijf. Een van de mannen die ik via een bureau inhuur, zegt dat hij 5 euro per uur krijgt.');
    const asked = await chat('Hij vraagt of hij zijn achterstallige loon nog krijgt.');
    expect(placeOf(asked, 'ownQuestions.consequences.wagesOther')).toBe(0);
  });

  it('harm feared for telling gets how to tell without being known', async () => {
    const chat = await chatting();
    await chat('Ik heb een snackbar. Er staan elke avond jongens van een jaar of 14 voor de deur die pakketjes rondbrengen.');
    const asked = await chat('Moet ik de politie bellen? Of komen die gasten dan mijn zaak slopen?');
    const harm = placeOf(asked, 'ownQuestions.consequences.harm');
    expect(harm).toBeGreaterThanOrEqual(0);
    expect(harm).toBeLessThan(3);
  });

  it("an employer's own fine gets the liability answer, not the debt", async () => {
    const chat = await chatting();
    await chat(
      'Wij hebben een kwekerij en huren via een uitzendbureau tien mensen in. Ze zeggen dat ze veel minder krijgen dan wij betalen.',
    );
    const asked = await chat('Krijg ik zelf een boete als inlener? Ik wist hier echt niks van.');
    expect(placeOf(asked, 'ownQuestions.consequences.liability')).toBe(0);
    expect(placeOf(asked, 'ownQuestions.consequences.debt')).toBe(-1);
  });

  it('a question pointing back at the police named in the message is answered as one about the police', async () => {
    const chat = await chatting();
    await chat('Mijn nichtje van 17 is vaak dagen weg bij een oudere man die haar cadeaus geeft. Nu is ze weer thuis.');
    const asked = await chat(
      'Vorig jaar heb ik de politie al gebeld, toen zeiden ze dat ze vanzelf terug zou komen. Heeft bellen nu wel zin?',
    );
    const police = Math.max(placeOf(asked, 'ownQuestions.police'), placeOf(asked, 'ownQuestions.policeNow'));
    expect(police).toBeGreaterThanOrEqual(0);
  });
});
