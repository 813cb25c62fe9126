/**
 * `npm run eval:nlu [-- --set <file> [--lines FROM-TO]] [--blind] [--json] [--verbose]`: scores the understanding step (the
 * local models through the real Understander, first look then the rest) on each labelled set,
 * separately and labelled:
 *   tuning  tests/eval/nlu.jsonl (written beside the old rules; never trained on) and every
 *           tests/eval/nlu-dev-*.jsonl (later sets by separate writers, read while tuning)
 *   dev     the held-out fifth of corpus/nlu (thresholds are chosen on it; never trained on)
 *   blind   every tests/eval/blind/nlu-*.jsonl (never read while building or tuning)
 * With --set only that file is scored (with --lines FROM-TO only those lines of it, 1-based: a
 * held-out part of a tuning set while tuning on the rest). The blind sets are scored only with --blind (once per
 * session, by whoever scores them): a tuning run must not show a blind figure as a side effect, and an engineer who
 * ran the default once saw them (session 24). --no-blind is still accepted and is the default. Figures per message language (nl, en, other) and overall;
 * how 'unsure' counts is explained in src/nlu/evaluation.ts and printed with the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadLabelledFile, splitCorpus, type LabelledMessage } from '../src/nlu/corpus';
import { Gazetteer } from '../src/geo';
import { FACT_KEYS, GROUPS, misses, plainEquals, report, understandAll, type GroupReport } from '../src/nlu/evaluation';
import { FORMS } from '../src/nlu/recognizer';
import { gazetteerPlaces } from '../src/nlu/facts/gazetteerPlaces';
import { createLocalRecognizer } from '../src/nlu/local/localRecognizer';
import { laterTuningSets, loadCorpus } from '../src/nlu/model/sources';
import { SafetyScreen } from '../src/safety/screen';
import { createUnderstander } from '../src/understanding/understander';
import { blindWanted } from './support/blindOption';
import { linesOption, selectLines } from './support/lineRange';

interface EvalSet {
  kind: 'tuning' | 'dev' | 'blind' | 'file';
  name: string;
  messages: LabelledMessage[];
}

const BLIND = /^nlu-.*\.jsonl$/;

function sets(root: string, only: string | undefined, withBlind: boolean, lines?: string): EvalSet[] {
  if (only) {
    const file = path.resolve(only);
    const kind = BLIND.test(path.basename(file)) && path.dirname(file).endsWith(path.join('eval', 'blind')) ? 'blind' : 'file';
    const messages = loadLabelledFile(file);
    if (lines === undefined) return [{ kind, name: path.relative(root, file), messages }];
    return [{ kind, name: `${path.relative(root, file)} lines ${lines}`, messages: selectLines(messages, lines) }];
  }
  const out: EvalSet[] = [
    { kind: 'tuning', name: 'tests/eval/nlu.jsonl', messages: loadLabelledFile(path.join(root, 'tests/eval/nlu.jsonl')) },
    ...laterTuningSets(root).map((file): EvalSet => ({
      kind: 'tuning',
      name: path.relative(root, file),
      messages: loadLabelledFile(file),
    })),
    { kind: 'dev', name: 'corpus/nlu (held-out fifth)', messages: splitCorpus(loadCorpus(root)).dev },
  ];
  const blindDir = path.join(root, 'tests/eval/blind');
  if (!withBlind) return out;
  if (fs.existsSync(blindDir)) {
    for (const f of fs
      .readdirSync(blindDir)
      .filter((f) => BLIND.test(f))
      .sort()) {
      out.push({ kind: 'blind', name: `tests/eval/blind/${f}`, messages: loadLabelledFile(path.join(blindDir, f)) });
    }
  }
  return out;
}

const fmt = (n: number) => (Number.isNaN(n) ? '   -  ' : n.toFixed(3).padStart(6));

function table(byGroup: Record<string, GroupReport>): string {
  const rows: [string, (g: GroupReport) => number][] = [
    ['messages', (g) => g.n],
    ['intent accuracy', (g) => g.intentAccuracy],
    ['form macro-F1', (g) => g.formMacroF1],
    ['form macro-F1 (stories only)', (g) => g.formMacroF1Stories],
    ['acute messages', (g) => g.acute.positives],
    ['acute recall (acute+unsure caught)', (g) => g.acute.recallCaught],
    ['acute recall (acute only)', (g) => g.acute.recallAcuteOnly],
    ['acute precision (acute only)', (g) => g.acute.precisionAcute],
    ['acute precision (acute+unsure)', (g) => g.acute.precisionCaught],
    ['suicidal messages', (g) => g.suicidal.positives],
    ['suicidal recall', (g) => g.suicidal.recall],
    ['suicidal precision', (g) => g.suicidal.precision],
    ['suicidal: 113 named (now or told away)', (g) => g.suicidal.namedRecall],
    ['suicidal: 113 named, precision', (g) => g.suicidal.namedPrecision],
    ['unsure rate (bot asks)', (g) => g.unsureRate],
    ['language accuracy', (g) => g.languageAccuracy],
    ['questions micro-F1', (g) => g.questions.microF1],
    ['questions exact set', (g) => g.questions.exact],
    ...FACT_KEYS.flatMap((key): [string, (g: GroupReport) => number][] => [
      [`fact ${key} accuracy`, (g) => g.facts[key]?.accuracy ?? NaN],
      [`fact ${key} told: recall`, (g) => g.facts[key]?.toldRecall ?? NaN],
      [`fact ${key} precision`, (g) => g.facts[key]?.precision ?? NaN],
    ]),
  ];
  const header = `${''.padEnd(38)}${GROUPS.map((g) => g.padStart(8)).join('')}`;
  const lines = rows.map(([label, get]) => {
    const cells = GROUPS.map((g) => {
      const v = get(byGroup[g]!);
      return (Number.isInteger(v) && label.startsWith('messages')) || label.endsWith('messages')
        ? String(v).padStart(8)
        : fmt(v).padStart(8);
    });
    return `${label.padEnd(38)}${cells.join('')}`;
  });
  return [header, ...lines].join('\n');
}

type ScoredSet = Awaited<ReturnType<typeof understandAll>>;

/**
 * F1 of each form, over all messages and over the stories (describe_concern) alone, per message
 * language: the macro-F1 rows above hide which form and which language a change moved.
 */
