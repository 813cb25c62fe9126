/**
 * Danger told in a conversation and what the bot keeps saying about it. A counsellor names 112
 * (and 113 after thoughts of suicide) when danger is told, in the turns right after it ("is the
 * danger still there?"), and again only when danger comes into view anew: not at every later turn,
 * which reads as not listening and wears the number out. Danger stays *in view* for the
 * conversation until the citizen says no one is in danger now (so "should I call 112?" is answered
 * with "yes, now"), but the reminder is added only in that window.
 *
 * A message that has moved on from the danger (a thank-you, or only a question of what comes next)
 * gets no line again at all; a message that tells danger again gets 112 (and 113) again. After
 * thoughts of suicide, 113 is given at once and with care, and named again only when the citizen's
 * words call for it (see `suicideLineAgain`): the story goes on.
 *
 * A 112 that rested on the model's score (no rule, no danger named now, no "yes") is settled by a
 * calm next message without an explicit "no" (see `settledAfterScoreOnly`): a counsellor who misread
 * a message stops repeating the number when the next one shows that nothing is happening now.
 *
 * Pure: the bot edge (HelplineBot) watches what a turn sends and adds the reminder when needed.
 */
import { analyseText, type TextAnalysis } from '../nlu/text/analyse';
import { ConceptMatcher } from '../nlu/text/concepts';
import { TOPIC_LEXICON } from '../nlu/topics';
import { conceptsInReasons } from '../safety/reasonConcepts';
import { tellsHelpComing } from '../safety/helpComing';
import { HELD_OR_HURT, NOW_EVENT_REASON } from '../safety/screen';
import { SUICIDE_WORDING } from '../safety/situations';
import { WEAK_NAMED } from '../safety/turnContext';
import { dangerSituations } from '../triage/dangerQuestion';
import type { QuestionTopic } from '../understanding/understanding';

export interface DangerView {
  /** Danger told in this conversation and not denied since. */
  acute: boolean;
  /** Thoughts of suicide told in this conversation. */
  suicidal: boolean;
  /** Citizen messages since danger was last told (0: this one). Absent in sessions kept before it. */
  since?: number;
  /**
   * The danger in view came from a tentative reading (see `tentativeAlarm`): its 112 was said when
   * it was read, and the turns after it name 112 again only when they read unsure themselves.
   */
  tentative?: boolean;
  /**
   * The danger in view came from the model's score alone (see `scoreOnlyAlarm`): its 112 was said when
   * it was read, and a calm next message ends it (see `settledAfterScoreOnly`).
   */
  scoreOnly?: boolean;
  /**
   * A 112 on the score alone that the next message showed to be a false alarm (see
   * `settledAfterScoreOnly`): 112 stays in view for "moet ik 112 bellen?" and a danger told again is
   * answered as one told before (the short reply), but no still-now line, reminder or 112 route
   * follows until danger is read again.
   */
  settled?: boolean;
  /**
   * 113 is in view only because danger came in words the bot cannot read (see `nextDangerView`),
   * not because thoughts of suicide were read: after that turn it is named again as 112 is, only
   * while the citizen goes on about danger.
   */
  suicidalUnread?: boolean;
  /**
   * The danger in view is thoughts of suicide alone: no danger from others was read with them or in
   * the turns right before them. After the turn that gave 113, such a view names no 112 or 113 again
   * unless the citizen's words call for it (see `suicideLineAgain`). Absent in sessions kept before it.
   */
  onlySuicidal?: boolean;
  /** The one short 113 line at a natural end (a hand-off asked, a goodbye) was said. */
  closingSaid?: boolean;
  /**
   * The danger situations named by the readings that brought the danger in view (since it last came
   * into view from nothing): what the citizen already had 112 for (see `repeatsDangerInView`).
   * Absent in sessions kept before it.
   */
  named?: string[];
  /**
   * A reading since the danger came into view told someone held, hurt or threatened at this moment (see
   * `heldOrHurtNow`). Absent in sessions kept before it.
   */
  lasting?: boolean;
}

export const NO_DANGER_IN_VIEW: DangerView = { acute: false, suicidal: false };

/**
 * The turns after the danger turn that still carry the line: the two right after it (a citizen in
 * danger goes on about what to do, "moet ik de politie bellen?", "krijg ik zelf gezeik?", while the
 * danger is still there; the dialog sets' writers mark those turns acute as well).
 */
