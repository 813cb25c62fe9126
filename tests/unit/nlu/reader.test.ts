/**
 * The danger features of one reading: combinations of a situation with distance, and a danger
 * situation with none. Background (papers, a child, money) alone is no situation without distance.
 */
import { MessageReader } from '../../../src/nlu/model/reader';

const reader = new MessageReader();
const danger = (text: string) => reader.features(reader.readForDanger(text), 'danger');

describe('danger features', () => {
  it('marks a danger situation that nothing distances', () => {
    expect(danger('hij slaat haar en de deur is op slot')).toContain('sd:situation+no_distance');
  });

  it('does not count papers, money or a child as a situation without distance', () => {
    expect(danger('mijn buurman werkt 14 uur per dag en zijn baas heeft zijn paspoort')).not.toContain('sd:situation+no_distance');
  });

  it('pairs a situation with the distance in the same sentence', () => {
    expect(danger('vorig jaar werd ik opgesloten door mijn baas')).toContain('sd:confined+past');
  });

  it('reads a situation said not to happen as negated, and a denial of danger as distance', () => {
    const features = danger('nee, ze sluiten ons niet op en niemand is in gevaar');
    expect(features).toContain('s!:confined');
    expect(features).not.toContain('s:confined');
    expect(features).toContain('d:denied');
  });
});