function formTable(scored: ScoredSet): string {
  const f1 = (rows: ScoredSet, form: string) => {
    const tp = rows.filter((s) => s.message.form === form && s.understanding.form === form).length;
    const fp = rows.filter((s) => s.message.form !== form && s.understanding.form === form).length;
    const fn = rows.filter((s) => s.message.form === form && s.understanding.form !== form).length;
    return tp + fp + fn === 0 ? NaN : (2 * tp) / (2 * tp + fp + fn);
  };
  const lines = [`${'form F1 (all | stories only)'.padEnd(38)}${GROUPS.map((g) => g.padStart(16)).join('')}`];
  for (const form of FORMS) {
    const cells = GROUPS.map((g) => {
      const rows = g === 'all' ? scored : scored.filter((s) => (s.message.language ?? s.message.locale) === g);
      const stories = rows.filter((s) => s.message.intent === 'describe_concern');
      const told = stories.filter((s) => s.message.form === form).length;
      return `${fmt(f1(rows, form))}|${fmt(f1(stories, form))}(${told})`.padStart(16);
    });
    lines.push(`${form.padEnd(38)}${cells.join('')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const args = process.argv.slice(2);
  const setIndex = args.indexOf('--set');
  const only = setIndex >= 0 ? args[setIndex + 1] : undefined;
  if (setIndex >= 0 && !only) throw new Error('--set needs a file');
  const safety = new SafetyScreen();
  const local = createLocalRecognizer({ screen: safety });
  const places = gazetteerPlaces(Gazetteer.load());
  const understander = createUnderstander({ safety, recognizer: local, local, places });
  // Municipalities compare through the gazetteer's names and aliases ("Den Haag" = "'s-Gravenhage").
  const sameMunicipality = (a: string, b: string) => plainEquals(a, b) || places.sameMunicipality(a, b);
  const results: Record<string, unknown>[] = [];
  for (const set of sets(root, only, blindWanted(args), linesOption(args))) {
    const scored = await understandAll(understander, set.messages);
    const byGroup = report(scored, sameMunicipality);
    results.push({ set: set.name, kind: set.kind, ...byGroup });
    if (args.includes('--json')) continue;
    console.log(`\n== ${set.kind}: ${set.name} ==`);
    console.log(table(byGroup));
    console.log(formTable(scored));
    if (args.includes('--verbose')) {
      const m = misses(scored);
      for (const [what, list] of Object.entries(m)) {
        console.log(`\n${what} (${list.length}):`);
        for (const x of list) console.log(`  ${x.id}  expected ${x.expected}, got ${x.got}: ${x.text.slice(0, 200)}`);
      }
    }
  }
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else {
    console.log(
      `\nthresholds (danger: chosen on dev and tuning together; suicidal and questions: on dev): ${JSON.stringify(safety.bundle.thresholds)}`,
    );
    console.log(
      "'unsure': the bot asks whether someone is in danger now. Recall (caught) counts acute and unsure as found;\n" +
        'precision (acute only) counts only messages answered with 112 at once. Both views are shown.',
    );
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
});