const REMINDER_TURNS = 2;

/**
 * The danger score from which a reading of acute danger is firm. Below it the model put the message
 * not far over its acute threshold (0.20 at this training; its "sure" threshold 0.62). On the dialog
 * tuning sets most turns after such a reading that named 112 again had no danger told at all, while
 * the readable alarms whose next turn the writers marked acute lay at 0.81 and above, or their next
 * turn read unsure itself (and so named 112 anyway). 0.7 leaves a margin below them; at 0.9 one
 * was lost. Re-check after a retraining that moves the scores.
 */
export const FIRM_SCORE = 0.7;

/** Reasons that make a reading firm whatever its score: danger said in plain words, or "yes" to the danger question. */
const FIRM_REASONS: ReadonlySet<string> = new Set([
  'floor.explicit_alarm',
  'floor.cry_unread',
  'answer.danger_now',
  'answer.no_but_danger',
]);

/**
 * A reading of acute danger the bot answered with 112 but that may be a false alarm: no thoughts of
 * suicide, no plain cry or "yes", and a score just over the acute threshold. The 112 answer at that
 * turn stands; what changes is the turns after it (see `reminderNeeded`). Also in a message the bot
 * cannot read (its reply named 112 and 113 in English and Dutch): the next message in a language it
 * reads tells whether the danger goes on, and a calm one is not asked about it again. On the dialog
 * tuning sets the readable messages after such weak readings of Polish, Ukrainian or Arabic were
 * calm, and every one the writers marked acute either followed a firm reading or read unsure itself.
 * A next message the bot cannot read either leaves the danger in doubt (see `nextDangerView`).
 */
export function tentativeAlarm(danger: { suicidal: boolean; score: number; reasons: readonly string[] }): boolean {
  return !danger.suicidal && danger.score < FIRM_SCORE && !danger.reasons.some((r) => FIRM_REASONS.has(r));
}

/**
 * Reasons that are more than the model's score: a rule (a plain cry, a situation in words the model
 * reads poorly), danger told now in the writer's own words, an answer to the danger question, the
 * screen's own guards (never silent, unreadable, a window of acute turns), thoughts of suicide.
 */
const MORE_THAN_SCORE = /^(floor\.|told\.|answer\.|screen\.|window\.|model\.suicidal$)/u;

/**
 * A reading of acute danger that rests on the model's score: no reason beyond it (`MORE_THAN_SCORE`)
 * and no danger named now. A danger is not named now when the message names no situation beyond a
 * story's background and the weak ones (`WEAK_NAMED`, less `NOW_OF_ITS_OWN`), or tells what it
 * names at a distance from now (`AWAY_FROM_NOW`) and says nothing of now. On the dialog tuning sets
 * the 112s followed by a still-now line on a calm turn were mostly such readings (a story told in
 * the past, "een week of 3 geleden", a feared outcome of reporting); a 112 for
 * a danger named now, by rule or for a "yes" is not this.
 */
export function scoreOnlyAlarm(danger: { suicidal: boolean; reasons: readonly string[] }): boolean {
  if (danger.suicidal || danger.reasons.some((r) => MORE_THAN_SCORE.test(r))) return false;
  const situations = dangerSituations(danger.reasons);
  if (situations.some((s) => NOW_OF_ITS_OWN.has(s))) return false;
  if (situations.every((s) => WEAK_NAMED.has(s))) return true;
  const distances = conceptsInReasons(danger.reasons, 'distance');
  return !distances.includes('now') && distances.some((d) => AWAY_FROM_NOW.has(d));
}

/**
 * Distance that puts a named danger out of the present for this purpose: the past (also a verb in
 * the past), a "what if", a feared outcome, a general question, a film or the news. Not hearsay, nor
 * somewhere else, nor weeks or months of it: what others tell, a danger abroad and "the gate is
 * locked, she takes my phone every night" (dc-13, marked acute) may be now.
 */
const AWAY_FROM_NOW: ReadonlySet<string> = new Set(['past', 'past_verb', 'hypothetical', 'feared_consequence', 'general', 'media']);

