/**
 * A message outside a story that tells nothing of any form keeps `unknown` (forms35,
 * formSituations.ts `tellsAnyForm`, messageModels.ts); one that names work, sex, crime or organs is
 * left to the model, and a story to the story model. Sentences written for this test, in no corpus
 * or tuning file.
 */
import { loadModelBundle } from '../../../src/nlu/model/bundle';
import { tellsAnyForm } from '../../../src/nlu/model/formSituations';
import { argmax, predictSoftmax } from '../../../src/nlu/model/logistic';
import { MessageModels, towardUnknown, UNKNOWN_FORM_WEIGHT } from '../../../src/nlu/model/messageModels';
import { MessageReader } from '../../../src/nlu/model/reader';

const bundle = loadModelBundle();
const reader = new MessageReader();
const models = new MessageModels(bundle, reader);

function read(text: string) {
  const message = reader.readFully(text);
  const x = bundle.vocabulary.general.indices(reader.features(message, 'general', []));
  const p = predictSoftmax(bundle.models.form, x);
  towardUnknown(bundle.models.form.classes, p, UNKNOWN_FORM_WEIGHT);
  return { message, guess: models.guess(message, []), general: argmax(bundle.models.form, p) };
}

describe('a message that tells no form', () => {
  it('reads no form evidence from nothing, and none from a negated word alone', () => {
    expect(tellsAnyForm([], [])).toBe(false);
    const negated = { start: 0, end: 0, sentence: 0, negated: true } as const;
    expect(tellsAnyForm([{ ...negated, concept: 'crime_acts' }], [{ ...negated, concept: 'labour' }])).toBe(false);
    expect(
      tellsAnyForm(
        [],
        [
          { ...negated, concept: 'signals' },
          { ...negated, concept: 'organ', negated: false },
        ],
      ),
    ).toBe(true);
    expect(tellsAnyForm([{ ...negated, concept: 'sex_control', negated: false }], [])).toBe(true);
  });

  it.each([
    'wat zijn eigenlijk de kenmerken van mensenhandel?',
    'how can you tell that a person is being exploited?',
    'valt het onder uitbuiting als iemand zelf zegt dat alles goed gaat?',
    'is it still trafficking when the person agreed at the start?',
    'czy to jest handel ludźmi?',
  ])('%p stays unknown', (text) => {
    const { message, guess } = read(text);
    expect(tellsAnyForm(message.forms, message.topics)).toBe(false);
    expect(guess.form.form).toBe('unknown');
    expect(guess.form.score).toBeGreaterThanOrEqual(0);
  });

  it.each([
    'hoe herken je dat iemand in een kas wordt uitgebuit?',
    'what are the signs that a girl is made to see clients?',
    'how do I know if my son sells drugs for older boys?',
  ])('%p is left to the model: it names a form', (text) => {
    const { message, guess, general } = read(text);
    expect(tellsAnyForm(message.forms, message.topics)).toBe(true);
    expect(guess.intent.intent).not.toBe('describe_concern');
    expect(guess.form.form).toBe(general.label);
    expect(guess.form.score).toBeCloseTo(general.p, 2);
  });

  it('leaves a story to the story model even when the lexicons read nothing in it', () => {
    const text =
      'sinds de zomer woont er bij ons in de straat een jonge vrouw die nooit alleen naar buiten gaat, er is altijd een man bij die voor haar praat en ze kijkt steeds naar de grond';
    const { message, guess } = read(text);
    const x = bundle.vocabulary.general.indices(reader.features(message, 'general', []));
    const p = predictSoftmax(bundle.models.storyForm, x);
    towardUnknown(bundle.models.storyForm.classes, p, UNKNOWN_FORM_WEIGHT);
    expect(tellsAnyForm(message.forms, message.topics)).toBe(false);
    expect(guess.intent.intent).toBe('describe_concern');
    expect(guess.form.form).toBe(argmax(bundle.models.storyForm, p).label);
  });
});
