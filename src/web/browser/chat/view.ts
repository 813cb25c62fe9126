/**
 * The chat's DOM: the message list (a polite live region, so screen readers read new messages
 * with who said them), buttons, typing, connection notice, announcements and the end of a chat.
 * Text is only ever set with textContent; links come from messages.textParts (http(s) and tel:).
 */
import { fill, type Texts } from './config';
import type { ConnectionStatus } from './connection';
import { initials, sameSender, textParts, type Choice, type Sender } from './messages';

export interface ChatElements {
  /** The scrolling box around the log, the typing line and the buttons. */
  scroll: HTMLElement;
  log: HTMLElement;
  typing: HTMLElement;
  choices: HTMLElement;
  status: HTMLElement;
  announce: HTMLElement;
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  count: HTMLElement;
  tooLong: HTMLElement;
  form: HTMLFormElement;
  ended: HTMLElement;
  endedText: HTMLElement;
  /** In the end notice: a message that was typed but not sent, shown back to the citizen. */
  draft: HTMLElement;
  restart: HTMLButtonElement;
  /** Always there while the bot answers: asks for a person, as the welcome's button does. */
  askPerson: HTMLButtonElement;
  /** Offered after the end or after "stop": clears the conversation from the screen. */
  wipeOffer: HTMLElement;
  wipe: HTMLButtonElement;
}

/** `ended`: the message reached a chat that had already stopped (it stays unsent). */
export type SendState = 'sending' | 'sent' | 'failed' | 'refused' | 'ended';

/** Why the chat stopped, as far as the page knows: the counsellor closed it, it was quiet too long, or else. */
export type EndReason = 'closed' | 'quiet' | 'other';

/** A counsellor's title: a real name ("Sanne") or, in generic mode, only the role. */
export function senderLabel(sender: Sender, texts: Texts): string {
  if (sender.kind === 'citizen') return texts.you;
  if (sender.kind === 'bot') return texts.bot;
  // The generic mode sends a phrase ("een hulpverlener van …"), not a name: names start upper case.
  return /^\p{Lu}/u.test(sender.name) ? fill(texts.counsellorNamed, { name: sender.name }) : texts.counsellorUnnamed;
}

/** How close to the end still counts as "at the end" (about two lines of text). */
const FOLLOW_SLACK_PX = 48;
/** Room left above the first bubble of a reply scrolled to the top, so its sender's name shows too. */
const REPLY_TOP_MARGIN_PX = 8;

export class ChatView {
  private lastSender: Sender | null = null;
  private readonly bubbles = new Map<string, HTMLElement>();
  private statusTimer: number | undefined;
  private scrollPending = false;
  private announcing = false;
  /** The reader is at (or near) the end of the chat: new lines keep it in view. Scrolled up to re-read, they do not. */
  private following = true;
  private lastTop = 0;
  /**
   * The first line of the reply that came while the reader was at the end. It is scrolled to the
   * top of the box, not past it: a long answer in several bubbles is read from its beginning.
   * Forgotten when the citizen sends or scrolls to the end by themselves (they have read it).
   */
  private replyStart: HTMLElement | null = null;
  /** Where our own last scroll left the box: its scroll event is not the reader's. */
  private ownTop: number | null = null;
  /** Web links open in a new tab (and say so) while leaving the page would end a chat. */
  private linksInNewTab = false;
  /** A counsellor is in the chat: asking for a person makes no sense then. */
  private personPresent = false;
  /** The answer buttons on screen include the same request: one such button is enough. */
  private choiceAsksPerson = false;

  constructor(
    private readonly doc: Document,
    private readonly els: ChatElements,
    private readonly texts: Texts,
  ) {
    // Measured when the box scrolls, not per message (that would lay the page out each time). Only a
    // move up stops following: the event for our own scroll may come after the next message grew the box.
    els.scroll.addEventListener(
      'scroll',
      () => {
        const { scrollTop, scrollHeight, clientHeight } = els.scroll;
        if (scrollHeight - scrollTop - clientHeight <= FOLLOW_SLACK_PX) {
          this.following = true;
          if (scrollTop !== this.ownTop) this.replyStart = null;
        } else if (scrollTop < this.lastTop) this.following = false;
        this.lastTop = scrollTop;
      },
      { passive: true },
    );
  }