/**
 * Weak situations (`WEAK_NAMED`) that still keep a 112 on the score, whatever the tense: a time
 * ("vanavond", "vanochtend": a danger for today is the story's now), a cry for help (calm27 keeps its
 * 112), 112 or the police named ("ik sta nu bij het hotel, moet ik 112 bellen?": the citizen is
 * weighing the call, and "ok ik bel" after it is marked acute, dh-12).
 */
const NOW_OF_ITS_OWN: ReadonlySet<string> = new Set(['soon', 'call_for_help', 'alarm']);

/**
 * Whether a message right after a 112 on the score alone settles it, without an explicit "no": it
 * reads no danger at all (not unsure, not in a language the bot cannot read) and does not go on about
 * danger (`talksOfDanger`): more of the story's past, a calm detail, a question about the procedure.
 * A counsellor who misread a message stops repeating the number when the next one shows that nothing
 * is happening now; a message that reads unsure or names a danger keeps it in view.
 */
export function settledAfterScoreOnly(view: DangerView, message: { level: string; unsure: boolean; talkOfDanger: boolean }): boolean {
  return (
    view.acute &&
    view.scoreOnly === true &&
    view.settled !== true &&
    !view.suicidal &&
    (view.since ?? 0) > 0 &&
    message.level === 'none' &&
    !message.unsure &&
    !message.talkOfDanger
  );
}

/**
 * The reason a reading carries when it was lowered for repeating the danger in view (see
 * `repeatsDangerInView`): it names no line of its own, and it is not the danger going on.
 */
export const REPEAT_REASON = 'turn.repeat';

/**
 * Reasons that make an acute reading more than a repeat whatever it names: a rule (a plain cry, an
 * explicit alarm, a situation in words the model reads poorly), danger told now in the writer's own
 * words, a "yes" to the danger question, the screen's own guards, thoughts of suicide.
 */
const NEW_BY_RULE = /^(floor\.|told\.|answer\.|screen\.|window\.|model\.suicidal$)/u;

/**
 * Whether an acute reading only repeats the danger the citizen already had 112 for, so that 112 is
 * not said again (nor the reminder or "is the danger still there?" after it): a danger was told in
 * this conversation (in view, or "no one is in danger now" said since: the story's now is set), and
 * the message tells nothing new of now. Nothing new: no rule or "yes" read
 * it (`NEW_BY_RULE`), it has no mark of now of its own (a "now" of a moment, a time for today, a
 * cry for help, 112 or the police named), and what it names is told at a distance from now or beside
 * the citizen's word that there is no danger now (`NOT_A_NEW_NOW`), or each danger situation it
 * names is one the danger in view already named and none is someone held or hurt
 * (`HELD_OR_HURT_NOW`). A counsellor who has said "call 112" for a danger does not say it again at
 * every detail the citizen adds to the same story (on the dialog tuning sets: bruises she "had",
 * a hand hurt "last month", shouting "now and then" after shouting heard). A new situation, a now, a
 * time for today, someone held or hurt told again in the present, an escalation by rule or a "yes"
 * is a new fact: 112 again (most short 112s again on the tuning sets were such). Thoughts of
 * suicide have their own rule (`suicideLineAgain`). A session kept before `named` has no repeat.
 */
export function repeatsDangerInView(
  view: DangerView | undefined,
  danger: { level: string; suicidal: boolean; reasons: readonly string[] },
  /** The message, when the caller has it: help on its way told while danger is in view (see below). */
  text?: string,
): boolean {
  // Danger told (`named` is kept from the first 112 on), still in view or denied since: after "no one
  // is in danger now" the same story told again with no new now is not a new danger either.
  if (view?.named === undefined || view.suicidal) return false;
  if (danger.level !== 'acute' || danger.suicidal) return false;
  // Help on its way or there while the danger is in view ("Politie komt eraan. Bedankt", "ok gebeld,
  // ze komen eraan"): the 112 was heard and acted on, and the police or 112 named in it is that call,
  // not a new alarm. No 112 again unless it names a danger not told before (round 39: on the dialog
  // tuning sets the writers marked every such turn read acute calm).
  if (view.acute && text !== undefined && tellsHelpComing(text)) {
    const inView = new Set(view.named);
    return dangerSituations(danger.reasons).every((s) => WEAK_NAMED.has(s) || HELP_ON_ITS_WAY.has(s) || inView.has(s));
  }
  if (danger.reasons.some((r) => NEW_BY_RULE.test(r))) return false;
  if (danger.reasons.includes(NOW_EVENT_REASON)) return false;
  const situations = dangerSituations(danger.reasons);
  if (situations.some((s) => NOW_OF_ITS_OWN.has(s))) return false;
  const distances = conceptsInReasons(danger.reasons, 'distance');
  if (distances.includes('now')) return false;
  if (distances.some((d) => NOT_A_NEW_NOW.has(d))) return true;
  // Told again in the present: the same situations only, and none of someone held or hurt ("het bloed
  // gaat door de handdoek heen" after a stabbing is the harm going on, dw-23, marked acute).
  const inView = new Set(view.named);
  return situations.every((s) => WEAK_NAMED.has(s) || (inView.has(s) && !HELD_OR_HURT_NOW.has(s)));
}

