/**
 * The learned model for the topic of a question clause: one yes/no logistic model per topic over
 * the clause's features (clauseFeatures.ts), trained by `npx tsx bench/train-questions.ts` from
 * the question clauses in corpus/questions and shipped as models/questions.json. Whole chat
 * messages by other writers (corpus/questions/messages) carry topics per message: each topic is
 * given to the clause of the message that asks it (see labelMessages), the other clauses teach
 * that asking is not enough. The file records a hash of what it was trained from, so a test tells
 * when it no longer matches its sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../paths';
import { QUESTION_TOPICS, type QuestionTopic } from '../../understanding/understanding';
import { hashSources } from '../model/training';
import { codeClosure, modelDataContents } from '../model/codeClosure';
import {
  Vocabulary,
  compileModel,
  predictSoftmax,
  softmaxModelSchema,
  stringList,
  trainSoftmax,
  type SoftmaxModel,
  type StoredSoftmaxModel,
} from '../model/logistic';
import { questionClauses, type QuestionClause } from './clauses';
import { CLAUSE_FEATURE_VERSION, clauseFeatures, conditionNamesPolice } from './clauseFeatures';
import { loadDialogQuestionTurns } from './dialogQuestions';

export const questionModelSchema = z.object({
  format: z.literal(1),
  featureVersion: z.number().int(),
  sourceHash: z.string().regex(/^[0-9a-f]{64}$/),
  trainedOn: z.number().int(),
  threshold: z.number().min(0).max(1),
  vocabulary: stringList,
  topics: z.object(
    Object.fromEntries(QUESTION_TOPICS.map((t) => [t, softmaxModelSchema])) as Record<QuestionTopic, typeof softmaxModelSchema>,
  ),
});
export type StoredQuestionModel = z.infer<typeof questionModelSchema>;

export interface LabelledClause {
  text: string;
  topics: QuestionTopic[];
  /** File and line, for messages about a bad line. */
  where: string;
}

export const QUESTION_CORPUS_DIR = path.join('corpus', 'questions');
/** Whole messages (`topics | message`), labelled per message by writers who did not see the reader. */
export const QUESTION_MESSAGES_DIR = path.join(QUESTION_CORPUS_DIR, 'messages');
export const QUESTION_MODEL_FILE = path.join('models', 'questions.json');

/** Where the code that changes the features or the training starts; the hash reads their imports too (codeClosure). */
const CODE_SOURCES = [
  'src/nlu/questions/clauses.ts',
  'src/nlu/questions/clauseFeatures.ts',
  'src/nlu/questions/questionModel.ts',
  'src/nlu/questions/dialogQuestions.ts',
  'src/nlu/topics.ts',
  'src/nlu/text/analyse.ts',
  'src/nlu/text/concepts.ts',
  'src/nlu/model/logistic.ts',
  'src/safety/normalise.ts',
  'src/safety/slang.ts',
];

const lineSchema = z.object({
  topics: z.array(z.enum(QUESTION_TOPICS)),
  text: z.string().min(2),
});

/** Reads the `topics | clause` lines of the corpus files ("-" for a question on another matter). */
export function loadQuestionCorpus(root: string): LabelledClause[] {
  return corpusFiles(path.join(root, QUESTION_CORPUS_DIR)).flatMap(parseQuestionFile);
}

/** Reads the `topics | message` lines of the whole-message files (topics per message, not per clause). */
export function loadQuestionMessages(root: string): LabelledClause[] {
  return corpusFiles(path.join(root, QUESTION_MESSAGES_DIR)).flatMap(parseQuestionFile);
}

