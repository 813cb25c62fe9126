/**
 * Trains every model of the bundle from the labelled corpus (and the intent examples in
 * locales/<lang>/nlu.json), on the training part only. The suicide and question thresholds are
 * chosen on the held-out development part (corpus.ts `splitCorpus`), the unsure and acute danger
 * thresholds on out-of-fold scores of the whole corpus with the tuning sets (outOfFoldScores).
 * Deterministic: the same sources and seed give the same file.
 */
import { createHash } from 'node:crypto';
import { ABOUT_WHOM, QUESTION_TOPICS, RELATIONS, type QuestionTopic } from '../../understanding/understanding';
import { tokenize } from '../../safety/normalise';
import {
  acuteByOtherRoute,
  awayFromNow,
  clearWithoutSituation,
  foundWhateverScore,
  gatedSuicideScore,
  situationEvidence,
} from '../../safety/screen';
import { fnv1a, type LabelledMessage } from '../corpus';
import { SignalDetector } from '../local/signalDetector';
import { FORMS, INTENTS, type Intent } from '../recognizer';
import { FEATURE_VERSION, MessageReader, type FeatureSet } from './reader';
import type { StoredModelBundle, VocabularyName } from './bundle';
import { acuteWithFloor, unsureWithFloor } from './floors';
import { Vocabulary, compileModel, predictSoftmax, trainSoftmax, type StoredSoftmaxModel, type TrainOptions } from './logistic';

export const TRAINING_SEED = 20261202;

/**
 * Recall the unsure band must reach (acute + unsure count as caught), as a smoothed recall over the
 * out-of-fold scores of the whole corpus and the scores of the tuning sets (softThresholdForRecall).
 */
export const TARGET_CAUGHT_RECALL = 0.985;
/**
 * Precision the acute band must reach, smoothed likewise (softThresholdForPrecision), over the danger
 * score alone (the screen also asks for a named situation). 0.91 keeps the level the hard 0.85 on
 * the development part and tests/eval/nlu.jsonl gave (0.183 to 0.223): on the pooled scores 0.85 lay
 * at 0.084, since the smoothing counts messages just under a threshold and the pool holds the later
 * tuning sets, whose negatives score lower.
 */
export const TARGET_ACUTE_PRECISION = 0.91;
/** Precision a message without a named situation needs to be acute on its score (`sure`). */
export const TARGET_SURE_PRECISION = 0.85;
/** Folds of the out-of-fold danger scores the unsure and acute thresholds are chosen on. */
export const THRESHOLD_FOLDS = 5;
/**
 * Width, in log-odds, of the logistic step each message counts with when a threshold is chosen
 * (softRecall): a message 0.35 under the threshold still counts a quarter as caught. One message
 * moving past another then moves the threshold by a fraction of its own move over the number of
 * messages, not by the gap between neighbouring scores.
 */
export const THRESHOLD_SMOOTHING = 0.35;
/** Suicidal thoughts make the level acute and add 113: precision matters as much as recall. */
export const TARGET_SUICIDAL_PRECISION = 0.85;
export const SUICIDAL_FLOOR = 0.1;
/** The score a message without a named situation needs to be acute is never below this. */
export const SURE_FLOOR = 0.5;

const BASE: Omit<TrainOptions, 'classes'> = { epochs: 10, learningRate: 0.1, l2: 3e-3, seed: TRAINING_SEED, prune: 0.01 };
/** Features seen in fewer training messages are left out of the vocabulary. */
const MIN_COUNT = 2;

export interface IntentExample {
  text: string;
  intent: Intent;
}