  reset(): void {
    this.following = true;
    this.lastTop = 0;
    this.replyStart = null;
    this.ownTop = null;
    this.els.log.replaceChildren();
    this.bubbles.clear();
    this.lastSender = null;
    this.clearChoices();
    this.hideTyping();
    this.els.ended.hidden = true;
    this.els.wipeOffer.hidden = true;
    this.clearDraft();
    // A draft that did not reach the last chat stays in the box, ready for this one.
    this.els.form.hidden = false;
    this.setPersonPresent(false);
    this.setStatus('connecting');
  }

  /** Removes every trace of the chat from the page: messages, buttons, notices and a typed draft. */
  wipe(): void {
    this.els.log.replaceChildren();
    this.bubbles.clear();
    this.lastSender = null;
    this.replyStart = null;
    this.clearChoices();
    this.hideTyping();
    this.setStatus('ended');
    this.els.announce.textContent = '';
    this.announcing = false;
    this.els.endedText.textContent = '';
    this.clearDraft();
    this.els.ended.hidden = true;
    this.els.wipeOffer.hidden = true;
    this.els.input.value = '';
    this.els.tooLong.hidden = true;
    this.els.tooLong.textContent = '';
    this.els.count.textContent = '';
  }

  addMessage(sender: Sender, text: string, clientId?: string): HTMLElement {
    const item = this.el('div', `msg msg--${sender.kind}`);
    const continued = this.lastSender !== null && sameSender(this.lastSender, sender);
    if (continued) item.classList.add('msg--continued');
    if (sender.kind === 'counsellor') {
      const avatar = this.el('span', 'msg__avatar');
      avatar.setAttribute('aria-hidden', 'true');
      avatar.textContent = initials(sender.name) || '?';
      item.append(avatar);
    } else if (sender.kind === 'bot') {
      const avatar = this.el('span', 'msg__avatar msg__avatar--bot');
      avatar.setAttribute('aria-hidden', 'true');
      item.append(avatar);
    }
    const body = this.el('div', 'msg__body');
    // Said by a screen reader before every message; shown only when the sender changes.
    const who = this.el('span', continued ? 'msg__sender visually-hidden' : 'msg__sender');
    who.textContent = senderLabel(sender, this.texts);
    const colon = this.el('span', 'visually-hidden');
    colon.textContent = ': ';
    who.append(colon);
    const bubble = this.el('p', 'msg__text');
    for (const part of textParts(text)) {
      if (part.kind === 'text' || sender.kind === 'citizen') bubble.append(this.doc.createTextNode(part.text));
      else {
        const link = this.el('a', '') as HTMLAnchorElement;
        link.href = part.href;
        link.textContent = part.text;
        if (part.href.startsWith('http')) {
          link.classList.add('msg__web-link');
          this.setLinkTab(link);
        }
        bubble.append(link);
      }
    }
    body.append(who, bubble);
    item.append(body);
    if (clientId !== undefined) {
      const state = this.el('span', 'msg__state');
      body.append(state);
      this.bubbles.set(clientId, item);
    }
    this.els.log.append(item);
    this.lastSender = sender;
    // The citizen's own message always comes into view: they just sent it and look for it.
    if (sender.kind === 'citizen') {
      this.scrollDown(true);
      // Writing again after "stop": they go on with the chat, so clearing it is no longer offered.
      this.els.wipeOffer.hidden = true;
    } else this.scrollToReply(item);
    return item;
  }

  /**
   * Whether leaving the page now would end a chat the citizen is in. Then a web link (the privacy
   * page) opens in a new tab and says so in its text, which is also its accessible name; otherwise
   * it opens here, as links do. Leaving the page ends the chat (pagehide), so a link in the same
   * tab would silently cost the citizen the conversation.
   */
  setLinksInNewTab(newTab: boolean): void {
    if (newTab === this.linksInNewTab) return;
    this.linksInNewTab = newTab;
    this.els.log.querySelectorAll<HTMLAnchorElement>('a.msg__web-link').forEach((link) => this.setLinkTab(link));
  }

  private setLinkTab(link: HTMLAnchorElement): void {
    link.querySelector('.msg__link-note')?.remove();
    if (!this.linksInNewTab) {
      link.removeAttribute('target');
      link.removeAttribute('rel');
      return;
    }
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    const note = this.el('span', 'msg__link-note');
    note.textContent = ` ${this.texts.linkNewTab}`;
    link.append(note);
  }

  hasBubble(clientId: string): boolean {
    return this.bubbles.has(clientId);
  }

