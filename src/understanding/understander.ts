/**
 * The one understanding step for a citizen message, composed from the safety screen (danger), the
 * language guess, the configured recognizer (local, or LUIS/CLU with the local one as fallback)
 * for intent, form and signals, and the local models for the citizen's questions and the facts
 * the message told. The text is read once: the first look's analysis is reused by the rest.
 */
import { sharedGazetteer } from '../geo';
import { extractFacts, type PlaceFinder } from '../nlu/facts/facts';
import { gazetteerPlaces } from '../nlu/facts/gazetteerPlaces';
import type { ModelRecognition } from '../nlu/finalise';
import { createLocalRecognizer, recognitionOf, type LocalRecognizer } from '../nlu/local/localRecognizer';
import type { ReadMessage } from '../nlu/model/reader';
import type { TextAnalysis } from '../nlu/text/analyse';
import { sharedQuestionModel, type QuestionModel } from '../nlu/questions/questionModel';
import type { NluLocale, Recognizer } from '../nlu/recognizer';
import type { LanguageGuess } from '../nlu/language';
import { laterTurnScreen, readAsLaterTurn } from '../safety/laterTurnScreen';
import { withNormalForms } from '../safety/normalise';
import type { SafetyScreen } from '../safety/screen';
import { lookAt, readOf, screenText, type Screened } from './firstLook';
import { ownQuestionTopics, type PreparedReading, type PreparedReadings } from './preparedReading';
import { WARM_UP_TEXTS } from './warmUpTexts';
import {
  type EarlierTurn,
  type FirstLook,
  type QuestionTopic,
  type Understander,
  type Understanding,
  type UnderstandingContext,
} from './understanding';

export interface UnderstanderDeps {
  safety: SafetyScreen;
  recognizer: Recognizer;
  /** The local recognizer whose models give questions and facts (built from `safety` when absent). */
  local?: LocalRecognizer;
  /** The citizen's own questions, read clause by clause; the shipped model when absent. */
  questions?: QuestionModel;
  /** Places from the gazetteer (gazetteerPlaces); the shared gazetteer when absent. */
  places?: PlaceFinder;
  /** Told when the recognizer fails; the conversation goes on without its answer. */
  onRecognizerError?: (err: unknown) => void;
  /**
   * Readings of a message's text made before its turn (readingPool.ts, on another thread): the
   * first look of a text that has one takes it instead of reading the text on the event loop, and
   * gives the same look. Without one (none asked, or the reading thread failed or was late) the text
   * is read here, as it always was.
   */
  prepared?: PreparedReadings;
  /**
   * The screen for a turn after the first one (safety/laterTurnScreen.ts): used where the caller
   * gives the earlier turns (UnderstandingContext `earlier`). Absent, the one beside `safety`'s
   * bundle, loaded on the first later turn; null, every turn is read by `safety`.
   */
  laterSafety?: SafetyScreen | null;
}

/** An intent that is itself a request names its topic when no clause of the message asks one. */
const INTENT_TOPIC: Partial<Record<string, QuestionTopic>> = {
  ask_anonymous: 'anonymity',
  ask_privacy: 'privacy',
  ask_police: 'police',
  ask_counsellor: 'counsellor',
  ask_consequences: 'consequences',
};

export interface WarmableUnderstander extends Understander {
  /**
   * Reads a few built-in messages with the in-process parts (screen, language, local models;
   * never a remote recognizer), before the server takes any: V8 compiles a regular expression on
   * its first use and to machine code a little later, and the screen and the models hold hundreds
   * of large ones. Without this the first 2,000-character message after a start took 210–220 ms
   * of CPU (the concept lexicons' `find` alone ~120 ms), holding every other request, `/healthz`
   * included; after two rounds (~0.9 s of CPU at start) it takes ~10 ms. Nothing is stored or
   * logged.
   */
  warmUp(rounds?: number): Promise<void>;
  analysisOf(look: FirstLook, text: string): TextAnalysis | undefined;
}

/** One calm turn before: what makes the warm-up's look a later turn's. */
const WARM_UP_EARLIER: readonly EarlierTurn[] = [{ level: 'none', score: 0 }];

