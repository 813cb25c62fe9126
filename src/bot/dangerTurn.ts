/**
 * The danger bookkeeping of one citizen turn, in one place: given what the turn read and the
 * conversation's danger state, which danger lines this turn gets ("is the danger still there?",
 * the reminder of 112 / 113 at the edge) and the state the next turn starts from. The policy
 * itself (what stays in view, when 113 is named again) is in `dangerInView`; this module applies
 * it to a turn.
 *
 * A turn is read in three steps, in the order the bot learns what it needs:
 * 1. `readDangerTurn`: the screen's reading, before the dialogs (what comes into view, whether this
 *    message goes on about danger). A language command ends the turn here.
 * 2. `answerDangerTurn`: the understanding (a "no" to the danger question, a message that says no
 *    one is in danger now, one that moved on). A message without letters ends the turn here.
 * 3. `dangerLinesOfTurn`: whether 113 is named again and whether the turn asks "is the danger still
 *    there?".
 * Each step returns the guard (what the edge needs to add the reminder, see `reminderOfTurn`) and the
 * state to keep. Pure: the bot (HelplineBot) stores the state on its session and sends the lines.
 */
import type { YesNo } from '../../dialogs/answers';
import { thoughtsNotOver } from '../safety/dangerAnswer';
import { dangerSituations, saysNoDangerNow } from '../triage/dangerQuestion';
import { letterWordCount } from '../nlu/text/letterWords';
import { tellsHelpComing } from '../safety/helpComing';
import { answersNoWithStateNow, leavesNothingOpen } from '../safety/noWithStateNow';
import { toldAwayFromNow } from '../safety/storyTime';
import { conceptsInReasons } from '../safety/reasonConcepts';
import { WEAK_NAMED } from '../safety/turnContext';
import type { TextAnalysis } from '../nlu/text/analyse';
import type { DangerAssessment, QuestionTopic } from '../understanding/understanding';
import {
  EMERGENCY,
  HELP_ON_ITS_WAY,
  NO_DANGER_IN_VIEW,
  SUICIDE_LINE,
  goesUpAfterSuicidal,
  heldOrHurtNow,
  followOnCalled,
  movedOnFromDanger,
  namesDangerFromOthers,
  nextDangerView,
  ownRiskOnly,
  REPEAT_REASON,
  reminderNeeded,
  scoreOnlyAlarm,
  settledAfterScoreOnly,
  stillNowNeeded,
  suicideLineAgain,
  talksOfDanger,
  tentativeAlarm,
  type DangerView,
  type MovedOn,
} from './dangerInView';

/**
 * The last bot turn asked "is er nu gevaar?" in other words than the danger question: its danger
 * reply or "is the danger still there?" (UnderstandingContext `askedDangerNow`).
 */
export function askedDangerNowBefore(state: DangerState): boolean {
  return state.askedDangerNow === true || state.askedStillNow === true;
}

/** The conversation's danger state that the session keeps between turns. */
export interface DangerState {
  /** Danger told in this conversation that every bot turn keeps in view. */
  danger?: DangerView;
  /** The last bot turn asked whether the danger is still there (the still-now line): "nee" answers it. */
  askedStillNow?: boolean;
  /** The last bot turn asked whether anyone is in danger now in other words than the danger question. */
  askedDangerNow?: boolean;
  /** The last citizen message went on about danger (see talksOfDanger). */
  talkedOfDanger?: boolean;
  /** The last citizen message was screened as acute danger. */
  lastAcute?: boolean;
  /** The last citizen message was screened as suicidal thoughts (or danger in words the bot cannot read). */
  lastSuicidal?: boolean;
}

/** What the edge needs to add the 112 / 113 reminder to a turn (see `reminderOfTurn`). */
export interface DangerGuard {
  /** What stays in view this turn; null until the turn has read the conversation (or in a live chat). */
  view: DangerView | null;
  /** This message reads unsure (in the screen's unsure band), or the bot cannot read it. */
  unsure: boolean;
  /** The 112 lines may follow this message: it or the one before it goes on about the danger, or it leaves it in doubt (see followOnCalled). */
  talk: boolean;
  /** This message moved on from the danger told before (see movedOnFromDanger): no line again. */
  movedOn: MovedOn;
  /** After thoughts of suicide read, whether this turn names 113 again (see suicideLineAgain). */
  suicideLine: boolean;
}

