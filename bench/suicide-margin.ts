/**
 * `npx tsx bench/suicide-margin.ts`: how far the suicide threshold lies from the scores around it,
 * for evaluation only. The shipped model's gated suicide score (screen.ts gatedSuicideScore, what the
 * threshold is compared with) of every message of the development part and the NLU tuning sets
 * (nlu-dev-x lines 1–100 only: its held-out part is never looked at this way), suicidal or not:
 * caught and false alarms at the threshold, the nearest scores under and over it, and how many lie
 * within 0.5 and 1 log-odds of it. Messages the screen answers with 113 by the words alone in a
 * language the model reads poorly (suicideWordedUnread) do not depend on the threshold and are left out.
 */
import path from 'node:path';
import { loadLabelledFile, type LabelledMessage } from '../src/nlu/corpus';
import { loadModelBundle } from '../src/nlu/model/bundle';
import { predictSoftmax } from '../src/nlu/model/logistic';
import { laterTuningSets, trainingSources, TUNING_SET } from '../src/nlu/model/sources';
import { gatedSuicideScore, SafetyScreen, suicideWordedUnread } from '../src/safety/screen';
import { selectLines } from './support/lineRange';

const root = path.resolve(__dirname, '..');
const HELD_OUT_NLU = { set: 'nlu-dev-x', tuningLines: '1-100' };

interface Scored {
  p: number;
  positive: boolean;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** Step edges 0.5 log-odds apart, from 0.02 to about 0.5. */
const STEPS = Array.from({ length: 9 }, (_, i) => sigmoid(Math.log(0.02 / 0.98) + 0.5 * i));

const logit = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));

function scored(screen: SafetyScreen, messages: readonly LabelledMessage[]): Scored[] {
  const { bundle, reader } = screen;
  return messages.flatMap((m) => {
    const read = reader.readForDanger(m.text);
    if (suicideWordedUnread(read, bundle.vocabulary.suicide)) return [];
    const view = reader.suicideView(read);
    const raw = predictSoftmax(bundle.models.suicidal, bundle.vocabulary.suicide.indices(reader.suicideFeatures(view)))[1]!;
    return [{ p: gatedSuicideScore(read, raw, bundle.vocabulary.suicide), positive: m.suicidal === true }];
  });
}

function report(name: string, rows: readonly Scored[], threshold: number): void {
  const t = logit(threshold);
  const pos = rows.filter((r) => r.positive);
  const neg = rows.filter((r) => !r.positive);
  const near = (set: readonly Scored[], width: number) => set.filter((r) => Math.abs(logit(r.p) - t) <= width).length;
  const under = (set: readonly Scored[]) => Math.max(0, ...set.filter((r) => r.p < threshold && r.p > 0).map((r) => r.p));
  const over = (set: readonly Scored[]) => Math.min(1, ...set.filter((r) => r.p >= threshold).map((r) => r.p));
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  console.log(
    JSON.stringify({
      pool: name,
      suicidal: pos.length,
      other: neg.length,
      caught: pos.filter((r) => r.p >= threshold).length,
      falseAlarms: neg.filter((r) => r.p >= threshold).length,
      nearestUnder: { suicidal: r3(under(pos)), other: r3(under(neg)) },
      nearestOver: { suicidal: r3(over(pos)), other: r3(over(neg)) },
      within05: { suicidal: near(pos, 0.5), other: near(neg, 0.5) },
      within1: { suicidal: near(pos, 1), other: near(neg, 1) },
      // Counts in steps of 0.5 log-odds from 0.02 to 0.5: where a bar would have room on both sides.
      steps: STEPS.map((lo, i) => {
        const hi = STEPS[i + 1] ?? 1;
        const inStep = (set: readonly Scored[]) => set.filter((r) => r.p >= lo && r.p < hi).length;
        return `${r3(lo)}-${r3(hi)}: ${inStep(pos)}/${inStep(neg)}`;
      }),
      band003to015: {
        suicidal: pos.filter((r) => r.p >= 0.03 && r.p <= 0.15).length,
        other: neg.filter((r) => r.p >= 0.03 && r.p <= 0.15).length,
      },
    }),
  );
}

function main(): void {
  const screen = new SafetyScreen(loadModelBundle());
  const threshold = screen.bundle.thresholds.suicidal;
  const dev = scored(screen, trainingSources(root).dev);
  const tuning = [TUNING_SET, ...laterTuningSets(root)].flatMap((file) => {
    const all = loadLabelledFile(path.resolve(root, file));
    const isX = path.basename(file, '.jsonl') === HELD_OUT_NLU.set;
    return scored(screen, isX ? selectLines(all, HELD_OUT_NLU.tuningLines) : all);
  });
  console.log(JSON.stringify({ threshold }));
  report('development part', dev, threshold);
  report('development part and tuning sets', [...dev, ...tuning], threshold);
}

main();
