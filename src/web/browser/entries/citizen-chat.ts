/**
 * Page script: the citizen chat. Reads its settings and texts from the page's JSON block, finds
 * its elements, and connects the chat to this server's Direct Line endpoints.
 */
import { readChatConfig } from '../chat/config';
import { ChatPage } from '../chat/chatPage';
import { LeaveGuard } from '../chat/leaveGuard';
import { wireLanguageSwitch, wireSkipLink } from '../chat/pageLinks';
import type { ChatElements } from '../chat/view';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`#${id} is missing`);
  return el;
}

function showError(): void {
  const error = document.getElementById('chat-error');
  if (error) error.hidden = false;
  // Without a conversation the empty chat would only push the phone lines out of view.
  const ui = document.getElementById('chat-ui');
  if (ui) ui.hidden = true;
}

function randomHex(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Runs `fn` in a task after the first frame: the page paints and answers input before the chat's
 * work (checking its settings, token, conversation, first messages) begins. The timer covers a
 * tab opened in the background, where frames wait until it is shown.
 */
function afterFirstPaint(fn: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  window.requestAnimationFrame(() => window.setTimeout(once, 0));
  window.setTimeout(once, 1000);
}

function main(): void {
  const configEl = document.getElementById('chat-config');
  const config = readChatConfig(JSON.parse(configEl?.textContent ?? 'null'));
  if (!config || typeof window.fetch !== 'function' || typeof WebSocket !== 'function') {
    showError();
    return;
  }
  const els: ChatElements = {
    scroll: byId('chat-scroll', HTMLElement),
    log: byId('chat-log', HTMLElement),
    typing: byId('chat-typing', HTMLElement),
    choices: byId('chat-choices', HTMLElement),
    status: byId('chat-status', HTMLElement),
    announce: byId('chat-announce', HTMLElement),
    input: byId('chat-input', HTMLTextAreaElement),
    send: byId('chat-send', HTMLButtonElement),
    count: byId('chat-count', HTMLElement),
    tooLong: byId('chat-too-long', HTMLElement),
    form: byId('chat-form', HTMLFormElement),
    ended: byId('chat-ended', HTMLElement),
    endedText: byId('chat-ended-text', HTMLElement),
    draft: byId('chat-draft', HTMLElement),
    restart: byId('chat-restart', HTMLButtonElement),
    askPerson: byId('chat-person', HTMLButtonElement),
    wipeOffer: byId('chat-wipe-offer', HTMLElement),
    wipe: byId('chat-wipe', HTMLButtonElement),
  };
  const socketBase = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
  const page = new ChatPage(document, els, config, {
    connection: {
      fetch: (url, init) => window.fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store' }),
      openSocket: (url, handlers) => {
        // The server gives an absolute ws:// address; behind a TLS proxy it may not know the scheme.
        const socket = new WebSocket(url.replace(/^wss?:\/\/[^/]+/, socketBase));
        socket.onopen = () => handlers.open();
        socket.onmessage = (event) => handlers.message(typeof event.data === 'string' ? event.data : '');
        socket.onclose = () => handlers.close();
        return { close: () => socket.close() };
      },
      timers: { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (id) => window.clearTimeout(id) },
      random: Math.random,
      isOnline: () => navigator.onLine !== false,
    },
    requestToken: async (locale) => {
      const res = await window.fetch('/api/directline/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale }),
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (!res.ok) throw new Error(`token request failed: ${res.status}`);
      return res.json();
    },
    beacon: (url, body) => {
      const blob = new Blob([body], { type: 'application/json' });
      if (!navigator.sendBeacon?.(url, blob)) {
        void window
          .fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' }, keepalive: true })
          .catch(() => undefined);
      }
    },
    newClientId: () => `c${randomHex(12)}`,
    now: () => Date.now(),
    onExit: (fn) => window.helplineQuickExit?.onExit(fn),
    showError,
  });
  page.start();
  void page.begin();
  window.addEventListener('online', () => page.networkBack());
  window.addEventListener('offline', () => page.networkGone());
  // pagehide, not unload: it also fires on phones when the tab is closed. leave() wipes the chat,
  // so a copy in the back/forward cache holds nothing; pageshow then starts a new chat.
  window.addEventListener('pagehide', () => page.leave());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) page.shownAgain();
  });
  els.restart.addEventListener('click', () => {
    void page.begin().then(() => els.input.focus());
  });
  guardLanguageSwitch(page);
}

/**
 * The language link loads the page anew, which ends the chat (pagehide). Once the citizen has
 * written in it, the page asks first; before that, or after the chat ended, the link just works.
 */
function guardLanguageSwitch(page: ChatPage): void {
  const link = document.querySelector('a.language-switch');
  if (!(link instanceof HTMLAnchorElement)) return;
  const guard = new LeaveGuard({
    panel: byId('chat-leave', HTMLElement),
    stay: byId('chat-leave-stay', HTMLButtonElement),
    go: byId('chat-leave-go', HTMLButtonElement),
  });
  wireLanguageSwitch(link, {
    inProgress: () => page.inProgress(),
    ask: (go, opener) => guard.ask(go, opener),
    replace: (url) => window.location.replace(url),
  });
}

/**
 * The script loads `async`, so evaluating it is a task of its own and not part of the one that
 * ends the parse and lays the page out for the first time (in the traces of issue 12 those two
 * together were the page's longest task). Its work waits for the whole page (the quick exit,
 * a `defer` script, has then registered itself) and for the first frame.
 */
function whenParsed(fn: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => fn(), { once: true });
  else fn();
}

whenParsed(() => {
  // At once, not after the first paint: the skip link is the first thing a keyboard reaches.
  const skip = document.querySelector('a.skip-link');
  const input = document.getElementById('chat-input');
  if (skip instanceof HTMLAnchorElement && input instanceof HTMLTextAreaElement) wireSkipLink(skip, input);
  afterFirstPaint(main);
});