export interface TrainingInput {
  train: readonly LabelledMessage[];
  /**
   * Messages written for the form, intent and fact models only (sources.ts TRAIN_ONLY): their
   * danger labels were not the point of writing them, so the danger and suicide models leave them out.
   */
  generalOnly?: readonly LabelledMessage[];
  /**
   * Stories written for the form and story-form models only (sources.ts FORM_ONLY, round 24): their
   * intent, fact and question labels were not the point of writing them, so the other models leave
   * them out.
   */
  formOnly?: readonly LabelledMessage[];
  /**
   * Messages written for the danger and suicide models only (sources.ts DANGER_ONLY): their intent,
   * form, fact and question labels were not the point of writing them, so the other models leave them out.
   */
  dangerOnly?: readonly LabelledMessage[];
  /**
   * Suicidal thoughts written for the suicide model only (sources.ts SUICIDE_ONLY, round 22): such a
   * message is answered with 112 and 113 by the suicide route whatever its danger score, so the danger
   * model need not learn it, and learning thirty of them (told inside stories of pay, papers and debts)
   * lowered the unsure threshold from 0.039 to 0.031, which put some ninety calm conversation turns
   * in the band.
   */
  suicideOnly?: readonly LabelledMessage[];
  dev: readonly LabelledMessage[];
  /**
   * The tuning sets by other hands (tests/eval/nlu.jsonl and nlu-dev-*.jsonl), one list per set:
   * with `dev`, the held-out data the danger thresholds are chosen on.
   */
  tuning: readonly (readonly LabelledMessage[])[];
  /** Extra intent examples (the locale files). */
  intentExamples: readonly IntentExample[];
  sourceHash: string;
}

export function hashSources(contents: readonly { name: string; content: string }[]): string {
  const hash = createHash('sha256');
  for (const { name, content } of [...contents].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(name);
    hash.update('\0');
    hash.update(content);
    hash.update('\0');
  }
  hash.update(`features:${FEATURE_VERSION}`);
  return hash.digest('hex');
}

/**
 * The messages each model learns from: the danger model the writers' training part with the
 * danger-only lines, the suicide model those and the suicide-only lines, the intent, fact and
 * question models the training part with the general-only lines, and the form models those and the
 * form-only lines.
 */
export function trainingSets(input: TrainingInput): {
  dangerTrain: LabelledMessage[];
  suicideTrain: LabelledMessage[];
  generalTrain: LabelledMessage[];
  formTrain: LabelledMessage[];
} {
  const dangerTrain = [...input.train, ...(input.dangerOnly ?? [])];
  const suicideTrain = [...dangerTrain, ...(input.suicideOnly ?? [])];
  const generalTrain = [...input.train, ...(input.generalOnly ?? [])];
  const formTrain = [...generalTrain, ...(input.formOnly ?? [])];
  return { dangerTrain, suicideTrain, generalTrain, formTrain };
}

/**
 * The danger and suicide models' vocabularies, each from its own model's lines (round 27). Until
 * round 26 the two models shared one, built from both models' lines: a word seen once in the danger
 * lines and once in a suicide-only line came into it and got a danger weight, so lines written for
 * the suicide model alone moved the danger model and its unsure threshold (65 lines were left out
 * in round 26 for that). The suicide vocabulary holds the frame features (`fr:`) as well.
 */
export function dangerAndSuicideVocabularies(
  dangerTrain: readonly LabelledMessage[],
  suicideTrain: readonly LabelledMessage[],
  features: (text: string) => { danger: string[]; suicideWhole: string[] },
): { danger: Vocabulary; suicide: Vocabulary } {
  return {
    danger: Vocabulary.fromExamples(
      dangerTrain.map((m) => features(m.text).danger),
      MIN_COUNT,
    ),
    suicide: Vocabulary.fromExamples(
      suicideTrain.map((m) => features(m.text).suicideWhole),
      MIN_COUNT,
    ),
  };
}

