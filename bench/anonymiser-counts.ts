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
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

type AnonymiserModule = typeof import('../src/anonymiser');

const CODE = z.enum(['source', 'build']).parse(process.env.BENCH_ANONYMISER_CODE ?? 'source');
const TextLine = z.object({ text: z.string() });

function messages(): string[] {
  const texts: string[] = [];
  for (const file of ['anonymiser.jsonl', 'anonymiser-dev.jsonl', 'nlu.jsonl']) {
    for (const line of readFileSync(join(__dirname, '..', 'tests', 'eval', file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const parsed = TextLine.safeParse(JSON.parse(line));
      if (parsed.success) texts.push(parsed.data.text);
    }
  }
  return texts;
}

async function loadAnonymiser(): Promise<AnonymiserModule> {
  if (CODE === 'source') return import('../src/anonymiser');
  const built = join(__dirname, '..', 'dist', 'server', 'src', 'anonymiser', 'index.js');
  if (!existsSync(built)) throw new Error(`no build at ${built}: run \`npm run build\` first`);
  // The build has the sources' exports; tsc checks the sources, not this path.
  return (await import(built)) as AnonymiserModule;
}

interface Count {
  execs: number;
  characters: number;
}

async function main(): Promise<void> {
  const texts = messages();
  const { Pseudonymiser } = await loadAnonymiser();
  const conversations: string[][] = [];
  for (let i = 0; i < texts.length; i += 20) conversations.push(texts.slice(i, i + 20));
  const round = (): void => {
    for (const conversation of conversations) {
      const p = new Pseudonymiser();
      for (const text of conversation) p.anonymise(text);
    }
  };
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
        most,
      },
      null,
      2,
    ),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
