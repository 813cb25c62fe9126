/**
 * Massage as the work, said bare ("she does massage", "geeft massages"), is a place where sex is sold
 * (formSituations.ts sex_place), also when a boss is named: a boss alone reads as labour. Sentences
 * written for this test.
 */
import { MessageModels } from '../../../src/nlu/model/messageModels';
import { testReader } from '../../support/reader';
import { testBundle } from '../../support/screen';

const reader = testReader();
const forms = (text: string) => reader.readFully(text).forms.map((h) => h.concept);

describe('massage as the work', () => {
  it.each(['mijn nicht geeft massages in een pand in Breda', 'my cousin does massage for a man in Utrecht', 'she works as a masseuse now'])(
    '%p names a place where sex is sold',
    (text) => {
      expect(forms(text)).toContain('sex_place');
    },
  );

  it('with a boss who keeps the money reads as sexual exploitation', () => {
    const models = new MessageModels(testBundle(), reader);
    const guess = models.guess(
      reader.readFully('my cousin does massage for a man in Utrecht, the boss keeps all her money and her passport'),
      [],
    );
    expect(guess.form.form).toBe('sexual_exploitation');
  });
});
