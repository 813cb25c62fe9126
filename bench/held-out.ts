/**
 * `npm run eval:held-out [-- --only dialogs|nlu|anonymiser] [--json]`: scores every held-out part of
 * the tuning sets (bench/support/heldOutParts.ts) in one run and prints figures only: per set and
 * pooled, never a miss, a line or a transcript, so that whoever runs it can still tune beside those
 * sets. The same scoring as `eval:dialogs --set X --lines 16-30`, `eval:nlu --set X --lines 101-200`
 * and `eval:anonymiser --set X --lines …` (the same understander, players and scorers), so a figure
 * here equals the one those commands print for the part. Before this runner the lead kept a shell
 * loop over those commands outside the repository, and lost it with the machine three times.
 */
import path from 'node:path';
import { z } from 'zod';
import { Gazetteer } from '../src/geo';
import { loadLabelledFile } from '../src/nlu/corpus';
import { plainEquals, report, understandAll, type GroupReport, type Scored } from '../src/nlu/evaluation';
import { gazetteerPlaces } from '../src/nlu/facts/gazetteerPlaces';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { SafetyScreen } from '../src/safety/screen';
import { createUnderstander } from '../src/understanding/understander';
import { catalog, playScript } from './dialogs/play';
import { loadScripts } from './dialogs/script';
import { CatalogIndex, scoreConversation, type ConversationScore } from './dialogs/score';
import { evaluate, loadEvalSet, type Counts, type EvalResult } from './eval-anonymiser';
import { heldOutItems, heldOutParts, type HeldOutKind, type HeldOutPart } from './support/heldOutParts';

const root = path.resolve(__dirname, '..');

const Options = z.object({
  only: z.enum(['dialogs', 'nlu', 'anonymiser']).optional(),
  json: z.boolean(),
});
type Options = z.infer<typeof Options>;

export function parseOptions(args: readonly string[]): Options {
  const known = new Set(['--only', '--json']);
  const at = args.indexOf('--only');
  if (at >= 0 && args[at + 1] === undefined) throw new Error('--only needs dialogs, nlu or anonymiser');
  const rest = args.filter((_, i) => at < 0 || i !== at + 1);
  const unknown = rest.filter((a) => !known.has(a));
  if (unknown.length > 0)
    throw new Error(`unknown argument ${unknown.join(' ')}; usage: held-out [--only dialogs|nlu|anonymiser] [--json]`);
  return Options.parse({ only: at >= 0 ? args[at + 1] : undefined, json: args.includes('--json') });
}

/** The figures of one part of a dialog set: counts, as eval:dialogs prints them. */
export interface DialogFigures {
  conversations: number;
  wanted: number;
  acuteMissed: number;
  suicidalMissed: number;
  dangerTurns: number;
  dangerConversations: number;
  ownQuestionsLate: number;
  roleUnfit: number;
  minorUnfit: number;
  repeated: number;
  unfit: number;
  wrongLanguage: number;
  /** Turns with danger lines and no danger, by the catalog keys of their lines. */
  dangerSources: Record<string, number>;
}

export function dialogFigures(scores: readonly ConversationScore[]): DialogFigures {
  const count = (pick: (s: ConversationScore) => readonly unknown[]): number => scores.reduce((n, s) => n + pick(s).length, 0);
  const dangerSources: Record<string, number> = {};
  for (const key of scores.flatMap((s) => s.dangerWithoutSources)) dangerSources[key] = (dangerSources[key] ?? 0) + 1;
  return {
    conversations: scores.length,
    wanted: scores.filter((s) => s.asCounsellorWants).length,
    acuteMissed: count((s) => s.acuteMissed),
    suicidalMissed: count((s) => s.suicidalMissed),
    dangerTurns: count((s) => s.dangerWithout),
    dangerConversations: scores.filter((s) => s.dangerWithout.length > 0).length,
    ownQuestionsLate: count((s) => s.ownQuestionsLate),
    roleUnfit: count((s) => s.roleUnfit),
    minorUnfit: count((s) => s.minorUnfit),
    repeated: count((s) => s.repeated),
    unfit: count((s) => s.unfit),
    wrongLanguage: count((s) => s.wrongLanguage),
    dangerSources,
  };
}