/**
 * What the reader finds in the words of help on its way itself: someone coming ("de politie komt
 * eraan" reads as someone on the way, `pursued`) and the police named (`alarm`).
 */
export const HELP_ON_ITS_WAY: ReadonlySet<string> = new Set(['pursued', 'alarm']);

/**
 * Someone held, watched, hurt, threatened, injured or denied care (screen.ts `HELD_OR_HURT` and the
 * injury itself): told again in the present, with no distance from now, it is the danger going on,
 * not a repeat, and keeps its 112.
 */
const HELD_OR_HURT_NOW: ReadonlySet<string> = new Set<string>([...HELD_OR_HURT, 'injury']);

/**
 * Distances that keep what a message names from being a new danger of now while danger is in view:
 * those that put it out of the present (`AWAY_FROM_NOW`), and the citizen's own word that there is
 * no danger now beside it ("today she is not in danger … but the madam beats her sometimes").
 */
const NOT_A_NEW_NOW: ReadonlySet<string> = new Set([...AWAY_FROM_NOW, 'denied']);

/** The reading of a message that repeats the danger in view: no danger of its own this turn (see `repeatsDangerInView`). */
export function repeatReading<T extends { level: string; reasons: readonly string[] }>(danger: T): T {
  return { ...danger, level: 'none', reasons: [REPEAT_REASON, ...danger.reasons.filter((r) => !r.startsWith('model.'))] };
}

/** A bot text that names 112 / the suicide line 113 (0800-0113): what this module and the bot check the sent texts for. */
export const EMERGENCY = /\b112\b/;
export const SUICIDE_LINE = /0800-0113|\b113\b/;

/**
 * The police or the emergency number named ("moet ik de politie bellen?", "ok ik bel 112"): the
 * understanding's own `police` topic, so the words are those its question reading knows.
 */
const police = new ConceptMatcher({ police: TOPIC_LEXICON.police });
const namesPolice = (text: string, analysis: TextAnalysis | undefined) => police.find(analysis ?? analyseText(text)).length > 0;

/**
 * A message that goes on about danger: the screen reads it unsure or acute, it names a situation of
 * danger beyond a story's background (someone held, hurt, a deadline, a call for help), or it names
 * the police or 112. On the dialog tuning sets, every turn that the writers marked acute and that
 * had its 112 only from the reminder two turns after danger was read followed or was such a message
 * (or came after thoughts of suicide); most reminders after calm messages came where no danger had
 * been told at all. A time alone ("morgen", "vanavond") is no danger of its own: "oke, ik probeer
 * morgen het kenteken te noteren" is the citizen's own plan (round 24); the danger of a time is told
 * by what happens then, which names its own situation (taken away, held, a threat).
 */
export function talksOfDanger(
  text: string,
  danger: { level: string; reasons: readonly string[] },
  /** `analyseText(text)` when the turn has it already (the screen's, see `Understander.analysisOf`). */
  analysis?: TextAnalysis,
): boolean {
  // A repeat of the danger in view adds nothing to go on about (see `repeatsDangerInView`).
  if (danger.reasons.includes(REPEAT_REASON)) return false;
  return danger.level !== 'none' || dangerSituations(danger.reasons).some((s) => s !== 'soon') || namesPolice(text, analysis);
}