export function trainBundle(input: TrainingInput, reader = new MessageReader(), detector = new SignalDetector()): StoredModelBundle {
  const cache = new Map<string, Record<FeatureSet, string[]> & { suicideWhole: string[]; suicide: string[] | null }>();
  const features = (text: string) => {
    let entry = cache.get(text);
    if (!entry) {
      const read = reader.readFully(text);
      const signals = detector.detect(tokenize(text));
      const danger = reader.features(read, 'danger');
      const view = reader.suicideView(read);
      entry = {
        danger,
        // The danger features and the frame of a suicidal thought (reader.suicideFeatures).
        suicideWhole: reader.suicideFeatures(read),
        // The worded sentences, when they are not the whole message (reader.suicideView).
        suicide: view === read ? null : reader.suicideFeatures(view),
        general: reader.features(read, 'general', signals),
      };
      cache.set(text, entry);
    }
    return entry;
  };
  const { dangerTrain, suicideTrain, generalTrain, formTrain } = trainingSets(input);
  const vocabulary: Record<VocabularyName, Vocabulary> = {
    ...dangerAndSuicideVocabularies(dangerTrain, suicideTrain, features),
    // The general vocabulary holds the words of the form-only lines too: the form models read them.
    general: Vocabulary.fromExamples(
      [...formTrain.map((m) => m.text), ...input.intentExamples.map((e) => e.text)].map((t) => features(t).general),
      MIN_COUNT,
    ),
  };
  const x = (text: string, set: FeatureSet) => vocabulary[set].indices(features(text)[set]);
  const withoutWords = (text: string, set: FeatureSet) => vocabulary[set].indices(features(text)[set].filter(isSituationFeature));
  /**
   * `situationsOnly`: every example is also learned from its situation features alone, as the
   * model sees a message in a language whose words it does not know (Polish, Arabic, ...): the
   * situations then carry the decision instead of leaving the score halfway.
   */
  const train = (
    set: FeatureSet,
    classes: readonly string[],
    examples: readonly { text: string; label: string }[],
    situationsOnly = false,
    seed = TRAINING_SEED,
  ) =>
    trainSoftmax(
      [
        ...examples.map((e) => ({ x: x(e.text, set), label: e.label, key: e.text })),
        ...(situationsOnly ? examples.map((e) => ({ x: withoutWords(e.text, set), label: e.label, key: `situations:${e.text}` })) : []),
      ],
      vocabulary[set].size,
      { ...BASE, seed, classes },
    );
  // The intent, form and fact models as the mean of models trained in different orders (see
  // ORDER_SEEDS): one order alone moved form macro-F1 on a tuning set by 0.025 between two trainings
  // whose corpora differed in eight lines, more than most feature changes are worth.
  const averaged = (
    set: FeatureSet,
    classes: readonly string[],
    examples: readonly { text: string; label: string }[],
    situationsOnly = false,
  ) =>
    averageModels(
      ORDER_SEEDS.map((seed) => train(set, classes, examples, situationsOnly, seed)),
      vocabulary[set].size,
    );
  const binary = (set: FeatureSet, label: (m: LabelledMessage) => boolean, situationsOnly = false, seed = TRAINING_SEED) =>
    train(
      set,
      ['no', 'yes'],
      (set === 'general' ? generalTrain : dangerTrain).map((m) => ({ text: m.text, label: label(m) ? 'yes' : 'no' })),
      situationsOnly,
      seed,
    );
  const labelled = (label: (m: LabelledMessage) => string) => generalTrain.map((m) => ({ text: m.text, label: label(m) }));

  // Only the form model also learns from situations alone: for danger and suicide the words around
  // a situation (whose, when, how sure) matter too much, and doing so widened the unsure band.
  const danger = averageModels(
    ORDER_SEEDS.map((seed) => binary('danger', (m) => m.acuteDanger || m.suicidal === true, false, seed)),
    vocabulary.danger.size,
  );
  // The suicide model learns every message whole and, where suicide is worded, its worded sentences
  // too (reader.suicideView): views alone would teach it that any situation without distance is a
  // wish to die, since the whole messages it is also applied to would be all negatives.
  const suicideExamples = suicideTrain.flatMap((m) => {
    const label = m.suicidal === true ? 'yes' : 'no';
    const { suicide, suicideWhole } = features(m.text);
    const whole = { x: vocabulary.suicide.indices(suicideWhole), label, key: m.text };
    return suicide === null ? [whole] : [whole, { x: vocabulary.suicide.indices(suicide), label, key: `worded:${m.text}` }];
  });
  const suicidal = averageModels(
    ORDER_SEEDS.map((seed) => trainSoftmax(suicideExamples, vocabulary.suicide.size, { ...BASE, seed, classes: ['no', 'yes'] })),
    vocabulary.suicide.size,
  );
  const intent = averaged('general', INTENTS, [
    ...labelled((m) => m.intent),
    ...input.intentExamples.map((e) => ({ text: e.text, label: e.intent })),
  ]);
  const form = averaged(
    'general',
    FORMS,
    formTrain.map((m) => ({ text: m.text, label: m.form })),
    true,
  );
  // The form of a story, learned from stories alone. In the one form model "unknown" is mostly a
  // greeting, a thanks or a question in general, which the shape and the first word tell; a story
  // whose form cannot be told (a bruised neighbour, a vague worry) is a different "unknown", and the
  // model tuned for both put a form story with weak cues in it and the reverse: 208 of the 305 form
  // errors on the stories of the development part and tuning sets E-L were between a form and
  // unknown. Trained on stories alone the model learns what does and does not tell a form inside a
  // story; it reads the stories of more than a few words (messageModels.ts STORY_WORDS): form
  // macro-F1 on the stories of the development part and tuning sets 0.858 to 0.871.
  const storyForm = averaged(
    'general',
    FORMS,
    formTrain.filter((m) => m.intent === 'describe_concern').map((m) => ({ text: m.text, label: m.form })),
    true,
  );
  const aboutWhom = averaged(
    'general',
    ['none', ...ABOUT_WHOM],
    labelled((m) => m.facts?.aboutWhom ?? 'none'),
  );
  const relation = averaged(
    'general',
    ['none', ...RELATIONS],
    labelled((m) => m.facts?.relation ?? 'none'),
  );
  const minor = averaged(
    'general',
    ['unknown', 'minor', 'adult'],
    labelled((m) => minorLabel(m.facts?.minor)),
  );
  const questions = Object.fromEntries(
    QUESTION_TOPICS.map((topic) => [topic, binary('general', (m) => (m.questions ?? []).includes(topic))]),
  ) as Record<QuestionTopic, StoredSoftmaxModel>;

  const compiled = new Map<StoredSoftmaxModel, ReturnType<typeof compileModel>>();
  const yes = (model: StoredSoftmaxModel, indices: number[]) => {
    if (!compiled.has(model)) compiled.set(model, compileModel(model, (model === suicidal ? vocabulary.suicide : vocabulary.danger).size));
    return predictSoftmax(compiled.get(model)!, indices)[1]!;
  };
  // What the screen gives the suicide model: the worded view where there is one.
  const suicideInput = (text: string) => {
    const { suicide, suicideWhole } = features(text);
    return vocabulary.suicide.indices(suicide ?? suicideWhole);
  };
  // The held-out sets, written by different hands with slightly different ideas of "now": the
  // thresholds should hold for all rather than fit one. The unsure band catches the target share of
  // the acute messages of every held-out writer together, and a slightly lower share of each set
  // alone (a new writer's set is a new sample of how danger is told); 112 at once needs the precision target on the development part and the oldest
  // tuning set together, as before the later sets came.
  const suicidalDev = input.dev.map((m) => ({
    p: gatedSuicideScore(reader.readForDanger(m.text), yes(suicidal, suicideInput(m.text)), vocabulary.suicide),
    positive: m.suicidal === true,
  }));
  // Never below the floor: words such as "trein" or "pills" alone must not bring the 113 answer.
  const suicidalThreshold = Math.max(SUICIDAL_FLOOR, onGrid(thresholdForPrecision(suicidalDev, TARGET_SUICIDAL_PRECISION), 'up'));
  const isPositive = (m: LabelledMessage) => m.acuteDanger || m.suicidal === true;
  const scoredDanger = (set: readonly LabelledMessage[]) =>
    set.map((m) => ({ p: yes(danger, x(m.text, 'danger')), positive: isPositive(m) }));
  // Stability rule: the unsure band is there for the acute messages only the danger score can catch.
  // Those the screen answers with 112 by another route (suicidal thoughts, an explicit alarm, an
  // unread cry: acuteByOtherRoute) are left out of its recall: a suicidal message told inside a work
  // story scores near 0 for danger (0.002 to 0.006 on set H), and one of them moving past another
  // when a shared feature changed moved the unsure threshold by two grid steps.
  // Round 32 (suicide32): so are thoughts of suicide named and told away (the past, in care;
  // screen.ts foundWhateverScore), which the screen asks about and names 113 for whatever the danger
  // score. The writers label them suicidal, so they count as positives here, but no danger score
  // reaches them (a past attempt told from a clinic reads 0.000).
  const otherRoute = (m: LabelledMessage) => {
    const read = reader.readForDanger(m.text);
    const routes = acuteByOtherRoute(read, yes(suicidal, suicideInput(m.text)), suicidalThreshold, vocabulary.danger, vocabulary.suicide);
    return foundWhateverScore(read, routes);
  };
  // Stability rule (safety11): the unsure and acute thresholds are chosen on the out-of-fold danger
  // scores of the whole corpus (training and development part, each message scored by a model that
  // did not learn it) together with the shipped model's scores of the tuning sets, which it never
  // learned: about 9,000 messages instead of the 1,400 of the development part and the tuning sets'
  // 2,400, so one message adds a thousandth, not a hundredth. Each target is met as a smoothed
  // figure (THRESHOLD_SMOOTHING) and the threshold is not rounded to a grid: it is a continuous
  // function of every score, so a dozen lines more or less move it a little and never by a step.
  // Until safety10 the unsure threshold was the lowest of the held-out sets' own 98 % points (a set
  // of about 100 acute messages gives its second lowest), on a grid of 0.25 log-odds: a dozen lines
  // moved it from 0.047 to 0.005 and the acute threshold one grid step.
  const oof = outOfFoldScores([...dangerTrain, ...input.dev], (m) => x(m.text, 'danger'), vocabulary.danger.size, isPositive);
  const pooled = [...oof, ...input.tuning.flatMap((set) => set.map((m) => ({ message: m, ...scoredDanger([m])[0]! })))];
  const pooledUnsure = caughtRecallPoint(pooled, (s) => otherRoute(s.message));
  // Round 30 (floors.ts): the pooled points hold the goals on the unseen writers' messages (the
  // tuning sets) with a margin, or move until they do: found counted over every acute message with
  // its lower confidence bound, 112-at-once precision likewise.
  const unseen = input.tuning.flat().map((m) => {
    const positive = isPositive(m);
    return { p: yes(danger, x(m.text, 'danger')), positive, foundAnyway: positive && otherRoute(m) };
  });
  const unsure = unsureWithFloor(unseen, pooledUnsure, THRESHOLD_SMOOTHING);
  const acute = Math.max(unsure, acuteWithFloor(unseen, softThresholdForPrecision(pooled, TARGET_ACUTE_PRECISION), THRESHOLD_SMOOTHING));
  const unsurePlain = plainUnsureThreshold(unsure, acute);
  // Messages that name no situation at all (clearWithoutSituation): how sure the model must be for
  // those to be answered with 112 at once at the precision target. Stability rule (safety20): chosen
  // like `acute`, as a smoothed precision over the pooled out-of-fold and tuning scores (a few hundred
  // such messages), not as the hard precision of the held-out messages over `acute` rounded up on the
  // log-odds grid: those were a few dozen, one of them moving past another took `sure` a grid step
  // (0.5 to 0.68 from one retraining to the next in safety19), and with it some ten calm turns.
  // Together with them the messages whose only evidence counts from `sure` on (a means, a plea or a
  // time alone, situationEvidence): `sure` decides their 112 as well, and the calm turns that got 112
  // at once on "Thanks, I'll do it tonight from the hotel" or a truck driver's opening were of that kind.
  const restsOnSure = (text: string) => {
    const read = reader.readForDanger(text);
    return (
      !awayFromNow(read) && !situationEvidence(read) && (situationEvidence(read, true) || clearWithoutSituation(read, vocabulary.danger))
    );
  };
  const withoutSituation = pooled.filter((s) => restsOnSure(s.message.text));
  const sure = sureThreshold(withoutSituation, acute);
  const questionModels = QUESTION_TOPICS.map((topic) => compileModel(questions[topic], vocabulary.general.size));
  const questionDev = input.dev.flatMap((m) => {
    const xs = x(m.text, 'general');
    return QUESTION_TOPICS.map((topic, i) => ({
      p: predictSoftmax(questionModels[i]!, xs)[1]!,
      positive: (m.questions ?? []).includes(topic),
    }));
  });
  const question = thresholdForF1(questionDev);

  return {
    format: 3,
    featureVersion: FEATURE_VERSION,
    sourceHash: input.sourceHash,
    seed: TRAINING_SEED,
    trainedOn: {
      train: generalTrain.length,
      dev: input.dev.length,
      tuning: input.tuning.flat().length,
      examples: input.intentExamples.length,
    },
    thresholds: {
      acute: round3(acute),
      unsure: round3(unsure),
      unsurePlain: round3(unsurePlain),
      sure: round3(sure),
      suicidal: round3(suicidalThreshold),
      question: round3(question),
    },
    vocabulary: {
      danger: [...vocabulary.danger.features],
      general: [...vocabulary.general.features],
      suicide: [...vocabulary.suicide.features],
    },
    models: { danger, suicidal, intent, form, storyForm, aboutWhom, relation, minor, questions },
  };
}

