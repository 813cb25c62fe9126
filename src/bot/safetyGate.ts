import type { Activity } from 'botbuilder';
import type { Replies } from '../../dialogs/replies';
import type { Locale } from '../i18n/catalog';
import type { SafetyResult } from '../safety/screen';

/**
 * The danger-first reply: 112 before anything else, 113 for suicidal thoughts, then the offer of
 * a person to talk to. Built from the screen's result alone, so it needs no recognizer and no store.
 * `before`: danger replies given earlier while the danger stayed in view. The first is full; the
 * second short (the same three messages at every danger turn read as a form, not as being heard);
 * from the third on one that asks whether 112 could be called, in other words each time.
 */
export function dangerReplies(replies: Replies, locale: Locale, result: SafetyResult, inLiveChat = false, before = 0): Partial<Activity>[] {
  if (!result.acuteDanger && !result.suicidal) return [];
  if (before > 0) {
    // Still 112 first; the offer of a person was made the first time.
    // From the third on, the wordings take turns: the same words at every danger turn read as a form.
    const short = [replies.text(locale, before >= 2 ? STILL[(before - 2) % STILL.length]! : 'danger.acuteAgain')];
    if (result.suicidal) short.push(replies.text(locale, SUICIDAL_AGAIN[(before - 1) % SUICIDAL_AGAIN.length]!));
    return short;
  }
  const out = [replies.text(locale, 'danger.acute')];
  if (result.suicidal) out.push(replies.text(locale, 'danger.suicidal'));
  // In a live chat a person is already there: say so instead of offering one.
  out.push(replies.text(locale, inLiveChat ? 'handoff.dangerNote' : 'danger.counsellorOffer'));
  return out;
}

/**
 * The danger reply from the third on, in turn; and the 113 line from the second on. Enough wordings
 * for a long conversation in danger: with two the fourth danger turn said the second's words again.
 */
const STILL = ['danger.acuteStill', 'danger.acuteStillAgain', 'danger.acuteStillThird', 'danger.acuteStillFourth'] as const;
/** Every wording of the 112 reply (the first, the second, the ones in turn): what a reply to danger says first. */
export const DANGER_REPLY_KEYS = ['danger.acute', 'danger.acuteAgain', ...STILL] as const;
const SUICIDAL_AGAIN = ['danger.suicidalAgain', 'danger.suicidalStill', 'danger.suicidalStillAgain', 'danger.suicidalStillThird'] as const;

/**
 * The same replies for a message in a language the bot cannot chat in: each in English and then
 * Dutch in one message, so 112 and 113 are read whatever language the citizen reads best.
 */
export function bilingualDangerReplies(replies: Replies, result: SafetyResult, inLiveChat = false, before = 0): Partial<Activity>[] {
  const en = dangerReplies(replies, 'en', result, inLiveChat, before);
  const nl = dangerReplies(replies, 'nl', result, inLiveChat, before);
  return en.map((reply, i) => ({ ...reply, text: `${reply.text ?? ''}\n\n${nl[i]?.text ?? ''}` }));
}
