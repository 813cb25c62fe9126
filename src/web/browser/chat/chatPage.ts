/**
 * The citizen page's chat: wires the Direct Line connection, the activity log and the view to
 * the page. A chat lives as long as the page: on close or reload the page tells the server with
 * a beacon (the counsellor is told, a queue place goes to the next citizen), and a new page is a
 * new chat. Nothing is written to browser storage; the token lives only in this closure. After
 * the end, or after the citizen typed "stop", a button clears the conversation from the screen.
 */
import { ActivityLog } from './activityLog';
import type { ChatConfig } from './config';
import { DirectLineConnection, type ConnectionEnv, type ConnectionStatus } from './connection';
import { handoffNoticeKey, show, type Choice } from './messages';
import { TypingSignal } from './typingSignal';
import { parseAnswer, tokenResponseSchema, type ActivitySet } from './protocol';
import { ChatView, type ChatElements, type EndReason } from './view';

export interface ChatPageEnv {
  connection: ConnectionEnv;
  /** POST /api/directline/token; resolves to the parsed JSON body or rejects. */
  requestToken(locale: string): Promise<unknown>;
  /** Fire-and-forget delivery that survives the page going away (navigator.sendBeacon). */
  beacon(url: string, body: string): void;
  newClientId(): string;
  /** Milliseconds since the epoch (Date.now in the page; a manual clock in tests). */
  now(): number;
  onExit(fn: () => void): void;
  showError(): void;
}

const BASE = '/v3/directline';

export class ChatPage {
  private connection: DirectLineConnection | null = null;
  private log = new ActivityLog();
  private readonly view: ChatView;
  private readonly confirmed = new Set<string>();
  private lastStatus: ConnectionStatus = 'connecting';
  private readonly typing: TypingSignal;
  private leaving = false;
  /** The citizen has sent something in this chat: leaving it now loses a conversation. */
  private spoke = false;
  /** Messages on their way: an end the server reports to a POST is told by send(), with the message. */
  private posting = 0;
  private endShown = false;
  private endReason: EndReason = 'other';
  /** Messages that failed while the browser was offline, in the order they were written: sent again when it is back. */
  private readonly unsent = new Map<string, string>();

  constructor(
    doc: Document,
    private readonly els: ChatElements,
    private readonly config: ChatConfig,
    private readonly env: ChatPageEnv,
  ) {
    this.view = new ChatView(doc, els, config.texts);
    this.typing = new TypingSignal(env.now);
  }

