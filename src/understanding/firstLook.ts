/**
 * The first look at a message: the danger screen and the language, both in-process and
 * synchronous. Shared by the understander and by the recognizer adapters' `recognize` (which must
 * still say acuteDanger and language on their own, for `helpline recognize` and their contract).
 */
import type { LanguageGuess } from '../nlu/language';
import type { NluLocale } from '../nlu/recognizer';
import type { ReadMessage } from '../nlu/model/reader';
import { assessDangerAnswer, dangerToldNow, deniesDangerNow, readAsAnswer } from '../safety/dangerAnswer';
import { dangerInPassing } from '../safety/inPassing';
import { SafetyScreen, SUICIDE_TOLD_AWAY, UNREADABLE_REASON } from '../safety/screen';
import { namesOnlyTheThought, thoughtsHeldAway } from '../safety/thoughtsInTheirTime';
import type { EarlierTurn, FirstLook } from './understanding';

export interface LookWithReading {
  look: FirstLook;
  /** The analysis behind the danger assessment, reused by the rest of the understanding step. */
  read: ReadMessage;
}

/** The part of the first look that depends on the text alone: the danger screen, with danger said in passing. */
export interface Screened {
  danger: FirstLook['danger'];
  read: ReadMessage;
}

/**
 * `readBefore`: this text's reading by the same reader, made already for another screen's look (the
 * later-turn screen shares the main screen's reader, safety/laterTurnScreen.ts). Reading the text is
 * most of a look's work and depends on the text alone, so only the assessment is made again. Never
 * a reading that stands for an unreadable text (`readOf`). `thoughtsAway`, with `readBefore`: a later
 * turn whose thoughts of suicide are held away from now (SafetyScreen `assessRead`).
 */
export function screenText(screen: SafetyScreen, text: string, readBefore?: ReadMessage, thoughtsAway = false): Screened {
  const screened = readBefore === undefined ? screen.look(text) : { danger: screen.assessRead(readBefore, thoughtsAway), read: readBefore };
  const { read } = screened;
  let { danger } = screened;
  if (danger.level === 'none' && dangerInPassing(screen, text, read))
    danger = { ...danger, level: 'unsure', reasons: [...danger.reasons, 'window.acute'] };
  // "Nee, ze zijn er nu niet": a denial of danger now with no danger named beside it (dangerAnswer.ts).
  else if (danger.level !== 'none' && deniesDangerNow(text, screened))
    danger = { ...danger, level: 'none', reasons: [...danger.reasons.filter((r) => !r.startsWith('model.')), 'answer.not_now_told'] };
  // "Ze is nu niet veilig", "nee niet nu, hij staat naast me", "nee nu niet maar vanavond ...": told now (dangerAnswer.ts).
  danger = dangerToldNow(screen, text, danger);
  return { danger, read };
}

/** The reason of a later turn whose thoughts of suicide its conversation holds away from now (`lookAt`). */
export const THOUGHTS_AWAY_REASON = 'turn.thoughts_away';

/** Reasons of a reading by rule: an alarm, a cry or a situation read poorly, danger now told in the writer's words. */
const BY_RULE = /^(?:floor\.|told\.)/u;

/**
 * A later turn's thoughts of suicide in their time (round 47, acute47): held away from now (past and
 * over, or someone else's and over: thoughtsInTheirTime.ts), they are read as told away, 113 named
 * with care and no 112 at once (SafetyScreen `assessRead`). Where the message names nothing but the
 * thought and the story's background, the danger model's score is the thought's too
 * (`namesOnlyTheThought`), so a thought told away, by this or by the screen, gets no danger question
 * either: the told-away line asks whether anyone has such thoughts now (dialogs/triageDialog.ts). An
 * alarm, a cry or danger told now in the same message keeps its reading.
 */
function thoughtsInConversation(screen: SafetyScreen, text: string, screened: Screened): Screened {
  const { read } = screened;
  const heldAway = screened.danger.suicidal && thoughtsHeldAway(read);
  const toldAway = heldAway ? screenText(screen, text, read, true).danger : screened.danger;
  if (toldAway.suicidal || !toldAway.reasons.includes(SUICIDE_TOLD_AWAY)) return screened;
  const onlyTheThought = toldAway.level !== 'none' && namesOnlyTheThought(read) && !toldAway.reasons.some((r) => BY_RULE.test(r));
  if (!heldAway && !onlyTheThought) return screened;
  const reasons = onlyTheThought ? toldAway.reasons.filter((r) => !r.startsWith('model.')) : toldAway.reasons;
  return { read, danger: { ...toldAway, level: onlyTheThought ? 'none' : toldAway.level, reasons: [THOUGHTS_AWAY_REASON, ...reasons] } };
}

/** The reading behind a screening, when it is the text's own (not the empty reading of an unreadable text). */
export function readOf(screened: Screened | undefined): ReadMessage | undefined {
  return screened === undefined || screened.danger.reasons.includes(UNREADABLE_REASON) ? undefined : screened.read;
}

/**
 * `screened` and `language`: what the caller has already for this text (a second look at one
 * message); the language guess depends on the text and `locale` alone. `earlier`: the screen's
 * readings of the citizen's earlier turns in this conversation, oldest first (SafetyScreen
 * inConversation); without them the message is read alone, as before. `askedDangerNow`: the last
 * bot turn asked "is er nu gevaar?" in other words (UnderstandingContext `askedDangerNow`).
 * `storyUntold`: the message tells the story the bot has not yet heard (UnderstandingContext
 * `storyUntold`).
 */
export function lookAt(
  screen: SafetyScreen,
  text: string,
  locale: NluLocale,
  awaiting?: string | null,
  screened: Screened = screenText(screen, text),
  guessed?: LanguageGuess,
  earlier: readonly EarlierTurn[] = [],
  askedDangerNow = false,
  storyUntold = false,
): LookWithReading & { guessed: LanguageGuess } {
  const { read } = screened;
  // A later turn whose thoughts of suicide are held away from now is read as told away before
  // anything else reads it (`thoughtsInConversation`). A first message is read as it always was.
  if (earlier.length > 0) screened = thoughtsInConversation(screen, text, screened);
  let { danger } = screened;
  // "Is iemand op dit moment in gevaar?" answered: the answer about now outweighs the words alone.
  if (awaiting === 'dangerCheck') danger = assessDangerAnswer(screen, text, { danger, read });
  else danger = screen.inConversation(screened, earlier, storyUntold);
  // "Nee" to the bot's danger reply or "is the danger still there?", read before the bot says 112 on it.
  if (askedDangerNow) danger = readAsAnswer(screen, text, screened, danger, { awaiting: awaiting ?? null, dangerNow: true });
  // Through the screen's reader, which may have guessed it with this reading already (reader.ts languageOf).
  const language = guessed ?? screen.reader.languageOf(text, locale, read.analysis);
  return {
    guessed: language,
    look: {
      danger,
      language: language.language,
      ...(language.other ? { otherLanguage: language.other } : {}),
      ...(language.mixedWith ? { mixedWith: language.mixedWith } : {}),
      ...(language.unclear ? { languageUnclear: true } : {}),
    },
    read,
  };
}

/**
 * A first-look function over one screen (for adapters constructed without the understander).
 * Without a screen, the shipped one is loaded on first use, not when the adapter is built.
 */
export function firstLooker(screen?: SafetyScreen): (text: string, locale: NluLocale) => FirstLook {
  let loaded = screen;
  return (text, locale) => {
    loaded ??= new SafetyScreen();
    return lookAt(loaded, text, locale).look;
  };
}
