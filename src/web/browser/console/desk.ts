/**
 * The chats a counsellor holds, one tab each (WAI-ARIA tabs with arrow keys), with unread counts
 * on the tabs and in the window title.
 */
import { el } from '../shared/dom';
import type { FeedEvent } from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { ChatPanel, type ChatDeps } from './chatPanel';

export interface DeskNodes {
  /** role=tablist */
  tabs: HTMLElement;
  panels: HTMLElement;
  empty: HTMLElement;
}

export interface OpenOptions {
  code?: string;
  select?: boolean;
  focus?: boolean;
  loaded?: (chat: ChatPanel) => void;
}

/** The tab to go to for an arrow key, Home or End; null for other keys. */
export function nextTab(order: readonly string[], selected: string | null, key: string): string | null {
  if (order.length === 0) return null;
  const index = selected === null ? 0 : Math.max(0, order.indexOf(selected));
  if (key === 'ArrowRight') return order[(index + 1) % order.length] ?? null;
  if (key === 'ArrowLeft') return order[(index - 1 + order.length) % order.length] ?? null;
  if (key === 'Home') return order[0] ?? null;
  if (key === 'End') return order[order.length - 1] ?? null;
  return null;
}

/** The window title with the number of unread messages in front. */
export function titleWithUnread(base: string, unread: number): string {
  return unread > 0 ? `(${unread}) ${base}` : base;
}

export class Desk {
  private readonly chats = new Map<string, { chat: ChatPanel; tab: HTMLButtonElement; loaded: Promise<void> }>();
  private order: string[] = [];
  private selected: string | null = null;
  private readonly baseTitle = document.title;

