/**
 * When the bot asks the direct danger question ("Is iemand op dit moment in gevaar?", with 112)
 * about a message the danger screen read as unsure. A counsellor asks it when they cannot tell, not
 * about what the citizen has put out of the present, and not again after being told no one is in
 * danger now, unless the story then brings a danger it had not told before.
 *
 * Pure: reads the screen's reasons (`situation.*`, `distance.*`) and score, and the facts told;
 * never the text.
 */
import { saysNotNow } from '../safety/dangerAnswer';
import { saysSafeNowInPassing } from '../safety/safeInPassing';
import { conceptsInReasons } from '../safety/reasonConcepts';
import { DANGER_IN_ANY_TENSE, NOW_AFTER_PAST_REASON, NOW_EVENT_REASON } from '../safety/screen';
import { BACKGROUND_SITUATIONS, NOT_NOW, type DistanceConcept, type SituationConcept } from '../safety/situations';
import type { FactKey, QuestionTopic, ToldFacts } from '../understanding/understanding';

/**
 * Distance that answers the question before it is asked: the past, a "what if", a feared outcome of
 * reporting, a general question, a film or the news, safe now, denied, not urgent. Not hearsay
 * ("she told a friend he takes her tonight"): what others tell may be happening now.
 */
const ANSWERED_BY_DISTANCE: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>([
  ...[...NOT_NOW].filter((c) => c !== 'third_hand'),
  'not_urgent',
]);

/** Distance that tells no one is in danger now: after it, only a new danger is asked about. */
const SAFE_NOW: ReadonlySet<DistanceConcept> = new Set<DistanceConcept>(['safe_now', 'denied']);

/**
 * The message puts what it tells out of the present and says nothing of now ("nu", "right now"), or
 * says no one is in danger now ("alles is ok nu", "she is safe now": its "now" is the answer).
 */
export function distancedFromNow(reasons: readonly string[]): boolean {
  if (tellsSafeNow(reasons)) return true;
  const distances = conceptsInReasons(reasons, 'distance');
  return !distances.includes('now') && distances.some((d) => ANSWERED_BY_DISTANCE.has(d));
}

/**
 * Situations that tell no danger of their own in an unsure reading: the background of many stories
 * (a child, a passport, pay, a debt, abroad) and a place or means ("3e verdieping", "truck
 * parking"), which the reader also finds in calm stories.
 */
const NO_DANGER_OF_THEIR_OWN = (s: string) => BACKGROUND_SITUATIONS.has(s as SituationConcept) || s === 'suicide_means';

/** The background that is a debt or pay claimed ("nu zeggen ze dat ik 2500 schuldig ben"), or something taken for it. */
const DEBT_CLAIMED: ReadonlySet<string> = new Set<SituationConcept>(['payment', 'money_means', 'taken']);

/**
 * The message tells a worry at a distance from now that the distance concepts alone do not show,
 * and names no danger situation beyond the background (nothing held, hurt, threatened, for tonight,
 * no plea): a situation that has gone on for weeks or months and says nothing of now ("sinds een
 * maand of twee komen er elke nacht mannen", "Bureau neemt 120 euro elke week voor bed"), or a story
 * in the past whose only now is a debt claimed ("vorige week was hij een tas kwijt en nu zeggen ze
 * dat hij 1500 euro moet betalen"). On the dialog tuning sets (round 24) the danger question on
 * such readings came on 20 turns the writers marked calm and on no acute turn; a debt with a date or
 * "or else" names a deadline or a threat, and keeps it.
 */
export function toldAtADistance(reasons: readonly string[]): boolean {
  const situations = conceptsInReasons(reasons, 'situation');
  if (!situations.every(NO_DANGER_OF_THEIR_OWN) || reasons.includes('screen.never_silent')) return false;
  const distances = conceptsInReasons(reasons, 'distance');
  const now = distances.includes('now');
  if (distances.includes('long_ongoing') && !now) return true;
  const past = distances.includes('past') || distances.includes('past_verb');
  return past && now && situations.some((s) => DEBT_CLAIMED.has(s));
}

/**
 * The message says the person is safe now or that there is no danger. A hiding place while someone
 * pursues now ("ik verstop me nu bij de buren, hij zoekt me") is no "safe now" in the reader itself
 * (safety/situations.ts `safeNowUnlessSought`), so it never reaches here.
 */
