/**
 * One live chat: the transcript so far comes from the API, new lines from the live feed. The
 * chat pane is the main area; the summary, notes and actions sit beside it (ChatSide).
 */
import { ApiError, conversationPath, type StaffApi } from '../shared/api';
import type { Announcer } from '../shared/announcer';
import { el, field, slugOf } from '../shared/dom';
import { anyBody, conversationSchema, type FeedEvent } from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { ChatSide } from './chatSide';
import { messageNode, missingLines, type ChatLine } from './messageList';
import { SendKeys } from './sendKeys';
import { acuteBadge } from './triageView';

const TYPING_SHOWN_MS = 5000;
const TYPING_SENT_EVERY_MS = 3000;
const FOLLOW_SLACK_PX = 80;

export type ChatStatus = 'loading' | 'live' | 'ended';

type FormControl = HTMLTextAreaElement | HTMLInputElement | HTMLSelectElement | HTMLButtonElement;

/** Every control of a chat that acts on it (the close-tab button in the notice is not one). */
const ALL_CONTROLS =
  '.composer textarea, .composer button, .chat__side textarea, .chat__side input, .chat__side select, .chat__side button';
/** What the wrap-up closes: the composer, and the actions only a live chat has (transfer, release). */
const WRAP_UP_CLOSES = ['textarea', 'button', 'input', 'select']
  .flatMap((tag) => [`.composer ${tag}`, `.side__section--live:not(.side__section--wrapup) ${tag}`])
  .join(', ');

export interface ChatDeps {
  api: StaffApi;
  texts: Texts;
  announcer: Announcer;
  errorText(err: unknown): string;
  /** The signed-in counsellor's name, for their own lines from the feed. */
  myName(): string;
  canned(locale: 'nl' | 'en'): Promise<string[]>;
  /** A fresh Idempotency-Key for a counsellor message. */
  newSendKey(): string;
  onMessage(chat: ChatPanel, line: ChatLine): void;
  onEnded(chat: ChatPanel): void;
  onDismiss(chat: ChatPanel): void;
}

export class ChatPanel {
  status: ChatStatus = 'loading';
  /** Ended because the citizen left, and the outcome not yet saved: notes and close stay open. */
  wrapUp = false;
  code: string;
  locale: 'nl' | 'en';
  unread = 0;
  readonly panel: HTMLElement;
  readonly slug: string;
  private readonly base: string;
  private held: ChatLine[] = [];
  private loaded: Promise<void> = Promise.resolve();
  private loading = false;
  private following = true;
  private typingTimer: number | null = null;
  private lastTypingSent = 0;
  private readonly log: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly noticeText: HTMLElement;
  private readonly dismissButton: HTMLButtonElement;
  private readonly input: HTMLTextAreaElement;
  private readonly composer: HTMLFormElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly composeError: HTMLElement;
  private readonly cannedList: HTMLElement;
  private readonly canned: HTMLDetailsElement;
  private readonly heading: HTMLElement;
  private readonly title: HTMLElement;
  private readonly side: ChatSide;
  private readonly sendKeys: SendKeys;

  constructor(
    readonly id: string,
    code: string | undefined,
    private readonly deps: ChatDeps,
  ) {
    const { texts } = deps;
    const t = (key: string, params?: Record<string, string | number>) => texts.t(key, params);
    this.base = conversationPath(id);
    this.slug = slugOf(id);
    this.code = code ?? id.slice(0, 8);
    this.locale = texts.locale;
    this.sendKeys = new SendKeys(deps.newSendKey);
    this.log = el('div', { className: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-busy': 'true', tabindex: 0 }, [
      el('p', { className: 'muted', text: t('chats.loading') }),
    ]);
    this.typing = el('p', { className: 'typing', 'aria-live': 'polite' });
    this.noticeText = el('p', { className: 'chat__notice-text', role: 'status' });
    this.dismissButton = el('button', {
      type: 'button',
      className: 'button button--quiet',
      text: t('chats.closeTab'),
      onclick: () => deps.onDismiss(this),
    });
    this.notice = el('div', { className: 'chat__notice', hidden: true }, [this.noticeText, this.dismissButton]);
    this.composeError = el('p', { className: 'form__error', role: 'alert' });
    this.input = el('textarea', { id: `compose-${this.slug}`, rows: 3, maxlength: 4000, 'aria-describedby': `compose-hint-${this.slug}` });
    this.sendButton = el('button', { type: 'submit', className: 'button button--primary', text: t('compose.send') });
    this.cannedList = el('ul', { className: 'canned__list' });
    this.canned = el('details', { className: 'canned' }, [
      el('summary', { text: t('compose.canned') }),
      el('p', { className: 'muted small', text: t('compose.cannedHint') }),
      this.cannedList,
    ]);
    this.composer = el('form', { className: 'composer', novalidate: true }, [
      this.composeError,
      field(`compose-${this.slug}`, t('compose.label'), this.input),
      el('p', { id: `compose-hint-${this.slug}`, className: 'muted small', text: t('compose.hint') }),
      el('div', { className: 'composer__actions' }, [this.canned, this.sendButton]),
    ]);
    this.side = new ChatSide(this, this.base, this.slug, deps);
    this.title = el('span', { text: t('chats.tab', { code: this.code }) });
    this.heading = el('h3', { className: 'chat__title' }, [this.title]);
    this.panel = el('section', { className: 'chat', role: 'tabpanel', id: `panel-${this.slug}`, hidden: true }, [
      el('div', { className: 'chat__main' }, [this.heading, this.notice, this.log, this.typing, this.composer]),
      this.side.node,
    ]);
    this.wire();
  }