/**
 * Someone held, watched, hurt, threatened, with a weapon, injured, ill or denied care
 * (`HELD_OR_HURT_NOW` and illness), told as happening at this moment (the screen's `now.event`).
 * After a 112 for it, the next message is asked "is the danger still there?" even when it tells a
 * calm detail (see `followOnCalled`): "nee hij durft niet mee naar de dokter" after "hij ligt daar met
 * koorts en die hand is helemaal dik en rood" is that danger going on in words the reader does not
 * see (dz-05, marked acute). Without the moment it is not this: "anders komen ze hem halen", "my
 * mother is sick" or a kidney to be taken "next month" are what may come or the story's background.
 */
export function heldOrHurtNow(reasons: readonly string[]): boolean {
  return reasons.includes(NOW_EVENT_REASON) && dangerSituations(reasons).some((s) => HELD_OR_HURT_NOW.has(s) || s === 'illness');
}

/** The danger in view was told as someone held, hurt or threatened now (see `heldOrHurtNow`). */
export function lastingInView(view: DangerView): boolean {
  return view.lasting === true;
}

/** What a message after a 112 says, for whether the 112 lines follow it (see `followOnCalled`). */
export interface AfterAlarm {
  /** It goes on about danger itself (`talksOfDanger`), police named only in a question of one's own risk aside (`ownRiskOnly`). */
  talk: boolean;
  /** It reads unsure, or the bot cannot read it or the one before it (see dangerTurn.ts `leavesInDoubt`): what the danger was is not yet told in words the bot reads. */
  doubt: boolean;
  /** The message before it went on about danger (as `talk`). */
  talkBefore: boolean;
  /** It only repeats the danger the citizen already had 112 for (see `repeatsDangerInView`). */
  repeat: boolean;
  /** The message before it was read as acute danger (the 112 turn), not only brought back by a doubt. */
  afterAlarm: boolean;
}

/**
 * Whether a message after the turn that said 112 gets a 112 line again ("is the danger still
 * there?", the reminder). A counsellor says 112 once, clearly, and then listens: they name it again
 * when the citizen goes on about the danger, or the message leaves it in doubt, not at a calm
 * detail (an age, a town, "will I get a criminal record?", "the bank blocked his account"). The
 * citizen going on about danger in the message before counts too, but not the 112 turn itself: its
 * danger was answered by the 112 ("ok mijn collega belt nu" after "wat moet ik tegen de politie
 * zeggen, dat ik haar verstop?" still gets it). Someone held, hurt or threatened at this moment
 * (`lastingInView`) is asked about once more whatever the next message says. A new danger gets 112 from the screen itself,
 * "ja" to the danger question is one; thoughts of suicide have their own rule (`suicideLineAgain`).
 * Round 45: on the dialog tuning halves (z to am, lines 1 to 15) the still-now line came on 27 turns
 * before any danger the writers marked, 13 with this; every turn marked acute that had its 112 from
 * these lines keeps it.
 */
export function followOnCalled(view: DangerView, turn: AfterAlarm): boolean {
  const since = view.since ?? 0;
  if (since === 0) return true;
  if (turn.repeat) return false;
  if (turn.talk || turn.doubt) return true;
  if (since >= 2 && turn.talkBefore) return true;
  return turn.afterAlarm && lastingInView(view);
}

/** Questions of the citizen's own risk: what happens to me or to them, who will know, who reads this. */
const OWN_RISK: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>(['consequences', 'anonymity', 'privacy']);

/**
 * The police or 112 named only as the subject of a question of one's own risk ("if I tell police,
 * they will send me back?", "krijgt hij een strafblad als hij naar de politie gaat?"), with no danger
 * of its own (no situation beyond a story's background and the weak ones): the citizen weighs what
 * a report costs, not a call for now. Not "moet ik de politie bellen?" (no question of risk), nor a
 * question beside a danger named ("wat moet ik tegen de politie zeggen, dat ik haar verstop?").
 */
export function ownRiskOnly(questions: readonly QuestionTopic[], danger: { level: string; reasons: readonly string[] }): boolean {
  return (
    danger.level === 'none' &&
    questions.some((q) => OWN_RISK.has(q)) &&
    dangerSituations(danger.reasons).every((s) => WEAK_NAMED.has(s) && s !== 'suicide_means')
  );
}

