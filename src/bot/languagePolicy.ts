/**
 * The conversation follows the citizen's language: the page's language is only where it starts.
 * A message of two words or more in the other supported language switches at once ("is this
 * anonymous?", "help please"). One word is weak evidence ("ok", "ja", "sorry" are typed in both):
 * it switches only as the first message of the conversation or when the message before it pointed
 * the same way. A message in a third language never changes the conversation's language.
 */
import type { Locale } from '../i18n/catalog';
import type { Language } from '../nlu/recognizer';
import { letterWordCount } from '../nlu/text/letterWords';

export interface LanguageState {
  locale: Locale;
  /** A one-word message pointed to this language; one more in a row switches. */
  leaning: Locale | null;
  /** Citizen messages read so far in this conversation. */
  messages: number;
}

export function followLanguage(state: LanguageState, language: Language, text: string): LanguageState {
  const messages = state.messages + 1;
  if (language === 'other') return { ...state, messages };
  if (language === state.locale) return { locale: state.locale, leaning: null, messages };
  const words = letterWordCount(text);
  if (words >= 2 || state.messages === 0 || state.leaning === language) return { locale: language, leaning: null, messages };
  return { locale: state.locale, leaning: language, messages };
}