export function tellsSafeNow(reasons: readonly string[]): boolean {
  return conceptsInReasons(reasons, 'distance').some((d) => SAFE_NOW.has(d));
}

/**
 * The message says no one is in danger now: "nee nu niet, ik ben thuis" in the citizen's own words,
 * or a calm message the screen reads as safe now ("ze zit thuis, het is goed nu"). One reading for the
 * bot's danger lines and the dialog's answer to "is the child safe now?", so they cannot drift apart.
 * Said in passing inside a longer message ("niet dat hij nu gevaar loopt hoor", "but now is ok, they
 * are not here today": `saysSafeNowInPassing`, round 38) it counts too where the screen reads the
 * message unsure or calm and nobody held or hurt, nor a danger for today, in a sentence of its own
 * (`screen.never_silent`); a message read acute tells danger whatever it says beside it.
 */
export function saysNoDangerNow(text: string, danger: { level: string; reasons: readonly string[] }): boolean {
  const said = textReadOnce(text, danger.reasons);
  if (said.notNow || (danger.level === 'none' && tellsSafeNow(danger.reasons))) return true;
  return danger.level !== 'acute' && !danger.reasons.includes(NEVER_SILENT) && (said.inPassing ??= saysSafeNowInPassing(text));
}

/** What the text alone says for `saysNoDangerNow`; `inPassing` once it was needed. */
interface TextSaid {
  readonly text: string;
  readonly notNow: boolean;
  inPassing?: boolean;
}

/**
 * The text's own part of `saysNoDangerNow`, kept with the reading's reasons it was asked beside: a
 * turn asks it of the same message and reading up to four times (the story's time in the bot, the
 * danger turn, the triage dialog's danger question and its record), and the text's patterns are
 * most of its cost. Kept by the reasons array, so it goes with the turn's reading; only for the same
 * text, so a reading asked beside another text is read afresh. Pure in the text: the answers are
 * those of a fresh reading.
 */
const textSaid = new WeakMap<readonly string[], TextSaid>();

function textReadOnce(text: string, reasons: readonly string[]): TextSaid {
  const kept = textSaid.get(reasons);
  if (kept !== undefined && kept.text === text) return kept;
  const said: TextSaid = { text, notNow: saysNotNow(text) };
  textSaid.set(reasons, said);
  return said;
}

/** The screen's reason for someone held or hurt, or a danger for today, in a sentence of its own. */
const NEVER_SILENT = 'screen.never_silent';

/** The situations of danger a message names, beyond the background of many stories (a child, a passport, a debt). */
export function dangerSituations(reasons: readonly string[]): SituationConcept[] {
  return conceptsInReasons(reasons, 'situation').filter((s) => !BACKGROUND_SITUATIONS.has(s));
}

export interface DangerQuestionContext {
  /** The citizen said no one is in danger now: "nee" to the question, or "she is safe now" in the story. */
  safeTold: boolean;
  /** The danger situations named in the conversation before this message. */
  situationsBefore: readonly string[];
  /**
   * The danger score of the message at which the question was first asked in this conversation;
   * absent while it was not asked (or in a conversation kept before the score was).
   */
  firstAskedAt?: number;
  /** This message only tells who or where (see `onlyWhoOrWhere`). */
  onlyWhoOrWhere?: boolean;
  /** This message closes the conversation after the guidance (a thank-you or goodbye that names no 112). */
  closing?: boolean;
  /** The citizen's own questions in this message. */
  questions?: readonly QuestionTopic[];
  /**
   * The bot's last turn asked whether anyone is in danger now in other words (its danger reply "Is
   * er nu gevaar? Bel meteen 112.", or its line for a language it cannot read: "Are you or is
   * someone else in danger now? Call 112."): this message is the answer to it, whatever it tells.
   */
  justAsked?: boolean;
  /**
   * The message opens with a "no" (dialogs/answers.ts `yesNoAnswer`): "nee nu is ze er niet", "no
   * nobody hit us. only shouting". A danger told beside the "no" reads acute on its own (112 at once).
   */
  opensWithNo?: boolean;
  /**
   * The guidance was given before this message and no danger was read in the conversation: the story
   * was heard and answered with where to go, after a welcome that asked whether anyone is in danger
   * now and named 112. (With danger read, the question is how the turns after it name 112 again.)
   */
  storyHeard?: boolean;
  /**
   * The message tells the story before the guidance, after the first message, with no danger read in
   * the conversation: the welcome asked whether anyone is in danger now and named 112 (round 49).
   */
  storyOpening?: boolean;
}