/**
 * Own questions that look past the danger to what comes next: whether it counts as trafficking, its
 * signs, what happens after a report. Not the citizen's own risk (consequences, anonymity, who reads
 * the chat): right after danger those come from someone still in it ("will they know it was me?").
 */
const NEXT_STEP_TOPICS: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>(['is_it_trafficking', 'signals', 'after_report']);

/**
 * A message that has moved on from the danger told before: a thank-you, or only questions about
 * what the story is and what comes next, and no word of danger itself (see `talksOfDanger`). A
 * counsellor answers it and does not ask "is the danger still there?" or name 112 again: the
 * citizen has heard it (the 112 answer of the danger turn stands, and a message that tells danger
 * again gets it again). On the dialog tuning sets no such message was marked acute by its writer,
 * while most of the 112 lines on them followed a danger reading that was a false alarm.
 */
export function movedOnFromDanger(message: { intent: string; questions: readonly QuestionTopic[] }, talkOfDanger: boolean): MovedOn {
  if (talkOfDanger) return 'no';
  if (message.intent === 'thanks') return 'thanks';
  return message.questions.length > 0 && message.questions.every((q) => NEXT_STEP_TOPICS.has(q)) ? 'question' : 'no';
}

/** How a message moved on from the danger told before: not, with a question of what comes next, or with thanks. */
export type MovedOn = 'no' | 'question' | 'thanks';

/**
 * What stays in view after a citizen message: danger screened now comes into view; "no" to the
 * direct question whether someone is in danger now takes 112 out of view, not 113 after thoughts of
 * suicide were read (a wish to die is not over because no one is in danger from others). A message the screen is unsure about,
 * while danger told before is in view ("I'm so scared she'll do something to herself"), brings it
 * back to this turn: the lines are named again.
 */
export function nextDangerView(
  before: DangerView,
  now: {
    acuteDanger: boolean;
    suicidal: boolean;
    unsure?: boolean;
    tentative?: boolean;
    scoreOnly?: boolean;
    unreadAlarm?: boolean;
    othersNamed?: boolean;
    /** The danger situations this reading names (see `DangerView.named`). */
    named?: readonly string[];
    /** This reading tells someone held or hurt now (see `heldOrHurtNow`). */
    lasting?: boolean;
  },
  saysNoDangerNow: boolean,
): DangerView {
  // Danger read in words the bot cannot read may hold thoughts of suicide it cannot see: 113 comes
  // into view with 112 (the reading itself was not of suicide, so it may still be tentative).
  const suicidal = before.suicidal || now.suicidal || now.unreadAlarm === true;
  // Thoughts of suicide read once keep 113 firm (a session kept before the field counts as read).
  const unreadOnly = suicidal && !now.suicidal && (!before.suicidal || before.suicidalUnread === true) ? { suicidalUnread: true } : {};
  const inView = before.acute || before.suicidal;
  if (now.acuteDanger || now.suicidal) {
    // A tentative reading does not weaken firm danger already in view.
    const tentative = now.tentative === true && !before.suicidal && !now.suicidal && (!inView || before.tentative === true);
    const only = suicideAlone(before, now) ? { onlySuicidal: true } : {};
    // Nor does a reading on the score alone.
    const scoreOnly = now.scoreOnly === true && !suicidal && (!inView || before.scoreOnly === true) ? { scoreOnly: true } : {};
    // What the citizen has had 112 for: the situations of every reading since the danger came into view.
    const kept = before.acute ? before.named : undefined;
    const named = now.named !== undefined || kept !== undefined ? { named: [...new Set([...(kept ?? []), ...(now.named ?? [])])] } : {};
    const lasting = now.lasting === true || (before.acute && before.lasting === true) ? { lasting: true } : {};
    return tentative
      ? { acute: true, suicidal, since: 0, tentative, ...scoreOnly, ...unreadOnly, ...only, ...named, ...lasting }
      : { acute: true, suicidal, since: 0, ...scoreOnly, ...unreadOnly, ...only, ...named, ...lasting };
  }
  const backNow = now.unsure === true && inView && !saysNoDangerNow;
  const since = backNow ? 0 : (before.since ?? 0) + 1;
  const tentative = {
    // Settled until danger comes back into view (an unsure reading brings it back to this turn).
    ...(before.settled === true && !backNow ? { settled: true } : {}),
    ...(before.tentative === true ? { tentative: true } : {}),
    ...(before.scoreOnly === true ? { scoreOnly: true } : {}),
    ...(before.onlySuicidal === true ? { onlySuicidal: true } : {}),
    ...(before.closingSaid === true ? { closingSaid: true } : {}),
    ...(before.named !== undefined ? { named: before.named } : {}),
    ...(before.lasting === true ? { lasting: true } : {}),
  };
  // 113 in view only for words the bot could not read goes out of view with 112: "no one is in
  // danger now" answers the doubt that named it. Thoughts of suicide read stay in view.
  if (saysNoDangerNow && 'suicidalUnread' in unreadOnly) return { acute: false, suicidal: false, since, ...tentative };
  if (saysNoDangerNow) return { acute: false, suicidal, since, ...tentative, ...unreadOnly };
  return { acute: before.acute || suicidal, suicidal, since, ...tentative, ...unreadOnly };
}