/** The guard before a turn has read anything: no reminder. */
export function openGuard(): DangerGuard {
  return { view: null, unsure: false, talk: true, movedOn: 'no', suicideLine: true };
}

/** The reminder the turn still needs after sending `sent`, or null (see `reminderNeeded`). */
export function reminderOfTurn(guard: DangerGuard, sent: readonly string[]): 'danger.reminder' | 'danger.reminderSuicidal' | null {
  if (!guard.view) return null;
  return reminderNeeded(guard.view, sent, guard.unsure, guard.talk, guard.movedOn, guard.suicideLine);
}

/** The screen's reading of the message, as the turn ends up with it. */
export interface DangerReading {
  /** The reading after it was read again in the conversation's language, as an answer and in its conversation. */
  danger: Readonly<DangerAssessment>;
  /** The reading calls for 112 at once (see isAcute). */
  acuteDanger: boolean;
  /** The message alone was in the unsure band (before it was read in its conversation). */
  unsureAlone: boolean;
  /** The message is in a language the bot cannot read. */
  unreadNow: boolean;
  /** The message before it was. */
  unreadJustBefore: boolean;
  text: string;
  /** The screen's analysis of `text`, when the turn has it (see `Understander.analysisOf`); else it is analysed again. */
  analysis?: TextAnalysis | undefined;
  /** The message says "weet ik niet" in so many words (see saysUnsure). */
  saysUnsure: boolean;
}

/** Step 1: what the turn read, carried to the later steps. */
export interface DangerRead {
  guard: DangerGuard;
  state: Pick<Required<DangerState>, 'danger' | 'askedStillNow' | 'askedDangerNow' | 'talkedOfDanger'>;
  /** The view the conversation had before this message. */
  before: DangerView;
  reading: DangerReading;
  /** The reading as `nextDangerView` takes it. */
  now: Parameters<typeof nextDangerView>[1];
  /** The last bot turn asked "is the danger still there?". */
  askedStillNow: boolean;
  /** The last bot turn asked whether anyone is in danger now in other words. */
  askedDangerNow: boolean;
  /** This message goes on about danger. */
  talkNow: boolean;
  /** The message before it went on about danger, and this one is no repeat of the danger in view. */
  talkBefore: boolean;
  /** The message before it was read as acute danger. */
  afterAlarm: boolean;
  /** An unsure reading that counts after thoughts of suicide (see goesUpAfterSuicidal). */
  unsureUp: boolean;
  /** Danger in a language the bot cannot read, or confirmed right after such a message. */
  unreadAlarm: boolean;
}

/**
 * The message alone read unsure, and read in its conversation none (src/safety/turnContext.ts): an
 * answer, a question or a detail that names no danger of its own. After a 112 that was itself a
 * doubtful reading (see `doubtfulAlarm`), a counsellor does not take such a message as the danger
 * told again: it does not bring the danger back to this turn, with "112" again at every later doubt
 * of the model (on the dialog tuning sets, up to six turns after a 112 the writers called a false
 * alarm). It still leaves a tentative 112 in doubt in the turns right after it (`DangerGuard.unsure`).
 * A firm 112 for a danger named is brought back by any doubt, as before: "ik kan niet bellen hij
 * hoort me", three turns after a knife at the table, reads unsure alone and none in its conversation
 * and is the danger going on (de-28, marked acute).
 */
export function explainedByConversation(danger: Pick<DangerAssessment, 'level' | 'reasons'>): boolean {
  return danger.level === 'none' && danger.reasons.includes(EXPLAINED_BY_CONVERSATION);
}
const EXPLAINED_BY_CONVERSATION = 'turn.none';

