/**
 * The queue: one ticket per waiting chat with its wait, language, estimate and triage summary.
 * Rebuilt on every refresh; keyboard focus on an accept button survives the rebuild.
 */
import { el } from '../shared/dom';
import { clockTime } from '../shared/format';
import type { QueueItem } from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { acuteBadge, triageList } from './triageView';

export function chatCode(item: { code: string | null; conversationId: string }): string {
  return item.code || item.conversationId.slice(0, 8);
}

/** The lines under a ticket's title: place, time waited, language, estimate. */
export function ticketMeta(item: QueueItem, texts: Texts): string[] {
  const waitedMinutes = Math.floor((item.waitingSeconds || 0) / 60);
  const estimate = item.estimatedWaitMinutes;
  return [
    texts.t('queue.position', { position: item.position }),
    waitedMinutes < 1 ? texts.t('queue.waitingShort') : texts.t('queue.waiting', { minutes: waitedMinutes }),
    texts.t('queue.locale', { language: texts.label('locales', item.locale) }),
    typeof estimate !== 'number'
      ? texts.t('queue.estimateUnknown')
      : estimate < 1
        ? texts.t('queue.estimateNow')
        : texts.t('queue.estimate', { minutes: estimate }),
  ];
}

export interface QueueNodes {
  list: HTMLElement;
  empty: HTMLElement;
  count: HTMLElement;
  status: HTMLElement;
  /** role=alert */
  message: HTMLElement;
}

/** onAccept gets a callback that re-enables the button when taking the chat failed. */
export type AcceptHandler = (item: QueueItem, failed: () => void) => void;

export class QueueView {
  private codes = new Map<string, string>();
  private items: QueueItem[] = [];

  constructor(
    private readonly nodes: QueueNodes,
    private readonly texts: Texts,
    private readonly onAccept: AcceptHandler,
  ) {}

  render(items: QueueItem[]): void {
    const { texts, nodes } = this;
    const focused = document.activeElement?.getAttribute('data-accept') ?? null;
    this.items = items;
    const fresh = document.createDocumentFragment();
    for (const item of items) {
      this.codes.set(item.conversationId, chatCode(item));
      fresh.appendChild(this.ticket(item));
    }
    nodes.list.replaceChildren(fresh);
    nodes.empty.hidden = items.length > 0;
    nodes.count.textContent = items.length > 0 ? `(${texts.t('queue.count', { count: items.length })})` : '';
    nodes.status.textContent = texts.t('queue.updated', { time: clockTime(new Date().toISOString(), texts.intlLocale) });
    if (focused) {
      const buttons = Array.from(nodes.list.querySelectorAll<HTMLElement>('[data-accept]'));
      const again = buttons.find((b) => b.getAttribute('data-accept') === focused);
      (again ?? buttons[0] ?? nodes.list.closest<HTMLElement>('section'))?.focus();
    }
  }

  /** Takes the first chat in the queue (the server orders it: acute first, then by waiting time). */
  acceptNext(): boolean {
    const button = this.nodes.list.querySelector<HTMLButtonElement>('button[data-accept]:not(:disabled)');
    if (!button) {
      this.message(this.texts.t('queue.nothingToAccept'));
      return false;
    }
    button.click();
    return true;
  }

  /** The items of the last refresh. */
  current(): readonly QueueItem[] {
    return this.items;
  }

  failed(): void {
    this.nodes.status.textContent = this.texts.t('queue.loadFailed');
  }

  message(text: string): void {
    this.nodes.message.textContent = text;
  }

  clear(): void {
    this.nodes.list.replaceChildren();
    this.nodes.message.textContent = '';
    this.nodes.status.textContent = '';
    this.nodes.count.textContent = '';
    this.codes.clear();
    this.items = [];
  }

  codeOf(conversationId: string): string | null {
    return this.codes.get(conversationId) ?? null;
  }

  private ticket(item: QueueItem): HTMLElement {
    const { texts } = this;
    const code = chatCode(item);
    const titleId = `q-${item.conversationId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const button = el('button', {
      type: 'button',
      className: 'button button--primary',
      'data-accept': item.conversationId,
      'aria-label': texts.t('queue.acceptLabel', { code }),
      text: texts.t('queue.accept'),
    });
    button.addEventListener('click', () => {
      button.disabled = true;
      this.onAccept(item, () => {
        button.disabled = false;
      });
    });
    return el('li', { className: `ticket${item.acute ? ' ticket--acute' : ''}`, 'data-conversation': item.conversationId }, [
      el('article', { 'aria-labelledby': titleId }, [
        el('h3', { className: 'ticket__title', id: titleId }, [
          texts.t('queue.chat', { code }),
          item.acute ? ' ' : null,
          item.acute ? acuteBadge(texts) : null,
        ]),
        el(
          'ul',
          { className: 'ticket__meta' },
          ticketMeta(item, texts).map((line) => el('li', { text: line })),
        ),
        triageList(item.triage, texts),
        button,
      ]),
    ]);
  }
}
