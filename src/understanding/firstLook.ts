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
import { SafetyScreen, UNREADABLE_REASON } from '../safety/screen';
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
 * a reading that stands for an unreadable text (`readOf`).
 */
export function screenText(screen: SafetyScreen, text: string, readBefore?: ReadMessage): Screened {
  const screened = readBefore === undefined ? screen.look(text) : { danger: screen.assessRead(readBefore), read: readBefore };
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
  let { danger } = screened;
  // "Is iemand op dit moment in gevaar?" answered: the answer about now outweighs the words alone.
  if (awaiting === 'dangerCheck') danger = assessDangerAnswer(screen, text, { danger, read });
  else danger = screen.inConversation(screened, earlier, storyUntold);
  // "Nee" to the bot's danger reply or "is the danger still there?", read before the bot says 112 on it.
  if (askedDangerNow) danger = readAsAnswer(screen, text, screened, danger, { awaiting: awaiting ?? null, dangerNow: true });
  // Through the screen's reader, which may have guessed it for this message already (reader.ts languageOf).
  const language = guessed ?? screen.reader.languageOf(text, locale);
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