  /** (Re)loads the transcript, summary and notes; a send pressed meanwhile waits for it. */
  load(): Promise<void> {
    this.loaded = this.fetch();
    return this.loaded;
  }

  private async fetch(): Promise<void> {
    const { texts, api } = this.deps;
    this.loading = true;
    this.log.setAttribute('aria-busy', 'true');
    let replies: string[] = [];
    try {
      const view = await api.get(this.base, conversationSchema);
      this.locale = view.conversation.locale === 'en' ? 'en' : 'nl';
      if (view.conversation.code) this.code = view.conversation.code;
      this.title.textContent = texts.t('chats.tab', { code: this.code });
      if (view.conversation.acute && !this.heading.querySelector('.badge')) this.heading.append(' ', acuteBadge(texts));
      const lines: ChatLine[] = view.transcript.map((e) => ({ role: e.role, text: e.text, at: e.at, name: e.counsellor }));
      const extra = missingLines(this.held, lines);
      this.held = [];
      this.loading = false;
      const stick = this.status === 'loading' || this.following;
      this.log.replaceChildren(...[...lines, ...extra].map((line) => messageNode(line, texts)));
      this.log.setAttribute('aria-busy', 'false');
      this.following = stick;
      if (stick) this.log.scrollTop = this.log.scrollHeight;
      this.side.show(view);
      if (this.status === 'loading') this.status = 'live';
      replies = await this.deps.canned(this.locale);
    } catch (err) {
      this.loading = false;
      this.log.setAttribute('aria-busy', 'false');
      // 404: the chat ended (perhaps while the feed was down); 403: someone else holds it now.
      const gone = err instanceof ApiError && (err.status === 404 || err.status === 403);
      if (this.status === 'loading')
        this.log.replaceChildren(...(gone ? [] : [el('p', { className: 'form__error', text: texts.t('chats.loadFailed') })]));
      for (const line of this.held.splice(0)) this.append(line);
      // An ended chat stays as it is: a wrap-up after the citizen left is not cut short by a reload.
      if (gone && this.status !== 'ended') this.end(err.status === 403 ? texts.t('transfer.doneElsewhere') : texts.t('ended.gone'));
    }
    this.showCanned(replies);
  }

  /** A live-feed event about this chat. */
  handle(event: FeedEvent): void {
    if (event.kind === 'message') {
      const line: ChatLine = {
        role: event.role,
        text: event.text,
        at: event.at,
        name: event.role === 'counsellor' ? this.deps.myName() : null,
      };
      if (event.role === 'citizen') this.showTyping(false);
      if (this.loading) this.held.push(line);
      else this.append(line);
      this.deps.onMessage(this, line);
    } else if (event.kind === 'typing' && event.role === 'citizen' && this.status === 'live') {
      this.showTyping(true);
    }
  }

