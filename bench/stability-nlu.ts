/**
 * `npx tsx bench/stability-nlu.ts [--seeds N] [--share 0.01]`: how far the models move when a few
 * unrelated corpus lines are left out (round 40, stable40). Trains on the whole corpus and again
 * without a seeded random share of its lines, N times, and reports how far the scores of the
 * messages of nlu-dev-af (held out when not joined) and the thresholds move.
 */
import path from 'node:path';
import { loadLabelledFile, type LabelledMessage } from '../src/nlu/corpus';
import { SignalDetector } from '../src/nlu/local/signalDetector';
import { compileBundle } from '../src/nlu/model/bundle';
import { predictSoftmax } from '../src/nlu/model/logistic';
import { MessageReader } from '../src/nlu/model/reader';
import { trainingSources } from '../src/nlu/model/sources';
import { trainBundle, type TrainingInput } from '../src/nlu/model/training';
import { tokenize } from '../src/safety/normalise';
import { seededRandom } from '../src/seededRandom';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const seeds = option('--seeds', 3);
const share = option('--share', 0.01);
const reader = new MessageReader();
const detector = new SignalDetector();
const probe = loadLabelledFile(path.join(root, 'tests', 'eval', 'nlu-dev-af.jsonl'));

function scores(input: TrainingInput) {
  const started = Date.now();
  const stored = trainBundle(input, reader, detector);
  const ms = Date.now() - started;
  const bundle = compileBundle(stored);
  const rows = probe.map((m) => {
    const read = reader.readFully(m.text);
    const danger = predictSoftmax(bundle.models.danger, bundle.vocabulary.danger.indices(reader.features(read, 'danger')))[1]!;
    const general = bundle.vocabulary.general.indices(reader.features(read, 'general', detector.detect(tokenize(m.text))));
    return { danger, form: predictSoftmax(bundle.models.form, general), storyForm: predictSoftmax(bundle.models.storyForm, general) };
  });
  return { ms, thresholds: stored.thresholds, rows };
}

const without = (lines: readonly LabelledMessage[] | undefined, random: () => number) => (lines ?? []).filter(() => random() >= share);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const r4 = (n: number) => Math.round(n * 1e4) / 1e4;
const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));

const all = trainingSources(root);
const base = scores(all);
console.log(JSON.stringify({ run: 'whole', ms: base.ms, thresholds: base.thresholds }));
const runs = [];
for (let s = 1; s <= seeds; s++) {
  const random = seededRandom(9000 + s);
  const input: TrainingInput = {
    ...all,
    train: without(all.train, random),
    generalOnly: without(all.generalOnly, random),
    formOnly: without(all.formOnly, random),
    dangerOnly: without(all.dangerOnly, random),
    suicideOnly: without(all.suicideOnly, random),
  };
  const left =
    all.train.length +
    (all.generalOnly?.length ?? 0) +
    (all.formOnly?.length ?? 0) +
    (all.dangerOnly?.length ?? 0) +
    (all.suicideOnly?.length ?? 0);
  const kept =
    input.train.length + input.generalOnly!.length + input.formOnly!.length + input.dangerOnly!.length + input.suicideOnly!.length;
  const other = scores(input);
  const dangerAbs = other.rows.map((r, i) => Math.abs(r.danger - base.rows[i]!.danger));
  const dangerLogit = other.rows.map((r, i) => Math.abs(logit(r.danger) - logit(base.rows[i]!.danger)));
  const dangerRatio = other.rows.map((r, i) => Math.max(r.danger / base.rows[i]!.danger, base.rows[i]!.danger / r.danger));
  const formAbs = other.rows.map((r, i) => Math.max(...r.form.map((p, k) => Math.abs(p - base.rows[i]!.form[k]!))));
  const storyAbs = other.rows.map((r, i) => Math.max(...r.storyForm.map((p, k) => Math.abs(p - base.rows[i]!.storyForm[k]!))));
  const thresholdMoves = Object.fromEntries(
    Object.entries(other.thresholds).map(([k, v]) => [k, `${base.thresholds[k as keyof typeof base.thresholds]} -> ${v}`]),
  );
  const run = {
    run: `without ${left - kept} of ${left} lines (seed ${s})`,
    ms: other.ms,
    danger: {
      medianAbs: r4(quantile(dangerAbs, 0.5)),
      maxAbs: r4(Math.max(...dangerAbs)),
      medianLogOdds: r4(quantile(dangerLogit, 0.5)),
      maxLogOdds: r4(Math.max(...dangerLogit)),
      maxRatio: r4(Math.max(...dangerRatio)),
    },
    form: { medianAbs: r4(quantile(formAbs, 0.5)), maxAbs: r4(Math.max(...formAbs)) },
    storyForm: { medianAbs: r4(quantile(storyAbs, 0.5)), maxAbs: r4(Math.max(...storyAbs)) },
    thresholds: thresholdMoves,
  };
  runs.push(run);
  console.log(JSON.stringify(run));
}
