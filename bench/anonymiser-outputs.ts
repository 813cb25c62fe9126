/**
 * `npx tsx bench/anonymiser-outputs.ts [--write FILE] [--against DIGESTS]`: the anonymiser's output on
 * every text it is judged or timed on, as one SHA-256 digest per group, so a change meant only to
 * make it faster can be shown to give byte-identical output. Save the digests printed before the
 * change (`> before.json`), then run with `--against before.json` after it: each group is reported
 * the same or changed, and the exit code is 1 when any changed. `--write FILE` also writes every
 * output, a JSON line each, for `diff` when the digests differ.
 *
 * Groups: the tuning sets (tests/eval/anonymiser*.jsonl, never the blind ones) read three ways (each
 * message alone with `detectPii`, fed message by message through one `Pseudonymiser` per conversation,
 * and each conversation at once with `anonymiseConversation`); the bench's corpus as the bench reads
 * it (conversations of 20 messages); texts without personal data (corpus lines, questions, locale
 * strings); and every string literal in the anonymiser's unit tests.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { corpusLines, localeStrings } from './anonymiser-quiet-texts';

type AnonymiserModule = typeof import('../src/anonymiser');

const ROOT = join(__dirname, '..');
const EVAL = join(ROOT, 'tests', 'eval');

const LineSchema = z.object({ text: z.string(), conversation: z.string().optional() });
type Line = z.infer<typeof LineSchema>;

function readLines(file: string): Line[] {
  return readFileSync(join(EVAL, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => LineSchema.parse(JSON.parse(line)));
}

/** Messages grouped by their `conversation` field in order of first appearance; a line without one is its own. */
function conversationsOf(lines: readonly Line[]): string[][] {
  const groups = new Map<string, string[]>();
  lines.forEach((line, i) => {
    const key = line.conversation ?? `#${i}`;
    const group = groups.get(key) ?? [];
    group.push(line.text);
    groups.set(key, group);
  });
  return [...groups.values()];
}

function inTwenties(texts: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < texts.length; i += 20) out.push(texts.slice(i, i + 20));
  return out;
}

/** The string literals of the anonymiser's unit tests: the sentences they feed it, among others. */
function unitTestStrings(): string[] {
  const dir = join(ROOT, 'tests', 'unit', 'anonymiser');
  const out: string[] = [];
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(literal)) {
      const raw = m[1] ?? m[2] ?? m[3] ?? '';
      // Unescaped as JSON would: enough for the quotes, backslashes and \n the tests write.
      const text = raw.replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n');
      if (text.length >= 3) out.push(text);
    }
  }
  return out;
}

async function main(argv: readonly string[]): Promise<void> {
  const codeAt = argv.indexOf('--code');
  const code = codeAt >= 0 ? join(resolve(argv[codeAt + 1]!), 'src', 'anonymiser') : '../src/anonymiser';
  // Another tree's module has this tree's exports as far as the groups below use them.
  const { Pseudonymiser, detectPii } = (await import(code)) as AnonymiserModule;
  const writeAt = argv.indexOf('--write');
  const file = writeAt >= 0 ? argv[writeAt + 1] : undefined;
  const written: string[] = [];
  const report: Record<string, { texts: number; sha256: string }> = {};
  const group = (name: string, outputs: () => unknown[]): void => {
    const hash = createHash('sha256');
    const items = outputs();
    for (const item of items) {
      const line = JSON.stringify(item);
      hash.update(line).update('\n');
      if (file !== undefined) written.push(`${name}\t${line}`);
    }
    report[name] = { texts: items.length, sha256: hash.digest('hex') };
  };

  const sets = readdirSync(EVAL)
    .filter((f) => /^anonymiser.*\.jsonl$/.test(f))
    .sort();
  for (const set of sets) {
    const lines = readLines(set);
    group(`${set} alone`, () => lines.map((l) => detectPii(l.text)));
    group(`${set} streamed`, () =>
      conversationsOf(lines).flatMap((texts) => {
        const p = new Pseudonymiser();
        return texts.map((t) => p.anonymise(t));
      }),
    );
    group(`${set} whole`, () => conversationsOf(lines).flatMap((texts) => new Pseudonymiser().anonymiseConversation(texts)));
  }
  const benchTexts = ['anonymiser.jsonl', 'anonymiser-dev.jsonl', 'nlu.jsonl'].flatMap((f) => readLines(f).map((l) => l.text));
  group('bench corpus', () =>
    inTwenties(benchTexts).flatMap((texts) => {
      const p = new Pseudonymiser();
      return texts.map((t) => p.anonymise(t));
    }),
  );
  group('bench corpus whole', () => inTwenties(benchTexts).flatMap((texts) => new Pseudonymiser().anonymiseConversation(texts)));
  group('quiet corpus lines', () => corpusLines(ROOT).map((t) => detectPii(t)));
  group('locale strings', () => localeStrings(ROOT).map((t) => detectPii(t)));
  group('unit test strings', () => unitTestStrings().map((t) => new Pseudonymiser().anonymise(t)));

  if (file !== undefined) writeFileSync(file, written.join('\n') + '\n');
  const all = createHash('sha256');
  for (const [name, r] of Object.entries(report)) all.update(`${name} ${r.sha256}\n`);
  const againstAt = argv.indexOf('--against');
  if (againstAt < 0) {
    console.log(JSON.stringify({ groups: report, all: all.digest('hex') }, null, 2));
    return;
  }
  const before = DigestsSchema.parse(JSON.parse(readFileSync(argv[againstAt + 1]!, 'utf8')));
  const names = [...new Set([...Object.keys(before.groups), ...Object.keys(report)])];
  const changed = names.filter((name) => before.groups[name]?.sha256 !== report[name]?.sha256);
  for (const name of names) console.log(`${changed.includes(name) ? 'CHANGED' : 'same   '} ${name} (${report[name]?.texts ?? 0} texts)`);
  console.log(changed.length === 0 ? 'output byte-identical on every group' : `${changed.length} group(s) changed`);
  if (changed.length > 0) process.exitCode = 1;
}

const DigestsSchema = z.object({ groups: z.record(z.string(), z.object({ texts: z.number(), sha256: z.string() })) });

void main(process.argv.slice(2));
