/**
 * The trained models, shipped as one JSON file (models/nlu.json) that `npm run train:nlu`
 * (scripts/train-nlu.ts) generates from the corpus. It records what it was trained from (a hash
 * of the corpus, the intent examples and the feature and training code) so a test can tell when
 * the shipped weights no longer match their sources, and the thresholds chosen on the held-out
 * development part of the corpus.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../paths';
import { QUESTION_TOPICS, type QuestionTopic } from '../../understanding/understanding';
import { FEATURE_VERSION, type FeatureSet } from './reader';
import { Vocabulary, compileModel, softmaxModelSchema, stringList, type SoftmaxModel } from './logistic';

const model = softmaxModelSchema;

export const modelBundleSchema = z.object({
  // 3 since round 27: the suicide model has a vocabulary of its own.
  format: z.literal(3),
  featureVersion: z.number().int(),
  /** sha256 over the corpus files, the intent examples and the sources that shape features and training. */
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  seed: z.number().int(),
  trainedOn: z.object({ train: z.number().int(), dev: z.number().int(), tuning: z.number().int(), examples: z.number().int() }),
  thresholds: z.object({
    /** At or above: acute, answer with 112 at once. */
    acute: z.number().min(0).max(1),
    /** At or above (and below `acute`): unsure, ask "Is iemand op dit moment in gevaar?". */
    unsure: z.number().min(0).max(1),
    /**
     * The same for a message in which no situation at all is named (not even a child, a passport or
     * a debt): a question about privacy, the police or a call-back. Never below `unsure`
     * (training.ts `plainUnsureThreshold`).
     */
    unsurePlain: z.number().min(0).max(1),
    /**
     * At or above: acute without a situation the lexicons name, when the model reads the message's
     * words and nothing in it distances the danger (screen.ts `clearWithoutSituation`).
     */
    sure: z.number().min(0).max(1),
    suicidal: z.number().min(0).max(1),
    question: z.number().min(0).max(1),
  }),
  /**
   * The features each kind of model reads, in weight-row order: the danger model its set (reader.ts
   * FeatureSet), the intent, form, fact and question models the general set, and the suicide model
   * its own (the danger features and the frame, reader.suicideFeatures), built from its own lines
   * so that lines written for it alone never change which words the danger model has (round 27).
   */
  vocabulary: z.object({ danger: stringList, general: stringList, suicide: stringList }),
  models: z.object({
    danger: model,
    suicidal: model,
    intent: model,
    form: model,
    /** The form of a story (a message whose intent is describe_concern), trained on stories alone (training.ts). */
    storyForm: model,
    aboutWhom: model,
    relation: model,
    minor: model,
    questions: z.object(Object.fromEntries(QUESTION_TOPICS.map((t) => [t, model])) as Record<QuestionTopic, typeof model>),
  }),
});
export type StoredModelBundle = z.infer<typeof modelBundleSchema>;

type DangerModels = 'danger' | 'suicidal';
/** The vocabularies of a bundle: one per feature set, and the suicide model's own. */
export type VocabularyName = FeatureSet | 'suicide';
type GeneralModels = 'intent' | 'form' | 'storyForm' | 'aboutWhom' | 'relation' | 'minor';

/** The bundle compiled for prediction. */
export interface ModelBundle {
  readonly sourceHash: string;
  readonly thresholds: StoredModelBundle['thresholds'];
  readonly vocabulary: Readonly<Record<VocabularyName, Vocabulary>>;
  readonly models: Readonly<Record<DangerModels | GeneralModels, SoftmaxModel>> & {
    readonly questions: Readonly<Record<QuestionTopic, SoftmaxModel>>;
  };
}

export function compileBundle(stored: StoredModelBundle): ModelBundle {
  const danger = new Vocabulary(stored.vocabulary.danger);
  const general = new Vocabulary(stored.vocabulary.general);
  const suicide = new Vocabulary(stored.vocabulary.suicide);
  const m = stored.models;
  const compile = (model: StoredModelBundle['models']['danger'], vocabulary: Vocabulary) => compileModel(model, vocabulary.size, true);
  return {
    sourceHash: stored.sourceHash,
    thresholds: stored.thresholds,
    vocabulary: { danger, general, suicide },
    models: {
      danger: compile(m.danger, danger),
      suicidal: compile(m.suicidal, suicide),
      intent: compile(m.intent, general),
      form: compile(m.form, general),
      storyForm: compile(m.storyForm, general),
      aboutWhom: compile(m.aboutWhom, general),
      relation: compile(m.relation, general),
      minor: compile(m.minor, general),
      questions: Object.fromEntries(QUESTION_TOPICS.map((t) => [t, compile(m.questions[t], general)])) as Record<
        QuestionTopic,
        SoftmaxModel
      >,
    },
  };
}