/**
 * The danger, intent, form and fact models are each the average of models trained in these orders:
 * one order alone moved single messages' scores by a factor of three between two trainings on nearly
 * the same corpus, and with them which messages fell under the unsure threshold. (Averaged the same way, the suicide
 * model grew surer of unworded messages and read "I don't see why I should keep going to that job"
 * as a wish to die.)
 */
const ORDER_SEEDS = [TRAINING_SEED, TRAINING_SEED + 1, TRAINING_SEED + 2];

/**
 * Each message scored by a danger model trained on the other folds (THRESHOLD_FOLDS, by a hash of the
 * id, so a new line moves no other message between folds). One training order per fold: the folds
 * already average over many models, and five times three trainings would double the training time.
 */
export function outOfFoldScores(
  messages: readonly LabelledMessage[],
  features: (m: LabelledMessage) => number[],
  vocabularySize: number,
  positive: (m: LabelledMessage) => boolean,
): { message: LabelledMessage; p: number; positive: boolean }[] {
  const fold = (m: LabelledMessage) => fnv1a(`oof:${m.id}`) % THRESHOLD_FOLDS;
  const out: { message: LabelledMessage; p: number; positive: boolean }[] = [];
  for (let k = 0; k < THRESHOLD_FOLDS; k++) {
    const model = trainSoftmax(
      messages.filter((m) => fold(m) !== k).map((m) => ({ x: features(m), label: positive(m) ? 'yes' : 'no', key: m.text })),
      vocabularySize,
      { ...BASE, seed: TRAINING_SEED + 100 + k, classes: ['no', 'yes'] },
    );
    const compiled = compileModel(model, vocabularySize);
    for (const m of messages)
      if (fold(m) === k) out.push({ message: m, p: predictSoftmax(compiled, features(m))[1]!, positive: positive(m) });
  }
  return out;
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The share of the positives counted as at or over the threshold of log-odds `z`, each by a logistic step. */
export function softRecall(scored: readonly Scored[], z: number, width = THRESHOLD_SMOOTHING): number {
  return softCounts(prepared(scored), z, width).recall;
}

/** The share of positives among the messages counted as at or over `z`, each by a logistic step. */
export function softPrecision(scored: readonly Scored[], z: number, width = THRESHOLD_SMOOTHING): number {
  return softCounts(prepared(scored), z, width).precision;
}

interface Prepared {
  z: Float64Array;
  positive: Uint8Array;
  positives: number;
}

function prepared(scored: readonly Scored[]): Prepared {
  return {
    z: Float64Array.from(scored, (s) => logit(s.p)),
    positive: Uint8Array.from(scored, (s) => (s.positive ? 1 : 0)),
    positives: scored.filter((s) => s.positive).length,
  };
}

function softCounts(data: Prepared, z: number, width: number): { recall: number; precision: number } {
  let all = 0;
  let pos = 0;
  for (let i = 0; i < data.z.length; i++) {
    const w = 1 / (1 + Math.exp((z - data.z[i]!) / width));
    all += w;
    if (data.positive[i]) pos += w;
  }
  return { recall: data.positives === 0 ? 1 : pos / data.positives, precision: all === 0 ? 1 : pos / all };
}

/**
 * The unsure point before the floors: where the smoothed recall of the acute messages only the danger
 * score can catch reaches TARGET_CAUGHT_RECALL. Those `foundAnyway` (acuteByOtherRoute,
 * foundWhateverScore) are left out, negatives all count. The main training and the later-turn
 * training (laterTurnTraining.ts) choose their unsure points by this one rule, each on the scores of
 * the messages it reads.
 */
export function caughtRecallPoint<T extends Scored>(scored: readonly T[], foundAnyway: (s: T) => boolean): number {
  return softThresholdForRecall(
    scored.filter((s) => !s.positive || !foundAnyway(s)),
    TARGET_CAUGHT_RECALL,
  );
}

/**
 * The threshold at which the smoothed recall (softRecall) is `target`. The smoothed recall falls
 * steadily as the threshold rises, so there is one such threshold, found by halving, and it moves
 * continuously with every score: the stability rule of THRESHOLD_SMOOTHING.
 */
export function softThresholdForRecall(scored: readonly Scored[], target: number, width = THRESHOLD_SMOOTHING): number {
  if (!scored.some((s) => s.positive)) return 0.5;
  const data = prepared(scored);
  let lo = -14;
  let hi = 14;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (softCounts(data, mid, width).recall >= target) lo = mid;
    else hi = mid;
  }
  return floor3(sigmoid(lo));
}