/**
 * Whether the message leaves a doubtful danger in doubt: it reads unsure alone, or the bot cannot read
 * it. Not a message its conversation explains (`explainedByConversation`) that tells what it names in
 * the past with nothing of now of its own (`toldAwayFromNow`: "Vorig jaar was ze 3 dagen weg, de
 * politie heeft toen gezocht"): its doubt is about then, and after a 112 that was itself a doubtful
 * reading a counsellor does not ask about now again for it (round 41; a firm 112 keeps its line
 * whatever the doubt, see `stillNowNeeded`).
 */
export function leavesInDoubt(reading: Pick<DangerReading, 'danger' | 'unsureAlone' | 'unreadNow'>): boolean {
  if (reading.unreadNow) return true;
  if (!reading.unsureAlone) return false;
  const { reasons } = reading.danger;
  return !(
    explainedByConversation(reading.danger) &&
    toldAwayFromNow(reasons) &&
    conceptsInReasons(reasons, 'distance').some((d) => TOLD_IN_THE_PAST.has(d))
  );
}
/** Distances of the past: what the message names happened then. */
const TOLD_IN_THE_PAST: ReadonlySet<string> = new Set(['past', 'past_verb']);

/** The reading was lowered for repeating the danger in view (see `repeatsDangerInView`). */
const repeatsInView = (danger: Pick<DangerAssessment, 'reasons'>) => danger.reasons.includes(REPEAT_REASON);

/** The danger in view came from a doubtful reading: tentative (a score just over the threshold) or on the model's score alone. */
export function doubtfulAlarm(view: DangerView): boolean {
  return view.tentative === true || view.scoreOnly === true;
}

export function readDangerTurn(state: DangerState, reading: DangerReading): DangerRead {
  const { danger, acuteDanger, unsureAlone, unreadNow, unreadJustBefore, text } = reading;
  // Danger in a language the bot cannot read, or confirmed right after such a message ("ja" to its
  // question), may hold thoughts of suicide the bot cannot see: its reply named 113, and 113 stays
  // in view with 112 (the counsellor's summary is not marked suicidal).
  const unreadAlarm = (unreadNow || unreadJustBefore) && acuteDanger;
  const before = state.danger ?? NO_DANGER_IN_VIEW;
  // Whether this message leaves a tentative danger in doubt (see `leavesInDoubt`). (Only a message
  // that reads unsure brings danger told before back to this turn.)
  const unsure = leavesInDoubt(reading);
  // Danger read right after a message the bot could not read may be what that message meant ("ja,
  // dat bedoel ik"): never tentative.
  const tentative = tentativeAlarm(danger) && (unreadNow || !unreadJustBefore);
  // After thoughts of suicide read, an unsure reading brings them back only when it goes up from
  // them (see goesUpAfterSuicidal): "no plan, I am only very tired" is the answer to the 113 line.
  const firmSuicidalBefore = before.suicidal && before.suicidalUnread !== true;
  const unsureUp = unsureAlone && (!firmSuicidalBefore || goesUpAfterSuicidal(danger.reasons));
  const now = {
    acuteDanger,
    suicidal: danger.suicidal,
    unreadAlarm,
    // A doubtful 112 told turns ago comes back to this turn only for a doubt the conversation does
    // not explain away (see `explainedByConversation`).
    unsure: unsureUp && !(explainedByConversation(danger) && doubtfulAlarm(before)),
    tentative,
    scoreOnly: scoreOnlyAlarm(danger) && !unreadNow && !unreadJustBefore,
    othersNamed: namesDangerFromOthers(danger.reasons),
    named: dangerSituations(danger.reasons),
    lasting: heldOrHurtNow(danger.reasons),
  };
  const view = nextDangerView(before, now, false);
  const askedStillNow = state.askedStillNow === true;
  // This message or the one before it goes on about the danger (see talksOfDanger); one the bot
  // cannot read may. "Weet ik niet" to "is the danger still there?" leaves it there.
  const talkNow = unreadNow || talksOfDanger(text, danger, reading.analysis) || (askedStillNow && reading.saysUnsure);
  const talkBefore = state.talkedOfDanger === true && !repeatsInView(danger);
  const afterAlarm = state.lastAcute === true;
  return {
    guard: {
      view,
      unsure,
      // A repeat of the danger in view names no line again, also right after the 112 turn.
      talk: followOnCalled(view, {
        talk: talkNow,
        doubt: unsure || unreadJustBefore,
        talkBefore,
        repeat: repeatsInView(danger),
        afterAlarm,
      }),
      movedOn: 'no',
      // Until the message is understood: 113 again after thoughts of suicide only in their own turn,
      // for a message the bot cannot read, or for an unsure reading that goes up.
      suicideLine: (view.since ?? 0) === 0 || unreadNow || unsureUp,
    },
    state: { danger: view, askedStillNow: false, askedDangerNow: false, talkedOfDanger: talkNow },
    before,
    reading,
    now,
    askedStillNow,
    askedDangerNow: state.askedDangerNow === true,
    talkNow,
    talkBefore,
    afterAlarm,
    unsureUp,
    unreadAlarm,
  };
}

