/**
 * The default recognizer: in-process, no network. Intent and form from the learned models
 * (models/nlu.json, trained from the corpus and the locale examples by `npm run train:nlu`);
 * signals from the readable rules of signalDetector.ts; acute danger and language from the first
 * look (the safety screen), which `recognize` adds and `interpret` leaves to the caller.
 */
import { performance } from 'node:perf_hooks';
import { tokenize } from '../../safety/normalise';
import { SafetyScreen } from '../../safety/screen';
import { lookAt } from '../../understanding/firstLook';
import { finaliseRecognition, type ModelRecognition } from '../finalise';
import type { ReadMessage } from '../model/reader';
import { MessageModels, type MessageGuess } from '../model/messageModels';
import type { NluLocale, Recognition, Recognizer, Signal } from '../recognizer';
import { SignalDetector } from './signalDetector';

export interface LocalRecognizerOptions {
  /** The safety screen whose model bundle and reader are shared (one load per process). */
  screen?: SafetyScreen;
  /** Millisecond clock for the start-up figure (injected for tests). */
  now?: () => number;
}

export interface LocalRecognizer extends Recognizer {
  /** How long loading the models took at start-up, in milliseconds. */
  readonly trainingMs: number;
  readonly models: MessageModels;
  /** Intent, form and signals from a reading the first look already made. */
  interpretRead(text: string, read: ReadMessage): ModelRecognition;
  /**
   * The same from a reading `readFully` made. A message without a topic has no sign of that, and
   * `interpretRead` would read it fully again: a new object, on which the facts' guess
   * (MessageModels.guess) could not reuse the recognizer's.
   */
  interpretFull(text: string, full: ReadMessage): ModelRecognition;
  interpret(text: string, locale?: NluLocale): Promise<ModelRecognition>;
}

class InProcessRecognizer implements LocalRecognizer {
  readonly name = 'local';

  constructor(
    private readonly screen: SafetyScreen,
    readonly models: MessageModels,
    private readonly detector: SignalDetector,
    readonly trainingMs: number,
  ) {}

  interpretRead(text: string, read: ReadMessage): ModelRecognition {
    return this.interpretFull(text, read.topics.length > 0 ? read : this.models.reader.readFully(text, read));
  }

  interpretFull(text: string, full: ReadMessage): ModelRecognition {
    const signals = this.detector.detect(tokenize(text));
    return recognitionOf(this.models.guess(full, signals), signals);
  }

  async interpret(text: string): Promise<ModelRecognition> {
    return this.interpretRead(text, this.models.reader.readForDanger(text));
  }

  async recognize(text: string, locale: NluLocale): Promise<Recognition> {
    const { look, read } = lookAt(this.screen, text, locale);
    return finaliseRecognition(this.interpretRead(text, read), look);
  }
}

/** What the local recognizer says of a message: intent and form from the models' guess, with the signals it was made with. */
export function recognitionOf(guess: Readonly<MessageGuess>, signals: Signal[]): ModelRecognition {
  return {
    intent: guess.intent.intent,
    form: guess.form.form,
    ...(guess.askedForm ? { askedForm: guess.askedForm } : {}),
    signals,
    scores: { intent: guess.intent.score, form: guess.form.score, intents: guess.intent.intents },
  };
}

/** Loads the shipped models once (a few tens of milliseconds). */
export function createLocalRecognizer(options: LocalRecognizerOptions = {}): LocalRecognizer {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const screen = options.screen ?? new SafetyScreen();
  const models = new MessageModels(screen.bundle, screen.reader);
  const detector = new SignalDetector();
  return new InProcessRecognizer(screen, models, detector, Math.round((now() - started) * 10) / 10);
}