  constructor(
    private readonly nodes: DeskNodes,
    private readonly texts: Texts,
    private readonly chatDeps: Omit<ChatDeps, 'onMessage' | 'onEnded' | 'onDismiss'>,
  ) {
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden && this.selected) this.select(this.selected, false);
    });
  }

  open(id: string, how: OpenOptions = {}): ChatPanel {
    // The same citizen may come back after a hand-back: the old, ended panel makes way.
    const previous = this.chats.get(id);
    if (previous && previous.chat.status === 'ended') {
      this.drop(id);
      if (this.selected === id) this.selected = null;
    }
    const existing = this.chats.get(id);
    if (existing) {
      if (how.select) this.select(id, false);
      // The feed may have opened the chat a moment before the accept call returned.
      if (how.focus) void existing.loaded.then(() => this.selected === id && existing.chat.focusComposer());
      return existing.chat;
    }
    const chat = new ChatPanel(id, how.code, {
      ...this.chatDeps,
      onMessage: (c, line) => {
        if (!this.visible(c)) {
          c.unread += 1;
          this.renderTab(c);
          if (line.role === 'citizen') this.chatDeps.announcer.say(this.texts.t('chats.newMessage', { code: c.code }));
        }
      },
      onEnded: (c) => this.renderTab(c),
      onDismiss: (c) => this.remove(c),
    });
    const tab = el('button', {
      type: 'button',
      role: 'tab',
      className: 'tab',
      id: `tab-${chat.slug}`,
      'aria-controls': chat.panel.id,
      'aria-selected': 'false',
      tabindex: -1,
    });
    tab.addEventListener('click', () => this.select(id, false));
    tab.addEventListener('keydown', (event) => {
      const next = nextTab(this.order, this.selected, event.key);
      if (next === null) return;
      event.preventDefault();
      this.select(next, true);
    });
    chat.panel.setAttribute('aria-labelledby', tab.id);
    let loaded: () => void = () => undefined;
    this.chats.set(id, { chat, tab, loaded: new Promise<void>((resolve) => (loaded = resolve)) });
    this.order.push(id);
    this.nodes.tabs.appendChild(tab);
    this.nodes.panels.appendChild(chat.panel);
    this.renderTab(chat);
    if (how.select || this.selected === null) this.select(id, false);
    void chat.load().then(() => {
      loaded();
      this.renderTab(chat);
      if (how.focus && this.selected === id) chat.focusComposer();
      how.loaded?.(chat);
    });
    return chat;
  }

  get(id: string): ChatPanel | null {
    return this.chats.get(id)?.chat ?? null;
  }

  /** The chat in view, if any. */
  current(): ChatPanel | null {
    return this.selected ? this.get(this.selected) : null;
  }

  liveIds(): string[] {
    return this.order.filter((id) => this.chats.get(id)?.chat.status !== 'ended');
  }

  /** Selects the n-th tab (1-based), for the number shortcuts. */
  selectNumber(n: number): boolean {
    const id = this.order[n - 1];
    if (!id) return false;
    this.select(id, true);
    return true;
  }

  /** Reloads every open live chat, e.g. after the live feed was gone for a while. */
  reloadLive(): void {
    for (const { chat } of this.chats.values()) {
      if (chat.status !== 'ended') void chat.load().then(() => this.renderTab(chat));
    }
  }

  handle(event: Exclude<FeedEvent, { kind: 'queue_changed' }>): void {
    const chat = this.get(event.conversationId);
    if (!chat) return;
    if (event.kind === 'ended') chat.end(this.texts.t(`ended.${event.reason}`), { wrapUp: event.wrapUp });
    else chat.handle(event);
  }

  clear(): void {
    for (const { chat, tab } of this.chats.values()) {
      tab.remove();
      chat.panel.remove();
    }
    this.chats.clear();
    this.order = [];
    this.selected = null;
    this.nodes.empty.hidden = false;
    document.title = this.baseTitle;
  }

  private visible(chat: ChatPanel): boolean {
    return this.selected === chat.id && !document.hidden;
  }

  private renderTab(chat: ChatPanel): void {
    const entry = this.chats.get(chat.id);
    if (!entry) return;
    const { texts } = this;
    const state = chat.status !== 'ended' ? null : chat.wrapUp ? texts.t('chats.wrapUpTab') : texts.t('chats.endedTab');
    const label = texts.t('chats.tab', { code: chat.code }) + (state === null ? '' : ` (${state})`);
    const number = this.order.indexOf(chat.id) + 1;
    entry.tab.replaceChildren(
      ...[
        number >= 1 && number <= 9 ? el('kbd', { className: 'tab__key', 'aria-hidden': 'true', text: String(number) }) : null,
        el('span', { text: label }),
        ...(chat.unread > 0
          ? [
              ' ',
              el('span', { className: 'badge badge--unread' }, [
                el('span', { 'aria-hidden': 'true', text: String(chat.unread) }),
                el('span', { className: 'visually-hidden', text: texts.t('chats.unread', { count: chat.unread }) }),
              ]),
            ]
          : []),
      ].filter((n): n is HTMLElement | string => n !== null),
    );
    entry.tab.classList.toggle('tab--ended', chat.status === 'ended');
    this.updateTitle();
  }

  private updateTitle(): void {
    let total = 0;
    for (const { chat } of this.chats.values()) total += chat.unread;
    document.title = titleWithUnread(this.baseTitle, total);
  }

  private select(id: string, focusTab: boolean): void {
    this.selected = id;
    for (const { chat, tab } of this.chats.values()) {
      const on = chat.id === id;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      chat.panel.hidden = !on;
      if (on && chat.unread > 0) {
        chat.unread = 0;
        this.renderTab(chat);
      }
    }
    this.nodes.empty.hidden = this.chats.size > 0;
    if (focusTab) this.chats.get(id)?.tab.focus();
  }

  private drop(id: string): void {
    const entry = this.chats.get(id);
    if (!entry) return;
    this.chats.delete(id);
    this.order = this.order.filter((other) => other !== id);
    entry.tab.remove();
    entry.chat.panel.remove();
  }

  private remove(chat: ChatPanel): void {
    this.drop(chat.id);
    for (const { chat: other } of this.chats.values()) this.renderTab(other);
    const next = this.order[0] ?? null;
    if (next) this.select(next, true);
    else {
      this.selected = null;
      this.nodes.empty.hidden = false;
      this.updateTitle();
    }
  }
}