  /** Wires the form and the quick exit; begin() starts the first chat (the page does so after its first paint). */
  start(): void {
    this.els.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.sendTyped();
    });
    this.els.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter is a new line (as in most chat apps).
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.sendTyped();
      }
    });
    this.els.input.addEventListener('input', () => {
      this.view.fitInput();
      this.view.updateCount(this.els.input.value.length, this.config.maxChars);
      if (this.typing.changed(this.els.input.value)) this.connection?.typing();
    });
    this.view.updateCount(0, this.config.maxChars);
    // Sends what the welcome's button sends: the bot knows it as a request for a person.
    this.els.askPerson.addEventListener('click', () => {
      this.view.clearChoices();
      void this.send(this.config.texts.askPerson);
    });
    this.els.wipe.addEventListener('click', () => this.wipe());
    this.env.onExit(() => this.leave('/api/directline/exit'));
  }

  /** A new chat: new token, new conversation, empty screen. */
  async begin(): Promise<void> {
    this.connection?.end();
    this.log = new ActivityLog();
    this.typing.reset();
    this.confirmed.clear();
    this.spoke = false;
    this.posting = 0;
    this.unsent.clear();
    this.endShown = false;
    this.endReason = 'other';
    this.view.reset();
    this.syncLinks();
    this.view.updateCount(this.els.input.value.length, this.config.maxChars);
    const connection = new DirectLineConnection(
      this.env.connection,
      { activities: (set) => this.onActivities(connection, set), status: (status) => this.onStatus(connection, status) },
      { baseUrl: BASE },
    );
    this.connection = connection;
    try {
      const { token } = parseAnswer(tokenResponseSchema, await this.env.requestToken(this.config.locale));
      await connection.start(token);
    } catch {
      connection.end();
      if (this.connection === connection) this.env.showError();
    }
  }

  /** A chat the citizen has taken part in and that is still going: leaving the page would end it. */
  inProgress(): boolean {
    const connection = this.connection;
    return this.spoke && !this.leaving && connection !== null && connection.status !== 'ended';
  }

  /** The notice promised the chat goes on: what failed for lack of network goes again, once, in order. */
  networkBack(): void {
    this.connection?.networkBack();
    void this.resendUnsent();
  }

  private async resendUnsent(): Promise<void> {
    const waiting = [...this.unsent];
    this.unsent.clear();
    for (const [clientId, text] of waiting) await this.send(text, clientId);
  }

  networkGone(): void {
    this.connection?.networkGone();
  }

  /**
   * The page is going away (closed, reloaded, left, or the quick exit): end this chat on the
   * server and wipe it from the page, so a copy kept in the back/forward cache holds nothing that
   * someone pressing Back could read (docs/decisions/0008-no-chat-after-back.md).
   */
  leave(route: '/api/directline/end' | '/api/directline/exit' = '/api/directline/end'): void {
    if (!this.leaving) this.endOnServer(route);
    this.leaving = true;
    this.forget();
  }

  /**
   * The citizen asked to clear the chat from the screen (offered after the end or after "stop"):
   * the chat ends, as when leaving, and nothing of it stays in the page. The page keeps nothing in
   * browser storage, so the page is all there is to clear.
   */
  wipe(): void {
    if (this.leaving) return;
    this.endOnServer('/api/directline/end');
    // The end the connection reports now must not put an "ended" notice over the wiped screen.
    this.endShown = true;
    this.forget();
    this.view.showWiped();
  }

  private endOnServer(route: '/api/directline/end' | '/api/directline/exit'): void {
    const connection = this.connection;
    if (connection && connection.status !== 'ended' && connection.currentToken) {
      this.env.beacon(route, JSON.stringify({ token: connection.currentToken }));
    }
  }

  private forget(): void {
    this.connection?.end();
    this.log = new ActivityLog();
    this.confirmed.clear();
    this.unsent.clear();
    this.view.wipe();
    this.syncLinks();
  }

  /** Links in the chat open in a new tab only while following one here would end a chat in progress. */
  private syncLinks(): void {
    this.view.setLinksInNewTab(this.inProgress());
  }

  /** Back from the back/forward cache after leave(): that chat is over, so a new one starts, as on a reload. */
  shownAgain(): void {
    if (!this.leaving) return;
    this.leaving = false;
    void this.begin();
  }

  private onStatus(connection: DirectLineConnection, status: ConnectionStatus): void {
    if (connection !== this.connection) return;
    const wasDown = this.lastStatus === 'offline' || this.lastStatus === 'reconnecting';
    this.lastStatus = status;
    if (status === 'ended') {
      this.syncLinks();
      if (this.posting === 0) this.showEnd(this.endReason);
      return;
    }
    this.view.setStatus(status === 'online' && wasDown ? 'back' : status);
  }

  private onActivities(connection: DirectLineConnection, set: ActivitySet): void {
    if (connection !== this.connection) return;
    const { fresh, confirmed } = this.log.accept(set);
    for (const clientId of confirmed) {
      this.confirmed.add(clientId);
      this.view.setSendState(clientId, 'sent');
    }
    for (const activity of fresh) {
      const shown = show(activity);
      switch (shown.kind) {
        case 'message':
          if (shown.sender.kind !== 'citizen') this.view.hideTyping();
          this.view.addMessage(shown.sender, shown.text);
          if (shown.choices.length > 0) this.view.showChoices(shown.choices, (choice) => this.pick(choice));
          else if (shown.sender.kind !== 'citizen') this.view.clearChoices();
          break;
        case 'typing':
          this.view.showTyping(shown.sender);
          break;
        case 'handoff':
          // endOfConversation follows a close: the end notice then says the counsellor closed it.
          if (shown.reason === 'closed') this.endReason = 'closed';
          this.view.setPersonPresent(shown.state === 'accepted');
          this.view.milestone(this.config.texts[handoffNoticeKey(shown.state, shown.reason)]);
          break;
        case 'stopped':
          this.view.offerWipe();
          break;
        case 'end':
          connection.end();
          break;
        case 'none':
          break;
      }
    }
  }

  private pick(choice: Choice): void {
    this.view.clearChoices();
    void this.send(choice.value);
    this.els.input.focus();
  }

  private sendTyped(): void {
    const text = this.els.input.value;
    if (text.trim() === '' || !this.view.updateCount(text.length, this.config.maxChars)) return;
    this.els.input.value = '';
    this.view.fitInput();
    this.view.updateCount(0, this.config.maxChars);
    this.view.clearChoices();
    this.typing.reset();
    void this.send(text);
  }

  private async send(text: string, clientId = this.env.newClientId()): Promise<void> {
    const connection = this.connection;
    if (!connection || connection.status === 'ended') return;
    this.unsent.delete(clientId);
    // A retry reuses the bubble (and the client id, so the server stores the message once).
    if (!this.view.hasBubble(clientId)) {
      this.log.sending(clientId);
      this.view.addMessage({ kind: 'citizen' }, text, clientId);
    }
    this.view.setSendState(clientId, 'sending');
    this.spoke = true;
    this.syncLinks();
    this.posting++;
    let result: Awaited<ReturnType<DirectLineConnection['post']>>;
    try {
      result = await connection.post({ type: 'message', text, locale: this.config.locale === 'nl' ? 'nl-NL' : 'en-US' }, clientId);
    } finally {
      this.posting--;
    }
    if (connection !== this.connection) return;
    // The stream may have confirmed it first (the reply to a POST comes after the bot's turn).
    if (this.confirmed.has(clientId) || result === 'sent') {
      this.confirmed.add(clientId);
      this.view.setSendState(clientId, 'sent');
    } else if (result === 'failed') {
      if (!this.env.connection.isOnline()) this.unsent.set(clientId, text);
      this.view.setSendState(clientId, 'failed', () => void this.send(text, clientId));
    } else if (result === 'refused') this.view.setSendState(clientId, 'refused');
    else if (result === 'ended') {
      this.view.setSendState(clientId, 'ended');
      // Nothing told the page the chat had stopped (a close would have): the server ended it because it was quiet.
      if (this.endReason === 'other') this.endReason = 'quiet';
    }
    if (hasEnded(connection) && this.posting === 0) this.showEnd(this.endReason);
  }

  private showEnd(reason: EndReason): void {
    this.syncLinks();
    if (this.leaving || this.endShown) return;
    this.endShown = true;
    this.view.showEnded(reason);
  }
}

/** Read after an await: the connection may have ended meanwhile (a narrowed `status` would say it cannot). */
function hasEnded(connection: DirectLineConnection): boolean {
  return connection.status === 'ended';
}
