/**
 * What is no evidence for 112 at once on its own (screen.ts `situationEvidence`): a place or means of
 * suicide without the words of it (a driver's truck, a conductor's train), and a plea inside a message
 * that says more. Sentences written for this test.
 */
import { situationEvidence } from '../../../src/safety/screen';
import { testScreen } from '../../support/screen';

const screen = testScreen();
const read = (text: string) => screen.look(text).read;
const concepts = (text: string) => read(text).situations.map((h) => h.concept);

describe('weak situations', () => {
  it.each([
    'I drive a truck for a company from Poland, writing from my phone',
    'ik ben machinist op de trein en wil iets vragen over een collega',
  ])('%p names a means but tells no danger', (text) => {
    expect(concepts(text)).toContain('suicide_means');
    expect(situationEvidence(read(text))).toBe(false);
    expect(screen.assess(text).level).not.toBe('acute');
  });

  it('a plea inside a longer opening is no evidence, unless the model is sure', () => {
    const text = 'Goedemiddag, help alstublieft, ik kom uit Oekraïne';
    expect(concepts(text)).toContain('call_for_help');
    expect(situationEvidence(read(text))).toBe(false);
    expect(situationEvidence(read(text), true)).toBe(true);
  });

  it('a plea that is the whole message stays evidence', () => {
    expect(situationEvidence(read('help nu!!'))).toBe(true);
    expect(screen.assess('help nu!!').level).toBe('acute');
  });

  it('a danger situation beside a means still counts', () => {
    expect(situationEvidence(read('hij heeft mijn paspoort en ik zit opgesloten in de vrachtwagen'))).toBe(true);
  });
});