/**
 * Thoughts of suicide read (in words the bot reads) with no danger from others: none named in the
 * message itself, and none read in the turns right before it whose lines would still be said (a
 * danger told long before, out of the reminder turns, is not this turn's).
 */
function suicideAlone(
  before: DangerView,
  now: { suicidal: boolean; acuteDanger: boolean; othersNamed?: boolean; unreadAlarm?: boolean },
): boolean {
  if (!now.suicidal || now.othersNamed === true || now.unreadAlarm === true) return false;
  const othersBefore = before.acute && before.onlySuicidal !== true && (before.since ?? 0) < REMINDER_TURNS;
  return !othersBefore;
}

/** What a message after thoughts of suicide says, for whether 113 is named again (see `suicideLineAgain`). */
export interface AfterSuicidalThoughts {
  /** The bot cannot read the message, or it reads unsure and names a danger (see `goesUpAfterSuicidal`). */
  unsure: boolean;
  /** Its words say the thoughts are not over (src/safety/dangerAnswer.ts `thoughtsNotOver`). */
  notOver: boolean;
  /** It asks about 113 itself ("113 is free? they speak english?"): the line is the answer. */
  asks113: boolean;
  /** A natural end: it asks for a person to talk to, thanks or says goodbye, and names no 113 or 112 itself. */
  closing: boolean;
}

/**
 * Whether a turn after the one that gave 113 for thoughts of suicide names 113 again. A counsellor
 * gives 113 at once and with care, then goes on with the story: not "are you still thinking of
 * suicide? call 113" after "no, I did nothing, I have no plan", nor at every question that follows.
 * Again when the reading goes up (unsure, or words the bot cannot read), when the citizen says the
 * thoughts are not over or asks about 113; and once, short, at a natural end (a hand-off, a
 * goodbye). A new suicidal message gets 113 from the screen itself. 'closing': the line is the one
 * short line at the end (mark it said). On the dialog tuning sets the calm turns after a suicidal
 * line had 113 again about ninety times; the writers marked such a turn suicidal where it said "no
 * plan, but it is there" or "weet niet", or asked for a person.
 */
export function suicideLineAgain(view: DangerView, turn: AfterSuicidalThoughts): 'again' | 'closing' | null {
  const since = view.since ?? 0;
  if (since === 0 || turn.unsure || turn.asks113) return 'again';
  // "Maar het is er wel" answers the 113 line; a "but" in a story told later is the story.
  if (turn.notOver && since <= REMINDER_TURNS) return 'again';
  return turn.closing && view.closingSaid !== true ? 'closing' : null;
}

/**
 * An unsure reading after the turn that gave 113 that goes up from it: it names a situation of
 * danger, not only tiredness or a time ("no plan, I am just very tired" reads unsure by its words
 * alone, and is the answer to the 113 line, not a new worry).
 */
export function goesUpAfterSuicidal(reasons: readonly string[]): boolean {
  return dangerSituations(reasons).some((s) => !AFTER_SUICIDAL_CALM.has(s));
}
const AFTER_SUICIDAL_CALM: ReadonlySet<string> = new Set(['exhausted', 'soon']);

/** The message names a danger from others beside thoughts of suicide (someone held, a threat, a deadline). */
export function namesDangerFromOthers(reasons: readonly string[]): boolean {
  return dangerSituations(reasons).some((s) => !SUICIDE_WORDING.has(s) && s !== 'suicide_means');
}

