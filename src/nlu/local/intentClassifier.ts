/**
 * Intent classification with nlp.js (@nlpjs/nlp with its Dutch and English stemmers), trained
 * once from the locale examples. Input is normalised the same way as for the safety screen (slang
 * expanded, stretched letters cut) both at training and at prediction time, so "k wil ff iemand
 * spreken" meets "ik wil even iemand spreken".
 */
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en';
import { LangNl } from '@nlpjs/lang-nl';
import { Nlp } from '@nlpjs/nlp';
import { tokenize } from '../../safety/normalise';
import { INTENTS, isIntent, type Intent, type NluLocale } from '../recognizer';
import type { TrainingData } from './trainingData';

export interface IntentScores {
  intent: Intent;
  score: number;
  intents: Partial<Record<Intent, number>>;
}

/** nlp.js logs through the container; training progress and warnings must not reach stdout. */
const silentLogger = { debug() {}, info() {}, warn() {}, error() {}, log() {}, trace() {} };

export function prepareText(text: string): string {
  return tokenize(text)
    .filter((t) => !t.boundary)
    .map((t) => t.text)
    .join(' ');
}

export class IntentClassifier {
  private constructor(private readonly nlp: Nlp) {}

  static async train(data: Readonly<Partial<Record<NluLocale, TrainingData>>>): Promise<IntentClassifier> {
    const container = containerBootstrap();
    container.register('logger', silentLogger, true);
    container.use(LangNl);
    container.use(LangEn);
    const locales = Object.keys(data) as NluLocale[];
    // autoSave off: nlp.js would otherwise write model.nlp into the working directory.
    // spellCheck maps unknown words to a training word one edit away ("bedanktt", "medewerkr").
    const nlp = new Nlp(
      {
        languages: locales,
        autoSave: false,
        autoLoad: false,
        nlu: { log: false, spellCheck: true, spellCheckDistance: 1 },
        calculateSentiment: false,
      },
      container,
    );
    for (const locale of locales) {
      const examples = data[locale]!.intents;
      for (const intent of INTENTS) {
        for (const utterance of examples[intent]) nlp.addDocument(locale, prepareText(utterance), intent);
      }
    }
    await nlp.train();
    return new IntentClassifier(nlp);
  }

  async classify(text: string, locale: NluLocale): Promise<IntentScores> {
    const prepared = prepareText(text);
    if (prepared === '') return { intent: 'out_of_scope', score: 1, intents: {} };
    const result = await this.nlp.process(locale, prepared);
    const intents: Partial<Record<Intent, number>> = {};
    for (const c of result.classifications ?? []) {
      if (isIntent(c.intent) && c.score > 0) intents[c.intent] = round(c.score);
    }
    if (!isIntent(result.intent)) return { intent: 'out_of_scope', score: round(result.score), intents };
    return { intent: result.intent, score: round(result.score), intents };
  }
}

function round(n: number): number {
  return Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
}
