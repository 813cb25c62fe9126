import { plainWords } from '../src/safety/normalise';
import type { Replies } from './replies';

/** What a citizen can ask for at any moment, with a button, a word, or in their own words. */
export const COMMANDS = [
  'counsellor',
  'cancel',
  'police',
  'anonymous',
  'privacy',
  'signals',
  'help',
  'restart',
  'stop',
  'toEnglish',
  'toDutch',
] as const;
export type Command = (typeof COMMANDS)[number];

/** Messages and command phrases are compared as plain words (case, accents and punctuation ignored). */
export const normaliseText = plainWords;

/** True when the whole message is one of the phrases under commands.<list> (any locale). */
export function saysExactly(replies: Replies, text: string, list: string): boolean {
  const said = normaliseText(text);
  if (said === '') return false;
  return (['nl', 'en'] as const).some((locale) =>
    replies.list(locale, `commands.${list}`).some((phrase) => normaliseText(phrase) === said),
  );
}

/** A command the message is, word for word (button labels and short keywords). */
export function exactCommand(replies: Replies, text: string): Command | null {
  return COMMANDS.find((command) => saysExactly(replies, text, command)) ?? null;
}