/**
 * Own questions about the report, not about anyone's safety: what happens after a report,
 * anonymity, privacy. Not the police (asked while in danger: "can the police come without a
 * siren?"), not the citizen's own consequences, and not whether it counts as exploitation (a story
 * told with "is this trafficking?" is still the story).
 */
const ABOUT_THE_REPORT: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>(['anonymity', 'privacy', 'after_report']);

/**
 * The message asks only about the report ("will the farmer know it was me?") and names no situation
 * of danger: the model's doubt comes from the worry about reporting, and the answer to the
 * citizen's own question comes first; the danger question on top of it reads as not listening.
 */
function asksOnlyAboutTheReport(reasons: readonly string[], questions: readonly QuestionTopic[]): boolean {
  return questions.length > 0 && questions.every((q) => ABOUT_THE_REPORT.has(q)) && dangerSituations(reasons).length === 0;
}

/**
 * Whether an unsure reading gets the direct question, read in the conversation so far. A counsellor
 * asks it when they cannot tell, once: not about a story the message itself puts out of the
 * present; not about a message that only tells who or where (an age, a town), asks only about the
 * report, or closes the conversation after the guidance; not right after the bot asked it in other
 * words (its danger reply, or its line for a language it cannot read); asked once already ("nee" or
 * not), only for a message that reads higher than the one it was asked about and names a danger
 * situation not told before; after "she is safe now" told before it was asked, only for such a
 * situation. Asked again for the same kind of reading, it reads as not listening: the question is
 * about the conversation's danger, not about each message. (Until round 23 a higher reading alone
 * was asked about again: on the dialog tuning sets every such second question came on a turn the
 * writers marked calm, "she is upstairs doing her homework" among them.)
 */
export function asksDangerQuestion(reading: { reasons: readonly string[]; score: number }, context: DangerQuestionContext): boolean {
  const { reasons } = reading;
  // A 112 the conversation lowered to the question (`turn.unsure`) keeps it whatever distance the
  // message names: that distance is why it was lowered (turnContext `dangerNamed`), and dropping the
  // question for it too left a reading over the acute threshold with neither 112 nor the question,
  // the silent guess issue 10 rules out (mend32: a flight told after "Over iemand anders").
  if (!reasons.includes(LOWERED) && (distancedFromNow(reasons) || toldAtADistance(reasons))) return false;
  if (context.onlyWhoOrWhere === true || context.closing === true) return false;
  if (asksOnlyAboutTheReport(reasons, context.questions ?? [])) return false;
  if (context.justAsked === true) return false;
  if (context.firstAskedAt !== undefined && reading.score <= context.firstAskedAt) return false;
  if (context.storyOpening === true && !context.safeTold && context.firstAskedAt === undefined && toldFarFromNow(reading)) return false;
  // After the guidance, with no danger told in the conversation, a detail the model is unsure of and
  // that tells no now of its own ("de ouders zijn trouwens vrij afwezig, vader zit vast", "vorige week
  // zat er een meisje te huilen") is more of the story already heard, after a welcome that asked about
  // danger now: asked about it, the citizen reads that the bot did not listen. The question stays for
  // a message that tells of now (`happeningNow`; "nu komen er steeds andere mannen binnen", calm32, and
  // a threat "net" sent, marked acute on the dialog tuning sets) and for what happens at this moment
  // (`now.event`). A 112 the conversation lowered to the question keeps it (never to nothing, round 27).
  // Round 46 (calm46). Round 47 (dcheck47): of a message that tells of now, only a moment
  // (`now.event`) or a "now" the model itself reads as danger (`atThisMoment`): not someone held,
  // hurt or threatened named with no now of its own (`screen.never_silent` alone: "ze mag nooit alleen
  // naar buiten", "if I don't sell enough they beat me", a broken tooth seen), nor a "now" that tells
  // where a debt, papers or a demand stand, which the model reads as calm.
  if (!context.safeTold && context.firstAskedAt === undefined) return context.storyHeard !== true || atThisMoment(reading);
  // Asked before and never told "no" or "safe now", and this message reads higher and tells of now
  // ("Nu komen er steeds andere mannen binnen", after a girl of 14 was told): a silence here would be
  // the silent guess issue 10 rules out, whatever situation words the message has (round 26, lead).
  // Not for a message that opens with a "no": its "now" is most often the answer ("nee nu is ze er
  // niet, school is al dicht"), and on the dialog tuning sets the question again on such turns came
  // only on turns the writers marked calm (calm30).
  if (!context.safeTold && reasons.includes(NOW_TOLD) && context.opensWithNo !== true) return true;
  const newDanger = dangerSituations(reasons).some((s) => !context.situationsBefore.includes(s));
  // Told that no one is in danger now ("nee", "no immediate danger, I don't think"): the details that
  // follow are the story the citizen already answered for, and asked about each of them the citizen is
  // not heard. Only a new danger told as happening now asks again (round 28).
  return newDanger && (!context.safeTold || happeningNow(reasons));
}

