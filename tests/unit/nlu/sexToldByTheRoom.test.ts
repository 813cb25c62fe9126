/**
 * Sex told by the room and the night (forms33, formSituations.ts sex_acts and sex_visitors): a man
 * of the household or the one who runs the place comes to the person's room at night, brings a man
 * there, a "special" customer is to get what he wants, or the person is sold to men. A landlord who
 * walks in, or a man sent to a room as a threat over a debt, tells no sex. Sentences written for
 * this test, in no corpus or tuning file.
 */
import { MessageModels } from '../../../src/nlu/model/messageModels';
import { testReader } from '../../support/reader';
import { testBundle } from '../../support/screen';

const reader = testReader();
const forms = (text: string) =>
  reader
    .readFully(text)
    .forms.filter((h) => !h.negated)
    .map((h) => h.concept);
const sexual = (text: string): boolean => forms(text).some((c) => c === 'sex_acts' || c === 'sex_visitors');

describe('sex told by the room and the night', () => {
  it.each([
    'the father of the family I nanny for came into my bed again at night',
    'my employer keeps coming to my room every night when his wife sleeps',
    'the owner brought his friend to my room after closing',
    'she says tonight a special client comes and I cannot say no',
    'the lady says I have to be nice to the guests of her husband',
    'they sell her to men in a flat in Breda',
    'de vader van het gezin kwam vannacht weer op mijn kamer',
    'de baas bracht een man naar haar kamer',
    'ik moet 8 klant per dag doen',
  ])('%p tells a sexual act', (text) => {
    expect(sexual(text)).toBe(true);
  });

  it.each([
    'my landlord comes into my room without asking, is that allowed?',
    'she said she will send her husband to my room if I do not pay',
    'my boss brought the new worker to the kitchen',
  ])('%p tells none', (text) => {
    expect(sexual(text)).toBe(false);
  });

  // The story names no town: this test is about the room and the night. Town names carried form
  // weight until form41 made a place one unit of the word features (neutralWords.test.ts tells
  // this story in fifteen towns).
  it('an au pair whose host father comes into her room at night reads as sexual exploitation', () => {
    const models = new MessageModels(testBundle(), reader);
    const guess = models.guess(
      reader.readFully(
        'I am an au pair. the host father comes into my room at night when the mother is away and says nobody will believe me',
      ),
      [],
    );
    expect(guess.form.form).toBe('sexual_exploitation');
  });
});
