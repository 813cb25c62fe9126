/**
 * A story's form is read by the model trained on stories alone; a question about a form and every
 * other message by the general form model (training.ts `storyForm`, messageModels.ts). Either way a
 * named form must be UNKNOWN_FORM_WEIGHT times as likely as `unknown`. A question or answer that
 * tells nothing of any form keeps `unknown` (forms35, formSituations.ts `tellsAnyForm`); sentences
 * written for this test, in no corpus or tuning file.
 */
import { tellsAnyForm } from '../../../src/nlu/model/formSituations';
import { argmax, predictSoftmax } from '../../../src/nlu/model/logistic';
import { MessageModels, towardUnknown, UNKNOWN_FORM_WEIGHT } from '../../../src/nlu/model/messageModels';
import { testReader } from '../../support/reader';
import { testBundle } from '../../support/screen';

const bundle = testBundle();
const reader = testReader();
const models = new MessageModels(bundle, reader);

function read(text: string) {
  const message = reader.readFully(text);
  const x = bundle.vocabulary.general.indices(reader.features(message, 'general', []));
  const top = (model: typeof bundle.models.form) => {
    const p = predictSoftmax(model, x);
    towardUnknown(model.classes, p, UNKNOWN_FORM_WEIGHT);
    return argmax(model, p);
  };
  return { message, guess: models.guess(message, []), general: top(bundle.models.form), story: top(bundle.models.storyForm) };
}

describe('the form of a story', () => {
  it('is the story model’s reading when the message tells a concern', () => {
    const { guess, story } = read(
      'mijn buurjongen van 15 heeft ineens dure schoenen en twee telefoons, oudere jongens halen hem elke avond op met een scooter',
    );
    expect(guess.intent.intent).toBe('describe_concern');
    expect(guess.form.form).toBe(story.label);
    expect(guess.form.score).toBeCloseTo(story.p, 2);
  });

  it('is the general model’s reading for a one-line worry', () => {
    const { guess, general } = read('er klopt iets niet bij het huis naast ons');
    expect(guess.intent.intent).toBe('describe_concern');
    expect(guess.form.form).toBe(general.label);
    expect(guess.form.score).toBeCloseTo(general.p, 2);
  });

  it('is the general model’s reading for a question without a concrete worry', () => {
    const { guess, general } = read('hoe herken je een loverboy?');
    expect(guess.intent.intent).not.toBe('describe_concern');
    expect(guess.form.form).toBe(general.label);
    expect(guess.form.score).toBeCloseTo(general.p, 2);
  });

  it('stays unknown unless a named form is twice as likely', () => {
    const classes = ['sexual_exploitation', 'labour_exploitation', 'unknown'];
    const unsure = Float64Array.from([0.55, 0.15, 0.3]);
    towardUnknown(classes, unsure, UNKNOWN_FORM_WEIGHT);
    expect(unsure[2]).toBeGreaterThan(unsure[0]!);
    expect(unsure.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const clear = Float64Array.from([0.7, 0.05, 0.25]);
    towardUnknown(classes, clear, UNKNOWN_FORM_WEIGHT);
    expect(clear[0]).toBeGreaterThan(clear[2]!);
    // Without an "unknown" class nothing changes.
    const none = Float64Array.from([0.6, 0.4]);
    towardUnknown(['a', 'b'], none, UNKNOWN_FORM_WEIGHT);
    expect(Array.from(none)).toEqual([0.6, 0.4]);
  });

  it('ships both models over the same classes', () => {
    expect(bundle.models.storyForm.classes).toEqual(bundle.models.form.classes);
  });
});

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
    const { message, guess, story } = read(text);
    expect(tellsAnyForm(message.forms, message.topics)).toBe(false);
    expect(guess.intent.intent).toBe('describe_concern');
    expect(guess.form.form).toBe(story.label);
  });
});
