/**
 * `npx tsx bench/anonymiser-counts.ts`: how much work a round of the bench's messages fed one by one
 * (`Pseudonymiser.anonymise`, conversations of 20, as bench/anonymiser.bench.ts reads them) asks of
 * the pattern engine, counted rather than timed: every `exec` of a pattern (a `test`, a `match`, a
 * `replace` or a `split` with a pattern runs it too) and the characters it was handed, printed as
 * JSON with the patterns run most often. A count does not move with the load of a shared machine, so
 * it can be compared between main and a branch where times cannot. `BENCH_ANONYMISER_CODE=build`
 * counts tsc's build (as `npm run bench` times it), else the sources through tsx.
 *
 * Counting wraps `RegExp.prototype.exec`, which turns off the engine's fast paths of `split` and
 * `replace`: a `split` is counted once per position it tries. Both sides of a comparison are counted
 * the same way, so the counts compare; they are not the number of calls the engine makes unwrapped.
 *
 * In rounds of their own, the look-ups of a string in a `Map` or `Set` (`get`, `has`) are counted
 * too: the word lists and tables the detectors ask about a message's words, the work that one table
 * for every list (ADR 0002, rounds 39-41) would fold into one look-up per word. `inLargeTables`
 * counts those in a table of more than `LARGE_TABLE` entries, which the processor's caches hold
 * least. Wrapping the methods keeps the engine from inlining them; the counts compare, the times do not.
 */
import { CODE, benchMessages, inConversations, loadAnonymiser, streamedRound } from './anonymiser-workload';

interface Count {
  execs: number;
  characters: number;
}

async function main(): Promise<void> {
  const texts = benchMessages();
  const round = streamedRound(await loadAnonymiser(), inConversations(texts));
  // Warm-up: libphonenumber and the lexicons load on first use, and their patterns are not the round's.
  round();
  const byPattern = new Map<string, Count>();
  const exec = RegExp.prototype.exec;
  let counting = false;
  RegExp.prototype.exec = function countedExec(this: RegExp, input: string): RegExpExecArray | null {
    if (counting) {
      const count = byPattern.get(this.source) ?? { execs: 0, characters: 0 };
      count.execs++;
      count.characters += String(input).length;
      byPattern.set(this.source, count);
    }
    return exec.call(this, input);
  };
  const rounds = 3;
  counting = true;
  for (let i = 0; i < rounds; i++) round();
  counting = false;
  RegExp.prototype.exec = exec;
  const lookups = countLookups(round, rounds);
  let execs = 0;
  let characters = 0;
  for (const c of byPattern.values()) {
    execs += c.execs;
    characters += c.characters;
  }
  const most = [...byPattern]
    .sort((a, b) => b[1].execs - a[1].execs)
    .slice(0, 15)
    .map(([source, c]) => ({ execsPerRound: c.execs / rounds, pattern: source.length > 80 ? `${source.slice(0, 80)}…` : source }));
  console.log(
    JSON.stringify(
      {
        code: CODE,
        messages: texts.length,
        patterns: byPattern.size,
        execsPerRound: execs / rounds,
        charactersPerRound: characters / rounds,
        stringLookupsPerRound: lookups.all / rounds,
        stringLookupsInLargeTablesPerRound: lookups.inLargeTables / rounds,
        most,
      },
      null,
      2,
    ),
  );
}

/** A table larger than this is counted apart: one look-up in it is more likely to miss the processor's caches. */
const LARGE_TABLE = 5000;

/**
 * Look-ups of a string key in a Map or Set during `rounds` rounds (`Map.prototype.get` and `has`,
 * `Set.prototype.has`).
 */
function countLookups(round: () => void, rounds: number): { all: number; inLargeTables: number } {
  const counts = { all: 0, inLargeTables: 0 };
  const count = (size: number, key: unknown): void => {
    if (typeof key !== 'string') return;
    counts.all++;
    if (size > LARGE_TABLE) counts.inLargeTables++;
  };
  const mapGet = Map.prototype.get;
  const mapHas = Map.prototype.has;
  const setHas = Set.prototype.has;
  Map.prototype.get = function countedGet(this: Map<unknown, unknown>, key: unknown): unknown {
    count(this.size, key);
    return mapGet.call(this, key);
  };
  Map.prototype.has = function countedHas(this: Map<unknown, unknown>, key: unknown): boolean {
    count(this.size, key);
    return mapHas.call(this, key);
  };
  Set.prototype.has = function countedSetHas(this: Set<unknown>, key: unknown): boolean {
    count(this.size, key);
    return setHas.call(this, key);
  };
  try {
    for (let i = 0; i < rounds; i++) round();
  } finally {
    Map.prototype.get = mapGet;
    Map.prototype.has = mapHas;
    Set.prototype.has = setHas;
  }
  return counts;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
