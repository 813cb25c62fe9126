/**
 * The floors the danger thresholds must hold on the messages of writers the model never learned
 * (the tuning sets), with a margin (round 30, acute30; issue 10 section 1).
 *
 * The unsure and acute points are chosen on the pooled out-of-fold and tuning scores (training.ts
 * softThresholdForRecall, softThresholdForPrecision): a target met on about 9,000 messages, most of
 * them written beside the rules. Acute danger found on the blind sets of unseen writers then sat at
 * the goal's edge (0.950 and 0.949 against ≥ 0.95), where the pool put it, not where the goal needs
 * it. These floors are checked on the tuning sets alone, as a share of every acute message (found by
 * any route, not only by the score), and with a confidence margin: the one-sided 95 % lower bound
 * (Wilson) of the share must reach the goal, and the share itself the target above it. Where a floor
 * does not hold at the pooled point, the point moves until it does (unsure down, acute up).
 *
 * Each share is smoothed like the pooled targets (THRESHOLD_SMOOTHING in training.ts): a message
 * the screen finds by the score alone counts by a logistic step of its score against the threshold,
 * so the point is a continuous function of every score (the stability rule of safety11).
 */

/** Acute messages of unseen writers found (acute or the danger question), as a share. */
export const FOUND_TARGET = 0.97;
/** The lower confidence bound of that share must reach the goal of issue 10. */
export const FOUND_GOAL = 0.95;
/** 112 at once: precision on the unseen writers' messages; the goal is 0.75, the margin 0.1. */
export const PRECISION_TARGET = 0.9;
export const PRECISION_GOAL = 0.85;
/** One-sided 95 %. */
export const CONFIDENCE_Z = 1.645;
/**
 * The unsure point is never moved under this: under it the question would be asked of most calm
 * messages (the model's prior for an unknown text lies near 0.01), and a floor that only such a
 * point could hold is a matter for the corpus and features, not for the threshold.
 */
export const LOWEST_UNSURE = 0.01;

/** A message of an unseen writer: its danger score, its label, and whether the screen finds it without the score. */
export interface FloorScored {
  p: number;
  positive: boolean;
  /** Found whatever the score (suicidal thoughts, a plain alarm, an unread cry). */
  foundAnyway: boolean;
}

/** The one-sided lower confidence bound (Wilson score interval) of a share `p` of `n`. */
export function wilsonLower(p: number, n: number, z = CONFIDENCE_Z): number {
  if (n === 0) return 1;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};
const step = (threshold: number, p: number, width: number) => 1 / (1 + Math.exp((logit(threshold) - logit(p)) / width));

/** The smoothed share of the positives found at the unsure point `threshold`. */
export function softFound(scored: readonly FloorScored[], threshold: number, width: number): number {
  let positives = 0;
  let found = 0;
  for (const s of scored) {
    if (!s.positive) continue;
    positives++;
    found += s.foundAnyway ? 1 : step(threshold, s.p, width);
  }
  return positives === 0 ? 1 : found / positives;
}

/** The smoothed precision of the messages at or over `threshold` (112 at once). */
export function softPrecisionAt(scored: readonly FloorScored[], threshold: number, width: number): { precision: number; n: number } {
  let all = 0;
  let pos = 0;
  for (const s of scored) {
    const w = step(threshold, s.p, width);
    all += w;
    if (s.positive) pos += w;
  }
  return { precision: all === 0 ? 1 : pos / all, n: all };
}

/** Whether found at `threshold` holds its target and its lower bound the goal. */
export function foundHolds(scored: readonly FloorScored[], threshold: number, width: number): boolean {
  const positives = scored.filter((s) => s.positive).length;
  const found = softFound(scored, threshold, width);
  return found >= FOUND_TARGET && wilsonLower(found, positives) >= FOUND_GOAL;
}

/** Whether 112 at once from `threshold` holds its precision target and its lower bound the goal. */
export function precisionHolds(scored: readonly FloorScored[], threshold: number, width: number): boolean {
  const { precision, n } = softPrecisionAt(scored, threshold, width);
  return precision >= PRECISION_TARGET && wilsonLower(precision, Math.max(1, Math.round(n))) >= PRECISION_GOAL;
}

/**
 * The unsure point: `pooled` where found holds its floor there, else the highest point under it
 * (found falls steadily as the point rises, so it is found by halving), never under LOWEST_UNSURE.
 */
export function unsureWithFloor(scored: readonly FloorScored[], pooled: number, width: number): number {
  if (foundHolds(scored, pooled, width)) return pooled;
  let lo = logit(LOWEST_UNSURE);
  let hi = logit(pooled);
  if (!foundHolds(scored, LOWEST_UNSURE, width)) return LOWEST_UNSURE;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (foundHolds(scored, sigmoid(mid), width)) lo = mid;
    else hi = mid;
  }
  return Math.floor(sigmoid(lo) * 1000) / 1000;
}

/**
 * The acute point: `pooled` where 112 at once holds its precision floor from there on, else the
 * lowest point over it that does (in steps of 0.01 log-odds, up to 0.95).
 */
export function acuteWithFloor(scored: readonly FloorScored[], pooled: number, width: number): number {
  if (precisionHolds(scored, pooled, width)) return pooled;
  let z = logit(pooled);
  const top = logit(0.95);
  while (z < top && !precisionHolds(scored, sigmoid(z), width)) z += 0.01;
  return z >= top ? 0.95 : Math.ceil(sigmoid(z) * 1000) / 1000;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