/** What the understanding made of the message, for the danger lines. */
export interface DangerUnderstood {
  intent: string;
  questions: readonly QuestionTopic[];
  /** The message as an answer: yes, no or neither (see yesNoAnswer). */
  answer: YesNo;
  /** What the bot asked at its last turn. */
  awaiting: string | null;
}

/** Step 2: the message as understood. */
export interface DangerAnswered extends DangerRead {
  understood: DangerUnderstood;
  /** The citizen said no one is in danger now. */
  deniesDangerNow: boolean;
  /** A calm message right after a 112 on the score alone ends the danger in view (see settledAfterScoreOnly). */
  settled: boolean;
}

/** A reply of this many words or fewer ("nee", "nee hoor", "no not now") is a plain answer to the bot's question. */
const PLAIN_ANSWER_WORDS = 3;

/**
 * The screen's reason for a "no" read as the answer to "is there danger now?" (dangerAnswer.ts): an
 * answer, so a now of its own for the story's time, but here it is the very "no" that the past told
 * beside it explains ("nee hij staat niet voor de deur, het was via snap").
 */
const NO_TO_THE_QUESTION = 'answer.no_danger_now';

/** Distances that tell the danger over: the past, someone safe now, a denial. */
const OVER: ReadonlySet<string> = new Set(['past', 'past_verb', 'safe_now', 'denied']);
/** Distances of a question about what may come ("als ik bel, weten ze dan …?"): said by someone still in it. */
const WHAT_MAY_COME: ReadonlySet<string> = new Set(['hypothetical', 'feared_consequence', 'general']);

/**
 * The message tells, not asks, what it names as over (see `OVER`), with no "what if" or feared outcome
 * and no now of its own: right after danger a question about one's own risk comes from someone still
 * in it ("Ik sta achter de schutting … Als ik bel weten ze dan dat ik het was?", "if police come, is
 * problem for us?"; marked acute on the dialog tuning sets).
 */
function toldInThePast(text: string, reasons: readonly string[]): boolean {
  const distances = conceptsInReasons(reasons, 'distance');
  return (
    !text.includes('?') && toldAwayFromNow(reasons) && distances.some((d) => OVER.has(d)) && !distances.some((d) => WHAT_MAY_COME.has(d))
  );
}

/**
 * The 112 reply and the still-now line ask whether there is danger now: a "no" that tells how things
 * stand ("no I did not do anything. I am in my room now", "nee ben nu nog op school", "no plan, I am at
 * work now": `answersNoWithStateNow`) answers it; and while danger is in view, help on its way or
 * there ("gebeld, ze komen eraan", "politie is er", "ambulance is coming": `tellsHelpComing`) is the
 * 112 heard and acted on. Either counts when the message reads no danger of its own (not acute, not
 * suicidal, no situation named beyond the story's background and the weak ones). A counsellor told
 * so does not ask "is the danger still there? call 112" again (round 39); answers that do not open
 * with "no", that turn ("maar", "not yet"), or a call only weighed ("ok ik bel nu") keep the line.
 */
