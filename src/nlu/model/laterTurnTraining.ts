/**
 * Trains the later-turn danger model (laterTurnModel.ts): the main danger model's lines (the
 * corpus's training part and the danger-only lines) with the turns of dialog conversations 1–15
 * (dialogTurns.ts), over the main bundle's danger vocabulary, by the main model's training
 * (training.ts: the same options, averaged over the same three orders). Its thresholds are chosen as
 * the main model's are: the unsure point on the turns' out-of-fold scores (the turns it reads), the
 * acute point and the floors on its out-of-fold scores of the corpus and the turns, each scored by a
 * model that did not learn it, with the tuning sets' messages, which it never learned.
 */
import { createHash } from 'node:crypto';
import type { LabelledMessage } from '../corpus';
import { acuteByOtherRoute, foundWhateverScore } from '../../safety/screen';
import type { StoredModelBundle } from './bundle';
import { compileBundle } from './bundle';
import { acuteWithFloor, unsureWithFloor } from './floors';
import { compileModel, predictSoftmax, trainSoftmax, type TrainOptions } from './logistic';
import type { StoredLaterTurnModel } from './laterTurnModel';
import { MessageReader } from './reader';
import {
  averageModels,
  caughtRecallPoint,
  outOfFoldScores,
  plainUnsureThreshold,
  softThresholdForPrecision,
  TARGET_ACUTE_PRECISION,
  TARGET_CAUGHT_RECALL,
  THRESHOLD_SMOOTHING,
  TRAINING_SEED,
  trainingSets,
  type Scored,
  type TrainingInput,
} from './training';

/** training.ts trains its danger model with these (BASE there) and these orders (ORDER_SEEDS). */
const OPTIONS: Omit<TrainOptions, 'classes'> = { epochs: 10, learningRate: 0.1, l2: 3e-3, seed: TRAINING_SEED, prune: 0.01 };
const ORDERS = [TRAINING_SEED, TRAINING_SEED + 1, TRAINING_SEED + 2];

/** What the later-turn model was trained from: the main bundle's sources and the turns it learned. */
export function laterTurnSourceHash(mainSourceHash: string, turns: readonly LabelledMessage[]): string {
  return createHash('sha256')
    .update(mainSourceHash)
    .update('\0')
    .update(JSON.stringify(turns))
    .update('\0')
    .update(JSON.stringify({ OPTIONS, ORDERS, TARGET_CAUGHT_RECALL, TARGET_ACUTE_PRECISION, unsureOn: 'turns' }))
    .digest('hex');
}

const isPositive = (m: LabelledMessage) => m.acuteDanger || m.suicidal === true;

/**
 * The later model's unsure point, by the main training's rule (caughtRecallPoint), on the turns' own
 * out-of-fold scores: the population this model reads. Round 45 (unsure45): chosen over a pool of
 * first messages and turns it lay at 0.003, set by the tuning sets' acute first messages, which a
 * model taught calm story details scores low but never reads (their point alone lay at 0.000, the
 * turns' at 0.017); at 0.003 a third of the calm training turns scored unsure out of fold (1,195 of
 * 3,535; 540 at 0.017), and a calm later turn read unsure gets the danger question.
 * The acute point and the floors stay over the first messages too: they can only make it safer.
 */
export function laterTurnUnsurePoint<T extends Scored & { message: { id: string } }>(
  scored: readonly T[],
  turnIds: ReadonlySet<string>,
  foundAnyway: (s: T) => boolean,
): number {
  return caughtRecallPoint(
    scored.filter((s) => turnIds.has(s.message.id)),
    foundAnyway,
  );
}

export function trainLaterTurnModel(
  input: TrainingInput,
  turns: readonly LabelledMessage[],
  main: StoredModelBundle,
  reader = new MessageReader(),
): StoredLaterTurnModel {
  const bundle = compileBundle(main);
  const vocabulary = bundle.vocabulary.danger;
  const cache = new Map<string, number[]>();
  const x = (text: string) => {
    let xs = cache.get(text);
    if (xs === undefined) {
      xs = vocabulary.indices(reader.features(reader.readFully(text), 'danger'));
      cache.set(text, xs);
    }
    return xs;
  };
  const { dangerTrain } = trainingSets(input);
  const lines = [...dangerTrain, ...turns];
  const danger = averageModels(
    ORDERS.map((seed) =>
      trainSoftmax(
        lines.map((m) => ({ x: x(m.text), label: isPositive(m) ? 'yes' : 'no', key: m.text })),
        vocabulary.size,
        { ...OPTIONS, seed, classes: ['no', 'yes'] },
      ),
    ),
    vocabulary.size,
  );
  const compiled = compileModel(danger, vocabulary.size);
  const score = (m: LabelledMessage) => predictSoftmax(compiled, x(m.text))[1]!;
  // Found whatever the danger score (suicidal thoughts, an alarm, an unread cry): by the main
  // bundle's suicide model, which reads later turns as it reads first messages.
  const otherRoute = (m: LabelledMessage) => {
    const read = reader.readForDanger(m.text);
    const view = reader.suicideView(read);
    const suicideScore = predictSoftmax(bundle.models.suicidal, bundle.vocabulary.suicide.indices(reader.suicideFeatures(view)))[1]!;
    const routes = acuteByOtherRoute(read, suicideScore, main.thresholds.suicidal, vocabulary, bundle.vocabulary.suicide);
    return foundWhateverScore(read, routes);
  };
  const oof = outOfFoldScores([...lines, ...input.dev], (m) => x(m.text), vocabulary.size, isPositive);
  const tuning = input.tuning.flat().map((m) => ({ message: m, p: score(m), positive: isPositive(m) }));
  const pooled = [...oof, ...tuning];
  const turnIds = new Set(turns.map((t) => t.id));
  const turnScores = oof.filter((s) => turnIds.has(s.message.id));
  const pooledUnsure = laterTurnUnsurePoint(pooled, turnIds, (s) => otherRoute(s.message));
  // The floors (floors.ts) over the messages no fold learned of the kinds it reads: the tuning sets'
  // and the turns' out-of-fold scores.
  const unseen = [...tuning, ...turnScores].map((s) => ({
    p: s.p,
    positive: s.positive,
    foundAnyway: s.positive && otherRoute(s.message),
  }));
  const unsure = unsureWithFloor(unseen, pooledUnsure, THRESHOLD_SMOOTHING);
  const acute = Math.max(unsure, acuteWithFloor(unseen, softThresholdForPrecision(pooled, TARGET_ACUTE_PRECISION), THRESHOLD_SMOOTHING));
  const round3 = (n: number) => Math.round(n * 1000) / 1000;
  return {
    format: 1,
    sourceHash: laterTurnSourceHash(main.sourceHash, turns),
    mainSourceHash: main.sourceHash,
    trainedOn: { messages: lines.length, turns: turns.length },
    thresholds: {
      acute: round3(acute),
      unsure: round3(unsure),
      unsurePlain: round3(plainUnsureThreshold(unsure, acute)),
      // 112 at once without a named situation stays where the main model put it: the turns teach
      // the details of a story, not how sure a bare message must be.
      sure: Math.max(main.thresholds.sure, round3(acute)),
    },
    danger,
  };
}