/** The reason of a 112 on a middling score that the conversation lowered to the question (turnContext.ts). */
const LOWERED = 'turn.unsure';

/** The screen's reason for a message that tells of now in its own words. */
const NOW_TOLD = 'distance.now';

/**
 * The message tells its danger as happening now: "nu" or "right now" in its own words, someone held or
 * hurt or a danger for today in its own sentence (`screen.never_silent`), or a 112 the conversation
 * lowered to the question (`turn.unsure`: never to nothing, the lead's rule of round 27).
 */
function happeningNow(reasons: readonly string[]): boolean {
  return HAPPENING_NOW.some((r) => reasons.includes(r));
}
const HAPPENING_NOW: readonly string[] = [NOW_TOLD, 'screen.never_silent', LOWERED];

/**
 * The model's reading of a message, lowered to the question only because no situation of danger was
 * named beside it: danger more likely than not (the screens' `sure` point; their acute thresholds lie
 * near 0.21).
 */
const MODEL_READS_DANGER = 0.5;

/**
 * After the story was heard (round 47, dcheck47): the message tells what happens at this moment, not
 * more of the story. A moment told (`now.event`: "they are going down to their car now"); a "now" the
 * model itself reads as danger, where only no situation was named ("ze stuurden net een foto van haar
 * voordeur" after a threat to the writer's mother, 0.98); or a 112 the conversation lowered to the
 * question (never to nothing, round 27). Not `screen.never_silent` alone: the screen's rule that
 * someone held, hurt or threatened is never left silent is for a first account the model may misread;
 * after the guidance the model, reading the turn in its conversation, read it as calm, and with no
 * now of its own it is the condition the guidance answered ("ze mag nooit alleen naar buiten", "if I
 * don't sell enough they beat me", "one front tooth broken"). Nor a "now" that is not a moment (the
 * screen's `distance.now` without `now.event`: the present of a debt, papers or a demand, "nu zegt hij
 * dat ik 800 euro moet terugbetalen", or "nog" alone) that the model reads under danger. On the
 * dialog tuning sets those two kinds came on 28 turns the writers marked calm after the guidance and
 * on no acute one.
 */
function atThisMoment(reading: { reasons: readonly string[]; score: number }): boolean {
  const { reasons } = reading;
  if (reasons.includes(LOWERED)) return true;
  // A moment told, unless its "now" is only the present after a harm told at a past time ("vorige
  // week heeft hij ... nu werkt hij weer", round 49, calm49): the story goes on, no moment to ask about.
  if (reasons.includes(NOW_EVENT_REASON) && !reasons.includes(NOW_AFTER_PAST_REASON)) return true;
  return reasons.includes(NOW_TOLD) && reading.score >= MODEL_READS_DANGER;
}

/** Distances that set a story away from this moment without taking it out of the present: past, elsewhere, second-hand, for weeks. */
const FAR: ReadonlySet<string> = new Set(['past', 'past_verb', 'elsewhere', 'third_hand', 'long_ongoing']);

/**
 * Danger named in any tense (screen.ts `DANGER_IN_ANY_TENSE`: someone held, hurt or threatened, an
 * injury, sounds of harm, what is near by its nature, a cry for help): a story that names one keeps the
 * one direct question while its time is not set ("ze had blauwe plekken op haar armen", "de baas
 * schreeuwt vaak tegen haar"; tests/unit/dialogs/storyTimeInConversation.test.ts).
 */
