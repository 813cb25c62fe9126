import type { Understanding } from '../src/understanding/understanding';
import type { Role } from '../src/triage/summary';
import { normaliseText, phrasesOf, saysExactly } from './commands';
import type { Replies } from './replies';

export type YesNo = 'yes' | 'no' | 'unknown';

/** Reads a yes/no/don't-know answer from a button, a word, the start of a sentence, or the recognizer. */
export function yesNoAnswer(replies: Replies, text: string, u: Pick<Understanding, 'intent'>): YesNo {
  // "ok" acknowledges the message; it does not answer "can the person leave?" with yes.
  if (saysExactly(replies, text, 'acknowledge')) return 'unknown';
  for (const answer of ['unknown', 'yes', 'no'] as const) {
    if (saysExactly(replies, text, answer) || startsWithPhrase(replies, text, answer)) return answer;
  }
  if (u.intent === 'affirm') return 'yes';
  if (u.intent === 'deny') return 'no';
  return 'unknown';
}

/** "Weet ik niet", "not sure": doubt said in so many words (a message about something else is no answer). */
export function saysUnsure(replies: Replies, text: string): boolean {
  return saysExactly(replies, text, 'unknown') || startsWithPhrase(replies, text, 'unknown');
}

/** The role a citizen chose: about themselves, about someone else, or as a professional. */
export function roleAnswer(replies: Replies, text: string): Role | null {
  if (saysExactly(replies, text, 'roleSelf')) return 'self';
  if (saysExactly(replies, text, 'roleOther')) return 'other';
  if (saysExactly(replies, text, 'roleProfessional')) return 'professional';
  return null;
}

/** Whether a message tells something about the worry (rather than only choosing or greeting). */
export function describesConcern(u: Pick<Understanding, 'intent' | 'form' | 'signals'>, text: string): boolean {
  if (u.form !== 'unknown' || u.signals.length > 0) return true;
  return u.intent === 'describe_concern' && normaliseText(text).split(' ').length >= 4;
}

function startsWithPhrase(replies: Replies, text: string, list: string): boolean {
  const said = normaliseText(text);
  for (const p of phrasesOf(replies, list)) if (p.length > 0 && said.startsWith(`${p} `)) return true;
  return false;
}