  setSendState(clientId: string, state: SendState, retry?: () => void): void {
    const item = this.bubbles.get(clientId);
    const holder = item?.querySelector('.msg__state');
    if (!item || !(holder instanceof HTMLElement)) return;
    item.dataset['state'] = state;
    holder.replaceChildren();
    if (state === 'sending') holder.textContent = this.texts.sending;
    if (state === 'refused') holder.textContent = this.texts.refused;
    if (state === 'ended') holder.textContent = this.texts.notSentEnded;
    if (state === 'failed') {
      holder.append(this.doc.createTextNode(`${this.texts.failed} `));
      if (retry) {
        const button = this.el('button', 'msg__retry') as HTMLButtonElement;
        button.type = 'button';
        button.textContent = this.texts.retry;
        button.addEventListener('click', retry, { once: true });
        holder.append(button);
      }
      // The notice grew the last bubble: "send again" must not sit below the fold.
      this.scrollDown();
    }
  }

  showChoices(choices: Choice[], pick: (choice: Choice) => void): void {
    this.clearChoices();
    for (const choice of choices) {
      const button = this.el('button', 'chat__choice') as HTMLButtonElement;
      button.type = 'button';
      button.textContent = choice.title;
      button.addEventListener('click', () => pick(choice));
      this.els.choices.append(button);
    }
    this.els.choices.hidden = choices.length === 0;
    const asks = sameWords(this.texts.askPerson);
    this.choiceAsksPerson = choices.some((choice) => sameWords(choice.title) === asks);
    this.updateAskPerson();
    this.scrollDown();
  }

  clearChoices(): void {
    this.els.choices.replaceChildren();
    this.els.choices.hidden = true;
    this.choiceAsksPerson = false;
    this.updateAskPerson();
  }

  /** A counsellor joined (true) or left (false). */
  setPersonPresent(present: boolean): void {
    this.personPresent = present;
    this.updateAskPerson();
  }

  private updateAskPerson(): void {
    this.els.askPerson.hidden = this.personPresent || this.choiceAsksPerson;
  }

  /** After "stop" (the chat itself goes on): the citizen may want nothing of it left on the screen. */
  offerWipe(): void {
    this.els.wipeOffer.hidden = false;
  }

  /**
   * After wipe(), on the citizen's own request: the page says it is done (on screen and read out)
   * and offers a new chat, with focus on that button, since the one pressed is gone.
   */
  showWiped(): void {
    this.els.form.hidden = true;
    this.els.endedText.textContent = this.texts.wiped;
    this.els.ended.hidden = false;
    this.announce(this.texts.wiped);
    this.els.restart.focus();
  }

  showTyping(sender: Sender): void {
    this.els.typing.textContent =
      sender.kind === 'counsellor' ? fill(this.texts.typingCounsellor, { name: senderLabel(sender, this.texts) }) : this.texts.typingBot;
    this.els.typing.hidden = false;
    this.scrollDown();
  }

  hideTyping(): void {
    this.els.typing.hidden = true;
    this.els.typing.textContent = '';
  }

  /** A line in the conversation ("a person joined") and the same words for screen readers, once. */
  milestone(text: string): void {
    const item = this.el('p', 'msg-divider');
    item.setAttribute('aria-hidden', 'true');
    item.textContent = text;
    this.els.log.append(item);
    this.lastSender = null;
    this.announce(text);
    this.scrollToReply(item);
  }

  announce(text: string): void {
    // Words from one task (a person left, then the chat ended) are read together: replacing them
    // would leave a screen reader only the last sentence.
    if (this.announcing) {
      this.els.announce.textContent = `${this.els.announce.textContent ?? ''} ${text}`;
      return;
    }
    // Emptied first so the same words are read again when they repeat.
    this.els.announce.textContent = '';
    this.els.announce.textContent = text;
    this.announcing = true;
    queueMicrotask(() => {
      this.announcing = false;
    });
  }

  setStatus(status: ConnectionStatus | 'back'): void {
    const el = this.els.status;
    if (this.statusTimer !== undefined) clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    el.dataset['status'] = status;
    if (status === 'offline' || status === 'reconnecting') {
      el.textContent = status === 'offline' ? this.texts.offline : this.texts.reconnecting;
      el.hidden = false;
    } else if (status === 'back') {
      el.textContent = this.texts.reconnected;
      el.hidden = false;
      this.statusTimer = window.setTimeout(() => {
        el.hidden = true;
        el.textContent = '';
      }, 4000);
    } else {
      el.hidden = true;
      el.textContent = '';
    }
  }

