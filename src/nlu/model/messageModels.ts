/**
 * The learned models for what a message wants and is about, applied to one reading of it: intent,
 * form of exploitation, who the worry is about, and the citizen's own questions.
 */
import { QUESTION_TOPICS, RELATIONS, type AboutWhom, type QuestionTopic, type Relation } from '../../understanding/understanding';
import { isForm, isIntent, type Form, type Intent, type KnownForm, type Signal } from '../recognizer';
import type { TopicConcept } from '../topics';
import type { ModelBundle } from './bundle';
import type { MessageReader, ReadMessage } from './reader';
import { formOfQuestion, STORYLESS_INTENTS, tellsAnyForm } from './formSituations';
import { formOfLoneActs, obligedForm } from './obligedForm';
import { argmax, predictSoftmax } from './logistic';

export interface IntentGuess {
  intent: Intent;
  score: number;
  intents: Partial<Record<Intent, number>>;
}

export interface MessageGuess {
  intent: IntentGuess;
  form: { form: Form; score: number };
  /**
   * The form a question without a story asks about ("hoe herken je een loverboy?": sexual), where
   * `form`, the form of the situation told, is `unknown` (form49, ADR 0006); null when the message
   * tells a form, is a story, or names none (absent then).
   */
  askedForm?: KnownForm;
  aboutWhom: { aboutWhom: AboutWhom | null; score: number };
  relation: { relation: Relation | null; score: number };
  minor: { minor: boolean | null; score: number };
  questions: QuestionTopic[];
}

const ASKED_TOPIC: Partial<Record<TopicConcept, QuestionTopic>> = {
  anonymity: 'anonymity',
  privacy: 'privacy',
  police: 'police',
  after_report: 'after_report',
  consequence_job: 'consequences',
  consequence_residence: 'consequences',
  consequence_debt: 'consequences',
  consequence_children: 'consequences',
  consequence_trouble: 'consequences',
  consequence_general: 'consequences',
  is_it: 'is_it_trafficking',
  signals: 'signals',
};

/**
 * Words from which a concern is a story whose form the story model reads. A one-line worry ("er
 * klopt iets niet bij het huis naast ons", "k ben zo bang hij staat voor de deur") tells no form, and
 * the general model, which learned "unknown" from many short lines, leaves it unknown; the story
 * model, which saw few unknown stories, gave such lines a form (form macro-F1 on the stories of the
 * older tuning set 0.890 to 0.833 when it read them all). From 16 words on: 0.858 to 0.871 over the
 * stories of the development part and tuning sets E-L with the older set, each set as good or better.
 */
export const STORY_WORDS = 15;

/**
 * A named form is read only where the model finds it at least this many times as likely as
 * `unknown`; else the form stays unknown and the bot asks. A wrong form sends the citizen the wrong
 * signals and routes, and the models, trained on a corpus whose writers named a form for most
 * stories of danger without any work, clients or crimes told, were sure of a form where the writers
 * of every later set could not tell one (a girl held in a hotel room: "sexual" at 0.99). Over the
 * tuning sets and the development part (safety15): form macro-F1 0.890 to 0.895 on average, on the
 * stories 0.798 to 0.814, `unknown` stories 0.40 to 0.47; no set's form F1 fell by more than 0.007.
 * Applied to the general model too: a weight on the story model alone gained less (0.893, 0.813).
 * 3 gained no more on the stories and lost on all messages.
 */
export const UNKNOWN_FORM_WEIGHT = 2;

const isRelation = (label: string): label is Relation => (RELATIONS as readonly string[]).includes(label);

export class MessageModels {
  constructor(
    private readonly bundle: ModelBundle,
    readonly reader: MessageReader,
  ) {}

  /**
   * The guess made from each reading, with the signals it was made with. The understanding step
   * guesses once in the local recognizer (intent and form) and again for the facts, from the same
   * reading and signals; a reading is never changed once made, so the same object and signals give
   * the same guess. Weak keys: a guess goes with its reading, as the text does.
   */
  private readonly guesses = new WeakMap<ReadMessage, { signals: readonly Signal[]; guess: MessageGuess }>();

  /**
   * `read` must come from `reader.readFully` (topics included); `signals` from the signal rules.
   * The guess is shared with the next caller for the same reading, so it is handed out read-only.
   */
  guess(read: ReadMessage, signals: readonly Signal[]): Readonly<MessageGuess> {
    const known = this.guesses.get(read);
    if (known && sameSignals(known.signals, signals)) return known.guess;
    const guess = this.guessAfresh(read, signals);
    this.guesses.set(read, { signals: [...signals], guess });
    return guess;
  }

