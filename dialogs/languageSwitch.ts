import type { Locale } from '../src/i18n/catalog';
import type { Replies } from './replies';

/** Recognises a request to change language ("English please", "Nederlands"), in either locale. */
export function requestedLanguage(replies: Replies, text: string): Locale | null {
  const normalised = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (normalised === '') return null;
  for (const locale of ['nl', 'en'] as const) {
    if (replies.list(locale, 'commands.toEnglish').includes(normalised)) return 'en';
    if (replies.list(locale, 'commands.toDutch').includes(normalised)) return 'nl';
  }
  return null;
}
