import type { Understanding } from '../src/understanding/understanding';
import type { Role } from '../src/triage/summary';
import { phrasesOf, saidExactly, type Said } from './commands';
import type { Replies } from './replies';

export type YesNo = 'yes' | 'no' | 'unknown';

/**
 * Reads a yes/no/don't-know answer from a button, a word, the start of a sentence, or the recognizer.
 * The readings below take the message in plain words (`said` of commands.ts), made once a turn.
 */
export function yesNoAnswer(replies: Replies, said: Said, u: Pick<Understanding, 'intent'>): YesNo {
  // "ok" acknowledges the message; it does not answer "can the person leave?" with yes.
  if (saidExactly(replies, said, 'acknowledge')) return 'unknown';
  for (const answer of ['unknown', 'yes', 'no'] as const) {
    if (saidExactly(replies, said, answer) || startsWithPhrase(replies, said, answer)) return answer;
  }
  if (u.intent === 'affirm') return 'yes';
  if (u.intent === 'deny') return 'no';
  return 'unknown';
}

/** "Weet ik niet", "not sure": doubt said in so many words (a message about something else is no answer). */
export function saysUnsure(replies: Replies, said: Said): boolean {
  return saidExactly(replies, said, 'unknown') || startsWithPhrase(replies, said, 'unknown');
}

/** The role a citizen chose: about themselves, about someone else, or as a professional. */
export function roleAnswer(replies: Replies, said: Said): Role | null {
  if (saidExactly(replies, said, 'roleSelf')) return 'self';
  if (saidExactly(replies, said, 'roleOther')) return 'other';
  if (saidExactly(replies, said, 'roleProfessional')) return 'professional';
  return null;
}

/** Whether a message tells something about the worry (rather than only choosing or greeting). */
export function describesConcern(u: Pick<Understanding, 'intent' | 'form' | 'signals'>, said: Said): boolean {
  if (u.form !== 'unknown' || u.signals.length > 0) return true;
  return u.intent === 'describe_concern' && said.split(' ').length >= 4;
}

/** Whether the message, in plain words (`said`), opens with one of the phrases of `list`. */
function startsWithPhrase(replies: Replies, said: Said, list: string): boolean {
  for (const p of phrasesOf(replies, list)) if (p.length > 0 && said.startsWith(`${p} `)) return true;
  return false;
}