  /**
   * Ends the chat in this console: the reason stays visible and nothing can be sent any more.
   * With `wrapUp` (the citizen left a live chat) the notes and the close form stay usable, so the
   * counsellor can still record the outcome; a later end() (the wrap-up saved, or the server no
   * longer has the chat) closes those too.
   */
  end(text: string, options: { wrapUp?: boolean } = {}): void {
    if (this.status === 'ended' && !this.wrapUp) return;
    const stick = this.following || this.nearBottom();
    const wrapUp = this.status !== 'ended' && options.wrapUp === true;
    this.status = 'ended';
    this.wrapUp = wrapUp;
    this.showTyping(false);
    this.noticeText.textContent = wrapUp ? `${text} ${this.deps.texts.t('ended.wrapUp')}` : text;
    this.notice.hidden = false;
    this.panel.classList.add('chat--ended');
    this.panel.classList.toggle('chat--wrapup', wrapUp);
    this.canned.open = false;
    if (stick) this.log.scrollTop = this.log.scrollHeight;
    const closing = Array.from(this.panel.querySelectorAll<FormControl>(wrapUp ? WRAP_UP_CLOSES : ALL_CONTROLS));
    // A control that is switched off drops keyboard focus; hand it to where work can go on.
    const active = document.activeElement;
    const lostFocus = closing.some((node) => node === active);
    for (const node of closing) node.disabled = true;
    if (lostFocus && wrapUp) this.side.focusClose();
    else if (lostFocus) this.dismissButton.focus();
    this.deps.onEnded(this);
  }

  focusComposer(): void {
    if (!this.input.disabled) this.input.focus();
  }

  /** Sends what is in the box (the send shortcut). */
  send(): void {
    this.composer.requestSubmit();
  }

  focusTransfer(): void {
    if (this.status === 'live') this.side.focusTransfer();
  }

  focusClose(): void {
    if (this.status === 'live' || this.wrapUp) this.side.focusClose();
  }

  private nearBottom(): boolean {
    return this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < FOLLOW_SLACK_PX;
  }

  private append(line: ChatLine): void {
    const stick = this.following || this.nearBottom();
    this.log.appendChild(messageNode(line, this.deps.texts));
    if (stick) this.log.scrollTop = this.log.scrollHeight;
  }

  private showCanned(replies: readonly string[]): void {
    this.cannedList.replaceChildren(
      ...replies.map((text) =>
        el('li', {}, [el('button', { type: 'button', className: 'canned__reply', text, onclick: () => this.insertCanned(text) })]),
      ),
    );
  }

  private insertCanned(text: string): void {
    const input = this.input;
    input.value = input.value.trim() ? `${input.value.replace(/\s+$/, '')} ${text}` : text;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  private showTyping(on: boolean): void {
    if (this.typingTimer !== null) window.clearTimeout(this.typingTimer);
    this.typingTimer = on ? window.setTimeout(() => this.showTyping(false), TYPING_SHOWN_MS) : null;
    // Only the first "typing" is announced; the text stays while the citizen keeps typing.
    if (on && this.typing.textContent) return;
    this.typing.textContent = on ? this.deps.texts.t('chats.typing') : '';
  }

  private wire(): void {
    const { api, texts } = this.deps;
    // Whether the reader follows the newest line, kept across resizes (notices, the canned list,
    // switching tabs) which would otherwise leave the newest lines out of view.
    this.log.addEventListener('scroll', () => {
      this.following = this.nearBottom();
    });
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(() => {
        if (this.following) this.log.scrollTop = this.log.scrollHeight;
      }).observe(this.log);
    }
    this.input.addEventListener('input', () => {
      const now = Date.now();
      if (this.status !== 'live' || !this.input.value.trim() || now - this.lastTypingSent < TYPING_SENT_EVERY_MS) return;
      this.lastTypingSent = now;
      api.post(`${this.base}/typing`, {}, anyBody).catch(() => undefined);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && !event.altKey) {
        event.preventDefault();
        this.composer.requestSubmit();
      }
    });
    this.composer.addEventListener('submit', (event) => {
      event.preventDefault();
      // A counsellor may type and send before the chat has finished opening: send once it has.
      if (this.status === 'loading') {
        void this.loaded.then(() => {
          if (this.status === 'live') this.composer.requestSubmit();
        });
        return;
      }
      const text = this.input.value.trim();
      if (!text || this.status !== 'live') return;
      this.sendButton.disabled = true;
      this.composeError.textContent = '';
      api
        .post(`${this.base}/messages`, { text }, anyBody, { 'Idempotency-Key': this.sendKeys.keyFor(text) })
        .then(
          () => {
            this.sendKeys.sent();
            this.input.value = '';
            this.lastTypingSent = 0;
          },
          (err: unknown) => {
            // The text stays in the box, so nothing the counsellor wrote is lost.
            const known = err instanceof ApiError && [0, 403, 404, 413, 429].includes(err.status) && err.code !== 'BadResponse';
            this.composeError.textContent = known ? this.deps.errorText(err) : texts.t('compose.failed');
          },
        )
        .finally(() => {
          this.sendButton.disabled = this.status !== 'live';
          if (this.status === 'live') this.input.focus();
        });
    });
  }
}
