/**
 * The default recognizer: in-process, no network. Intent from nlp.js trained at start-up on
 * locales/<lang>/nlu.json; form and signals from rules; acute danger from the safety screen.
 */
import { performance } from 'node:perf_hooks';
import { tokenize } from '../../safety/normalise';
import { finaliseRecognition } from '../finalise';
import { detectLanguage } from '../language';
import { NLU_LOCALES, type Intent, type NluLocale, type Recognition, type Recognizer } from '../recognizer';
import { IntentClassifier } from './intentClassifier';
import { SignalDetector } from './signalDetector';
import { loadTrainingData, type TrainingData } from './trainingData';

export interface LocalRecognizerOptions {
  /** Folder holding `<locale>/nlu.json` (normally `locales/`). */
  localesDir: string;
  /** Millisecond clock for the training-time figure (injected for tests). */
  now?: () => number;
}

export interface LocalRecognizer extends Recognizer {
  /** How long training took at start-up, in milliseconds. */
  readonly trainingMs: number;
}

/** Small talk never hides a worry: if the text names signals or a form, it is a description. */
const SMALL_TALK: ReadonlySet<Intent> = new Set(['greeting', 'goodbye', 'thanks', 'affirm', 'deny', 'out_of_scope']);

class InProcessRecognizer implements LocalRecognizer {
  readonly name = 'local';

  constructor(
    private readonly classifier: IntentClassifier,
    private readonly detector: SignalDetector,
    readonly trainingMs: number,
  ) {}

  async recognize(text: string, locale: NluLocale): Promise<Recognition> {
    const language = detectLanguage(text, locale);
    if (language === 'other') {
      return finaliseRecognition({ intent: 'out_of_scope', form: 'unknown', signals: [], scores: { intent: 1, form: 1 } }, text, locale);
    }
    const tokens = tokenize(text);
    const signals = this.detector.detect(tokens);
    const form = this.detector.classifyForm(tokens, signals);
    const classified = await this.classifier.classify(text, language);
    let intent = classified.intent;
    let intentScore = classified.score;
    let formGuess = form;
    if (SMALL_TALK.has(intent)) {
      if (signals.length > 0) {
        intent = 'describe_concern';
        intentScore = classified.intents.describe_concern ?? 0.5;
      } else {
        // "Can you recommend a restaurant" names a workplace, not a worry.
        formGuess = { ...form, form: 'unknown', score: 1 };
      }
    }
    return finaliseRecognition(
      { intent, form: formGuess.form, signals, scores: { intent: intentScore, form: formGuess.score, intents: classified.intents } },
      text,
      locale,
    );
  }
}

/** Trains once from in-memory examples (tests, benchmarks). */
export async function createLocalRecognizerFromData(
  data: Readonly<Partial<Record<NluLocale, TrainingData>>>,
  now: () => number = () => performance.now(),
): Promise<LocalRecognizer> {
  const started = now();
  const classifier = await IntentClassifier.train(data);
  const detector = new SignalDetector();
  return new InProcessRecognizer(classifier, detector, Math.round((now() - started) * 10) / 10);
}

/** Loads locales/<lang>/nlu.json for Dutch and English and trains once. */
export async function createLocalRecognizer(options: LocalRecognizerOptions): Promise<LocalRecognizer> {
  const data: Partial<Record<NluLocale, TrainingData>> = {};
  for (const locale of NLU_LOCALES) data[locale] = loadTrainingData(options.localesDir, locale);
  return createLocalRecognizerFromData(data, options.now);
}