/*
 * The weights are compiled into SharedArrayBuffers: a reading thread is given the loop's compiled
 * bundle (SharedModelBundle) and maps these ~15 MB instead of holding a copy of its own (ADR 0002
 * round 32). Nothing writes to weights after compiling.
 */

/**
 * A compiled bundle as it is sent to a worker thread (structured clone): the weights as they are
 * (their SharedArrayBuffers are shared, not copied), each vocabulary as its feature list (a
 * Vocabulary's index is rebuilt there). Checked in the thread (sharedModelBundleSchema).
 */
export type SharedModelBundle = Omit<ModelBundle, 'vocabulary'> & {
  readonly vocabulary: Readonly<Record<VocabularyName, readonly string[]>>;
};

export function shareBundle(bundle: ModelBundle): SharedModelBundle {
  const { danger, general, suicide } = bundle.vocabulary;
  return { ...bundle, vocabulary: { danger: danger.features, general: general.features, suicide: suicide.features } };
}

/** By its tag, not instanceof: a clone made in another realm (a jest sandbox) is a Float64Array too. */
const float64s = z.custom<Float64Array>((v) => Object.prototype.toString.call(v) === '[object Float64Array]', 'expected a Float64Array');
const compiledModel = z.object({ classes: z.array(z.string().min(1)).min(2), bias: float64s, weights: float64s });

export const sharedModelBundleSchema = z
  .object({
    sourceHash: modelBundleSchema.shape.sourceHash,
    thresholds: modelBundleSchema.shape.thresholds,
    vocabulary: modelBundleSchema.shape.vocabulary,
    models: z.object({
      danger: compiledModel,
      suicidal: compiledModel,
      intent: compiledModel,
      form: compiledModel,
      storyForm: compiledModel,
      aboutWhom: compiledModel,
      relation: compiledModel,
      minor: compiledModel,
      questions: z.object(
        Object.fromEntries(QUESTION_TOPICS.map((t) => [t, compiledModel])) as Record<QuestionTopic, typeof compiledModel>,
      ),
    }),
  })
  .superRefine((shared, ctx) => {
    const { danger, general, suicide } = shared.vocabulary;
    const sizes: Record<string, number> = { danger: danger.length, suicidal: suicide.length };
    const { questions, ...others } = shared.models;
    const all: Array<[string, z.infer<typeof compiledModel>]> = [
      ...Object.entries(others),
      ...Object.entries(questions).map(([t, model]): [string, z.infer<typeof compiledModel>] => [`questions.${t}`, model]),
    ];
    for (const [name, model] of all) {
      const rows = sizes[name] ?? general.length;
      if (model.bias.length !== model.classes.length || model.weights.length !== rows * model.classes.length)
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['models', name], message: 'weights do not match the vocabulary and classes' });
    }
  });

/** The bundle a thread was sent, ready for prediction: the same weights, each vocabulary indexed again. */
export function bundleFromShared(shared: SharedModelBundle): ModelBundle {
  const { danger, general, suicide } = shared.vocabulary;
  return { ...shared, vocabulary: { danger: new Vocabulary(danger), general: new Vocabulary(general), suicide: new Vocabulary(suicide) } };
}

export class ModelBundleError extends Error {
  constructor(file: string, detail: string) {
    super(`Invalid trained model in ${file}: ${detail}. Run \`npm run train:nlu\`.`);
    this.name = 'ModelBundleError';
  }
}

export const defaultModelFile = (): string => path.join(projectRoot(), 'models', 'nlu.json');

export function parseModelBundle(raw: unknown, file = '(inline)'): StoredModelBundle {
  const parsed = modelBundleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelBundleError(file, `${issue?.path.join('.') ?? ''} ${issue?.message ?? 'bad shape'}`.trim());
  }
  if (parsed.data.featureVersion !== FEATURE_VERSION) {
    throw new ModelBundleError(file, `trained for feature version ${parsed.data.featureVersion}, code has ${FEATURE_VERSION}`);
  }
  return parsed.data;
}

export function loadModelBundle(file: string = defaultModelFile()): ModelBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ModelBundleError(file, err instanceof Error ? err.message : 'unreadable');
  }
  return compileBundle(parseModelBundle(raw, file));
}