/**
 * The lowest threshold, in steps of 0.01 log-odds, from which on the smoothed precision
 * (softPrecision) stays at or over `target` up to a score of 0.95: the first crossing alone could
 * stop at a dip just under a stretch of low precision.
 */
export function softThresholdForPrecision(scored: readonly Scored[], target: number, width = THRESHOLD_SMOOTHING): number {
  const data = prepared(scored);
  const top = logit(0.95);
  let z = top;
  if (softCounts(data, z, width).precision < target) return 0.95;
  while (z > -14 && softCounts(data, z - 0.01, width).precision >= target) z -= 0.01;
  return Math.ceil(sigmoid(z) * 1000) / 1000;
}

/**
 * The score from which a message that names no situation is answered with 112 at once: where the
 * smoothed precision (softThresholdForPrecision) of such messages stays at TARGET_SURE_PRECISION,
 * never under `acute` or SURE_FLOOR. A continuous function of every score, like `acute`: the same
 * scores give the same threshold, and a few lines more or less move it a little, never by a step.
 */
export function sureThreshold(withoutSituation: readonly Scored[], acute: number): number {
  return Math.max(acute, SURE_FLOOR, softThresholdForPrecision(withoutSituation, TARGET_SURE_PRECISION));
}

/** The mean of models over one vocabulary and the same classes, stored like one (logistic.ts). */
export function averageModels(models: readonly StoredSoftmaxModel[], vocabularySize: number): StoredSoftmaxModel {
  const first = models[0]!;
  const sum = new Float64Array(vocabularySize * first.classes.length);
  const bias = new Array<number>(first.classes.length).fill(0);
  for (const model of models) {
    const compiled = compileModel(model, vocabularySize);
    compiled.weights.forEach((w, i) => (sum[i] += w / models.length));
    model.bias.forEach((b, k) => (bias[k]! += b / models.length));
  }
  let max = 0;
  for (const w of sum) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const bytes = Buffer.alloc(sum.length * 2);
  sum.forEach((w, i) => bytes.writeInt16LE(Math.abs(w) < BASE.prune ? 0 : Math.round(w / scale), i * 2));
  return { classes: [...first.classes], bias: bias.map((b) => Math.round(b * 1e3) / 1e3 + 0), scale, weights: bytes.toString('base64') };
}