/**
 * Whether the turn right after danger was read names it again ("is the danger still there? call
 * 112"): after a firm reading always; after a tentative one only when this message reads unsure
 * itself (a calm next message, "is this trafficking?", "she is 19", is not asked about it again).
 */
export function stillNowNeeded(view: DangerView, nowUnsure: boolean): boolean {
  if (view.settled === true) return false;
  return view.tentative !== true || nowUnsure;
}

/**
 * Whether the danger told in this conversation still calls for 112 among the routes of this turn's
 * guidance: not after the citizen said no one is in danger now, nor after a tentative reading that
 * the messages since have not borne out, nor in a later turn that moved on from it (see `movedOnFromDanger`).
 */
export function emergencyInView(view: DangerView, nowUnsure: boolean, movedOn: MovedOn = 'no'): boolean {
  if ((view.since ?? 0) === 0) return view.acute;
  return view.acute && movedOn === 'no' && stillNowNeeded(view, nowUnsure);
}

/**
 * The reminder a turn still needs, given the texts it has sent so far; null when none is needed:
 * nothing in view, the turn named the line already, the danger was told more than two turns ago,
 * or it was read tentatively and this message (`nowUnsure` false) reads calm.
 */
export function reminderNeeded(
  view: DangerView,
  sent: readonly string[],
  nowUnsure = false,
  talkOfDanger = true,
  movedOn: MovedOn = 'no',
  suicideLine = false,
): 'danger.reminder' | 'danger.reminderSuicidal' | null {
  if (!view.acute && !view.suicidal) return null;
  const firm113 = view.suicidal && view.suicidalUnread !== true;
  // After the turn that gave 113, 113 again only when the citizen's words call for it (see
  // `suicideLineAgain`), whenever that is. Without it, thoughts of suicide alone name nothing; danger
  // from others read with them keeps 112 alone in the two turns after it, as 113 was kept before
  // (the writers of the dialog sets mark those turns acute: "ik ben alleen thuis" after "they come
  // tonight").
  if (firm113 && (view.since ?? 0) > 0) {
    if (suicideLine) return sent.some((t) => SUICIDE_LINE.test(t)) ? null : 'danger.reminderSuicidal';
    if (view.onlySuicidal === true) return null;
    return emergencyReminder(view, sent, nowUnsure, movedOn);
  }
  if ((view.since ?? 0) > REMINDER_TURNS) return null;
  // Moved on from the danger (see `movedOnFromDanger`): no line again. (A thank-you after thoughts of
  // suicide read is the closing, with 113 in reach: `suicideLineAgain` above. 113 named only for words
  // the bot could not read is not that: "gracias, thank you" after the readable story names nothing.)
  if ((view.since ?? 0) > 0 && movedOn !== 'no') return null;
  // After a tentative reading, the turn that read it named 112; later ones only when they read unsure.
  if ((view.since ?? 0) > 0 && !stillNowNeeded(view, nowUnsure)) return null;
  // After the turns that named it, 112 again only while the citizen goes on about the danger (see
  // `talksOfDanger`): after a calm "ik ben 23" it is a routine line. 113 after thoughts of suicide
  // stays for these turns; 113 named only for words the bot could not read follows the rule for 112
  // (the readable messages after it tell whether danger goes on).
  if ((view.since ?? 0) > 0 && !firm113 && !talkOfDanger) return null;
  const has112 = sent.some((t) => EMERGENCY.test(t));
  const has113 = sent.some((t) => SUICIDE_LINE.test(t));
  if (view.suicidal && !has113) return 'danger.reminderSuicidal';
  if (!has112) return 'danger.reminder';
  return null;
}

/**
 * 112 alone in the turns right after danger from others was read with thoughts of suicide; not once
 * the citizen said no one is in danger now (112 is out of view then, 113 stays: round 39).
 */
function emergencyReminder(view: DangerView, sent: readonly string[], nowUnsure: boolean, movedOn: MovedOn): 'danger.reminder' | null {
  if (!view.acute || (view.since ?? 0) > REMINDER_TURNS || movedOn !== 'no' || !stillNowNeeded(view, nowUnsure)) return null;
  return sent.some((t) => EMERGENCY.test(t)) ? null : 'danger.reminder';
}
