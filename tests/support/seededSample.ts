import { seededRandom } from '../../src/seededRandom';

/**
 * `size` items drawn without replacement by a seeded generator, in their original order: the same
 * items on every run, so a test over a sample of a corpus is deterministic.
 */
export function seededSample<T>(items: readonly T[], size: number, seed: number): T[] {
  const random = seededRandom(seed);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}