/** Features of situations, distance, topics, form, signals and shape: everything but the words themselves. */
export function isSituationFeature(feature: string): boolean {
  return !(feature.startsWith('w:') || feature.startsWith('b:') || feature.startsWith('p:') || feature.startsWith('f:first='));
}

function minorLabel(minor: boolean | null | undefined): string {
  return minor === true ? 'minor' : minor === false ? 'adult' : 'unknown';
}

export interface Scored {
  p: number;
  positive: boolean;
}

/**
 * The unsure threshold for messages in which no situation is named: PLAIN_FACTOR times `unsure`,
 * never above `acute`. The one threshold for all messages (`unsure`) must reach the acute message
 * the held-out sets score lowest, and nearly all of those name a situation (a child, a car, a debt,
 * a locked door); the questions about privacy, the police or a call-back that name none lay above it
 * by the dozen and made up a third of all the times the bot asked.
 *
 * Stability rule: a threshold is a continuous function of other thresholds or of the scores of many
 * messages, never of whether one message lies just over another threshold. Until safety9 this was
 * half the score of the lowest held-out plain acute message that the unsure band reached: with set I
 * and the safety9 lexicon one such message (of four to eight) came to lie just over `unsure`, and
 * this threshold fell from 0.115 to 0.038, the unsure rate on the development part rising from 0.058
 * to 0.087. That rule gave 1.95 to 2.07 times `unsure` in the seven trainings before (3.4 in the
 * first), so the factor keeps its level without its jumps.
 */
