import { conceptsInReasons } from '../../../src/safety/reasonConcepts';
import { testScreen } from '../../support/screen';

describe('conceptsInReasons', () => {
  it('gives the situations and distances of a reading in the order the screen wrote them, nothing else', () => {
    const reasons = ['model.acute', 'situation.hiding', 'situation.pursued', 'distance.now', 'distance.safe_now', 'now.event'];
    expect(conceptsInReasons(reasons, 'situation')).toEqual(['hiding', 'pursued']);
    expect(conceptsInReasons(reasons, 'distance')).toEqual(['now', 'safe_now']);
    expect(conceptsInReasons(['model.none'], 'situation')).toEqual([]);
  });

  it('reads the reasons the screen really writes', () => {
    const { reasons } = testScreen().assess('ik ben gevlucht en verstop me nu bij de buren, hij zoekt me');
    expect(conceptsInReasons(reasons, 'situation')).toEqual(expect.arrayContaining(['pursued']));
    expect(conceptsInReasons(reasons, 'distance')).toEqual(expect.arrayContaining(['now']));
  });
});
