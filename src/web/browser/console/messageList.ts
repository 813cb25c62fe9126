/**
 * The lines of a live chat: who said what, when. Lines that arrived on the feed while the
 * transcript was loading are only added when the loaded transcript does not have them already.
 */
import { el } from '../shared/dom';
import { clockTime } from '../shared/format';
import type { LineRole } from '../shared/schemas';
import type { Texts } from '../shared/texts';

export interface ChatLine {
  role: LineRole;
  text: string;
  at: string;
  /** A counsellor's name, when known. */
  name: string | null;
}

export function senderLabel(texts: Texts, role: LineRole, name: string | null): string {
  if (role === 'counsellor') return name ? texts.t('senders.counsellorNamed', { name }) : texts.t('senders.counsellor');
  return texts.t(`senders.${role}`);
}

/** Held feed lines not in the loaded transcript (same sender and text, among its last 20 lines). */
export function missingLines<T extends { role: string; text: string }>(held: readonly T[], loaded: readonly T[]): T[] {
  const recent = loaded.slice(-20);
  return held.filter((line) => {
    const i = recent.findIndex((r) => r.role === line.role && r.text === line.text);
    if (i === -1) return true;
    recent.splice(i, 1);
    return false;
  });
}

export function messageNode(line: ChatLine, texts: Texts): HTMLElement {
  return el('div', { className: `msg msg--${line.role}` }, [
    el('p', { className: 'msg__meta' }, [
      el('span', { className: 'msg__who', text: senderLabel(texts, line.role, line.name) }),
      ' ',
      el('time', { datetime: line.at, text: clockTime(line.at, texts.intlLocale) }),
    ]),
    el('p', { className: 'msg__text', text: line.text }),
  ]);
}
