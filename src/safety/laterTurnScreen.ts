/**
 * The screen that reads a citizen's turn after the first one (round 45, later45): the main screen's
 * rules and reader with the later-turn danger model and its thresholds (nlu/model/laterTurnModel.ts).
 * A first message is read by the main screen alone, so its reading is as it was.
 *
 * Round 47 (ao47): the later model may lower what the main model reads, but not a danger told as
 * happening now. Learning dialogs-dev-ao moved the later model's score of "nu heeft hij haar telefoon
 * afgepakt", told after a "nee" to the danger question, from 0.531 to 0.434: under `sure` (0.5, the
 * score from which a message that names only background is acute), so the turn read unsure, then none
 * in its conversation, and lost its 112. Its thresholds had moved by 0.004; the 112 hung on the score
 * of one sentence. What a later turn tells of now is read by rules here, whatever the weights
 * (`keepsMainReading`), so that adding training turns cannot take it away.
 */
import type { ReadMessage } from '../nlu/model/reader';
import { defaultLaterTurnFile, laterTurnBundle, readLaterTurnModel, type StoredLaterTurnModel } from '../nlu/model/laterTurnModel';
import type { ModelBundle } from '../nlu/model/bundle';
import type { DangerAssessment, EarlierTurn } from '../understanding/understanding';
import { HELD_OR_HURT, SafetyScreen, heldOrHurtNamed, tellsNowOfAnEvent, type ScreenedMessage } from './screen';
import { harmOnlyUnderCondition } from './conditionalThreat';
import { timeSetAwayByDenial } from './storyTime';

// Every understander (the bot's, each test's) asks for the later-turn screen: the file is read once.
const parsed = new Map<string, StoredLaterTurnModel>();

function storedAt(file: string): StoredLaterTurnModel {
  let stored = parsed.get(file);
  if (stored === undefined) {
    stored = readLaterTurnModel(file);
    parsed.set(file, stored);
  }
  return stored;
}

/** The reason added where the main model's acute reading of a later turn is kept (see `keepsMainReading`). */
export const KEPT_BY_MAIN_REASON = 'later.danger_now';

/** Reasons of a reading that answered "no danger now" (firstLook.ts, dangerAnswer.ts): never raised here. */
const DENIAL_REASON = /^answer\.(?:not_now_told|no_danger_now)$/u;

/**
 * A later turn the main model reads acute keeps that reading, whatever the later model scores:
 * - someone held, hurt or threatened, told as happening at this moment (`heldOrHurtNamed` with the
 *   screen's `now.event`: "nu slaat hij haar", "hij houdt haar nu vast"), on any turn. The later model
 *   learned calm details of stories (bruises she had, a threat of last month); a blow at this moment
 *   is no detail;
 * - anything told as happening at this moment after the conversation said no one is in danger now
 *   (storyTime.ts `timeSetAwayByDenial`: a "nee" to the danger question, "nee nu niet, ik ben
 *   thuis"). The later model learned turns told inside a story's present; a "now" after "no one is
 *   in danger now" is news against it, to be weighed as a first message is. And there the danger
 *   question is not asked again for an unsure reading (calm23), so a lowering is silence, not a
 *   question. Not after a story only told in the past (round 48, calm48): there the question is still
 *   open for a moment told (dangerQuestion.ts `atThisMoment`), and on the dialog tuning lines the
 *   main model's 112 kept after such stories came on calm turns ("he is now admitted with an
 *   infection", "wait she is sending me something right now", an overheard "she's booked tonight").
 * Not a harm told only under a condition ("she still calls me. she says if I dont pay she will hurt
 * my mother": conditionalThreat.ts, round 49): the hold the exploiter has, no harm at this moment;
 * the later model weighs it.
 * `earlier`: the readings of the turns before it, when the caller reads it in its conversation.
 */
export function keepsMainReading(read: ReadMessage, earlier: readonly EarlierTurn[] = []): boolean {
  if (!tellsNowOfAnEvent(read)) return false;
  return (heldOrHurtNamed(read) && !harmToldAsOver(read) && !harmOnlyUnderCondition(read)) || timeSetAwayByDenial(earlier);
}

/** "Not anymore" in words: "(maar) nu niet meer", "niet meer nu", "not anymore", "no longer". */
const OVER = /\b(?:nu niet meer|niet meer nu|not anymore|not any more|no longer|not now anymore)\b/u;

/**
 * Every harm the message names (someone held, hurt or threatened) is followed in its sentence by words
 * that say it is over ("een keer in begin hij heeft mij geduwd, tegen muur, maar nu niet meer", "he
 * pushed me once, but not anymore"; round 48, calm48). The "nu" of such a sentence is the moment the
 * harm stopped, not one it happens in: the later model weighs the turn, as it does a harm told in
 * the past. A harm told after the "not anymore" ("maar nu niet meer, nu houdt hij haar vast") is not.
 */
