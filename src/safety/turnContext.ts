/**
 * The danger reading of one turn of a conversation, with the turns before it. The message model
 * (screen.ts) reads each message alone and was tuned on single messages; in a conversation most
 * turns after the opening are short answers, questions about what happens after a report, or more
 * of a story, and read alone many land in the unsure band: on the tuning conversations the danger
 * question was asked on one in seven turns that told no danger now.
 *
 * From the second turn on, a turn in the unsure band is not asked about when nothing in it tells
 * danger itself: the model reads its words (so the question would be understood, and the model
 * would have seen a danger told in them), its score is under the `sure` threshold, and it names no
 * situation of danger now (`dangerNamed`). Danger told earlier is not forgotten by this: the bot
 * keeps 112 in view after a turn read acute, and the conversation's first message, every message
 * read alone and the answer to the danger question are not changed. 112 at once is changed only where
 * it rests on a middling score alone (`acuteOnScoreAlone`, round 19): then the turn gets the
 * question instead (before round 27 nothing, unless it was never silent).
 *
 * Tried first and not kept: a small learned model over the turn's own reading and the earlier
 * turns' scores (trained on the older tuning conversations, threshold chosen so that acute turns
 * stay found). Allowed to decide 112 too, it moved 112 at once from 0.75 to 0.40 of the acute turns
 * of the held-out conversations; allowed only to lower the unsure band, its threshold went to the
 * top of the grid, so it said no more than this rule, and without the guards below it dropped turns
 * that first told a danger (a door locked from outside in Indonesian, a padlock on the outside).
 */
import { z } from 'zod';
import type { ReadMessage } from '../nlu/model/reader';
import type { DangerAssessment, EarlierTurn } from '../understanding/understanding';
import { toldInAPastStory } from './nearNow';
import { BACKGROUND_SITUATIONS, NOT_NOW } from './situations';
import { tellsALastingThreat, tellsOnlyAPresentCondition } from './presentCondition';
import { establishedTime, storyTimeSchema, tellsANowOfItsOwn, toldAwayFromNow } from './storyTime';
import { conceptsInReasons } from './reasonConcepts';
import { writtenInDutchOrEnglish } from './writtenInOurs';

/** An earlier turn as the session stores it: the type is the understanding port's (safety depends on it, not it on safety). */
export const earlierTurnSchema: z.ZodType<EarlierTurn> = z.object({
  level: z.enum(['none', 'unsure', 'acute']),
  score: z.number().min(0).max(1),
  // Absent in sessions kept before round 36: the turn told no time (storyTime.ts).
  time: storyTimeSchema.optional(),
  // Absent in sessions kept before round 48: the time was not set by a denial (storyTime.ts).
  denied: z.boolean().optional(),
});

/**
 * Made once: building a zod array schema costs more than checking a session's few turns with it (by a
 * CPU profile of the bot's turn, ~0.9 % of it when it was made on every call, once or twice a turn).
 */
const earlierTurnsSchema = z.array(earlierTurnSchema);

/**
 * The earlier turns as a stored session holds them, checked: a session kept before a field was added
 * reads without it; one that does not parse (an older or damaged shape) reads as no earlier turns,
 * which is the message read alone, never less strict.
 */
export function earlierTurnsOf(stored: unknown): EarlierTurn[] {
  const parsed = earlierTurnsSchema.safeParse(stored ?? []);
  return parsed.success ? parsed.data : [];
}
export type { EarlierTurn };

/**
 * Named situations that do not keep the question on their own: a time ("vanavond"), 112 or the
 * police named ("moet ik 112 bellen?", the usual question after the bot named it), a place or means,
 * a plea, tiredness, contact in secret. On the older tuning conversations these made about 100 of
 * the 130 calm turns that a named situation kept in the band.
 */
export const WEAK_NAMED: ReadonlySet<string> = new Set(['soon', 'alarm', 'suicide_means', 'call_for_help', 'exhausted', 'secret_contact']);

/**
 * Reasons of an unsure reading that come from more than the message's score: kept as they are. A
 * story told only at a distance that the model reads over its acute threshold (screen.ts, nearNow.ts
 * `toldAtDistance`, round 26) is asked about instead of answered with 112; dropping that question
 * too would leave a danger still going on without any 112.
 */
const KEEP_REASONS: ReadonlySet<string> = new Set(['window.acute', 'screen.unreadable', 'screen.failed', 'screen.told_at_distance']);

/**
 * A situation of danger named (not background or weak), not negated, with no distance from now in the
 * message. With `hearsayCounts`, a threat passed on ("ze zeggen ik moet 800 terug of vanavond weer een
 * rit doen") is named as well: hearsay is how the one threatened tells it.
 */
