/**
 * The labelling rule for questions without a story (formSituations.ts `formOfQuestion`, round 28)
 * read at run time too (round 46, messageModels.ts): a question the intent model reads as one without
 * a story keeps the form model's form only where it tells an act of that form or names the exploiter
 * by the form's name. An agency or a boss alone ("als ik klacht doe over het bureau") weighed toward
 * labour in the form model. Every sentence was written for this test; none is a corpus or tuning line.
 */
import { createLocalRecognizer, type LocalRecognizer } from '../../../src/nlu/local/localRecognizer';
import { testScreen } from '../../support/screen';

let recognizer: LocalRecognizer;

beforeAll(() => {
  recognizer = createLocalRecognizer({ screen: testScreen() });
});

describe('the form of a question without a story', () => {
  it.each([
    'als ik een klacht doe over het bureau, ben ik dan mijn woning ook kwijt?',
    'als ik klacht doe over bureau, verlies ik visum ook?',
    'als ik de baas aangeef, moet ik dan het land uit? visum is via bureau',
  ])('is unknown when it tells no act: %s', async (text) => {
    const u = await recognizer.recognize(text, 'nl');
    expect(u.intent).toBe('ask_consequences');
    expect(u.form).toBe('unknown');
  });

  it('keeps the form of an act it tells', async () => {
    const u = await recognizer.recognize('als ik zeg dat ik drugs moest verkopen voor die jongens, krijg ik dan zelf straf?', 'nl');
    expect(u.intent).toBe('ask_consequences');
    expect(u.form).toBe('criminal_exploitation');
  });
});