/** The `topics | clause` lines of one file (topics apart by spaces or commas, `-` for none; `#` starts a comment). */
export function parseQuestionFile(file: string): LabelledClause[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return [];
      const bar = trimmed.indexOf('|');
      const where = `${path.basename(file)}:${i + 1}`;
      if (bar < 0) throw new Error(`${where}: expected "topics | clause"`);
      const labels = trimmed.slice(0, bar).trim();
      const parsed = lineSchema.safeParse({ topics: labels === '-' ? [] : labels.split(/[\s,]+/), text: trimmed.slice(bar + 1).trim() });
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues[0]?.message ?? 'bad line'}`);
      return [{ ...parsed.data, where }];
    });
}

function corpusFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function questionSourceHash(root: string): string {
  const files = [
    ...corpusFiles(path.join(root, QUESTION_CORPUS_DIR)),
    ...corpusFiles(path.join(root, QUESTION_MESSAGES_DIR)),
    ...codeClosure(root, CODE_SOURCES).map((f) => path.join(root, f)),
  ];
  return hashSources([
    ...files.map((f) => ({ name: path.relative(root, f).split(path.sep).join('/'), content: fs.readFileSync(f, 'utf8') })),
    { name: 'clause-features', content: String(CLAUSE_FEATURE_VERSION) },
    // The dialog tuning turns it learns from (their tuning lines only, see dialogQuestions.ts).
    { name: 'dialog-turns', content: JSON.stringify(loadDialogQuestionTurns(root)) },
    ...modelDataContents(root),
  ]);
}

/**
 * The clause a corpus line is. A line must read as a question (else it is a corpus error); a line
 * that reads as several ("is she forced, do you think?") is one question with its words together.
 */
export function clauseOfLine(line: LabelledClause): QuestionClause {
  const clauses = questionClauses(line.text);
  if (clauses.length === 0) throw new Error(`${line.where}: does not read as a question: "${line.text}"`);
  return clauses.length === 1 ? clauses[0]! : { ...clauses[0]!, words: clauses.flatMap((c) => c.words) };
}

// 40 passes: with whole messages in the corpus, 10 left rare but plain words ("beroepsgeheim") under-weighted (chosen on the dialog tuning sets C-E, not on w1/w2).
export const QUESTION_TRAINING = { epochs: 40, learningRate: 0.3, l2: 1e-2, seed: 20261202, prune: 0.005 };
/** A topic is asked when its model says yes with at least this probability. */
const THRESHOLD = 0.4;

/** A clause with the topics it asks, ready to train on. */
export interface TrainingClause {
  clause: QuestionClause;
  topics: QuestionTopic[];
}

/** What labelling whole messages gave: the clauses to train on and the messages it could not use. */
export interface LabelledMessages {
  clauses: TrainingClause[];
  /** Messages with topics in which the reader found no clause that asks (a reader miss, not trained on). */
  unread: string[];
}

/** A clause scoring at least this share of the best clause's score for a topic is given it too. */
const SHARE = 0.5;

/**
 * Gives each topic of a whole message to the clause that asks it: the clause (as the model reads
 * it, a short question that points back with the sentence before it) that `model` scores highest
 * for the topic, any clause scoring nearly as high, and any clause the model already gives the
 * topic to. The clauses of a message without topics are trained as questions on another matter
 * (the writer said it asks none of them); a clause of a message with topics that gets none is left
 * out. A message whose topics no clause could carry is left out and listed.
 */
export function labelMessages(messages: readonly LabelledClause[], model: QuestionModel): LabelledMessages {
  const clauses: TrainingClause[] = [];
  const unread: string[] = [];
  for (const message of messages) {
    const read = model.read(message.text);
    if (read.length === 0) {
      if (message.topics.length > 0) unread.push(message.where);
      continue;
    }
    const given = read.map((r) => new Set(r.topics.filter((t) => message.topics.includes(t))));
    for (const topic of message.topics) {
      // The clause that asks it most, and any other that asks it nearly as much ("Blijft dit tussen ons? Weet niemand het?").
      const best = Math.max(...read.map((r) => r.scores[topic]));
      read.forEach((r, i) => {
        if (r.scores[topic] >= best * SHARE) given[i]!.add(topic);
      });
    }
    read.forEach((r, i) => {
      // A clause of a message with topics that gets none may still ask one in a shape the model
      // does not know yet: training it as "no topic" would teach the model to miss that shape.
      if (message.topics.length > 0 && given[i]!.size === 0) return;
      clauses.push({ clause: r.clause, topics: QUESTION_TOPICS.filter((t) => given[i]!.has(t)) });
    });
  }
  return { clauses, unread };
}

function trainOn(
  rows: readonly TrainingClause[],
  sourceHash: string,
  options: typeof QUESTION_TRAINING,
  threshold: number,
): StoredQuestionModel {
  const features = rows.map((r) => clauseFeatures(r.clause));
  const vocabulary = Vocabulary.fromExamples(features, 1);
  const xs = features.map((f) => vocabulary.indices(f));
  const topics = Object.fromEntries(
    QUESTION_TOPICS.map((topic) => [
      topic,
      trainSoftmax(
        rows.map((r, i) => ({ x: xs[i]!, label: r.topics.includes(topic) ? 'yes' : 'no', key: features[i]!.join(' ') })),
        vocabulary.size,
        { ...options, classes: ['no', 'yes'] },
      ),
    ]),
  ) as Record<QuestionTopic, StoredSoftmaxModel>;
  return {
    format: 1,
    featureVersion: CLAUSE_FEATURE_VERSION,
    sourceHash,
    trainedOn: rows.length,
    threshold,
    vocabulary: [...vocabulary.features],
    topics,
  };
}

/**
 * Trains on the corpus clauses; with whole messages, a first model trained on the clauses alone
 * says which clause of each message asks its topics (labelMessages), and the model is trained
 * again on the clauses and those labelled clauses together.
 */
export function trainQuestionModel(
  lines: readonly LabelledClause[],
  sourceHash: string,
  messages: readonly LabelledClause[] = [],
  options = QUESTION_TRAINING,
  threshold = THRESHOLD,
): StoredQuestionModel & { unread: string[] } {
  const rows = lines.map((line) => ({ clause: clauseOfLine(line), topics: line.topics }));
  const seed = trainOn(rows, sourceHash, options, threshold);
  if (messages.length === 0) return { ...seed, unread: [] };
  const labelled = labelMessages(messages, new QuestionModel(seed));
  return { ...trainOn([...rows, ...labelled.clauses], sourceHash, options, threshold), unread: labelled.unread };
}

/** The compiled model: the topics each question clause of a message asks about. */
export class QuestionModel {
  private readonly vocabulary: Vocabulary;
  private readonly models: Readonly<Record<QuestionTopic, SoftmaxModel>>;
  readonly threshold: number;
  readonly sourceHash: string;

  constructor(stored: StoredQuestionModel) {
    this.vocabulary = new Vocabulary(stored.vocabulary);
    this.models = Object.fromEntries(QUESTION_TOPICS.map((t) => [t, compileModel(stored.topics[t], this.vocabulary.size)])) as Record<
      QuestionTopic,
      SoftmaxModel
    >;
    this.threshold = stored.threshold;
    this.sourceHash = stored.sourceHash;
  }

  /** Probability per topic that the clause asks about it. */
  scores(clause: QuestionClause): Record<QuestionTopic, number> {
    const x = this.vocabulary.indices(clauseFeatures(clause));
    return Object.fromEntries(QUESTION_TOPICS.map((t) => [t, predictSoftmax(this.models[t], x)[1]!])) as Record<QuestionTopic, number>;
  }

  /** The topics a clause asks about. */
  topicsOf(clause: QuestionClause): QuestionTopic[] {
    const scores = this.scores(clause);
    return QUESTION_TOPICS.filter((t) => scores[t] >= this.threshold);
  }

  /**
   * Each question clause of a message as the model reads it, with its scores and topics. A short
   * question that points back ("Is this true?", "klopt dat?") and asks nothing by itself is read
   * with the sentence before it.
   */
  read(text: string): { clause: QuestionClause; scores: Record<QuestionTopic, number>; topics: QuestionTopic[] }[] {
    return questionClauses(text).map((asked) => {
      let clause = asked;
      let scores = this.scores(clause);
      if (!QUESTION_TOPICS.some((t) => scores[t] >= this.threshold) && clause.before.length > 0 && pointsBack(clause)) {
        clause = { ...clause, words: [...clause.before, ...clause.words] };
        scores = this.scores(clause);
      }
      const topics = QUESTION_TOPICS.filter((t) => scores[t] >= this.threshold);
      // What follows from going to the police is asked together with the police (the corpus's
      // convention; writers of whole messages label it either way).
      if (topics.length > 0 && !topics.includes('police') && conditionNamesPolice(clause)) topics.push('police');
      return { clause, scores, topics: QUESTION_TOPICS.filter((t) => topics.includes(t)) };
    });
  }

  /** The topics every question clause of a message asks about, in the order of the topics. */
  topicsIn(text: string): QuestionTopic[] {
    const found = new Set(this.read(text).flatMap((r) => r.topics));
    return QUESTION_TOPICS.filter((t) => found.has(t));
  }
}

const POINTERS = new Set(['dit', 'dat', 'het', 'this', 'that', 'it', 'so', 'zo', 'waar', 'true']);

function pointsBack(clause: QuestionClause): boolean {
  return clause.words.length <= 4 && clause.words.some((w) => POINTERS.has(w));
}

export function loadQuestionModel(file = path.join(projectRoot(), QUESTION_MODEL_FILE)): QuestionModel {
  const parsed = questionModelSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (parsed.featureVersion !== CLAUSE_FEATURE_VERSION) throw new Error('models/questions.json was trained on other features: retrain it.');
  return new QuestionModel(parsed);
}

let shared: QuestionModel | null = null;
/** One compiled model per process (read-only after loading). */
export function sharedQuestionModel(): QuestionModel {
  shared ??= loadQuestionModel();
  return shared;
}