export function dangerNamed(read: ReadMessage, hearsayCounts = false, besides: ReadonlySet<string> = NONE_BESIDES): boolean {
  const situations = read.situations.filter((h) => !h.negated).map((h) => h.concept);
  const distances = read.distances.filter((d) => !d.negated).map((d) => d.concept);
  // A hiding place while someone pursues now reads as no safety in the reader itself (situations.ts `safeNowUnlessSought`).
  return (
    situations.some((c) => !BACKGROUND_SITUATIONS.has(c) && !WEAK_NAMED.has(c) && !besides.has(c)) &&
    !distances.some((c) => NOT_NOW.has(c) && !(hearsayCounts && c === 'third_hand'))
  );
}

const NONE_BESIDES: ReadonlySet<string> = new Set();

/**
 * Situations that keep no question in the unsure band on a later turn or in the first account of the
 * story: someone ill ("sinds haar moeder ziek is", "boete omdat ik ziek was") is the story's
 * background; illness is a danger when care is withheld, which names its own situation (`no_care`),
 * or when the model reads it over its threshold. So is someone brought, picked up or sent with no
 * time of today or now beside it (calm32): the `moved` lexicon is the verbs of taking and bringing
 * ("een busje haalt ze om 5 uur op", "hij moet pakketjes wegbrengen", "ze regelen een paspoort, hij
 * moet volgende maand vertrekken"), and the danger is a move about to happen, told with its
 * time ("vanavond haalt hij haar op"): that sentence is never silent (nearNow.ts `nearDanger`,
 * `MessageTrust.neverSilent`), so it keeps its question without this. (112 on a middling score keeps
 * `dangerNamed` as it was: an acute reading is lowered only to the question, never for these alone.)
 */
const STORY_BACKGROUND: ReadonlySet<string> = new Set(['illness', 'moved']);

/** What the screen knows of the message beyond its reading. */
export interface MessageTrust {
  /** The model reads most of its words (screen.ts READABLE_SHARE). */
  readable: boolean;
  /** Its danger score is at or over the `sure` threshold. */
  overSure: boolean;
  /** Its danger score is at or over the `acute` threshold (in the band only for naming no situation). */
  overAcute?: boolean;
  /**
   * The message tells the story the bot has not yet heard (src/bot/readInConversation.ts
   * `tellsTheStory`): the first account of the worry, before the guidance or the danger question.
   */
  storyUntold?: boolean;
  /**
   * Someone held, hurt or threatened, or a danger told for today or now in its own sentence
   * (screen.ts `heldOrHurtNamed`, nearNow.ts): never silent, whatever the turn.
   */
  neverSilent?: boolean;
  /**
   * Half its words or more are frequent Dutch or English words (writtenInOurs.ts): a message the
   * model reads poorly for its content words ("notaris", "zakelijke rekening", "oost europees"), not
   * for its language. Measured from the reading when absent.
   */
  writtenInOurs?: boolean;
}

/**
 * Reasons of an acute reading that come from more than the model's score and the situations beside
 * it (suicidal thoughts, an explicit alarm, a cry or a situation in words the model reads poorly,
 * danger now told in the writer's own words, dangerAnswer.ts `dangerToldNow`): such a reading is
 * never lowered.
 */
const ACUTE_BY_RULE = /^(floor\.|model\.suicidal$|told\.)/u;

/**
 * 112 at once on a later turn that rests on a middling score alone (ADR 0006 round 19): the model
 * is under its `sure` threshold, reads the words, no earlier turn was read acute, and the turn names
 * no situation of danger now (`dangerNamed`). On the tuning conversations these were stories of
 * pay, papers and debts told as answers ("Een van hen zei dat de man die huurt hun loon ontvangt",
 * "is there somebody i can talk on phone tomorrow?", "my son is 16, he is stealing in shops"): ten
 * calm turns before any danger was told got 112 this way against one acute turn, a threat for
 * tonight told as hearsay, which is why hearsay does not take a named danger away here.
 */
function acuteOnScoreAlone(read: ReadMessage, danger: DangerAssessment, earlier: readonly EarlierTurn[], message: MessageTrust): boolean {
  return (
    danger.level === 'acute' &&
    message.readable &&
    !message.overSure &&
    !danger.reasons.some((r) => ACUTE_BY_RULE.test(r)) &&
    earlier.every((e) => e.level !== 'acute') &&
    !dangerNamed(read, true) &&
    !criesForHelp(read)
  );
}