  /**
   * The text box as tall as what is typed, up to its CSS max-height (then it scrolls): a citizen on
   * a phone sees the whole message before sending it. Measured from "auto" so it shrinks again too.
   */
  fitInput(): void {
    const input = this.els.input;
    input.style.height = 'auto';
    // scrollHeight leaves out the border, which a border-box height includes.
    const border = input.offsetHeight - input.clientHeight;
    input.style.height = `${input.scrollHeight + border}px`;
  }

  /** Characters typed against the limit; over it the box says so and sending waits. */
  updateCount(count: number, max: number): boolean {
    const over = count > max;
    this.els.count.textContent = fill(this.texts.counter, { count, max });
    this.els.count.classList.toggle('chat__count--near', count > max * 0.8);
    this.els.tooLong.hidden = !over;
    this.els.tooLong.textContent = over ? fill(this.texts.tooLong, { max, over: count - max }) : '';
    if (over) this.els.input.setAttribute('aria-invalid', 'true');
    else this.els.input.removeAttribute('aria-invalid');
    return !over;
  }

  /**
   * The chat is over: the form goes, the notice says why and is read out, a draft that was never
   * sent is shown (it stays in the box for a new chat), and keyboard focus, which was in the form
   * that is now hidden, moves to "start a new chat" instead of falling to the page.
   */
  showEnded(reason: EndReason = 'other'): void {
    const focusWasInChat = this.focusInChat();
    this.clearChoices();
    this.hideTyping();
    this.setStatus('ended');
    const text = reason === 'quiet' ? this.texts.endedQuiet : reason === 'closed' ? this.texts.endedClosed : this.texts.ended;
    const draft = this.els.input.value.trim() === '' ? '' : this.els.input.value;
    this.els.form.hidden = true;
    this.els.endedText.textContent = text;
    this.clearDraft();
    if (draft !== '') {
      const note = this.el('p', 'chat__draft-note');
      note.textContent = this.texts.draftKept;
      const quote = this.el('p', 'chat__draft-text');
      quote.textContent = draft;
      this.els.draft.append(note, quote);
      this.els.draft.hidden = false;
    }
    this.els.ended.hidden = false;
    this.els.wipeOffer.hidden = false;
    this.announce(draft === '' ? text : `${text} ${this.texts.draftKept} ${draft}`);
    if (focusWasInChat) this.els.restart.focus();
  }

  private clearDraft(): void {
    this.els.draft.replaceChildren();
    this.els.draft.hidden = true;
  }

  /** Focus in the chat (or lost to the page): moving it to the restart button takes nothing from the citizen. */
  private focusInChat(): boolean {
    const active = this.doc.activeElement;
    if (!active || active === this.doc.body) return true;
    return [this.els.form, this.els.scroll, this.els.ended, this.els.wipeOffer].some((el) => el.contains(active));
  }

  /** A line from the other side: the first of a reply to a reader at the end becomes where reading starts. */
  private scrollToReply(item: HTMLElement): void {
    if (this.following && this.replyStart === null) this.replyStart = item;
    this.scrollDown();
  }

  /**
   * Once per frame: reading scrollHeight after every message would lay the page out each time.
   * With a reply coming in, its first line goes to the top of the box (the browser stops at the
   * end, so a short reply simply shows in full); otherwise the end comes into view.
   */
  private scrollDown(force = false): void {
    if (force) {
      this.following = true;
      this.replyStart = null;
    }
    if (!this.following || this.scrollPending) return;
    this.scrollPending = true;
    window.requestAnimationFrame(() => {
      this.scrollPending = false;
      if (!this.following) return;
      const box = this.els.scroll;
      const start = this.replyStart?.isConnected ? this.replyStart : null;
      // Never back up: a reader already further down in the reply stays where they read.
      box.scrollTop = start
        ? Math.max(box.scrollTop, box.scrollTop + start.getBoundingClientRect().top - box.getBoundingClientRect().top - REPLY_TOP_MARGIN_PX)
        : box.scrollHeight;
      this.ownTop = box.scrollTop;
    });
  }

  private el(tag: string, className: string): HTMLElement {
    const element = this.doc.createElement(tag);
    if (className) element.className = className;
    return element;
  }
}

/** A button's words compared the way a person reads them: case and spacing aside. */
function sameWords(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}
