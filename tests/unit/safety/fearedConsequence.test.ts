/**
 * What the writer fears would follow if they sought help (deportation, losing a job or a room) is
 * the reason they do not report, not a danger happening now; a threat made now or someone held now
 * still is. Sentences written for this test.
 */
import { testReader } from '../../support/reader';
import { testScreen } from '../../support/screen';

const reader = testReader();
const screen = testScreen();

describe('a feared consequence of seeking help', () => {
  it.each([
    'if i go to the police they send me back to my country',
    'when I report him to the police they will probably deport me',
    'als ik naar de politie ga sturen ze me terug naar mijn land',
    'als ik een melding doe ben ik mijn werk en mijn kamer kwijt',
  ])('is read as a feared consequence, not a hypothetical question, in "%s"', (text) => {
    const { distances } = reader.readForDanger(text);
    expect(distances.some((d) => d.concept === 'feared_consequence' && !d.negated)).toBe(true);
    expect(distances.some((d) => d.concept === 'hypothetical')).toBe(false);
  });

  it.each([
    'if i go to the police they send me back to my country',
    'if I call the inspectorate my boss sends me home and I lose the job',
    'als ik aangifte doe zetten ze me het land uit',
  ])('is not answered as acute danger: "%s"', (text) => {
    expect(screen.assess(text).level).not.toBe('acute');
  });

  it('leaves a threat made now, with someone held now, acute', () => {
    expect(screen.assess('he has locked me in the flat tonight and says if i call the police he will kill me').level).toBe('acute');
  });
});