/**
 * A cry for help in the message ("HELP!!!", "help"): weak for keeping the danger question (a plea in
 * a calm story, WEAK_NAMED), but never a middling score alone for 112. Since round 27 the bot reads a
 * later turn in its conversation before the 112, and "HELP!!!" after "About someone else" (acute
 * 0.445, the cry its only situation) lost its 112 there. A plea told at a distance ("vorige week
 * fluisterde ze 'please help me'") is the story's, as a named danger at a distance is (`dangerNamed`).
 */
function criesForHelp(read: ReadMessage): boolean {
  return (
    read.situations.some((h) => !h.negated && h.concept === 'call_for_help') &&
    !read.distances.some((d) => !d.negated && NOT_NOW.has(d.concept) && d.concept !== 'third_hand')
  );
}

/**
 * The screen's reason for a reading over the acute threshold lowered to the question for its distance
 * from now ("toen ik wegging deed hij een hangslot op de deur"): kept by the story's time as well.
 */
const AWAY_FROM_NOW_REASON = 'screen.away_from_now';

/** The reason of a reading the story's time made calm (see `calmByTheStorysTime`). */
export const STORY_TIME_REASON = 'turn.storyTime';

/**
 * A later detail of a story whose time the conversation has set away from now (storyTime.ts: the
 * past, "she has left", "no one is in danger now", told by an earlier turn and not opened since by a
 * danger told now): a counsellor who has heard when it happened reads the next detail in that time.
 * In the unsure band, a detail that brings no now of its own (`tellsANowOfItsOwn`) gets no danger
 * question; read acute on the model's score, one that itself tells what it names away from now
 * (`toldAwayFromNow`: "toen sloot hij haar op", "last year he took my passport") gets neither 112
 * nor the question. Kept as read: a now of its own (a "now" of a moment, a time for today, a cry,
 * 112 or the police named, a rule, a "yes"), someone held or hurt or a danger for today in its own
 * sentence (`neverSilent`), words the model reads poorly, the screen's own guards, a message the model
 * is sure of in the unsure band, and an acute reading in the present tense with no distance of its
 * own (112 at once stays for what may be happening now; lowered only to the question by
 * `acuteOnScoreAlone` as before). Null: the reading is not changed here.
 */
function calmByTheStorysTime(
  read: ReadMessage,
  danger: DangerAssessment,
  earlier: readonly EarlierTurn[],
  message: MessageTrust,
): DangerAssessment | null {
  if (establishedTime(earlier) !== 'away') return null;
  if (tellsANowOfItsOwn(danger.reasons) || message.neverSilent === true || !message.readable) return null;
  if (danger.reasons.some((r) => KEEP_REASONS.has(r) || ACUTE_BY_RULE.test(r) || r === AWAY_FROM_NOW_REASON)) return null;
  // In the unsure band the model may be sure of the words while the reader names no danger beyond the
  // story's background (a debt, pay, papers): that doubt is the story's, and its time is set. A message
  // the model is sure of that names a danger keeps its question.
  const unsureCalm = !message.overSure || !dangerNamed(read, true, STORY_BACKGROUND);
  const calm = danger.level === 'unsure' ? unsureCalm : danger.level === 'acute' && toldAwayFromNow(danger.reasons);
  if (!calm) return null;
  return { ...danger, level: 'none', reasons: [STORY_TIME_REASON, ...danger.reasons.filter((r) => !r.startsWith('model.'))] };
}

/** The reason of a reading a present condition made calm (see `calmByThePresentCondition`). */
export const PRESENT_CONDITION_REASON = 'turn.presentCondition';

/** Reasons that tell of now beyond the message's words: an answer to the danger question, danger told now, a window of acute turns. */
const NOW_BY_RULE = /^(answer\.|told\.|window\.)/u;

/**
 * A later turn that tells a present condition and nothing of now beyond it (presentCondition.ts,
 * round 37): "nu zeggen ze dat ik 2000 euro schuld heb", "now he say the room cost more". A counsellor
 * hears where the story stands, not a danger at this moment, and neither says 112 nor asks whether
 * someone is in danger now. Only while no earlier turn was read acute, where the model reads the
 * words, the message is not never silent (someone held or hurt, a danger for today in its own
 * sentence), and no rule, answer, window or distance guard of the screen read it: a threat, a
 * deadline "or else", someone held, a time of today or a cry joined to the debt keeps its reading.
 * Null: the reading is not changed here.
 */
