/**
 * The counsellor console: signing in and out, availability, the queue refresh, alerts (on screen
 * and, when chosen, by sound and system notification in the background), the live feed, and the
 * keyboard shortcuts. Starts by resuming a session (GET /staff/api/me) when the browser has one.
 */
import { ApiError, conversationPath, StaffApi } from '../shared/api';
import { Announcer } from '../shared/announcer';
import { byId, el } from '../shared/dom';
import { bindLoginForm } from '../shared/login';
import {
  anyBody,
  cannedSchema,
  conversationSchema,
  queueSchema,
  sessionSchema,
  type FeedEvent,
  type Queue,
  type QueueItem,
  type Session,
} from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { Alerts } from './alerts';
import { Desk } from './desk';
import { feedUrl, LiveFeed } from './feed';
import { BackgroundAlerts, newArrivals, type AlertPrefs } from './notifications';
import { chatCode, QueueView } from './queueView';
import { randomKey } from './sendKeys';
import { keyLabel, SHORTCUTS, shortcutFor } from './shortcuts';

const QUEUE_REFRESH_MS = 15000;

/** The console's text for a failed request, where no more specific text fits. */
export function consoleErrorText(texts: Texts, err: unknown): string {
  if (!(err instanceof ApiError) || err.code === 'BadResponse') return texts.t('errors.generic');
  if (err.status === 0) return texts.t('errors.network');
  if (err.status === 403) return texts.t('errors.forbidden');
  if (err.status === 404) return texts.t('ended.gone');
  if (err.status === 413) return texts.t('errors.tooLong');
  if (err.status === 429) return texts.t('errors.tooMany');
  return texts.t('errors.generic');
}