function toldDangerHandled(read: DangerRead): boolean {
  const { reading } = read;
  if (reading.acuteDanger || reading.danger.suicidal) return false;
  const situations = dangerSituations(reading.danger.reasons);
  const asked = read.askedDangerNow || read.askedStillNow;
  if (asked && situations.every((s) => WEAK_NAMED.has(s)) && answersNoWithStateNow(reading.text)) return true;
  // The danger explained or put in its time, with or without a "no" (round 40): "it was my neighbour,
  // she forgot her key", "No, the appointment was last Thursday. Her next one is in three weeks." The
  // answer read calm in its conversation, names no danger beyond the weak ones and tells what it says
  // away from now (the past, someone safe now, a denial) with nothing of now of its own: the question
  // "is there danger now?" is answered. A danger named in the past ("gisteren sloeg hij haar") names a
  // situation and keeps the line, as does a turn or a later time ("maar", "not yet").
  if (
    asked &&
    reading.danger.level === 'none' &&
    situations.every((s) => WEAK_NAMED.has(s)) &&
    toldInThePast(
      reading.text,
      reading.danger.reasons.filter((r) => r !== NO_TO_THE_QUESTION),
    ) &&
    leavesNothingOpen(reading.text)
  )
    return true;
  // Help on its way: the coming and the police read in its own words, and the danger already in view
  // (a repeat of it, see `repeatsDangerInView`), are no new danger.
  const inView = new Set(read.before.named ?? []);
  return (
    read.before.acute &&
    situations.every((s) => WEAK_NAMED.has(s) || HELP_ON_ITS_WAY.has(s) || inView.has(s)) &&
    tellsHelpComing(reading.text)
  );
}

export function answerDangerTurn(read: DangerRead, understood: DangerUnderstood): DangerAnswered {
  const { reading } = read;
  const movedOn = movedOnFromDanger(understood, read.talkNow);
  // "Nee" to the direct danger question or to "is the danger still there?" (asked last turn), or a
  // message that itself says no one is in danger now ("nee nu niet, het is stil", "she is safe now"),
  // takes 112 out of view: a counsellor does not name it again after being told so.
  // (After the still-now line only a plain "nee": that turn may have asked something else as well.
  // A message the screen reads as safe now counts only when it is calm and says no "ja": "ja, hij
  // is nu thuis, hij durft niet naar buiten" is the danger going on.)
  const plainAnswer = letterWordCount(reading.text) <= PLAIN_ANSWER_WORDS;
  const saysNo =
    (understood.answer === 'no' && (understood.awaiting === 'dangerCheck' || (read.askedStillNow && plainAnswer))) ||
    toldDangerHandled(read);
  const toldSafe = understood.answer !== 'yes' && saysNoDangerNow(reading.text, reading.danger);
  const deniesDangerNow = !reading.acuteDanger && (saysNo || toldSafe);
  const settled =
    !reading.acuteDanger &&
    settledAfterScoreOnly(read.state.danger, {
      level: reading.danger.level,
      unsure: reading.unsureAlone || reading.unreadNow,
      // This message, or one since the 112 turn: "en krijg ik zelf gezeik?" after "moet ik de politie
      // bellen?" goes on (the 112 turn itself went on about danger by its reading).
      talkOfDanger: read.talkNow || (read.guard.talk && (read.before.since ?? 0) > 0),
    });
  const view = deniesDangerNow
    ? nextDangerView(read.before, read.now, true)
    : settled
      ? { ...read.state.danger, settled: true }
      : read.state.danger;
  // Police named only in a question of one's own risk is no talk of danger (see `ownRiskOnly`), and
  // after the 112 turn a calm detail gets no 112 line again (see `followOnCalled`).
  const talkNow = read.talkNow && (reading.unreadNow || !ownRiskOnly(understood.questions, reading.danger));
  // "Nee, ik ben nu op mijn werk maar hij weet waar ik woon" right after the 112: a "no" that leaves
  // the moment open (`leavesNothingOpen`) says the danger is not over.
  const notOver = read.afterAlarm && understood.answer === 'no' && !leavesNothingOpen(reading.text);
  const talk = followOnCalled(view, {
    talk: talkNow,
    doubt: read.guard.unsure || reading.unreadJustBefore || notOver,
    talkBefore: read.talkBefore,
    repeat: repeatsInView(reading.danger),
    afterAlarm: read.afterAlarm,
  });
  return {
    ...read,
    talkNow,
    guard: { ...read.guard, movedOn, view, talk },
    state: { ...read.state, danger: view, talkedOfDanger: talkNow },
    understood,
    deniesDangerNow,
    settled,
  };
}

