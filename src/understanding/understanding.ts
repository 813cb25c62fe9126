/**
 * What the helpline understood of one citizen message: the single result the bot, the dialogs and
 * the counsellor's summary read. It is produced once per message by an `Understander`, in two
 * steps: a synchronous first look (danger and language, in-process, never failing, so the 112
 * answer never waits for anything) and the rest (intent, form, signals, questions and the facts the
 * message told), which may use a remote recognizer with the local one as fallback.
 *
 * It holds categories and facts, never the message text.
 */
import { z } from 'zod';
import {
  formSchema,
  intentSchema,
  signalSchema,
  type Form,
  type Intent,
  type KnownForm,
  type Language,
  type NluLocale,
  type Signal,
} from '../nlu/recognizer';
import type { OtherLanguage } from '../nlu/language';
import type { TextAnalysis } from '../nlu/text/analyse';

/** `unsure`: the model cannot tell; the bot asks one direct question instead of guessing. */
export const DANGER_LEVELS = ['acute', 'unsure', 'none'] as const;
export type DangerLevel = (typeof DANGER_LEVELS)[number];

/** What a citizen turn told of the story's time: `away` from now (the past, left, no danger now) or danger `now` (src/safety/storyTime.ts). */
export const STORY_TIMES = ['away', 'now'] as const;
export type StoryTime = (typeof STORY_TIMES)[number];

/** What the screen said of an earlier citizen turn of the same conversation (no text): its look's `danger.level` and `danger.score`. */
export interface EarlierTurn {
  level: DangerLevel;
  score: number;
  /** What the turn told of the story's time; absent when it told none (and in sessions kept before round 36). */
  time?: StoryTime;
  /**
   * The turn set the time away by saying no one is in danger now ("nee" to the danger question, "nee
   * nu niet, ik ben thuis"), not only by telling the story in the past; absent otherwise (and in
   * sessions kept before round 48).
   */
  denied?: boolean;
}

export interface DangerAssessment {
  level: DangerLevel;
  /** Thoughts of suicide, direct or indirect: 113 / 0800-0113, with care. Implies level 'acute'. */
  suicidal: boolean;
  /** Ids of the situations or rules that decided (for logs and counsellor alerts); never text. */
  reasons: string[];
  /** The model's probability of acute danger, 0..1, for evaluation and tuning. */
  score: number;
}

/** Who the worry is about, from the writer's point of view. */
export const ABOUT_WHOM = ['self', 'other', 'professional'] as const;
export type AboutWhom = (typeof ABOUT_WHOM)[number];

