/**
 * `npx tsx bench/firstlook-outputs.ts [--write FILE] [--against DIGESTS] [--no-understand]`: the
 * first look (danger screen with the danger reading, language) and the whole understanding step on
 * every text they are tuned or timed on, as one SHA-256 digest per group, so a change meant only to
 * make them faster can be shown to give identical output. Save the digests printed before the
 * change (`> before.json`), then run with `--against before.json` after it: each group is reported
 * the same or changed, and the exit code is 1 when any changed. `--write FILE` also writes every
 * output, a JSON line each, for `diff` when the digests differ. `--no-understand` leaves the
 * understanding step out (a quicker check of the screen alone).
 *
 * Groups: every `text` string of corpus/ and of the tuning sets under tests/eval (never the blind
 * ones), each read in its own locale (its `locale`, `language` or `page` when that is nl or en,
 * else nl); the tuning dialogs' conversations read turn by turn with the earlier turns' readings,
 * as the bot does; and 2,000-character texts cut from the joined corpus (the longest message a
 * citizen can send, as bench/recognizer.bench.ts builds it, and windows at other offsets), whose
 * screening the speed work is about. Each text is looked at alone, as the answer to the danger
 * question, and (unless `--no-understand`) understood.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import type { NluLocale } from '../src/nlu/recognizer';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import type { EarlierTurn } from '../src/safety/turnContext';
import { createUnderstander } from '../src/understanding/understander';

const ROOT = join(__dirname, '..');
const EVAL = join(ROOT, 'tests', 'eval');
const BLIND = join(EVAL, 'blind');

interface Item {
  text: string;
  locale: NluLocale;
}

const DigestsSchema = z.record(z.string(), z.object({ count: z.number(), sha256: z.string() }));

function jsonlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (full === BLIND) continue;
    if (statSync(full).isDirectory()) out.push(...jsonlFiles(full));
    else if (name.endsWith('.jsonl')) out.push(full);
  }
  return out;
}

function localeOf(value: Record<string, unknown>, inherited: NluLocale): NluLocale {
  for (const key of ['locale', 'language', 'page']) {
    const v = value[key];
    if (v === 'nl' || v === 'en') return v;
  }
  return inherited;
}

/** Every `text` string anywhere in a parsed line, with the nearest locale around it. */
function textsIn(value: unknown, inherited: NluLocale, out: Item[]): void {
  if (Array.isArray(value)) {
    for (const v of value) textsIn(v, inherited, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const locale = localeOf(record, inherited);
  if (typeof record.text === 'string') out.push({ text: record.text, locale });
  for (const [key, v] of Object.entries(record)) if (key !== 'text') textsIn(v, locale, out);
}

function itemsOf(file: string): Item[] {
  const out: Item[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('//')) continue;
    textsIn(JSON.parse(line) as unknown, 'nl', out);
  }
  return out;
}

const DialogSchema = z.object({ page: z.string().optional(), turns: z.array(z.object({ text: z.string() })) });

/** The tuning dialogs' conversations: the citizen's turns in order, in the page's locale. */
function conversations(): Item[][] {
  const out: Item[][] = [];
  for (const name of readdirSync(EVAL).sort()) {
    if (!/^dialogs.*\.jsonl$/.test(name)) continue;
    for (const line of readFileSync(join(EVAL, name), 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('//')) continue;
      const parsed = DialogSchema.safeParse(JSON.parse(line));
      if (!parsed.success) continue;
      const locale: NluLocale = parsed.data.page === 'en' ? 'en' : 'nl';
      out.push(parsed.data.turns.map((t) => ({ text: t.text, locale })));
    }
  }
  return out;
}

function unique(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.locale}\u0000${item.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const writeFile = argValue('--write');
  const againstFile = argValue('--against');
  const withUnderstand = !process.argv.includes('--no-understand');

  const safety = new SafetyScreen();
  const local = createLocalRecognizer({ screen: safety });
  const understander = createUnderstander({ safety, recognizer: local, local });

  const groups = new Map<string, Item[]>();
  const corpusItems: Item[] = [];
  for (const file of jsonlFiles(join(ROOT, 'corpus'))) corpusItems.push(...itemsOf(file));
  groups.set('corpus', unique(corpusItems));
  const evalItems: Item[] = [];
  for (const file of jsonlFiles(EVAL)) evalItems.push(...itemsOf(file));
  for (const name of readdirSync(EVAL).sort())
    if (name.endsWith('.txt'))
      for (const line of readFileSync(join(EVAL, name), 'utf8').split('\n'))
        if (line.trim() !== '') evalItems.push({ text: line, locale: 'nl' });
  groups.set('tuning-sets', unique(evalItems));

  const joined = [...groups.get('tuning-sets')!, ...groups.get('corpus')!].map((i) => i.text).join(' ');
  const long: Item[] = [];
  for (let offset = 0; offset + 2000 <= joined.length && long.length < 120; offset += Math.floor(joined.length / 120))
    long.push({ text: joined.slice(offset, offset + 2000), locale: long.length % 3 === 2 ? 'en' : 'nl' });
  groups.set('2000-chars', long);

  const outputs: string[] = [];
  const digests: Record<string, { count: number; sha256: string }> = {};
  for (const [name, items] of groups) {
    const hash = createHash('sha256');
    for (const item of items) {
      const look = understander.firstLook(item.text, { locale: item.locale });
      const answer = understander.firstLook(item.text, { locale: item.locale, awaiting: 'dangerCheck' }, look);
      const whole = withUnderstand ? await understander.understand(item.text, look, { locale: item.locale }) : null;
      const line = JSON.stringify({ group: name, locale: item.locale, text: item.text, look, answer, whole });
      hash.update(line).update('\n');
      if (writeFile) outputs.push(line);
    }
    digests[name] = { count: items.length, sha256: hash.digest('hex') };
  }

  const dialogs = conversations();
  const hash = createHash('sha256');
  let turns = 0;
  for (const conversation of dialogs) {
    const earlier: EarlierTurn[] = [];
    for (const turn of conversation) {
      const look = understander.firstLook(turn.text, { locale: turn.locale, earlier });
      const line = JSON.stringify({ group: 'conversations', locale: turn.locale, text: turn.text, look });
      hash.update(line).update('\n');
      if (writeFile) outputs.push(line);
      earlier.push({ level: look.danger.level, score: look.danger.score });
      turns++;
    }
  }
  digests.conversations = { count: turns, sha256: hash.digest('hex') };

  if (writeFile) writeFileSync(writeFile, outputs.join('\n') + '\n');
  if (againstFile) {
    const before = DigestsSchema.parse(JSON.parse(readFileSync(againstFile, 'utf8')));
    let changed = 0;
    for (const [name, now] of Object.entries(digests)) {
      const same = before[name]?.sha256 === now.sha256;
      if (!same) changed++;
      console.log(`${name}: ${now.count} texts, ${same ? 'same' : 'CHANGED'}`);
    }
    console.log(changed === 0 ? 'all outputs identical' : `${changed} group(s) changed (${relative(ROOT, againstFile)})`);
    process.exitCode = changed === 0 ? 0 : 1;
  } else {
    console.log(JSON.stringify(digests, null, 2));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
