/**
 * A reading is made once and reused: the danger features for the danger and the suicide model, the
 * full reading handed on to the local recognizer, and the guess made for the recognizer and again for
 * the facts (round 26, turncpu26). Each reuse must give what making it again gives.
 */
import { loadModelBundle } from '../../../src/nlu/model/bundle';
import { MessageModels } from '../../../src/nlu/model/messageModels';
import { MessageReader } from '../../../src/nlu/model/reader';

const bundle = loadModelBundle();
const reader = new MessageReader();
const models = new MessageModels(bundle, reader);
const STORY = 'Mijn nicht moet haar paspoort afgeven aan haar baas en krijgt geen loon. Mag ik anoniem bellen?';
const NO_TOPIC = 'de kat zit op de mat';

describe('a reading is made once', () => {
  it('gives the same danger features again, as a copy a caller may extend', () => {
    const read = reader.readForDanger(STORY);
    const first = reader.features(read, 'danger');
    first.push('added by the caller');
    const again = reader.features(read, 'danger');
    expect(again).not.toContain('added by the caller');
    expect(again).toEqual(new MessageReader().features(new MessageReader().readForDanger(STORY), 'danger'));
  });

  it('makes the suicide features from the danger features without the frame features leaking back', () => {
    const read = reader.readForDanger('ik wil niet meer leven, ik heb een touw gekocht');
    const danger = reader.features(read, 'danger');
    const suicide = reader.suicideFeatures(read);
    expect(suicide.slice(0, danger.length)).toEqual(danger);
    expect(reader.features(read, 'danger')).toEqual(danger);
    const fresh = new MessageReader();
    expect(suicide).toEqual(fresh.suicideFeatures(fresh.readForDanger('ik wil niet meer leven, ik heb een touw gekocht')));
  });

  it('returns a message it read fully as it is, also one without any topic', () => {
    for (const text of [STORY, NO_TOPIC]) {
      const full = reader.readFully(text);
      expect(reader.readFully(text, full)).toBe(full);
    }
    expect(reader.readFully(NO_TOPIC, reader.readForDanger(NO_TOPIC)).topics).toEqual([]);
  });

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
});
