/**
 * @jest-environment jsdom
 */
import { ChatPanel } from '../../../../../src/web/browser/console/chatPanel';
import { Desk } from '../../../../../src/web/browser/console/desk';
import { Announcer } from '../../../../../src/web/browser/shared/announcer';
import { StaffApi } from '../../../../../src/web/browser/shared/api';
import { consoleNl } from './texts';

const texts = consoleNl();

/** jsdom has no fetch Response; the client reads only status, ok and json(). */
function reply(status: number, body: unknown): Response {
  return { status, ok: status >= 200 && status < 300, json: async () => body } as unknown as Response;
}

const VIEW = {
  conversation: { id: 'c1', code: 'ABC-123', locale: 'nl', acute: false, status: 'live', acceptedAt: null, triage: null },
  transcript: [{ seq: 1, role: 'citizen', text: 'Hallo', at: '2026-03-01T10:00:00Z', counsellor: null }],
  notes: [],
};

/** What a chat panel and the desk need, with nothing announced and a fixed counsellor name. */
function quietDeps(api: StaffApi, newSendKey: () => string) {
  return { api, texts, announcer: new Announcer(null), errorText: () => 'fout', myName: () => 'Sanne', canned: async () => [], newSendKey };
}

/** A chat panel on the page with quiet dependencies and the given Idempotency-Key source. */
function openPanel(api: StaffApi, newSendKey: () => string): ChatPanel {
  const chat = new ChatPanel('c1', 'ABC-123', {
    ...quietDeps(api, newSendKey),
    onMessage: () => undefined,
    onEnded: () => undefined,
    onDismiss: () => undefined,
  });
  document.body.appendChild(chat.panel);
  return chat;
}

describe('chat panel', () => {
  it('sends a message pressed while the chat is still opening, once it has opened', async () => {
    let openChat: () => void = () => undefined;
    const posted: { url: string; body: unknown }[] = [];
    const api = new StaffApi(async (url, init) => {
      if (init.method === 'POST') {
        posted.push({ url, body: JSON.parse(String(init.body)) });
        return reply(201, { sent: true });
      }
      if (url.endsWith('/counsellors/available')) return reply(200, { counsellors: [] });
      // The conversation answers only when the test says so.
      await new Promise<void>((resolve) => (openChat = resolve));
      return reply(200, VIEW);
    });
    const chat = openPanel(api, () => 'key-00000001');
    const loading = chat.load();
    const box = chat.panel.querySelector('textarea')!;
    box.value = 'Ik ben er.';
    chat.send();
    await Promise.resolve();
    expect(posted).toEqual([]);
    openChat();
    await loading;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(chat.status).toBe('live');
    expect(posted).toEqual([{ url: '/staff/api/conversations/c1/messages', body: { text: 'Ik ben er.' } }]);
    expect(chat.panel.querySelector('[role="log"]')!.textContent).toContain('Hallo');
  });

  it('retries a failed send with the same Idempotency-Key and gives the next message a new one', async () => {
    const keys: (string | undefined)[] = [];
    let failNext = true;
    const api = new StaffApi(async (url, init) => {
      if (init.method === 'POST') {
        keys.push((init.headers as Record<string, string>)['Idempotency-Key']);
        if (failNext) {
          failNext = false;
          throw new TypeError('network down');
        }
        return reply(201, { sent: true });
      }
      if (url.endsWith('/counsellors/available')) return reply(200, { counsellors: [] });
      return reply(200, VIEW);
    });
    let n = 0;
    const chat = openPanel(api, () => `key-${String(++n).padStart(8, '0')}`);
    await chat.load();
    const box = chat.panel.querySelector('textarea')!;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    box.value = 'Ik ben er.';
    chat.send();
    await settle();
    // The text stays after the failure; sending it again is the same message.
    expect(box.value).toBe('Ik ben er.');
    chat.send();
    await settle();
    expect(box.value).toBe('');
    box.value = 'Hoe gaat het nu?';
    chat.send();
    await settle();
    expect(keys).toEqual(['key-00000001', 'key-00000001', 'key-00000002']);
  });
});

