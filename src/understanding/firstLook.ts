/**
 * The first look at a message: the danger screen and the language, both in-process and
 * synchronous. Shared by the understander and by the recognizer adapters' `recognize` (which must
 * still say acuteDanger and language on their own, for `helpline recognize` and their contract).
 */
import { detectLanguageDetail } from '../nlu/language';
import type { NluLocale } from '../nlu/recognizer';
import type { ReadMessage } from '../nlu/model/features';
import { SafetyScreen } from '../safety/screen';
import type { FirstLook } from './understanding';

export interface LookWithReading {
  look: FirstLook;
  /** The analysis behind the danger assessment, reused by the rest of the understanding step. */
  read: ReadMessage;
}

export function lookAt(screen: SafetyScreen, text: string, locale: NluLocale): LookWithReading {
  const { danger, read } = screen.look(text);
  const language = detectLanguageDetail(text, locale);
  return {
    look: { danger, language: language.language, ...(language.other ? { otherLanguage: language.other } : {}) },
    read,
  };
}

/** A first-look function over one screen (for adapters constructed without the understander). */
export function firstLooker(screen: SafetyScreen = new SafetyScreen()): (text: string, locale: NluLocale) => FirstLook {
  return (text, locale) => lookAt(screen, text, locale).look;
}