export function createUnderstander(deps: UnderstanderDeps): WarmableUnderstander {
  const local = deps.local ?? createLocalRecognizer({ screen: deps.safety });
  const places = deps.places ?? gazetteerPlaces(sharedGazetteer());
  const questionModel = deps.questions ?? sharedQuestionModel();
  // The reading behind each first look, so `understand` does not read the text again. Weak keys:
  // a look the caller drops takes its reading with it.
  const readings = new WeakMap<FirstLook, ReadMessage>();
  // The screen depends on the text alone, the language guess on the text and the locale. The bot
  // looks at a message again in the conversation's language or as the answer to its question; that
  // second look passes the first, whose screening and guess are kept with it (weakly: no message
  // text outlives the turn that holds the look).
  // With them, the message's prepared reading when it had one, for the rest of the understanding.
  const screenings = new WeakMap<
    FirstLook,
    {
      text: string;
      screen: SafetyScreen;
      screened: Screened;
      locale: NluLocale;
      guessed: LanguageGuess;
      prepared: PreparedReading | undefined;
    }
  >();

  let later = deps.laterSafety;
  // A turn read in its conversation is read by the later-turn model (round 45); a first message, a
  // turn the caller reads alone and the first account of the story (`storyUntold`: the story told
  // after a greeting or the role's answer) by the main one, as first messages are.
  const screenFor = (context: UnderstandingContext): SafetyScreen => {
    if ((context.earlier?.length ?? 0) === 0 || context.storyUntold === true) return deps.safety;
    if (later === undefined) later = laterTurnScreen(deps.safety);
    return later ?? deps.safety;
  };

  const understander: WarmableUnderstander = {
    name: deps.recognizer.name,
    firstLook(text: string, context: UnderstandingContext, earlier?: FirstLook): FirstLook {
      // One normal form of the text for the screen, the told-now reader and the language guess.
      return withNormalForms(() => {
        try {
          const screen = screenFor(context);
          const known = earlier ? screenings.get(earlier) : undefined;
          const same = known !== undefined && known.text === text;
          // The prepared reading and a screening kept from a first look are the main screen's.
          const prepared = same ? known.prepared : deps.prepared?.readingOf(text);
          const kept = same && known.screen === screen ? known.screened : screen === deps.safety ? prepared?.screened : undefined;
          // The later-turn screen reads with the main screen's reader: the text's reading of the first
          // look or of the reading thread is its own too, and only the assessment is made again.
          const readBefore = screen.reader === deps.safety.reader ? readOf(same ? known.screened : prepared?.screened) : undefined;
          const screening = kept ?? screenText(screen, text, readBefore);
          const guess = same && known.locale === context.locale ? known.guessed : prepared?.language[context.locale];
          const {
            look: own,
            read,
            guessed,
          } = lookAt(
            screen,
            text,
            context.locale,
            context.awaiting,
            screening,
            guess,
            context.earlier,
            context.askedDangerNow,
            context.storyUntold,
          );
          const look = screen === deps.safety ? own : { ...own, danger: readAsLaterTurn(own.danger) };
          readings.set(look, read);
          screenings.set(look, { text, screen, screened: screening, locale: context.locale, guessed, prepared });
          return look;
        } catch {
          // Never silent on a failure of the screen itself: the bot asks the direct question.
          return { danger: { level: 'unsure', suicidal: false, reasons: ['screen.failed'], score: 0 }, language: context.locale };
        }
      });
    },
    analysisOf(look: FirstLook, text: string) {
      return screenings.get(look)?.text === text ? readings.get(look)?.analysis : undefined;
    },
    async understand(text: string, look: FirstLook, context: UnderstandingContext): Promise<Understanding> {
      const known = screenings.get(look);
      const prepared = known?.text === text ? known.prepared : undefined;
      return understandWith(text, look, context, prepared, async (read) => {
        if (deps.recognizer === local) return prepared ? recognitionOf(prepared.guess, prepared.signals) : local.interpretFull(text, read);
        if (deps.recognizer.interpret) return deps.recognizer.interpret(text, context.locale);
        return deps.recognizer.recognize(text, context.locale);
      });
    },
    async warmUp(rounds = 2): Promise<void> {
      for (let round = 0; round < rounds; round++) {
        for (const text of WARM_UP_TEXTS) {
          for (const locale of ['nl', 'en'] as const) {
            const look = understander.firstLook(text, { locale });
            const again = understander.firstLook(text, { locale, awaiting: 'dangerCheck' }, look);
            await understandWith(text, again, { locale }, undefined, async (read) => local.interpretFull(text, read));
            // A later turn too, once: the later-turn screen is read from disk and its danger model
            // compiled here, not on the first citizen's second message (round 45 review).
            if (round === 0) understander.firstLook(text, { locale, earlier: WARM_UP_EARLIER }, look);
          }
        }
      }
    },
  };
  return understander;

  async function understandWith(
    text: string,
    look: FirstLook,
    context: UnderstandingContext,
    prepared: PreparedReading | undefined,
    interpret: (read: ReadMessage) => Promise<ModelRecognition>,
  ): Promise<Understanding> {
    const read = prepared?.full ?? local.models.reader.readFully(text, readings.get(look));
    let model: ModelRecognition | null = null;
    try {
      model = await interpret(read);
    } catch (err) {
      deps.onRecognizerError?.(err);
    }
    // The sync rest reads the text's normal form once for the questions, the facts and the places.
    return withNormalForms(() => {
      const signals = model?.signals ?? [];
      // The prepared guess was made with the local recognizer's signals (the very array it answered
      // with above); with a remote recognizer's, or none after a failure, the guess is made here.
      const guess = prepared?.signals === signals ? prepared.guess : local.models.guess(read, signals);
      // No intent override for acute messages here: the bot takes the danger path from `danger`.
      const intent = model?.intent ?? guess.intent.intent;
      // What each clause that asks is about, read from the clause itself, not from the story
      // around it ("de politie kwam vorig jaar" asks nothing about the police).
      const questions = new Set(prepared?.questions ?? ownQuestionTopics(questionModel, text));
      // A request put as a statement ("graag anoniem melden"): the intent names its topic.
      const asked = INTENT_TOPIC[intent];
      if (asked && questions.size === 0) questions.add(asked);
      const form = model?.form ?? 'unknown';
      // A remote recognizer does not read the form a question asks about: the local guess does.
      const askedForm = form === 'unknown' ? (model?.askedForm ?? guess.askedForm) : undefined;
      return {
        ...look,
        intent,
        intentScore: model?.scores.intent ?? 0,
        ...(model?.scores.intents ? { intents: model.scores.intents } : {}),
        form,
        formScore: model?.scores.form ?? 0,
        ...(askedForm ? { askedForm } : {}),
        signals,
        questions: [...questions],
        facts: extractFacts({ text, read, guess, signals, awaiting: context.awaiting, language: look.language }, places),
      };
    });
  }
}
