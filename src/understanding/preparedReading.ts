/**
 * The part of a message's understanding that depends on its text alone: the danger screen (with
 * danger said in passing, denied or told now), the full reading the models read, the local models'
 * guess with the signal rules' findings, the citizen's own questions and the language guess for
 * either locale. Plain data (arrays, a Set, typed arrays), so it can be made on another thread and
 * cross by structured clone (readingPool.ts); the understander finishes the understanding from it
 * (the conversation's locale, what the bot asked, the earlier turns) exactly as it would have from
 * its own reading of the text.
 */
import { withNormalForms } from '../safety/normalise';
import type { LanguageGuess } from '../nlu/language';
import type { LocalRecognizer } from '../nlu/local/localRecognizer';
import type { MessageGuess } from '../nlu/model/messageModels';
import type { ReadMessage } from '../nlu/model/reader';
import type { QuestionModel } from '../nlu/questions/questionModel';
import type { NluLocale, Signal } from '../nlu/recognizer';
import type { SafetyScreen } from '../safety/screen';
import { screenText, type Screened } from './firstLook';
import type { QuestionTopic } from './understanding';
import { withConfirmationsMarked } from '../nlu/text/confirmationSought';

export interface PreparedReading {
  /** screenText's result: the danger of the message alone and the reading it was made from. */
  screened: Screened;
  /** The reading with topics and forms (reader.readFully of `screened.read`). */
  full: ReadMessage;
  /** The signal rules' findings (the local recognizer's). */
  signals: Signal[];
  /** The local models' guess from `full` and `signals`. */
  guess: MessageGuess;
  /** The citizen's own questions, clause by clause (QuestionModel.topicsIn). */
  questions: QuestionTopic[];
  /** The language guess with each locale as the fallback (reader.languageOf). */
  language: Record<NluLocale, LanguageGuess>;
}

/** What a prepared reading is made with: the same screen, local recognizer and question model as the understander's. */
export interface ReadingParts {
  screen: SafetyScreen;
  local: LocalRecognizer;
  questions: QuestionModel;
}

/**
 * The citizen's own questions in a message: the question model's topics, with sentences that ask to
 * be confirmed ("dat blijft toch tussen ons", "ik neem aan dat…") marked as questions first. The one
 * reading for both paths (a prepared reading and the understander's own), so they cannot differ.
 */
export function ownQuestionTopics(questions: Pick<QuestionModel, 'topicsIn'>, text: string): QuestionTopic[] {
  return questions.topicsIn(withConfirmationsMarked(text));
}

export function prepareReading(parts: ReadingParts, text: string): PreparedReading {
  // One normal form of the text for every reader of it (safety/normalise.ts).
  return withNormalForms(() => preparedAfresh(parts, text));
}

function preparedAfresh(parts: ReadingParts, text: string): PreparedReading {
  const { screen, local, questions } = parts;
  const screened = screenText(screen, text);
  const full = local.models.reader.readFully(text, screened.read);
  const { signals } = local.interpretFull(text, full);
  return {
    screened,
    full,
    signals,
    // The recognizer's own guess (MessageModels keeps it with the reading): not made twice.
    guess: local.models.guess(full, signals),
    questions: ownQuestionTopics(questions, text),
    language: {
      nl: screen.reader.languageOf(text, 'nl', screened.read.analysis),
      en: screen.reader.languageOf(text, 'en', screened.read.analysis),
    },
  };
}

/** Where the understander finds a message's prepared reading, when one was made for its text. */
export interface PreparedReadings {
  readingOf(text: string): PreparedReading | undefined;
}
