/**
 * Round 45 (roles45), through the real bot with the real local recognizer: a writer who first says
 * only where they work (a bank's customer service) and then tells of a caller gets no text for a
 * writer telling their own story ("Hoe oud ben je?", "Het is niet jouw schuld", "Kun je zelf
 * weggaan?"). A worker who says where she works and then what is done to her still gets hers.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { catalog, chatOnPage, type Turn } from '../../support/bot';
import { testScreen } from '../../support/screen';

const recognizer = createLocalRecognizer({ screen: testScreen() });

/** Whether a text of `key` (its fixed start) is in the turns. */
const said = (turns: Turn[], key: string) =>
  turns.some((turn) => turn.texts.some((t) => t.startsWith(catalog.t('nl', key).split('{')[0]!.slice(0, 40))));
const SELF_TEXTS = ['guidance.self', 'triage.question.age.self', 'triage.question.canLeave.self', 'triage.question.documentsHeld.self'];

describe('a line that says only where the writer works, through the bot', () => {
  it('a bank clerk telling of a caller gets no text for her own story', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    const turns = [
      await chat(
        'Goedemiddag, ik werk op de klantenservice van een bank in Utrecht. Ik typ dit in mijn pauze dus sorry als het wat rommelig is',
      ),
      await chat(
        "Vanmorgen had ik een jongen aan de lijn, 19, die zijn pas wilde laten blokkeren. Hij had zijn pas en pincode 'uitgeleend' aan iemand van de sportschool voor 200 euro en nu gaan er duizenden euro's in en uit",
      ),
      await chat('Hij zei dat ze nu willen dat hij ook een zakelijke rekening opent op zijn naam.'),
    ];
    expect(SELF_TEXTS.filter((key) => said(turns, key))).toEqual([]);
  });

  it('a cleaner who says where she works and then what is done to her gets the texts for her own story', async () => {
    const chat = await chatOnPage(recognizer, 'nl');
    const turns = [
      await chat('hallo, ik werk bij een schoonmaakbedrijf in Almere'),
      await chat('de baas houdt mijn paspoort en ik krijg maar 200 euro per maand, ik moet elke dag 12 uur werken'),
    ];
    expect(said(turns, 'guidance.self')).toBe(true);
  });
});