/** What the person of concern is to the writer (closed set: statistics and question policy use it). */
export const RELATIONS = [
  'child',
  'sibling',
  'parent',
  'grandchild',
  'extended_family',
  'partner',
  'ex_partner',
  'friend',
  'classmate',
  'neighbour',
  'colleague',
  'pupil',
  'client',
  'acquaintance',
  'stranger',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** The citizen's own questions, answered before the bot continues its own. */
export const QUESTION_TOPICS = [
  'anonymity',
  'privacy',
  'police',
  'after_report',
  'is_it_trafficking',
  'signals',
  'counsellor',
  'consequences',
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

/**
 * Facts a citizen can tell, kept for the whole conversation so the bot never asks for them again.
 * `null` means unknown. A message's `facts` holds only what that message told.
 */
export const toldFactsSchema = z.object({
  aboutWhom: z.enum(ABOUT_WHOM).nullable(),
  relation: z.enum(RELATIONS).nullable(),
  minor: z.boolean().nullable(),
  /**
   * Whether `minor: true` rests only on the writer's guess ("looks maybe 16", "like 15 or 16", "een
   * jonge jongen"): true then, false where under 18 was told in so many words, null where no minor is
   * told. `minor` itself means what it always did (a guessed minor still gets the help for a minor).
   */
  minorGuessed: z.boolean().nullable(),
  age: z.number().int().min(0).max(120).nullable(),
  /** The place as the citizen named it (village, neighbourhood, town). */
  place: z.string().max(120).nullable(),
  /** Official Dutch municipality name, and the Veilig Thuis region it belongs to. */
  municipality: z.string().max(80).nullable(),
  region: z.string().max(80).nullable(),
  canLeave: z.boolean().nullable(),
  documentsHeld: z.boolean().nullable(),
  debts: z.boolean().nullable(),
  housingTiedToWork: z.boolean().nullable(),
});
export type ToldFacts = z.infer<typeof toldFactsSchema>;
export type FactKey = keyof ToldFacts;

export function noFacts(): ToldFacts {
  return {
    aboutWhom: null,
    relation: null,
    minor: null,
    minorGuessed: null,
    age: null,
    place: null,
    municipality: null,
    region: null,
    canLeave: null,
    documentsHeld: null,
    debts: null,
    housingTiedToWork: null,
  };
}

/** Later messages add to what is known; a told fact is never overwritten by "unknown". */
export function mergeFacts(known: ToldFacts, told: Partial<ToldFacts>): ToldFacts {
  const next = { ...known };
  for (const key of Object.keys(told) as FactKey[]) {
    const value = told[key];
    if (value !== null && value !== undefined) (next as Record<FactKey, unknown>)[key] = value;
  }
  return next;
}

/** The danger-first part: available before state, dialogs or any remote service is touched. */
export interface FirstLook {
  danger: DangerAssessment;
  /** The language the message is written in ('other': neither Dutch nor English). */
  language: Language;
  /** For 'other': which language, when it can be told (ISO 639-1: pl, ro, bg, uk, ru, ar, tr, es, pt, hu...). */
  otherLanguage?: OtherLanguage;
  /** For 'nl' or 'en': part of the message is in this other language (an interpreter may help). */
  mixedWith?: OtherLanguage;
  /** No word in the message told its language ("ok", "nie wiem", "15"): `language` is the conversation's. */
  languageUnclear?: boolean;
}

export interface Understanding extends FirstLook {
  intent: Intent;
  intentScore: number;
  intents?: Partial<Record<Intent, number>>;
  /** The form of the situation the message tells (`unknown`: none told, or it cannot be told which). */
  form: Form;
  formScore: number;
  /**
   * The form a question that tells no situation asks about ("hoe herken je een loverboy?": sexual;
   * "what are signs of forced labour?": labour), kept apart from `form` (form49, ADR 0006): the
   * guidance follows the form told, else this one; statistics and the counsellor's summary read
   * `form` alone. Absent when the message tells a form, is a story, or names none.
   */
  askedForm?: KnownForm;
  signals: Signal[];
  questions: QuestionTopic[];
  /** What this message told (only the keys it told). */
  facts: Partial<ToldFacts>;
}

/** What the conversation so far tells the understanding of the next message. */
export interface UnderstandingContext {
  /** The language the conversation is in now (starts as the page's). */
  locale: NluLocale;
  /** The fact or check the bot asked for last, so "15" or "in Tiel" can be read as its answer. */
  awaiting?: FactKey | 'dangerCheck' | null;
  /**
   * What the danger screen said of the citizen's earlier turns in this conversation, oldest first
   * (each look's `danger.level` and `danger.score`). With them a turn is read in its conversation
   * (src/safety/turnContext.ts): a short answer or a question after the danger was read is not asked
   * about again on its words alone. Without them each message is read alone.
   */
  earlier?: readonly EarlierTurn[];
  /**
   * The last bot turn asked "is er nu gevaar?" in other words than the danger question (its danger
   * reply, "is the danger still there?"): a message that opens with a "no" is read as its answer,
   * lowered only where the answer reader says so (src/safety/dangerAnswer.ts `readAsAnswer`).
   */
  askedDangerNow?: boolean;
  /**
   * This message tells the story the bot has not yet heard (src/bot/readInConversation.ts
   * `tellsTheStory`): read in its conversation, it keeps the danger question only where the model
   * reads danger in it (src/safety/turnContext.ts).
   */
  storyUntold?: boolean;
}

export const understandingSchema = z.object({
  danger: z.object({
    level: z.enum(DANGER_LEVELS),
    suicidal: z.boolean(),
    reasons: z.array(z.string()),
    score: z.number().min(0).max(1),
  }),
  language: z.enum(['nl', 'en', 'other']),
  otherLanguage: z.string().min(2).max(3).optional(),
  mixedWith: z.string().min(2).max(3).optional(),
  languageUnclear: z.boolean().optional(),
  intent: intentSchema,
  intentScore: z.number().min(0).max(1),
  form: formSchema,
  formScore: z.number().min(0).max(1),
  askedForm: formSchema.exclude(['unknown']).optional(),
  signals: z.array(signalSchema),
  questions: z.array(z.enum(QUESTION_TOPICS)),
  facts: toldFactsSchema.partial(),
});

export interface Understander {
  readonly name: string;
  /**
   * Synchronous and in-process; never throws. Runs first on every message, in every state. A second
   * look at the same text in the same turn (another language, or as the answer to the bot's
   * question) passes the earlier look, so the danger screen runs once per message.
   */
  firstLook(text: string, context: UnderstandingContext, earlier?: FirstLook): FirstLook;
  /** The rest, reusing the first look (the danger screen runs once per message). Never throws. */
  understand(text: string, look: FirstLook, context: UnderstandingContext): Promise<Understanding>;
  /**
   * The analysis of `text` (its words and sentences) that the screen made for `look`, when the look
   * is of this text: a later check of the same message in the turn reads it instead of analysing the
   * text again. Undefined for any other look (a copy, a failed screen); optional for understanders
   * that keep none, whose callers analyse the text themselves.
   */
  analysisOf?(look: FirstLook, text: string): TextAnalysis | undefined;
}

export const isAcute = (danger: DangerAssessment): boolean => danger.level === 'acute' || danger.suicidal;