  private guessAfresh(read: ReadMessage, signals: readonly Signal[]): MessageGuess {
    const features = this.bundle.vocabulary.general.indices(this.reader.features(read, 'general', signals));
    const { models, thresholds } = this.bundle;

    const pIntent = predictSoftmax(models.intent, features);
    const intents: Partial<Record<Intent, number>> = {};
    models.intent.classes.forEach((c, k) => {
      if (isIntent(c) && pIntent[k]! >= 0.001) intents[c] = round(pIntent[k]!);
    });
    const topIntent = argmax(models.intent, pIntent);
    // A story's form is read by the model trained on stories (training.ts `storyForm`); a question
    // about a form ("hoe herken je een loverboy?"), a one-line worry and every other message by the
    // general one.
    const story = topIntent.label === 'describe_concern' && read.analysis.words > STORY_WORDS;
    const formModel = story ? models.storyForm : models.form;
    const pForm = predictSoftmax(formModel, features);
    towardUnknown(formModel.classes, pForm, UNKNOWN_FORM_WEIGHT);
    // A question or answer that tells nothing of any form keeps `unknown` whatever the weights of
    // its other words (formSituations.ts `tellsAnyForm`). A concern, long or one line, is left to
    // the model: its writers give a form to situations told in words the lexicons miss ("they keep
    // our bank cards", "she hands 300 euros a night to her so-called boyfriend").
    const asks = topIntent.label !== 'describe_concern';
    const modelForm = asks && !tellsAnyForm(read.forms, read.topics) ? unknownOf(formModel.classes, pForm) : argmax(formModel, pForm);
    // A question or answer without a story keeps its form only where it tells an act of that form
    // or names the exploiter by the form's name: the labelling rule of the corpus (form28,
    // `formOfQuestion`). A boss, an employer, a permit or a bed alone ("if I report my employer,
    // do I lose my protection?") do not tell the kind, but their words weigh toward labour.
    const questionForm =
      STORYLESS_INTENTS.has(topIntent.label) && modelForm.label !== 'unknown' && formOfQuestion(modelForm.label, read) === 'unknown'
        ? unknownOf(formModel.classes, pForm)
        : modelForm;
    // What the person is made to do decides over places and words of other forms (obligedForm.ts).
    const obliged = obligedForm(read.analysis);
    // A concern the model leaves unknown takes the one form other than labour its acts tell (obligedForm.ts `formOfLoneActs`).
    const lone = !asks && obliged === null && questionForm.label === 'unknown' ? formOfLoneActs(read.forms) : null;
    const decided = obliged ?? lone;
    const topForm = decided === null ? questionForm : formOf(formModel.classes, pForm, decided);
    // A question that names a form but tells no situation of it has `unknown` form; what it asks
    // about is the known form the model finds likeliest in its words, kept apart for the guidance.
    const askedForm =
      asks && topForm.label === 'unknown' && tellsAnyForm(read.forms, read.topics) ? likeliestKnown(formModel.classes, pForm) : null;
    const pAbout = predictSoftmax(models.aboutWhom, features);
    const topAbout = argmax(models.aboutWhom, pAbout);
    const topRelation = argmax(models.relation, predictSoftmax(models.relation, features));
    const topMinor = argmax(models.minor, predictSoftmax(models.minor, features));
    const questions = new Set(
      QUESTION_TOPICS.filter((topic) => predictSoftmax(models.questions[topic], features)[1]! >= thresholds.question),
    );
    // A topic named in a sentence that ends in a question mark is asked, whatever the model thinks:
    // the citizen's own question is answered first, so it must not be lost inside a long story.
    for (const hit of read.topics) {
      const topic = ASKED_TOPIC[hit.concept];
      if (topic && !hit.negated && read.analysis.questionSentences.has(hit.sentence)) questions.add(topic);
    }
    return {
      intent: { intent: isIntent(topIntent.label) ? topIntent.label : 'out_of_scope', score: round(topIntent.p), intents },
      form: { form: isForm(topForm.label) ? topForm.label : 'unknown', score: round(topForm.p) },
      ...(askedForm ? { askedForm } : {}),
      aboutWhom: { aboutWhom: topAbout.label === 'none' ? null : (topAbout.label as AboutWhom), score: round(topAbout.p) },
      relation: { relation: isRelation(topRelation.label) ? topRelation.label : null, score: round(topRelation.p) },
      minor: { minor: topMinor.label === 'minor' ? true : topMinor.label === 'adult' ? false : null, score: round(topMinor.p) },
      questions: QUESTION_TOPICS.filter((t) => questions.has(t)),
    };
  }
}

function sameSignals(a: readonly Signal[], b: readonly Signal[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** `p` with the probability of `unknown` weighed by `weight`, normalised again (in place). */
export function towardUnknown(classes: readonly string[], p: Float64Array, weight: number): void {
  const k = classes.indexOf('unknown');
  if (k < 0) return;
  p[k] = p[k]! * weight;
  let sum = 0;
  for (const v of p) sum += v;
  for (let i = 0; i < p.length; i++) p[i] = p[i]! / sum;
}

/** A form decided beside the model (obligedForm.ts), with the model's own probability of it. */
function formOf(classes: readonly string[], p: Float64Array, form: string): { label: string; p: number } {
  const k = classes.indexOf(form);
  return { label: form, p: k < 0 ? 0 : p[k]! };
}

/** The known form of highest probability (null if the model has none). */
function likeliestKnown(classes: readonly string[], p: Float64Array): KnownForm | null {
  let best: KnownForm | null = null;
  let bestP = -1;
  classes.forEach((c, k) => {
    if (c !== 'unknown' && isForm(c) && p[k]! > bestP) {
      best = c as KnownForm;
      bestP = p[k]!;
    }
  });
  return best;
}

/** `unknown` with the model's own probability of it (0 if the model has no such class). */
function unknownOf(classes: readonly string[], p: Float64Array): { label: string; p: number } {
  const k = classes.indexOf('unknown');
  return { label: 'unknown', p: k < 0 ? 0 : p[k]! };
}

const round = (n: number) => Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
