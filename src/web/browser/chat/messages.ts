/**
 * What the page shows for an activity, decided without the DOM so it can be tested: who it is
 * from (the citizen, the chatbot, or a counsellor, whose identity travels in
 * channelData.helplineSender), its text split into plain text and links, its buttons, and the
 * handoff protocol's status events that say a person joined or left.
 */
import type { TextKey } from './config';
import type { CardAction, ChatActivity } from './protocol';

export type Sender = { kind: 'citizen' } | { kind: 'bot' } | { kind: 'counsellor'; id: string; name: string };

export function senderOf(activity: ChatActivity): Sender {
  if (activity.from?.role === 'user') return { kind: 'citizen' };
  const sender = activity.channelData?.helplineSender;
  if (sender?.role === 'counsellor') {
    const name = (sender.name ?? activity.from?.name ?? '').trim();
    return { kind: 'counsellor', id: sender.id ?? activity.from?.id ?? '', name };
  }
  // The channel also sets `from` to `counsellor:<id>` with the name, for clients without channelData.
  if (activity.from?.id?.startsWith('counsellor:')) {
    return { kind: 'counsellor', id: activity.from.id.slice('counsellor:'.length), name: (activity.from.name ?? '').trim() };
  }
  return { kind: 'bot' };
}

export function sameSender(a: Sender, b: Sender): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'counsellor' || (b.kind === 'counsellor' && a.id === b.id);
}

/** Initials for a counsellor's avatar: "Sanne de Vries" → "SV"; an empty name → "". */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) || /^\p{L}/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  const picked = (capitals.length > 0 ? capitals : words).map((w) => Array.from(w)[0] ?? '');
  return (picked.length > 1 ? picked[0]! + picked[picked.length - 1]! : (picked[0] ?? '')).toUpperCase();
}

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * Web addresses, 112 and Dutch phone numbers written as 0800-2000 become links, so a citizen on
 * a phone can tap them. Only http(s) addresses: nothing in a message can make a javascript: link.
 * The bot writes a named link as markdown, `[Meer over je privacy](https://…)`, because the
 * official Web Chat client renders markdown; this page shows it as that link, never the brackets.
 */
const LINKABLE =
  /\[([^\[\]\n]{1,200})\]\((https?:\/\/[^\s<>"'()]+)\)|\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]|\b0[89]00-?\d{4}(?:\d{3})?\b|\b112\b(?!-)/g;

export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const start = match.index ?? 0;
    // "112" inside a longer number such as 06-112 is not the emergency number.
    if (match[0] === '112' && start > 0 && text[start - 1] === '-') continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    const found = match[0];
    const [, label, target] = match;
    if (label !== undefined && target !== undefined) parts.push({ kind: 'link', text: label, href: target });
    else parts.push({ kind: 'link', text: found, href: /^https?:/.test(found) ? found : `tel:${found.replace(/-/g, '')}` });
    last = start + found.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export interface Choice {
  title: string;
  /** What is sent when the citizen picks it. */
  value: string;
}

/** Buttons that send text back (imBack, postBack, messageBack); anything else is not offered. */
export function choicesOf(activity: ChatActivity): Choice[] {
  const actions: CardAction[] = activity.suggestedActions?.actions ?? [];
  return actions
    .filter((a) => a.type === undefined || a.type === 'imBack' || a.type === 'postBack' || a.type === 'messageBack')
    .map((a) => ({ title: (a.title ?? '').trim(), value: typeof a.value === 'string' ? a.value : (a.title ?? '') }))
    .filter((c) => c.title !== '' && c.value !== '');
}

export type HandoffState = 'accepted' | 'completed' | 'failed';

/**
 * Why a person left the chat, when the server says so: handed back to the bot, closed the chat,
 * no counsellor took it in time, or the counsellor's connection was lost. Unknown reasons (an
 * older or newer server) are left out, and the page falls back on the state alone.
 */
export type HandoffReason = 'released' | 'closed' | 'expired' | 'counsellor_gone';
const REASONS: readonly string[] = ['released', 'closed', 'expired', 'counsellor_gone'];

export function handoffReasonOf(activity: ChatActivity): HandoffReason | null {
  if (activity.type !== 'event' || activity.name !== 'handoff.status') return null;
  const reason = (activity.value as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' && REASONS.includes(reason) ? (reason as HandoffReason) : null;
}

/** The handoff protocol's status event: a person took the chat, or it went back to the bot. */
export function handoffStateOf(activity: ChatActivity): HandoffState | null {
  if (activity.type !== 'event' || activity.name !== 'handoff.status') return null;
  const state = (activity.value as { state?: unknown } | undefined)?.state;
  return state === 'accepted' || state === 'completed' || state === 'failed' ? state : null;
}

/**
 * The line the page shows when a person joins or leaves. Only a hand-back (or a lost counsellor)
 * is "back to the chatbot": a closed chat is over, and an expired wait never had a person in it.
 */
export function handoffNoticeKey(state: HandoffState, reason: HandoffReason | null): TextKey {
  if (state === 'accepted') return 'personJoined';
  if (reason === 'closed') return 'counsellorClosed';
  if (reason === 'expired') return 'noCounsellor';
  return 'backToBot';
}

/** What the page does with one activity. */
export type Shown =
  | { kind: 'message'; sender: Sender; text: string; choices: Choice[] }
  | { kind: 'typing'; sender: Sender }
  | { kind: 'handoff'; state: HandoffState; reason: HandoffReason | null }
  | { kind: 'end' }
  /** The citizen said "stop": the chat goes on, but they may want it off the screen. */
  | { kind: 'stopped' }
  | { kind: 'none' };

/** The event the bot sends after it answered "stop" (dialogs/helplineDialog.ts). */
export const STOPPED_EVENT = 'chat.stopped';

export function show(activity: ChatActivity): Shown {
  switch (activity.type) {
    case 'message':
      if ((activity.text ?? '').trim() === '' && choicesOf(activity).length === 0) return { kind: 'none' };
      return { kind: 'message', sender: senderOf(activity), text: activity.text ?? '', choices: choicesOf(activity) };
    case 'typing':
      return senderOf(activity).kind === 'citizen' ? { kind: 'none' } : { kind: 'typing', sender: senderOf(activity) };
    case 'endOfConversation':
      return { kind: 'end' };
    case 'event': {
      if (activity.name === STOPPED_EVENT) return { kind: 'stopped' };
      const state = handoffStateOf(activity);
      return state ? { kind: 'handoff', state, reason: handoffReasonOf(activity) } : { kind: 'none' };
    }
    default:
      return { kind: 'none' };
  }
}