const NEAR: ReadonlySet<string> = DANGER_IN_ANY_TENSE;

/**
 * Reasons of a reading by rule (a floor, danger told in the writer's words, an answer to the question)
 * and of a 112 lowered to the question, never to silence: by the conversation (`turn.unsure`), as a
 * first account that tells nothing of now (`turn.firstAccount`) or a past story (`turn.pastStory`),
 * or for a distance the screen found beside a score over the acute point (`screen.away_from_now`,
 * `screen.told_at_distance`).
 */
const BY_RULE = /^(?:floor\.|told\.|answer\.|turn\.(?:unsure|firstAccount|pastStory)$|screen\.(?:away_from_now|told_at_distance)$)/u;

/**
 * The story as it is first told, before the guidance (round 49, calm49): told in the past, in another
 * place, second-hand or as something that has gone on for weeks ("er zit een meisje bij mij in de klas
 * die na school steeds wordt opgepikt" read unsure, "Een leerling van 16 kwam bij me ... vertelde ze dat ze met
 * vrienden van haar vriend moet slapen"), with nothing of now: no moment (`now.event`), nobody held,
 * hurt or threatened named in any tense, nothing near by its nature, no reading by rule, no 112
 * lowered to the question (`BY_RULE`), and a model that does not read danger as more likely than not.
 * The welcome asked whether anyone is in danger now and named 112; asking it again of such an account
 * repeats the welcome before the guidance it is waiting for. On the dialog tuning lines (1,060
 * conversations) readings of this kind got the question on turns the writers marked calm and on no
 * turn marked acute (a shed locked from outside, 0.90, and a girl sent "tonight" to Antwerp, never
 * silent, keep it).
 */
function toldFarFromNow(reading: { reasons: readonly string[]; score: number }): boolean {
  const { reasons } = reading;
  if (reading.score >= MODEL_READS_DANGER) return false;
  if (reasons.some((r) => r === NOW_EVENT_REASON || r === NEVER_SILENT || BY_RULE.test(r))) return false;
  if (conceptsInReasons(reasons, 'situation').some((s) => NEAR.has(s))) return false;
  return conceptsInReasons(reasons, 'distance').some((d) => FAR.has(d));
}

/** Facts that tell who the story is about and where: an age, under 18 (told or guessed), a relation, a place. */
const WHO_OR_WHERE: ReadonlySet<FactKey> = new Set<FactKey>([
  'age',
  'minor',
  'minorGuessed',
  'relation',
  'place',
  'municipality',
  'region',
  'aboutWhom',
]);
/** A relation, age, minor or place told: something beyond whose story it is ("I", "someone else"). */
export function tellsWhoOrWhere(told: Partial<ToldFacts>): boolean {
  return [told.relation, told.age, told.minor, told.place, told.municipality].some((v) => v !== null && v !== undefined);
}

/**
 * A message of this many words or fewer that tells an age, a relation or a place is a fact of who
 * or where ("ik ben 20 en studeer in breda", "hij is 13 net als ik", "I'm 20, from Colombia, au
 * pair in Haarlem since March"), not the story itself.
 */
const WHO_OR_WHERE_WORDS = 20;

/**
 * The message only tells who or where: a short message with an age, a relation or a place among
 * what it told, nothing else told (no passport held, no debt, no "cannot leave"), no form of
 * exploitation read ("ik ben 16 en mijn vriend wil dat ik ..." tells a story) and no situation of
 * danger named. The model's doubt about it comes from the background many calm stories share (a
 * minor, a migrant, a town), and the answer to the bot's own question or to "tell me what is going
 * on" is not asked about danger: the story that follows is.
 */
export function onlyWhoOrWhere(message: { told: Partial<ToldFacts>; form: string; reasons: readonly string[]; words: number }): boolean {
  const { told } = message;
  const keys = (Object.keys(told) as FactKey[]).filter((k) => told[k] !== null && told[k] !== undefined);
  return (
    message.words <= WHO_OR_WHERE_WORDS &&
    message.form === 'unknown' &&
    dangerSituations(message.reasons).length === 0 &&
    tellsWhoOrWhere(told) &&
    keys.every((k) => WHO_OR_WHERE.has(k))
  );
}
