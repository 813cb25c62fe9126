/**
 * Trains the anonymiser's span tagger (person names and organisations) on the marked-up tuning sets
 * and writes models/anonymiser-tagger.json. Seeded: running it again writes the same bytes.
 *
 *   npx tsx bench/train-anonymiser.ts            train on every tuning set, write the model
 *   npx tsx bench/train-anonymiser.ts --loso     leave one set out: train without set X, score on X
 *                                                (tagger alone, rules alone, rules and tagger), per set
 *   … --bias B                                   the outside bias to score (and write) with
 *   HOLD_OUT=anonymiser-dev-m.jsonl …            keep sets out of training (comma-separated); with
 *                                                --loso they are scored held-out after the others
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_SETS } from './build-anonymiser-eval';
import { evaluate, loadEvalSet, type EvalRecord, type EvalResult } from './eval-anonymiser';
import { detectConversation } from '../src/anonymiser';
import { findTaggedSpans, TAGGER_MODEL_FILE, useTaggerModel } from '../src/anonymiser/tagger';
import { modelFromFile, type TaggerFile } from '../src/anonymiser/tagger/model';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../src/anonymiser/tagger/training';
import { findPlaces, placeWordStarts } from '../src/anonymiser/detectors/places';
import { corpusLines, isTrainingHalf } from './anonymiser-quiet-texts';

const EVAL = join(__dirname, '..', 'tests', 'eval');

/**
 * Sets kept out of training: a new writer's set is scored held-out (with --loso) before it joins.
 * Set M was held out until its held-out figures were taken (round 13), then joined; the committed
 * model is trained on every set.
 */
const HELD_OUT: ReadonlySet<string> = new Set<string>(process.env.HOLD_OUT?.split(',') ?? []);

interface NamedSet {
  name: string;
  records: EvalRecord[];
}

function trainingSets(): NamedSet[] {
  return BUILT_SETS.map((s) => s.target as string)
    .filter((target) => !HELD_OUT.has(target) && existsSync(join(EVAL, target)))
    .map((target) => ({ name: target, records: loadEvalSet(join(EVAL, target)) }));
}

/**
 * Quiet text: the training half of the corpus lines in which the rules find nothing at all, as
 * messages without names or organisations (the tagger sees the chat's ordinary capitals there).
 */
function quietTexts(): EvalRecord[] {
  useTaggerModel(null);
  const out = corpusLines(join(__dirname, '..'))
    .filter(isTrainingHalf)
    .filter((text) => detectConversation([text])[0]!.length === 0)
    .map((text, i) => ({ id: `quiet${i}`, text, entities: [] }));
  useTaggerModel(undefined);
  return out;
}

function serialise(file: TaggerFile): string {
  return `${JSON.stringify(file)}\n`;
}

const ratio = (n: number, d: number): string => (d === 0 ? '    -' : (n / d).toFixed(3));

function taggerOnly(texts: string[]): ReturnType<typeof detectConversation> {
  return texts.map((t) =>
    findTaggedSpans(t, placeWordStarts(t, findPlaces(t))).map((c) => ({ type: c.type as never, start: c.start, end: c.end })),
  );
}

function line(label: string, r: EvalResult): string {
  const n = r.perType.NAAM;
  const o = r.perType.ORGANISATIE;
  return (
    `${label.padEnd(10)} names ${String(n.covered).padStart(4)}/${String(n.gold).padEnd(4)} (${ratio(n.covered, n.gold)}, prec ${ratio(n.precise, n.predicted)})  ` +
    `orgs ${String(o.covered).padStart(4)}/${String(o.gold).padEnd(4)} (${ratio(o.covered, o.gold)}, prec ${ratio(o.precise, o.predicted)})  ` +
    `required ${ratio(r.required.covered, r.required.gold)} quasi ${ratio(r.quasi.covered, r.quasi.gold)} span-prec ${ratio(r.spanPrecision.hits, r.spanPrecision.predicted)} service ${r.serviceNumbers.masked}`
  );
}

function add(total: EvalResult | undefined, r: EvalResult): EvalResult {
  if (total === undefined) return structuredClone(r);
  for (const type of Object.keys(r.perType) as (keyof EvalResult['perType'])[])
    for (const k of Object.keys(r.perType[type]) as (keyof EvalResult['required'])[]) total.perType[type][k] += r.perType[type][k];
  for (const part of ['required', 'quasi', 'overall'] as const)
    for (const k of Object.keys(r[part]) as (keyof EvalResult['required'])[]) total[part][k] += r[part][k];
  total.spanPrecision.hits += r.spanPrecision.hits;
  total.spanPrecision.predicted += r.spanPrecision.predicted;
  total.serviceNumbers.masked += r.serviceNumbers.masked;
  total.serviceNumbers.seen += r.serviceNumbers.seen;
  return total;
}

function leaveOneSetOut(sets: NamedSet[], biases: number[], extra: NamedSet[], quiet: EvalRecord[]): void {
  const totals = new Map<string, EvalResult>();
  const record = (key: string, r: EvalResult): void => {
    totals.set(key, add(totals.get(key), r));
  };
  for (const target of [...sets, ...extra]) {
    const rest = [...sets.filter((s) => s !== target).flatMap((s) => s.records), ...quiet];
    const file = trainTagger(rest, DEFAULT_TRAIN_OPTIONS);
    console.log(`== held out: ${target.name} (${target.records.length} messages; trained on ${rest.length})`);
    useTaggerModel(null);
    const rules = evaluate(target.records);
    console.log(line('rules', rules));
    record('rules', rules);
    for (const bias of biases) {
      useTaggerModel(modelFromFile({ ...file, outsideBias: bias }));
      const alone = evaluate(target.records, taggerOnly);
      const both = evaluate(target.records);
      console.log(line(`tag b=${bias}`, alone));
      console.log(line(`both b=${bias}`, both));
      record(`tag b=${bias}`, alone);
      record(`both b=${bias}`, both);
    }
  }
  useTaggerModel(undefined);
  console.log('== all held-out sets together');
  for (const [key, r] of totals) console.log(line(key, r));
}

function main(argv: string[]): void {
  const sets = trainingSets();
  const biasAt = argv.indexOf('--bias');
  const biases = biasAt >= 0 ? argv[biasAt + 1]!.split(',').map(Number) : [DEFAULT_TRAIN_OPTIONS.outsideBias];
  if (argv.includes('--loso')) {
    const extra = [...HELD_OUT].filter((t) => existsSync(join(EVAL, t))).map((t) => ({ name: t, records: loadEvalSet(join(EVAL, t)) }));
    leaveOneSetOut(sets, biases, extra, quietTexts());
    return;
  }
  const started = Date.now();
  const quiet = quietTexts();
  const file = trainTagger([...sets.flatMap((s) => s.records), ...quiet], { ...DEFAULT_TRAIN_OPTIONS, outsideBias: biases[0]! });
  const text = serialise(file);
  const changed = !existsSync(TAGGER_MODEL_FILE) || readFileSync(TAGGER_MODEL_FILE, 'utf8') !== text;
  if (changed) writeFileSync(TAGGER_MODEL_FILE, text);
  console.log(
    JSON.stringify({
      file: 'models/anonymiser-tagger.json',
      changed,
      ms: Date.now() - started,
      sets: sets.map((s) => s.name),
      quietTexts: quiet.length,
      features: file.features.length,
      entries: file.entries.length / 2,
      bytes: text.length,
    }),
  );
}

main(process.argv.slice(2));