/** A loaded chat panel whose API records what was asked; `answer` decides each reply. */
async function openRecorded(answer: (method: string, url: string) => Response | null = () => null) {
  const calls: string[] = [];
  const api = new StaffApi(async (url, init) => {
    const method = init.method ?? 'GET';
    calls.push(`${method} ${url}`);
    const custom = answer(method, url);
    if (custom) return custom;
    if (method === 'POST') return reply(200, { ok: true });
    if (url.endsWith('/counsellors/available')) return reply(200, { counsellors: [] });
    return reply(200, VIEW);
  });
  const chat = openPanel(api, () => 'key-00000001');
  await chat.load();
  calls.length = 0;
  return { chat, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const control = (chat: ChatPanel, selector: string) => chat.panel.querySelector<HTMLInputElement>(selector)!;
const submitOf = (chat: ChatPanel, selector: string) => control(chat, selector).closest('form')!.requestSubmit();

describe('chat panel wrap-up after the citizen left', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps the notes and the close form open, not the composer, transfer or release, and says so', async () => {
    const { chat } = await openRecorded();
    const composer = control(chat, '#compose-c1');
    composer.focus();
    chat.end(texts.t('ended.citizen_left'), { wrapUp: true });
    expect([chat.status, chat.wrapUp]).toEqual(['ended', true]);
    expect(chat.panel.classList.contains('chat--wrapup')).toBe(true);
    expect(chat.panel.querySelector('.chat__notice-text')!.textContent).toBe(`${texts.t('ended.citizen_left')} ${texts.t('ended.wrapUp')}`);
    expect(chat.panel.querySelector('.chat__notice-text')!.getAttribute('role')).toBe('status');
    const disabled = (selector: string) => control(chat, selector).disabled;
    expect(['#compose-c1', '.composer button', '#transfer-c1'].map(disabled)).toEqual([true, true, true]);
    const release = Array.from(chat.panel.querySelectorAll('button')).find((b) => b.textContent === texts.t('release.submit'))!;
    expect(release.disabled).toBe(true);
    expect(['#note-c1', '#outcome-c1', '#close-note-c1'].map(disabled)).toEqual([false, false, false]);
    expect(control(chat, '#outcome-c1').closest('.side__section')!.classList.contains('side__section--wrapup')).toBe(true);
    // The composer the counsellor was in is switched off: focus goes on to the outcome.
    expect(document.activeElement?.id).toBe('outcome-c1');
    chat.focusTransfer();
    expect(document.activeElement?.id).toBe('outcome-c1');
  });

  it('saves a note without reading the ended chat back, and shows it with the time the server stored', async () => {
    const stored = { note: { at: '2026-03-01T10:42:00Z', text: 'Vertrok plotseling.' } };
    const { chat, calls } = await openRecorded((method, url) => (method === 'POST' && url.endsWith('/notes') ? reply(201, stored) : null));
    chat.end(texts.t('ended.quick_exit'), { wrapUp: true });
    control(chat, '#note-c1').value = 'Vertrok plotseling.';
    submitOf(chat, '#note-c1');
    await settle();
    await settle();
    expect(calls).toEqual(['POST /staff/api/conversations/c1/notes']);
    expect(chat.panel.querySelector('.notes')!.textContent).toContain('Vertrok plotseling.');
    expect(chat.panel.querySelector('.notes time')!.getAttribute('datetime')).toBe(stored.note.at);
    expect(chat.wrapUp).toBe(true);
  });

  it('closes everything once the outcome is saved, with focus on closing the tab', async () => {
    const { chat, calls } = await openRecorded();
    chat.end(texts.t('ended.citizen_left'), { wrapUp: true });
    control(chat, '#outcome-c1').value = 'advice_given';
    control(chat, '#close-note-c1').value = 'Advies gegeven.';
    control(chat, '#outcome-c1').focus();
    submitOf(chat, '#outcome-c1');
    control(chat, '#close-note-c1').closest('form')!.querySelector('button')!.focus();
    await settle();
    expect(calls).toEqual(['POST /staff/api/conversations/c1/close']);
    expect([chat.status, chat.wrapUp, chat.panel.classList.contains('chat--wrapup')]).toEqual(['ended', false, false]);
    expect(chat.panel.querySelector('.chat__notice-text')!.textContent).toBe(texts.t('ended.closed'));
    expect(['#note-c1', '#outcome-c1', '#close-note-c1'].map((sel) => control(chat, sel).disabled)).toEqual([true, true, true]);
    expect(document.activeElement?.textContent).toBe(texts.t('chats.closeTab'));
  });

  it('ends the wrap-up when the server no longer has the chat (404)', async () => {
    const { chat } = await openRecorded((method, url) =>
      method === 'POST' && url.endsWith('/close') ? reply(404, { error: { code: 'NotFound', message: 'Not found.' } }) : null,
    );
    chat.end(texts.t('ended.citizen_left'), { wrapUp: true });
    control(chat, '#outcome-c1').value = 'other';
    submitOf(chat, '#outcome-c1');
    await settle();
    expect([chat.wrapUp, chat.panel.querySelector('.chat__notice-text')!.textContent]).toEqual([false, texts.t('ended.gone')]);
    expect(control(chat, '#outcome-c1').disabled).toBe(true);
  });

  it('opens no wrap-up for a chat that had already ended, nor for one handed on', async () => {
    const { chat } = await openRecorded();
    chat.end(texts.t('ended.released'));
    chat.end(texts.t('ended.citizen_left'), { wrapUp: true });
    expect([chat.wrapUp, chat.panel.querySelector('.chat__notice-text')!.textContent]).toEqual([false, texts.t('ended.released')]);
    expect(control(chat, '#outcome-c1').disabled).toBe(true);
  });
});

describe('desk: which endings leave a wrap-up', () => {
  it.each([
    ['citizen_left', true],
    ['quick_exit', true],
    ['released', false],
    ['erased', false],
    ['counsellor_gone', false],
  ])('%s → wrap-up %s, named on the tab', async (reason, wrapUp) => {
    const api = new StaffApi(async (url) => reply(200, url.endsWith('/counsellors/available') ? { counsellors: [] } : VIEW));
    const nodes = { tabs: document.createElement('div'), panels: document.createElement('div'), empty: document.createElement('p') };
    const desk = new Desk(
      nodes,
      texts,
      quietDeps(api, () => 'key-00000001'),
    );
    const chat = desk.open('c1', { code: 'ABC-123' });
    await chat.load();
    desk.handle({ kind: 'ended', conversationId: 'c1', reason, wrapUp });
    expect([chat.status, chat.wrapUp]).toEqual(['ended', wrapUp]);
    expect(nodes.tabs.textContent).toContain(texts.t(wrapUp ? 'chats.wrapUpTab' : 'chats.endedTab'));
    expect(desk.liveIds()).toEqual([]);
  });
});
