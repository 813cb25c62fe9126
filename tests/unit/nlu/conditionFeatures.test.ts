/**
 * Round 27 (screen27): a standing condition of work and life (how many sleep where, the hours, the
 * pay and what is taken from it) is read as such, and told with nothing but the background of a
 * story it is a feature of its own for the danger model; beside confinement, a threat or violence
 * it is not, and it never takes away the lack of distance of a danger told now.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const read = (text: string) => reader.readForDanger(text);
const danger = (text: string) => reader.features(read(text), 'danger');
const conditions = (text: string) => read(text).distances.filter((d) => d.concept === 'condition' && !d.negated);

describe('conditions of work and housing', () => {
  it.each([
    ['we slapen met acht man in een container'],
    ["ze wonen met z'n twaalven in een oude boerderij"],
    ['ten men in one room, one toilet'],
    ['ik sta van 10 tot 10 in de salon, ook op zondag'],
    ['14 hours a day, no day off since april'],
    ['they pay us 3 euro an hour'],
    ['ze houden 120 euro in van het loon voor het huis'],
    ['they cut 95 euro each week for the bed and 20 for the van'],
    ['drie maanden geen loon gehad'],
  ])('reads "%s" as a condition', (text) => {
    expect(conditions(text).length).toBeGreaterThan(0);
  });

  it.each([['I am fine, thanks'], ['2 men in a car took her'], ['de deur zit op slot en ik kan niet weg']])(
    'reads no condition in "%s"',
    (text) => {
      expect(conditions(text)).toHaveLength(0);
    },
  );

  it('marks a condition told with only the background of a story (papers, pay, a debt)', () => {
    expect(danger('de baas heeft mijn paspoort nog en we slapen met acht man in een container')).toContain('sd:condition_only');
    expect(danger('they pay us 3 euro an hour')).toContain('sd:condition_only');
  });

  it('tells a condition said with "now" apart from one without', () => {
    const features = danger('nu wonen er 6 mannen in een caravan voor 4');
    expect(features).toContain('sd:condition_only+now');
    expect(features).not.toContain('sd:condition_only');
  });

  it('does not mark a condition beside confinement, violence or a threat as a condition only', () => {
    for (const text of [
      'we slapen met acht man in een container en de baas doet hem snachts op slot',
      'they pay us 3 euro an hour and the boss hit my friend today',
      'ik werk 14 uur per dag en hij zegt dat hij me vanavond komt halen',
    ]) {
      const features = danger(text);
      expect(features).not.toContain('sd:condition_only');
      expect(features).not.toContain('sd:condition_only+now');
    }
  });

  it('keeps a danger told beside a condition without distance', () => {
    expect(danger('ze sluiten ons op in de container, we slapen met acht man, ik kan niet weg')).toContain('sd:situation+no_distance');
  });
});
