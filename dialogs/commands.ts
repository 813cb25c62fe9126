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

/**
 * Messages and command phrases are compared as plain words (case, accents and punctuation ignored).
 * No memo of the last message here: it would keep a citizen's words in module state after the turn.
 */
export const normaliseText = plainWords;

/**
 * A message in plain words (`normaliseText`), made once a turn: the command check and every answer
 * reading of the bot and the dialogs compare this one form with their phrase lists instead of each
 * normalising the same message again. The brand makes sure a raw text is never compared as one.
 */
export type Said = string & { readonly __said: unique symbol };

export function said(text: string): Said {
  return normaliseText(text) as Said;
}

/**
 * The phrases of each commands.<list>, both locales, as plain words: made once per Replies (its
 * catalogue does not change while the server runs). Every message is compared with every command,
 * and normalising the phrases again each time was a noticeable part of a turn's CPU.
 */
const phraseSets = new WeakMap<Replies, Map<string, ReadonlySet<string>>>();

export function phrasesOf(replies: Replies, list: string): ReadonlySet<string> {
  let lists = phraseSets.get(replies);
  if (!lists) {
    lists = new Map();
    phraseSets.set(replies, lists);
  }
  let phrases = lists.get(list);
  if (!phrases) {
    phrases = new Set((['nl', 'en'] as const).flatMap((locale) => replies.list(locale, `commands.${list}`).map(normaliseText)));
    lists.set(list, phrases);
  }
  return phrases;
}

function isPhrase(replies: Replies, words: string, list: string): boolean {
  return words !== '' && phrasesOf(replies, list).has(words);
}

/** True when the whole message is one of the phrases under commands.<list> (any locale). */
export function saysExactly(replies: Replies, text: string, list: string): boolean {
  return isPhrase(replies, normaliseText(text), list);
}

/** saysExactly for a message already in plain words (`said`): for callers that compare one message with several lists. */
export function saidExactly(replies: Replies, words: Said, list: string): boolean {
  return isPhrase(replies, words, list);
}

/** A command the message is, word for word (button labels and short keywords). */
export function exactCommand(replies: Replies, text: string): Command | null {
  return commandSaid(replies, said(text));
}

/** exactCommand for a message already in plain words (`said`). */
export function commandSaid(replies: Replies, words: Said): Command | null {
  return COMMANDS.find((command) => isPhrase(replies, words, command)) ?? null;
}
