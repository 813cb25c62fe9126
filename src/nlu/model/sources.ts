/**
 * What the shipped models are trained from: the corpus files, the intent examples of the locales,
 * and the code that turns text into features and trains. The training script and the test that
 * guards the shipped weights both read this list, so they hash exactly the same things.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadLabelledFile, splitCorpus, type LabelledMessage } from '../corpus';
import { loadTrainingData } from '../local/trainingData';
import { INTENTS, NLU_LOCALES } from '../recognizer';
import { analyseText } from '../text/analyse';
import { hashSources, type IntentExample, type TrainingInput } from './training';

export const CORPUS_DIR = path.join('corpus', 'nlu');

/** Source files whose change changes the features or the training. */
export const CODE_SOURCES: readonly string[] = [
  'src/nlu/model/reader.ts',
  'src/nlu/model/formSituations.ts',
  'src/nlu/model/logistic.ts',
  'src/nlu/model/training.ts',
  'src/nlu/text/analyse.ts',
  'src/nlu/text/concepts.ts',
  'src/nlu/topics.ts',
  'src/nlu/corpus.ts',
  'src/safety/situations.ts',
  'src/safety/screen.ts',
  'src/safety/normalise.ts',
  'src/safety/slang.ts',
  // The signal rules, whose findings are features of the intent, form and fact models.
  'src/nlu/local/signalDetector.ts',
  'src/nlu/local/signalLexicon.ts',
  'src/nlu/local/signalConcepts.ts',
  'src/safety/patterns.ts',
  'src/safety/negation.ts',
  'src/safety/negationScope.ts',
  'src/safety/lexicon.ts',
  'src/safety/fuzzy.ts',
  'src/safety/commonWords.ts',
];

export function corpusFiles(root: string): string[] {
  const dir = path.join(root, CORPUS_DIR);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function loadCorpus(root: string): LabelledMessage[] {
  return corpusFiles(root).flatMap((f) => loadLabelledFile(f));
}

export function sourceHash(root: string): string {
  const files = [
    ...corpusFiles(root),
    ...NLU_LOCALES.map((l) => path.join(root, 'locales', l, 'nlu.json')),
    path.join(root, TUNING_SET),
    ...laterTuningSets(root),
    ...CODE_SOURCES.map((f) => path.join(root, f)),
  ];
  return hashSources(files.map((f) => ({ name: path.relative(root, f).split(path.sep).join('/'), content: fs.readFileSync(f, 'utf8') })));
}

/** The older tuning set: never trained on, so corpus messages that happen to equal one are left out of training. */
export const TUNING_SET = path.join('tests', 'eval', 'nlu.jsonl');
/**
 * Later tuning sets by separate writers (tests/eval/nlu-dev-*.jsonl): read while tuning features
 * and corpus, never trained on and not used for thresholds; corpus messages equal to one of their
 * lines are left out of training too.
 */
export function laterTuningSets(root: string): string[] {
  const dir = path.join(root, 'tests', 'eval');
  return fs
    .readdirSync(dir)
    .filter((f) => /^nlu-dev-.*\.jsonl$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Lines of at most this many words ("nee", "ok bye", "ja, dat mag") are written alike by every
 * writer: equal to a tuning line they tell nothing of that writer, and leaving them all out of
 * training (78 with set F) took the short answers away from the models.
 */
const SHORT_ANSWER_WORDS = 4;

const sameText = (text: string) =>
  analyseText(text)
    .tokens.filter((t) => t !== '|' && t !== ',')
    .join(' ');

export function trainingSources(root: string): TrainingInput {
  const split = splitCorpus(loadCorpus(root));
  const tuning = loadLabelledFile(path.join(root, TUNING_SET));
  const heldOut = [...tuning, ...laterTuningSets(root).flatMap((f) => loadLabelledFile(f))];
  const tuningTexts = new Set(heldOut.map((m) => sameText(m.text)).filter((t) => t.split(' ').length > SHORT_ANSWER_WORDS));
  const train = split.train.filter((m) => !tuningTexts.has(sameText(m.text)));
  const { dev } = split;
  const intentExamples: IntentExample[] = NLU_LOCALES.flatMap((locale) => {
    const data = loadTrainingData(path.join(root, 'locales'), locale);
    return INTENTS.flatMap((intent) => data.intents[intent].map((text) => ({ text, intent })));
  });
  return { train, dev, tuning, intentExamples, sourceHash: sourceHash(root) };
}