export function plainUnsureThreshold(unsure: number, acute: number): number {
  return Math.min(acute, Math.max(unsure, floor3(unsure * PLAIN_FACTOR), PLAIN_FLOOR));
}

/** How many times `unsure` a message that names no situation needs (plainUnsureThreshold). */
export const PLAIN_FACTOR = 2;

/**
 * The least a message that names no situation needs, whatever `unsure` comes to. A message of a
 * few words the model reads nothing of scores from its bias and length alone: 0.043 for two unknown
 * words with the models of round 39 ("multumesc mult", "Дякую вам!", "شكرا جزيلا"). When nlu-dev-af
 * joined, `unsure` fell to 0.019–0.020 and twice it (0.038–0.040) lay under that: thanks in any
 * language the model does not read, a bare "ja" and a nurse introducing herself were asked whether
 * someone is in danger. The plain band lay at 0.054–0.066 in the rounds before; this keeps it there.
 */
export const PLAIN_FLOOR = 0.056;

/** The highest threshold at which at least `target` of the positives score at or above it. */
export function thresholdForRecall(scored: readonly Scored[], target: number): number {
  const positives = scored.filter((s) => s.positive).map((s) => s.p);
  if (positives.length === 0) return 0.5;
  positives.sort((a, b) => b - a);
  const needed = Math.ceil(target * positives.length);
  return floor3(positives[needed - 1]!);
}