function calmByThePresentCondition(
  read: ReadMessage,
  danger: DangerAssessment,
  earlier: readonly EarlierTurn[],
  message: MessageTrust,
): DangerAssessment | null {
  if (danger.level === 'none' || !message.readable) return null;
  if (earlier.some((e) => e.level === 'acute')) return null;
  if (danger.reasons.some((r) => KEEP_REASONS.has(r) || ACUTE_BY_RULE.test(r) || NOW_BY_RULE.test(r) || r === AWAY_FROM_NOW_REASON))
    return null;
  if (message.neverSilent !== true && tellsOnlyAPresentCondition(read))
    return { ...danger, level: 'none', reasons: [PRESENT_CONDITION_REASON, ...danger.reasons.filter((r) => !r.startsWith('model.'))] };
  // A threat is never silent by the screen's rule (heldOrHurtNamed); one that only keeps the condition
  // in place, with no time and nothing else of now, is the condition's (presentCondition.ts
  // `tellsALastingThreat` checks that nothing else held, hurt or timed is named).
  if (tellsALastingThreat(read))
    return { ...danger, level: 'none', reasons: [LASTING_THREAT_REASON, ...danger.reasons.filter((r) => !r.startsWith('model.'))] };
  return null;
}

/** The reason of a reading a threat with no time, joined to a present condition, made calm (see `calmByThePresentCondition`). */
export const LASTING_THREAT_REASON = 'turn.lastingThreat';

/** The reason of a reading lowered to the question for a story told in its past (see `askedForAPastStory`). */
export const PAST_STORY_REASON = 'turn.pastStory';

/**
 * 112 at once on a later turn that tells a moment of the past ("Gisteren kwam een van de twee met
 * een dikke lip op het werk. Hij zei dat hij gevallen was, maar zijn maat vertelde later dat de man
 * van het bureau hem geslagen had"): every danger it names sits in a sentence of a past day or told
 * on in the past tense after one (nearNow.ts `toldInAPastStory`), and nothing in it is of now. A
 * counsellor who hears what happened yesterday asks whether someone is in danger now; the bot asks
 * the danger question (112 is in it) instead of answering as if the danger were happening. On the
 * dialog tuning conversations the 112 on such turns came only on turns their writers marked calm,
 * and each drew "is the danger still there?" and the reminder on the turns after it.
 * Only while no earlier turn was read acute (after danger, a detail of yesterday may be the same
 * danger going on), where the model reads the words, and never for a reading by rule (a cry, an
 * alarm, danger told now, thoughts of suicide). Lowered to the question, never to silence.
 */
function askedForAPastStory(
  read: ReadMessage,
  danger: DangerAssessment,
  earlier: readonly EarlierTurn[],
  message: MessageTrust,
): DangerAssessment | null {
  if (danger.level !== 'acute' || !message.readable) return null;
  if (earlier.some((e) => e.level === 'acute')) return null;
  if (danger.reasons.some((r) => ACUTE_BY_RULE.test(r) || NOW_BY_RULE.test(r))) return null;
  if (!toldInAPastStory(read)) return null;
  const reasons = danger.reasons.filter((r) => !r.startsWith('model.'));
  return { ...danger, level: 'unsure', reasons: [PAST_STORY_REASON, 'model.unsure', ...reasons] };
}

/** The reason of a first account lowered to the question for telling nothing of now (see `askedForAFirstAccount`). */
export const FIRST_ACCOUNT_REASON = 'turn.firstAccount';

/**
 * Situations that are near by their nature beyond the ones that are a now of their own
 * (storyTime.ts `tellsANowOfItsOwn`): a deadline or an "or else", silence or someone missing since,
 * hiding, being pursued, an alarm in plain words (nearNow.ts NEAR_BY_NATURE).
 */
const NEAR_SITUATIONS: ReadonlySet<string> = new Set(['deadline', 'or_else', 'silence', 'missing', 'hiding', 'pursued', 'explicit_alarm']);

/**
 * 112 at once on the first account of the story (`storyUntold`: the story told after a greeting, a
 * question or the role's answer, read by the main model as a first message is, round 45) that tells
 * nothing of now (round 47, acute47): no "now" in its words, no time of today, no moment
 * (`tellsANowOfItsOwn`), nobody held, hurt or threatened and no danger for today in a sentence of its
 * own (`neverSilent`), nothing near by its nature (a deadline, silence since, someone missing or
 * pursued), no rule. The welcome asked whether anyone is in danger now and named 112; a counsellor
 * who then hears what has been going on ("na school wordt ze steeds opgepikt door oudere jongens",
 * "vorige week mocht hij niet naar de dokter") asks whether someone is in danger now rather than
 * answering as if it were happening. The bot asks the danger question (112 is in it). Only while no
 * earlier turn was read acute and where the model reads the words. Lowered to the question, never to
 * silence. A first message is read as it always was.
 */