export function dialogRow(name: string, f: DialogFigures): string {
  return [
    name.padEnd(8),
    `wanted ${f.wanted}/${f.conversations}`.padEnd(15),
    `acute missed ${f.acuteMissed}`,
    `no 113 ${f.suicidalMissed}`,
    `danger ${f.dangerTurns} in ${f.dangerConversations}`,
    `own q late ${f.ownQuestionsLate}`,
    `roles ${f.roleUnfit}`,
    `minor ${f.minorUnfit}`,
    `repeated ${f.repeated}`,
    `unfit ${f.unfit}`,
    `language ${f.wrongLanguage}`,
  ].join('  ');
}

async function dialogPart(part: HeldOutPart): Promise<ConversationScore[]> {
  // A fresh screen and understander per set, as eval:dialogs builds them per file.
  const screen = new SafetyScreen();
  const understander = createUnderstander({ safety: screen, recognizer: createLocalRecognizer({ screen }) });
  const index = new CatalogIndex(catalog);
  const scores: ConversationScore[] = [];
  for (const script of heldOutItems(part, loadScripts(path.join(root, part.file)))) {
    scores.push(scoreConversation(script, await playScript(script, understander), index));
  }
  return scores;
}

const setName = (part: HeldOutPart): string => path.basename(part.file, '.jsonl').replace(/^(dialogs|nlu|anonymiser)-dev-/, '');

const fixed = (x: number): string => (Number.isNaN(x) ? '    -' : x.toFixed(3));

export function nluRow(name: string, r: Record<string, GroupReport>): string {
  const all = r.all;
  if (all === undefined) return `${name.padEnd(8)}  (no messages)`;
  const byLanguage = (pick: (g: GroupReport) => number): string =>
    ['nl', 'en', 'other'].map((g) => (r[g] === undefined || r[g].n === 0 ? '    -' : fixed(pick(r[g])))).join('/');
  return [
    name.padEnd(8),
    `n ${all.n}`,
    `form ${fixed(all.formMacroF1)} (${byLanguage((g) => g.formMacroF1)})`,
    `stories ${fixed(all.formMacroF1Stories)} (${byLanguage((g) => g.formMacroF1Stories)})`,
    `intent ${fixed(all.intentAccuracy)}`,
    `acute caught ${fixed(all.acute.recallCaught)}`,
    `at once ${fixed(all.acute.recallAcuteOnly)} prec ${fixed(all.acute.precisionAcute)}`,
    `suicidal ${fixed(all.suicidal.recall)}`,
  ].join('  ');
}

export function anonymiserRow(name: string, r: EvalResult): string {
  const ratio = (n: number, d: number): string => (d === 0 ? '    -' : (n / d).toFixed(3));
  return [
    name.padEnd(8),
    `lines ${r.messages}`,
    `required ${ratio(r.required.covered, r.required.gold)} (${r.required.covered}/${r.required.gold})`,
    `quasi ${ratio(r.quasi.covered, r.quasi.gold)} (${r.quasi.covered}/${r.quasi.gold})`,
    `precision ${ratio(r.spanPrecision.hits, r.spanPrecision.predicted)}`,
    `service masked ${r.serviceNumbers.masked}/${r.serviceNumbers.seen}`,
  ].join('  ');
}

/** Field-wise sums of records of counts (the pooled figure of counts is their sum). */
function sumFields<T extends { [K in keyof T]: number }>(all: readonly T[], keys: readonly (keyof T)[]): T {
  return Object.fromEntries(keys.map((k) => [k, all.reduce((n, r) => n + r[k], 0)])) as unknown as T;
}

const COUNT_KEYS: readonly (keyof Counts)[] = ['gold', 'covered', 'typed', 'predicted', 'precise'];

