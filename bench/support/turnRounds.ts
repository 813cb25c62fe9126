/**
 * How many concurrent runs the server bench makes on one server (`BENCH_TURN_ROUNDS`, round 51).
 * The first run after a start pays V8's optimising compiler for the code its turns make hot; the
 * later ones show a turn's cost once that is paid. The marks options (BENCH_TURN_MARKS, BENCH_GC,
 * BENCH_WRITER, BENCH_ALLOC) describe the first run only, so more runs beside one of them are refused
 * rather than mixed into its figures.
 */
export function turnRounds(value: string | undefined, marksOptions: readonly string[]): number {
  const rounds = value === undefined || value === '' ? 1 : Number(value);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_TURN_ROUNDS is a whole number of at least 1, not "${value}".`);
  if (rounds > 1 && marksOptions.length > 0)
    throw new Error(`BENCH_TURN_ROUNDS > 1 does not go with ${marksOptions.join(', ')} (their figures are of the first run).`);
  return rounds;
}