function askedForAFirstAccount(danger: DangerAssessment, earlier: readonly EarlierTurn[], message: MessageTrust): DangerAssessment | null {
  if (message.storyUntold !== true || danger.level !== 'acute' || danger.suicidal || !message.readable) return null;
  if (message.neverSilent === true || earlier.some((e) => e.level === 'acute')) return null;
  if (danger.reasons.some((r) => ACUTE_BY_RULE.test(r) || NOW_BY_RULE.test(r) || KEEP_REASONS.has(r))) return null;
  if (tellsANowOfItsOwn(danger.reasons) || conceptsInReasons(danger.reasons, 'situation').some((c) => NEAR_SITUATIONS.has(c))) return null;
  const reasons = danger.reasons.filter((r) => !r.startsWith('model.'));
  return { ...danger, level: 'unsure', reasons: [FIRST_ACCOUNT_REASON, 'model.unsure', ...reasons] };
}

/** The reading of a turn in its conversation: the message's own reading, or none instead of unsure (see the header). */
export function assessTurn(
  read: ReadMessage,
  danger: DangerAssessment,
  earlier: readonly EarlierTurn[],
  message: MessageTrust,
): DangerAssessment {
  if (earlier.length === 0 || danger.suicidal) return danger;
  const byTime = calmByTheStorysTime(read, danger, earlier, message);
  if (byTime !== null) return byTime;
  const byCondition = calmByThePresentCondition(read, danger, earlier, message);
  if (byCondition !== null) return byCondition;
  const byPastStory = askedForAPastStory(read, danger, earlier, message);
  if (byPastStory !== null) return byPastStory;
  const firstAccount = askedForAFirstAccount(danger, earlier, message);
  if (firstAccount !== null) return firstAccount;
  // Lowered to the question, never to silence: the model read the message over its acute threshold,
  // and the rule is no silent guess. Until round 27 this reading came only after the 112 had
  // gone out; since the bot reads a later turn in its conversation before the 112 (calm27), a lowering
  // to nothing would have left a danger the model saw without 112 and without the question.
  if (acuteOnScoreAlone(read, danger, earlier, message)) {
    const reasons = danger.reasons.filter((r) => !r.startsWith('model.'));
    return { ...danger, level: 'unsure', reasons: ['turn.unsure', 'model.unsure', ...reasons] };
  }
  if (danger.level !== 'unsure') return danger;
  // A message the model reads poorly (another language: "pintu dikunci dari luar") keeps its
  // question, and so does one the model is sure of, in the band only for a word of the past beside
  // it ("toen ik wegging deed hij een hangslot op de deur"): on the tuning conversations those were
  // the turns that first told a danger and would have lost it. (Keeping every turn over the acute
  // threshold while no earlier turn had 112 or the question kept 21 more calm turns in the band on
  // the held-out conversations and not one acute turn.)
  // Nor a turn that is never silent (someone held or hurt, a danger told for tonight in its own
  // sentence: "vanavond al. hij haalt haar om 8 uur op", safety19).
  // Nor the first account of the story that the model reads over its acute threshold while the
  // reader names no situation in it ("mijn zus durft niet terug naar haar kamer"): there the words
  // the reader misses are the danger, and the question is the net (round 24). Under it, with no
  // danger named and nobody held or hurt, the story gets its follow-up after the welcome's "is
  // someone in danger now? call 112" (calm30; src/bot/readInConversation.ts).
  // Read poorly for another language, not for the content words of a Dutch or English message: in
  // our languages the situation readers see a danger told (dangerNamed, neverSilent below), and on the
  // dialog tuning sets such turns ("Ik heb toen getekend bij de notaris en een zakelijke rekening
  // geopend", "weet ik niet, ze praten een taal die ik niet ken") were calm details asked about (round 40).
  // Only while no earlier turn was read acute: after danger, a doubt in broken English ("if police
  // come, is problem for us?") keeps danger in view, and turns labelled acute lost their 112 without it.
  const ourWords = (message.writtenInOurs ?? writtenInDutchOrEnglish(read)) && earlier.every((e) => e.level !== 'acute');
  if (
    !(message.readable || ourWords) ||
    message.overSure ||
    (message.storyUntold === true && message.overAcute === true) ||
    message.neverSilent ||
    dangerNamed(read, false, STORY_BACKGROUND) ||
    danger.reasons.some((r) => KEEP_REASONS.has(r) || r.startsWith('told.'))
  )
    return danger;
  return { ...danger, level: 'none', reasons: ['turn.none', ...danger.reasons.filter((r) => !r.startsWith('model.'))] };
}