export function harmToldAsOver(read: ReadMessage): boolean {
  const harms = read.situations.filter((h) => !h.negated && HELD_OR_HURT.has(h.concept));
  if (harms.length === 0) return false;
  const { written, sentenceOf } = read.analysis;
  const after = (h: { end: number; sentence: number }) => {
    const words: string[] = [];
    for (let i = h.end + 1; i < written.length && sentenceOf[i] === h.sentence; i++) words.push(written[i]!.toLowerCase());
    return words.join(' ');
  };
  return harms.every((h) => OVER.test(after(h)));
}

/**
 * The later-turn screen: the later model's reading, except where `keepsMainReading` keeps the main
 * model's acute one. Only a reading the later model would lower costs the main model's score too.
 */
export class LaterTurnScreen extends SafetyScreen {
  constructor(
    bundle: ModelBundle,
    readonly main: SafetyScreen,
  ) {
    super(bundle, main.reader);
  }

  /**
   * The unread-situation floor from the main model's unsure point, not the later model's: that one
   * is chosen for the danger question on later turns (laterTurnTraining.ts, on the turns' own
   * out-of-fold scores) and lies at the model's prior for words it cannot read (0.017, 0.014 with
   * dialogs-dev-ao). As the floor's gate it made a calm detail 112 at once when a retrain moved it
   * under the detail's 0.017 (tests/unit/bot/floorInConversation.test.ts); on the tuning turns the
   * acute ones the floor holds score 0.15 and more.
   */
  protected override unreadFloorFrom(): number {
    return Math.max(this.bundle.thresholds.unsure, this.main.bundle.thresholds.unsure);
  }

  // `thoughtsAway` (acute47) passes through: an override that dropped it read every later turn's
  // thoughts held away as thoughts of now again (found at round 47's merge).
  override assessRead(read: ReadMessage, thoughtsAway = false): DangerAssessment {
    return this.keptOrOwn(read, super.assessRead(read, thoughtsAway), [], thoughtsAway);
  }

  override inConversation(screened: ScreenedMessage, earlier: readonly EarlierTurn[], storyUntold = false): DangerAssessment {
    return super.inConversation({ ...screened, danger: this.keptOrOwn(screened.read, screened.danger, earlier) }, earlier, storyUntold);
  }

  /**
   * The later model's own reading, or the main model's acute one where `keepsMainReading` says so,
   * or where both models find danger now (round 51, later51): the turn tells of a moment now, the
   * later model scores it over its own acute point and the main model is sure (over its `sure`).
   * A time alone ("vanavond", "in een uur") is evidence only from `sure` on (screen.ts
   * situationEvidence), and `sure` is the main model's scale: the later model, taught thousands of
   * calm details, scores an acute turn lower (after learning corpus/dialogs it read one held-out
   * acute turn of that kind, a time told with a moment now, 0.481 and the turn lost its 112; the
   * main model read it 0.914).
   * Where both agree there is danger, how sure is weighed on the scale it was chosen for.
   */
  private keptOrOwn(read: ReadMessage, own: DangerAssessment, earlier: readonly EarlierTurn[], thoughtsAway = false): DangerAssessment {
    if (own.level === 'acute' || own.reasons.some((r) => DENIAL_REASON.test(r) || r === KEPT_BY_MAIN_REASON)) return own;
    const byRule = keepsMainReading(read, earlier);
    const agreed = !byRule && own.score >= this.bundle.thresholds.acute && tellsNowOfAnEvent(read);
    if (!byRule && !agreed) return own;
    const first = this.main.assessRead(read, thoughtsAway);
    const kept = first.level === 'acute' && (byRule || first.score >= this.main.bundle.thresholds.sure);
    return kept ? { ...first, reasons: [...first.reasons, KEPT_BY_MAIN_REASON] } : own;
  }
}

/**
 * The later-turn screen beside `main`, or null where the later-turn model was trained beside another
 * bundle than `main`'s: a screen built on a bundle of its own (a test's) reads every turn itself.
 * The shipped screen always has its later-turn model (tests/unit/nlu/laterTurnModel.test.ts).
 */
export function laterTurnScreen(main: SafetyScreen, file = defaultLaterTurnFile()): LaterTurnScreen | null {
  const stored = storedAt(file);
  if (stored.mainSourceHash !== main.bundle.sourceHash) return null;
  return new LaterTurnScreen(laterTurnBundle(main.bundle, stored, file), main);
}

/** turnContext.ts's reason for a turn its conversation reads as none (dangerTurn.ts `explainedByConversation`). */
const READ_NONE_IN_CONVERSATION = 'turn.none';

/**
 * A later turn the later-turn screen reads as none is read as none in its conversation, as
 * turnContext.ts says of a doubt the conversation explains away: the bot then treats a main reading
 * of unsure alone as explained (dangerTurn.ts `explainedByConversation`), and a doubtful 112 of
 * before does not come back for it.
 */
export function readAsLaterTurn<D extends { level: string; reasons: string[] }>(danger: D): D {
  if (danger.level !== 'none' || danger.reasons.includes(READ_NONE_IN_CONVERSATION)) return danger;
  return { ...danger, reasons: [READ_NONE_IN_CONVERSATION, ...danger.reasons] };
}
