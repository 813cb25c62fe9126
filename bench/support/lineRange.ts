/**
 * `--lines FROM-TO` for the eval scripts: score only part of one set's file (1-based, inclusive), so
 * an engineer can tune on one part of a fresh tuning set and read the other part as a held-out
 * check, without printing that part's misses. Round 23 showed why: rules tuned on the misses of
 * the tuning sets moved those sets and left both a held-out half and the unseen writers' sets as
 * they were.
 */
import { z } from 'zod';

const RANGE = z
  .string()
  .regex(/^\d+-\d+$/, 'FROM-TO')
  .transform((spec) => spec.split('-').map(Number) as [number, number])
  .refine(([from, to]) => from >= 1 && to >= from, '1 <= FROM <= TO');

/** Items `spec` ("101-229", 1-based and inclusive) of a set; throws on a malformed range. */
export function selectLines<T>(items: readonly T[], spec: string): T[] {
  const parsed = RANGE.safeParse(spec);
  if (!parsed.success) throw new Error(`--lines needs FROM-TO with 1 <= FROM <= TO, not "${spec}"`);
  const [from, to] = parsed.data;
  return items.slice(from - 1, to);
}

/**
 * The `--lines` value of a command line, or undefined; an error when it has no value or comes
 * without `--set` (a range means lines of one file).
 */
export function linesOption(args: readonly string[]): string | undefined {
  const at = args.indexOf('--lines');
  if (at < 0) return undefined;
  const spec = args[at + 1];
  if (spec === undefined || spec.startsWith('--')) throw new Error('--lines needs FROM-TO');
  if (!args.includes('--set')) throw new Error('--lines FROM-TO goes with --set FILE');
  selectLines([], spec);
  return spec;
}
