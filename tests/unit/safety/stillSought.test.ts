/**
 * A hiding place read as safe now while someone looks for the one hiding (src/safety/stillSought.ts):
 * no safety, unless the pursuit is told in the past. Concept names as the reader gives them.
 */
import { soughtNow, soughtNowInReasons } from '../../../src/safety/stillSought';

describe('sought now', () => {
  it('holds when someone pursues now, whatever safe place is named beside it', () => {
    expect(soughtNow(['hiding', 'pursued'], ['now', 'safe_now'])).toBe(true);
    expect(soughtNow(['pursued'], ['safe_now'])).toBe(true);
  });

  it('does not hold for hiding alone, a pursuit in the past, or no pursuit', () => {
    expect(soughtNow(['hiding'], ['now', 'safe_now'])).toBe(false);
    expect(soughtNow(['pursued'], ['past_verb', 'now', 'safe_now'])).toBe(false);
    expect(soughtNow(['pursued'], ['past', 'safe_now'])).toBe(false);
    expect(soughtNow(['confined'], ['safe_now'])).toBe(false);
  });

  it('reads the screen reasons the same way', () => {
    expect(soughtNowInReasons(['model.acute', 'situation.hiding', 'situation.pursued', 'distance.safe_now'])).toBe(true);
    expect(soughtNowInReasons(['model.acute', 'situation.pursued', 'distance.past', 'distance.safe_now'])).toBe(false);
    expect(soughtNowInReasons(['model.unsure', 'distance.safe_now'])).toBe(false);
  });
});
