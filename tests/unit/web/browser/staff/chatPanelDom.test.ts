/**
 * @jest-environment jsdom
 */
import { ChatPanel } from '../../../../../src/web/browser/console/chatPanel';
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

/** A chat panel on the page with quiet dependencies and the given Idempotency-Key source. */
function openPanel(api: StaffApi, newSendKey: () => string): ChatPanel {
  const chat = new ChatPanel('c1', 'ABC-123', {
    api,
    texts,
    announcer: new Announcer(null),
    errorText: () => 'fout',
    myName: () => 'Sanne',
    canned: async () => [],
    newSendKey,
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