/**
 * The step, in log-odds, of the grid the danger and suicide thresholds lie on (onGrid).
 *
 * Stability rule: a threshold is chosen by its target (recall or precision on the held-out sets) and
 * then put on a fixed grid of log-odds steps of this size, a recall threshold rounded down and a
 * precision threshold up, so that each still meets its target. A change to a shared feature moves
 * the scores of the held-out messages a little; the score of the one message a target lands on
 * then moves with it, and so did the threshold, and with it which messages lay over it. On the grid,
 * a threshold moves only when that score crosses a grid line: with set I and the
 * safety9 features the unsure threshold was 0.041 before and 0.038 after (0.037 on the grid both
 * times), the acute threshold 0.179 and 0.173 (0.183 both times).
 */
export const THRESHOLD_STEP = 0.25;

/** `p` on the THRESHOLD_STEP grid: rounded down for a recall threshold, up for a precision threshold. */
export function onGrid(p: number, round: 'down' | 'up'): number {
  if (p <= 0 || p >= 1) return p;
  const steps = Math.log(p / (1 - p)) / THRESHOLD_STEP;
  const z = (round === 'down' ? Math.floor(steps + 1e-9) : Math.ceil(steps - 1e-9)) * THRESHOLD_STEP;
  const q = 1 / (1 + Math.exp(-z));
  return round === 'down' ? floor3(q) : Math.ceil(q * 1000) / 1000;
}

/** The lowest threshold at which the messages at or above it are at least `target` positive. */
export function thresholdForPrecision(scored: readonly Scored[], target: number): number {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  for (let i = 0; i < sorted.length; i++) {
    const above = sorted.slice(i);
    const precision = above.filter((s) => s.positive).length / above.length;
    if (precision >= target) return floor3(sorted[i]!.p);
  }
  return 1;
}

export function thresholdForF1(scored: readonly Scored[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.05; t < 0.96; t += 0.05) {
    const tp = scored.filter((s) => s.positive && s.p >= t).length;
    const fp = scored.filter((s) => !s.positive && s.p >= t).length;
    const fn = scored.filter((s) => s.positive && s.p < t).length;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = t;
    }
  }
  return best;
}

const floor3 = (n: number) => Math.floor(n * 1000) / 1000;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
