/**
 * The floors the danger thresholds hold on unseen writers' messages (src/nlu/model/floors.ts), proved
 * on small made-up pools: the unsure point moves down until found holds its target and lower bound,
 * the acute point up until 112-at-once precision does, and neither moves where the floor holds.
 */
import {
  FOUND_GOAL,
  FOUND_TARGET,
  LOWEST_UNSURE,
  acuteWithFloor,
  foundHolds,
  precisionHolds,
  softFound,
  unsureWithFloor,
  wilsonLower,
  type FloorScored,
} from '../../../src/nlu/model/floors';

const WIDTH = 0.35;
const many = (count: number, item: FloorScored): FloorScored[] => Array.from({ length: count }, () => ({ ...item }));

/** 200 acute messages: most scored high, 6 found by another route at a score near 0, 8 with low scores. */
function pool(lowScores: readonly number[], byRoute = true): FloorScored[] {
  return [
    ...many(186, { p: 0.6, positive: true, foundAnyway: false }),
    ...many(6, { p: 0.001, positive: true, foundAnyway: byRoute }),
    ...lowScores.map((p) => ({ p, positive: true, foundAnyway: false })),
    ...many(600, { p: 0.005, positive: false, foundAnyway: false }),
  ];
}
const LOW = [0.012, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04, 0.05];

describe('wilsonLower', () => {
  it('is the one-sided 95 % Wilson bound', () => {
    expect(wilsonLower(1, 75)).toBeCloseTo(0.9652, 3);
    expect(wilsonLower(0.97, 1000)).toBeCloseTo(0.9598, 3);
    expect(wilsonLower(0.5, 0)).toBe(1);
  });
});

describe('the unsure point holds found with a margin', () => {
  it('moves down from a pooled point at which found falls under its floor, to the highest point that holds it', () => {
    const scored = pool(LOW);
    expect(foundHolds(scored, 0.1, WIDTH)).toBe(false);
    const unsure = unsureWithFloor(scored, 0.1, WIDTH);
    expect(unsure).toBeLessThan(0.1);
    expect(unsure).toBeGreaterThan(LOWEST_UNSURE);
    expect(foundHolds(scored, unsure, WIDTH)).toBe(true);
    const found = softFound(scored, unsure, WIDTH);
    expect(found).toBeGreaterThanOrEqual(FOUND_TARGET);
    expect(wilsonLower(found, 200)).toBeGreaterThanOrEqual(FOUND_GOAL);
    // The highest such point: a little higher and the floor no longer holds.
    expect(foundHolds(scored, unsure * 1.1, WIDTH)).toBe(false);
  });

  it('stays where the pooled point holds the floor', () => {
    const scored = pool(LOW.map(() => 0.6));
    expect(unsureWithFloor(scored, 0.1, WIDTH)).toBe(0.1);
  });

  it('counts messages found by another route as found, whatever their score', () => {
    expect(unsureWithFloor(pool(LOW, false), 0.1, WIDTH)).toBeLessThan(unsureWithFloor(pool(LOW), 0.1, WIDTH));
  });

  it('never goes under the lowest point, even where the floor cannot be held there', () => {
    const scored = pool([...LOW, ...Array.from({ length: 20 }, () => 0.0001)]);
    expect(unsureWithFloor(scored, 0.1, WIDTH)).toBe(LOWEST_UNSURE);
  });
});

describe('the acute point holds 112-at-once precision with a margin', () => {
  /** 100 acute messages at 0.6 to 0.9 and calm ones at 0.2 to 0.5: precision rises with the point. */
  const scored: FloorScored[] = [
    ...Array.from({ length: 100 }, (_, i) => ({ p: 0.6 + (0.3 * i) / 100, positive: true, foundAnyway: false })),
    ...Array.from({ length: 100 }, (_, i) => ({ p: 0.2 + (0.3 * i) / 100, positive: false, foundAnyway: false })),
  ];

  it('moves up from a pooled point whose precision is under its floor, to the lowest point that holds it', () => {
    expect(precisionHolds(scored, 0.2, WIDTH)).toBe(false);
    const acute = acuteWithFloor(scored, 0.2, WIDTH);
    expect(acute).toBeGreaterThan(0.2);
    expect(precisionHolds(scored, acute, WIDTH)).toBe(true);
    expect(precisionHolds(scored, acute * 0.97, WIDTH)).toBe(false);
  });

  it('stays where the pooled point holds it', () => {
    expect(acuteWithFloor(scored, 0.8, WIDTH)).toBe(0.8);
  });
});