/** Step 3: the lines of the turn. */
export interface DangerLines {
  guard: DangerGuard;
  state: Pick<Required<DangerState>, 'danger' | 'lastAcute' | 'lastSuicidal'> & { askedStillNow?: true };
  /** "Is the danger still there?" in the words to say (before rewording), or null. */
  stillNow: 'danger.stillNow' | 'danger.stillNowSuicidal' | 'danger.stillNowWith113' | null;
}

/**
 * Danger told a moment ago does not end because the next message ("ok", "no, we don't have the
 * money") does not repeat it: 112 stays in view for one more turn. After a tentative reading only if
 * this message reads unsure too (see dangerInView). Not after the citizen said no one is in danger
 * now (113 stays named after thoughts of suicide read; 113 named only for words the bot could not
 * read goes with 112). After the turn that gave 113 for thoughts of suicide read, 113 again only when
 * the citizen's words call for it (see suicideLineAgain); without it, 112 alone when danger from
 * others was read with the thoughts, else nothing.
 *
 * `summarySuicidal`: the counsellor's summary marks thoughts of suicide (this turn's included).
 */
export function dangerLinesOfTurn(answered: DangerAnswered, state: DangerState, summarySuicidal: boolean): DangerLines {
  const { reading, understood, before } = answered;
  let view = answered.state.danger;
  const told113 = view.suicidal && view.suicidalUnread !== true && summarySuicidal;
  const suicideLine = told113
    ? suicideLineAgain(view, {
        unsure: reading.unreadNow || answered.unsureUp,
        notOver: thoughtsNotOver(reading.text) || (answered.askedStillNow && reading.saysUnsure),
        asks113: asksAbout113(reading.text),
        closing:
          (understood.questions.includes('counsellor') || understood.intent === 'thanks' || understood.intent === 'goodbye') &&
          !SUICIDE_LINE.test(reading.text) &&
          !EMERGENCY.test(reading.text),
      })
    : 'again';
  if (told113 && suicideLine === 'closing') view = { ...view, closingSaid: true };
  const suicidalJustBefore = state.lastSuicidal === true && before.suicidalUnread !== true;
  const dangerJustBefore =
    state.lastAcute === true &&
    !reading.acuteDanger &&
    stillNowNeeded(before, leavesInDoubt(reading)) &&
    (!answered.deniesDangerNow || (suicidalJustBefore && suicideLine === 'again')) &&
    !answered.settled &&
    !repeatsInView(reading.danger) &&
    answered.guard.movedOn === 'no' &&
    // A calm detail after the 112 turn is not asked about it (see `followOnCalled`); 113 again after
    // thoughts of suicide follows its own rule.
    (answered.guard.talk || (told113 && suicideLine === 'again')) &&
    // The one line at a natural end is the short reminder, not "is the danger still there?".
    (!told113 || suicideLine === 'again' || (suicideLine === null && view.onlySuicidal !== true));
  // Thoughts of suicide told a moment ago: 113 stays in view with 112. Kept in view only because
  // danger came in a language the bot cannot read: 113 is named, but not as "still thinking".
  const stillNow =
    state.lastSuicidal !== true || (told113 && suicideLine === null)
      ? 'danger.stillNow'
      : summarySuicidal
        ? 'danger.stillNowSuicidal'
        : 'danger.stillNowWith113';
  const suicidalNow = reading.danger.suicidal || answered.unreadAlarm;
  return {
    guard: { ...answered.guard, view, suicideLine: suicideLine !== null },
    state: {
      danger: view,
      lastAcute: reading.acuteDanger,
      lastSuicidal: suicidalNow,
      ...(dangerJustBefore ? { askedStillNow: true as const } : {}),
    },
    stillNow: dangerJustBefore ? stillNow : null,
  };
}

/** A sentence that names 113 and asks ("113 is free? they speak english?"): the line is its answer. */
export function asksAbout113(text: string): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) => SUICIDE_LINE.test(sentence) && sentence.includes('?'));
}
