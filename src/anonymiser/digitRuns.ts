/**
 * The runs of ASCII digits in a message, found in the one pass over it that also notes its kinds of
 * character (textShape.ts). The detectors of numbers, phones, postcodes and addresses each need runs
 * of a certain shape (a run of exactly four for a Dutch postcode, eight digits for a phone, a capital
 * before a digit for a British postcode), and asking these questions of the runs is cheaper than
 * running each pattern over the text to find that it cannot match. `\d` in a JavaScript pattern is
 * [0-9] with or without the u flag, so the runs hold exactly the characters those patterns read as
 * digits, and every gate below only says "cannot match" when the pattern it guards cannot.
 */
import { textShape } from './textShape';
import type { DigitRuns } from './types';

export type { DigitRuns } from './types';

/** The runs of `text`, kept with its shape for the run's last message. */
export function digitRuns(text: string): DigitRuns {
  return textShape(text).runs;
}

/** A run of exactly `length` digits (1 to 30). */
export function hasRunOf(runs: DigitRuns, length: number): boolean {
  return (runs.lengths & (1 << length)) !== 0;
}

/** A run of `min` to `max` digits (1 ≤ min ≤ max ≤ 30). */
export function hasRunBetween(runs: DigitRuns, min: number, max: number): boolean {
  const mask = ((1 << (max + 1)) - 1) & ~((1 << min) - 1);
  return (runs.lengths & mask) !== 0;
}

/** A run of exactly `length` digits with another run one character after it: "31-147" and "040 01" for 2 and 3. */
export function hasRunBeforeRun(runs: DigitRuns, length: number): boolean {
  for (let k = 0; k < runs.starts.length - 1; k++) {
    const end = runs.ends[k]!;
    if (end - runs.starts[k]! === length && runs.starts[k + 1] === end + 1) return true;
  }
  return false;
}

/** An ASCII capital right before a run: "NW1", "W1A", "RX123456". */
export function hasCapitalBeforeRun(text: string, runs: DigitRuns): boolean {
  for (const start of runs.starts) {
    const code = text.charCodeAt(start - 1);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}