export function startConsole(texts: Texts): void {
  const t = (key: string, params?: Record<string, string | number>) => texts.t(key, params);
  const api = new StaffApi((input, init) => window.fetch(input, init));
  const announcer = new Announcer(document.getElementById('announcer'));
  const errorText = (err: unknown) => consoleErrorText(texts, err);
  let me: Session | null = null;
  let canned: Promise<{ nl: string[]; en: string[] }> | null = null;
  let queueTimer: number | null = null;
  let queueSoon: number | null = null;
  let availabilityChangedAt = 0;
  let seenInQueue: Set<string> | null = null;

  const availability = byId('availability', HTMLInputElement);
  const availabilityBox = availability.closest<HTMLElement>('.availability');
  const connection = byId('connection');
  const alerts = new Alerts({ banner: byId('alert-banner'), list: byId('alert-list'), live: byId('alert-live') }, texts);
  const background = new BackgroundAlerts(safeStorage(), () => document.hidden || !document.hasFocus());
  const queue = new QueueView(
    {
      list: byId('queue-list'),
      empty: byId('queue-empty'),
      count: byId('queue-count'),
      status: byId('queue-status'),
      message: byId('queue-message'),
    },
    texts,
    accept,
  );
  const desk = new Desk({ tabs: byId('chat-tabs'), panels: byId('chat-panels'), empty: byId('chats-empty') }, texts, {
    api,
    texts,
    announcer,
    errorText,
    myName: () => me?.user.displayName ?? '',
    newSendKey: () => randomKey((bytes) => crypto.getRandomValues(new Uint8Array(bytes))),
    canned: async (locale) => {
      canned ??= api.get('/staff/api/canned', cannedSchema);
      try {
        return (await canned)[locale];
      } catch {
        canned = null;
        return [];
      }
    },
  });
  const feed = new LiveFeed(feedUrl(window.location), {
    event: onEvent,
    open: () => {
      void refreshQueue(true);
      desk.reloadLive();
    },
    state: (connected) => {
      connection.textContent = connected ? t('connection.online') : t('connection.offline');
      connection.classList.toggle('connection--offline', !connected);
    },
    sessionEnded: () => {
      if (me) showLogin(t('login.expired'));
    },
    beforeReconnect: () =>
      api.get('/staff/api/me', sessionSchema).then(
        () => true,
        // 401 is handled by onSessionLost; anything else (network, 5xx): keep trying.
        (err: unknown) => !(err instanceof ApiError && err.status === 401),
      ),
  });

  function show(view: 'login' | 'wrong-role' | 'workspace'): void {
    byId('starting').hidden = true;
    byId('login').hidden = view !== 'login';
    byId('wrong-role').hidden = view !== 'wrong-role';
    byId('workspace').hidden = view !== 'workspace';
    byId('session-bar').hidden = view === 'login';
  }

  function showLogin(message: string): void {
    stop();
    me = null;
    api.setCsrf(null);
    show('login');
    byId('login-error').textContent = message;
    byId('login-password', HTMLInputElement).value = '';
    byId('login-username').focus();
  }

  function stop(): void {
    feed.stop();
    connection.textContent = '';
    connection.classList.remove('connection--offline');
    if (queueTimer !== null) window.clearInterval(queueTimer);
    queueTimer = null;
    desk.clear();
    queue.clear();
    alerts.clear();
    background.signOut();
    canned = null;
    seenInQueue = null;
  }

  function start(session: Session): void {
    me = session;
    api.setCsrf(session.csrfToken);
    byId('signed-in-as').textContent = t('session.signedInAs', { name: session.user.displayName });
    if (session.role !== 'counsellor') {
      show('wrong-role');
      if (availabilityBox) availabilityBox.hidden = true;
      byId('wrong-role-text').textContent = t('session.wrongRole', { role: texts.label('staffRoles', session.role) });
      return;
    }
    if (availabilityBox) availabilityBox.hidden = false;
    showPrefs(background.signIn(session.user.username));
    show('workspace');
    byId('main').focus();
    void refreshQueue(true);
    feed.start();
    queueTimer = window.setInterval(() => void refreshQueue(false), QUEUE_REFRESH_MS);
  }

  /* ---- queue and availability ---- */

  async function refreshQueue(openMine: boolean): Promise<Queue | null> {
    const startedAt = Date.now();
    try {
      const body = openMine ? await api.get('/staff/api/queue', queueSchema) : await api.getInBackground('/staff/api/queue', queueSchema);
      if (!me) return null;
      queue.render(body.items);
      announceArrivals(body.items);
      // An older answer must not undo a switch the counsellor flipped meanwhile.
      if (startedAt > availabilityChangedAt) setAvailability(body.available);
      if (openMine) for (const id of body.myChats) desk.open(id);
      return body;
    } catch {
      if (me) queue.failed();
      return null;
    }
  }

  /** A chat that joined the queue since the last refresh: sound and notification when chosen. */
  function announceArrivals(items: readonly QueueItem[]): void {
    const before = seenInQueue;
    seenInQueue = new Set(items.map((i) => i.conversationId));
    if (before === null) return;
    for (const id of newArrivals(before, items)) {
      const item = items.find((i) => i.conversationId === id);
      if (!item || item.acute) continue; // an acute chat has its own alert event
      background.alert({ kind: 'new', tag: id, title: t('notify.newTitle'), body: t('notify.newBody', { code: chatCode(item) }) });
    }
  }

  /** Many events can come at once (accept, queue change); one refresh covers them. */
  function refreshQueueSoon(): void {
    if (queueSoon !== null) return;
    queueSoon = window.setTimeout(() => {
      queueSoon = null;
      void refreshQueue(false);
    }, 150);
  }

  function setAvailability(available: boolean): void {
    availability.checked = available;
    byId('availability-state').textContent = available ? t('availability.on') : t('availability.off');
  }

  availability.addEventListener('change', () => {
    const wanted = availability.checked;
    availabilityChangedAt = Date.now();
    availability.disabled = true;
    api
      .put('/staff/api/me/availability', { available: wanted }, anyBody)
      .then(
        () => setAvailability(wanted),
        () => {
          setAvailability(!wanted);
          queue.message(t('availability.failed'));
        },
      )
      .finally(() => {
        availability.disabled = false;
      });
  });

  function accept(item: QueueItem, failed: () => void): void {
    const code = chatCode(item);
    queue.message('');
    api.post(`${conversationPath(item.conversationId)}/accept`, {}, anyBody).then(
      () => {
        desk.open(item.conversationId, { code, select: true, focus: true });
        announcer.say(t('chats.accepted', { code }));
        void refreshQueue(false);
      },
      (err: unknown) => {
        failed();
        if (err instanceof ApiError && err.status === 409) queue.message(t('queue.taken'));
        else if (err instanceof ApiError && err.status === 404) queue.message(t('queue.gone'));
        else queue.message(errorText(err));
        void refreshQueue(false);
      },
    );
  }

  /* ---- alert preferences ---- */

  const soundBox = byId('pref-sound', HTMLInputElement);
  const notifyBox = byId('pref-notify', HTMLInputElement);
  const prefsStatus = byId('prefs-status');

  function showPrefs(prefs: AlertPrefs): void {
    soundBox.checked = prefs.sound;
    notifyBox.checked = prefs.notify;
    prefsStatus.textContent = '';
  }

  soundBox.addEventListener('change', () => {
    background.set({ ...background.current(), sound: soundBox.checked });
    prefsStatus.textContent = t(soundBox.checked ? 'prefs.soundOn' : 'prefs.soundOff');
  });
  notifyBox.addEventListener('change', () => {
    if (!notifyBox.checked) {
      background.set({ ...background.current(), notify: false });
      prefsStatus.textContent = t('prefs.notifyOff');
      return;
    }
    void background.allowNotifications().then((allowed) => {
      notifyBox.checked = allowed;
      background.set({ ...background.current(), notify: allowed });
      prefsStatus.textContent = t(allowed ? 'prefs.notifyOn' : 'prefs.notifyDenied');
    });
  });

  /* ---- alerts ---- */

  async function alertFor(event: Extract<FeedEvent, { kind: 'alert' }>): Promise<void> {
    const chat = desk.get(event.conversationId);
    // The bot's 112 answer is in the transcript, not in the feed: load it.
    if (chat && event.reason === 'acute_in_live_chat') void chat.load();
    let code = chat?.code ?? queue.codeOf(event.conversationId);
    if (!code) {
      await refreshQueue(false);
      code = queue.codeOf(event.conversationId) ?? event.conversationId.slice(0, 8);
    }
    const live = event.reason === 'acute_in_live_chat';
    const text = t(live ? 'alerts.acuteLive' : 'alerts.acuteWaiting', { code });
    alerts.raise(event.conversationId + event.reason, text);
    background.alert({ kind: 'acute', tag: event.conversationId, title: t('notify.acuteTitle'), body: text });
  }

  /* ---- the live feed ---- */

  function onEvent(event: FeedEvent): void {
    switch (event.kind) {
      case 'queue_changed':
        refreshQueueSoon();
        return;
      case 'alert':
        void alertFor(event);
        return;
      case 'accepted':
        desk.open(event.conversationId);
        return;
      case 'transferred':
        void onTransferred(event.conversationId);
        return;
      case 'ended':
        if (event.reason === 'quick_exit' && desk.get(event.conversationId)) alerts.say(t('ended.quick_exit'));
        desk.handle(event);
        return;
      default:
        desk.handle(event);
    }
  }

  /** The feed names user ids only; the API tells whether this console gave or got the chat. */
  async function onTransferred(conversationId: string): Promise<void> {
    const chat = desk.get(conversationId);
    if (chat && chat.status !== 'ended') {
      api.get(conversationPath(conversationId), conversationSchema).catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 403) chat.end(t('transfer.doneElsewhere'));
      });
      return;
    }
    const body = await refreshQueue(false);
    if (body?.myChats.includes(conversationId)) {
      desk.open(conversationId, {
        select: desk.liveIds().length === 0,
        loaded: (opened) => announcer.say(t('chats.transferredToYou', { code: opened.code })),
      });
    }
  }

  /* ---- keyboard shortcuts ---- */

  byId('shortcut-list').replaceChildren(
    ...SHORTCUTS.flatMap((s) => [el('dt', {}, [el('kbd', { text: keyLabel(s.code) })]), el('dd', { text: t(`shortcuts.${s.action}`) })]),
    el('dt', {}, [el('kbd', { text: 'Alt+1…9' })]),
    el('dd', { text: t('shortcuts.chat') }),
    el('dt', {}, [el('kbd', { text: 'Enter' })]),
    el('dd', { text: t('shortcuts.enter') }),
  );

  document.addEventListener('keydown', (event) => {
    if (!me || byId('workspace').hidden) return;
    const action = shortcutFor(event);
    if (action === null) return;
    const chat = desk.current();
    event.preventDefault();
    if (typeof action === 'object') desk.selectNumber(action.chat);
    else if (action === 'acceptNext') queue.acceptNext();
    else if (action === 'send') chat?.send();
    else if (action === 'compose') chat?.focusComposer();
    else if (action === 'transfer') chat?.focusTransfer();
    else if (action === 'close') chat?.focusClose();
  });

  /* ---- signing in and out ---- */

  api.onSessionLost(() => {
    if (me) showLogin(t('login.expired'));
  });

  bindLoginForm({ api, texts, announcer, errorText, onSignedIn: start });

  byId('logout').addEventListener('click', () => {
    api.post('/staff/api/logout', {}, anyBody).then(
      () => showLogin(t('login.loggedOut')),
      (err: unknown) => {
        if (!(err instanceof ApiError && err.status === 401)) queue.message(errorText(err));
      },
    );
  });

  api.get('/staff/api/me', sessionSchema).then(start, () => showLogin(''));
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
