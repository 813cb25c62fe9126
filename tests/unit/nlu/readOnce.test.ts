/**
 * A reading is used once: the understanding step hands the local recognizer the reading it made
 * fully, and the guess made for the recognizer is the one for the facts (round 26, turncpu26). Each
 * reuse must give what making it again gives.
 */
import { createLocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { MessageModels } from '../../../src/nlu/model/messageModels';
import { MessageReader } from '../../../src/nlu/model/reader';
import { testBundle, testScreen } from '../../support/screen';
import { testReader } from '../../support/reader';

const bundle = testBundle();
const reader = testReader();
const models = new MessageModels(bundle, reader);
const STORY = 'Mijn nicht moet haar paspoort afgeven aan haar baas en krijgt geen loon. Mag ik anoniem bellen?';
const NO_TOPIC = 'de kat zit op de mat';

describe('a reading is used once', () => {
  it('guesses once per reading and signals, and again when the signals differ', () => {
    const read = reader.readFully(STORY);
    const guess = models.guess(read, ['documents_withheld']);
    expect(models.guess(read, ['documents_withheld'])).toBe(guess);
    const fresh = new MessageModels(bundle, new MessageReader());
    expect(guess).toEqual(fresh.guess(read, ['documents_withheld']));
    const without = models.guess(read, []);
    expect(without).toEqual(fresh.guess(read, []));
    expect(without).not.toBe(guess);
  });

  it('interprets a full reading as interpreting the danger reading does, also without any topic', () => {
    const local = createLocalRecognizer({ screen: testScreen() });
    for (const text of [STORY, NO_TOPIC]) {
      const forDanger = local.models.reader.readForDanger(text);
      expect(local.interpretFull(text, local.models.reader.readFully(text, forDanger))).toEqual(local.interpretRead(text, forDanger));
    }
  });
});
