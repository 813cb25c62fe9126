/**
 * Round 28 (screen28): freedom to come and go said outright is read (distance `free_to_go`), and a
 * negation takes it back; the suicide model sees the danger model's marks of a danger told now only
 * under their own name when the message has words of suicide, and under another when it has none.
 */
import { testReader } from '../../support/reader';

const reader = testReader();
const read = (text: string) => reader.readForDanger(text);
const freedom = (text: string) => read(text).distances.filter((d) => d.concept === 'free_to_go');
const suicideFeatures = (text: string) => reader.suicideFeatures(reader.suicideView(read(text)));

describe('freedom to come and go', () => {
  it.each([
    ['ze halen de huur van zijn loon af maar hij kan gaan en staan waar hij wil'],
    ['we kunnen gewoon naar buiten wanneer we willen'],
    ['ze komen en gaan wanneer ze zin hebben'],
    ['I live alone and go where I want'],
    ['they come and go freely'],
    ['i am free to leave, i just need the job'],
    ['mozemy wychodzic kiedy chcemy'],
    ['putem iesi oricand'],
  ])('reads "%s" as free to go', (text) => {
    expect(freedom(text).some((d) => !d.negated)).toBe(true);
  });

  it.each([
    ['hij kan niet gaan en staan waar hij wil'],
    ['ze kan niet naar buiten wanneer ze wil'],
    ['they never let us go out when we want'],
    ['he is not free to leave'],
  ])('takes freedom back in "%s"', (text) => {
    expect(freedom(text).length).toBeGreaterThan(0);
    expect(freedom(text).every((d) => d.negated)).toBe(true);
  });

  it.each([['ze mag alleen naar buiten als de baas het wil'], ['de deur zit op slot en ik kan niet weg']])(
    'reads no freedom in "%s"',
    (text) => {
      expect(freedom(text)).toHaveLength(0);
    },
  );

  it('takes the mark of a danger with no distance from the danger model when freedom is told', () => {
    expect(reader.features(read('de baas slaat hem'), 'danger')).toContain('sd:situation+no_distance');
    expect(reader.features(read('de baas slaat hem maar hij kan gaan waar hij wil'), 'danger')).not.toContain('sd:situation+no_distance');
  });
});

describe("the suicide model's marks of a danger told now", () => {
  it('keeps them beside words of suicide', () => {
    const features = suicideFeatures('de baas heeft mijn paspoort en ik wil niet meer leven');
    expect(features).toContain('sd:situation+no_distance');
    expect(features).not.toContain('sd:situation+no_distance:others');
  });

  it('names them apart for a danger from others with no words of suicide', () => {
    const features = suicideFeatures('Szef zabrał mi paszport, nie płaci od trzech miesięcy i grozi mi');
    expect(features).toContain('sd:situation+no_distance:others');
    expect(features).not.toContain('sd:situation+no_distance');
  });

  it('leaves the danger model its own marks', () => {
    expect(reader.features(read('Szef zabrał mi paszport i grozi mi'), 'danger')).toContain('sd:situation+no_distance');
  });
});
