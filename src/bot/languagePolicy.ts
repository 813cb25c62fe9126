/**
 * The conversation follows the citizen's language: the page's language is only where it starts.
 * A message of two words or more in the other supported language switches at once ("is this
 * anonymous?", "help please"). One word is weak evidence ("ok", "ja", "sorry" are typed in both):
 * it switches only as the first message of the conversation or when the message before it pointed
 * the same way. A message in a third language never changes the conversation's language, nor one of
 * names only (a town and its district) after the first.
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

/**
 * Only names: a few words that each start with a capital and no question ("Amsterdam, Nieuw-West",
 * "Den Bosch", "Maria Santos"). A place or a person is written the same in every language: such a
 * message tells nothing of the language the citizen writes in.
 */
function namesOnly(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= 4 && !/[?¿]/u.test(text) && words.every((w) => /^\p{Lu}/u.test(w));
}

export function followLanguage(state: LanguageState, language: Language, text: string): LanguageState {
  const messages = state.messages + 1;
  if (language === 'other') return { ...state, messages };
  if (language === state.locale) return { locale: state.locale, leaning: null, messages };
  if (state.messages > 0 && namesOnly(text)) return { ...state, messages };
  const words = letterWordCount(text);
  if (words >= 2 || state.messages === 0 || state.leaning === language) return { locale: language, leaning: null, messages };
  return { locale: state.locale, leaning: language, messages };
}