/** Anonymiser results of several parts added up: the pooled counts. */
export function addAnonymiserResults(all: readonly EvalResult[]): EvalResult {
  const add = (pick: (r: EvalResult) => Counts): Counts => sumFields(all.map(pick), COUNT_KEYS);
  const types = Object.keys(all[0]?.perType ?? {}) as (keyof EvalResult['perType'])[];
  return {
    perType: Object.fromEntries(types.map((t) => [t, add((r) => r.perType[t])])) as EvalResult['perType'],
    required: add((r) => r.required),
    quasi: add((r) => r.quasi),
    overall: add((r) => r.overall),
    spanPrecision: sumFields(
      all.map((r) => r.spanPrecision),
      ['hits', 'predicted'],
    ),
    serviceNumbers: sumFields(
      all.map((r) => r.serviceNumbers),
      ['seen', 'masked'],
    ),
    messages: all.reduce((n, r) => n + r.messages, 0),
    // Held out: the misses are never kept, so nobody can print them by mistake.
    errors: [],
  };
}

async function run(options: Options): Promise<void> {
  const wanted = (kind: HeldOutKind): boolean => options.only === undefined || options.only === kind;
  const out: Record<string, unknown> = {};
  const say = (line: string): void => {
    if (!options.json) process.stdout.write(`${line}\n`);
  };

  if (wanted('dialogs')) {
    const parts = heldOutParts('dialogs');
    say(`== dialogs: conversations ${parts[0]?.lines ?? '-'} of ${parts.length} tuning sets`);
    const figures: DialogFigures[] = [];
    const all: ConversationScore[] = [];
    for (const part of parts) {
      const scores = await dialogPart(part);
      all.push(...scores);
      figures.push(dialogFigures(scores));
      say(dialogRow(setName(part), figures[figures.length - 1]!));
    }
    // Every figure is a count over conversations, so the pooled one is the same count over all of them.
    const pooled = dialogFigures(all);
    say(dialogRow('ALL', pooled));
    const sources = Object.entries(pooled.dangerSources).sort((a, b) => b[1] - a[1]);
    say(`danger lines with no danger, by texts: ${sources.map(([k, n]) => `${k} ${n}`).join(', ') || '-'}`);
    out.dialogs = { parts: parts.map((p, i) => ({ ...p, ...figures[i] })), pooled };
  }

  if (wanted('nlu')) {
    const parts = heldOutParts('nlu');
    say(`== nlu: lines ${parts[0]?.lines ?? '-'} of ${parts.length} tuning sets (form, stories: all (nl/en/other))`);
    const safety = new SafetyScreen();
    const local = createLocalRecognizer({ screen: safety });
    const places = gazetteerPlaces(Gazetteer.load());
    const understander = createUnderstander({ safety, recognizer: local, local, places });
    const same = (a: string, b: string): boolean => plainEquals(a, b) || places.sameMunicipality(a, b);
    const pooled: Scored[] = [];
    const rows: Record<string, unknown>[] = [];
    for (const part of parts) {
      const scored = await understandAll(understander, heldOutItems(part, loadLabelledFile(path.join(root, part.file))));
      pooled.push(...scored);
      const r = report(scored, same);
      rows.push({ ...part, report: r });
      say(nluRow(setName(part), r));
    }
    const all = report(pooled, same);
    say(nluRow('ALL', all));
    out.nlu = { parts: rows, pooled: all };
  }

  if (wanted('anonymiser')) {
    const parts = heldOutParts('anonymiser');
    say(`== anonymiser: second halves of ${parts.length} tuning sets`);
    const results: EvalResult[] = [];
    for (const part of parts) {
      const r = { ...evaluate(heldOutItems(part, loadEvalSet(path.join(root, part.file)))), errors: [] };
      results.push(r);
      say(anonymiserRow(setName(part), r));
    }
    const pooled = addAnonymiserResults(results);
    say(anonymiserRow('ALL', pooled));
    out.anonymiser = { parts: parts.map((p, i) => ({ ...p, ...results[i] })), pooled };
  }

  if (options.json) process.stdout.write(`${JSON.stringify(out)}\n`);
}

if (require.main === module) {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(2);
  }
  void run(options);
}
