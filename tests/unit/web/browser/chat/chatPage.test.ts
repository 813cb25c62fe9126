/**
 * @jest-environment jsdom
 */
/** The citizen chat page against a scripted Direct Line server: fake fetch, manual timers, no layout. */
import { ChatPage, type ChatPageEnv } from '../../../../../src/web/browser/chat/chatPage';
import { STOPPED_EVENT } from '../../../../../src/web/browser/chat/messages';
import type { HttpResponse } from '../../../../../src/web/browser/chat/connection';
import { chatDom, chatTexts } from '../../../../support/chatDom';
import { flush, manualTimers } from '../../../../support/manualTimers';

const texts = chatTexts();

function json(status: number, body: unknown): HttpResponse {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

function setup() {
  const els = chatDom();
  jest.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);

  const timers = manualTimers();
  const advance = (ms: number) => timers.advance(ms);

  const state = { online: true, postStatus: 200 };
  const posted: string[] = [];
  const beacons: Array<{ url: string; body: string }> = [];
  /** What the server has for the page's next poll: the bot's and counsellors' activities. */
  const incoming: unknown[] = [];
  let watermark = 0;
  let ids = 0;
  const env: ChatPageEnv = {
    connection: {
      fetch: async (url, init) => {
        if (init.method === 'POST' && url === '/v3/directline/conversations')
          return json(201, { conversationId: 'conv', expires_in: 1800 });
        if (init.method === 'GET') {
          const activities = incoming.splice(0).map((a, i) => ({ id: `conv|${watermark + i + 1}`, ...(a as object) }));
          watermark += activities.length;
          return json(200, { activities, watermark: String(watermark) });
        }
        if (!state.online) throw new TypeError('Failed to fetch');
        const body = JSON.parse(init.body ?? '{}') as { type: string; text?: string };
        if (body.type !== 'message') return json(200, { id: 'conv|t' });
        posted.push(body.text ?? '');
        return state.postStatus === 200 ? json(200, { id: `conv|${String(posted.length).padStart(7, '0')}` }) : json(state.postStatus, {});
      },
      openSocket: () => ({ close: () => undefined }),
      timers: { setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout },
      random: () => 0.5,
      isOnline: () => state.online,
    },
    requestToken: async () => ({ token: 'tok', conversationId: 'conv' }),
    beacon: (url, body) => void beacons.push({ url, body }),
    newClientId: () => `c-${++ids}`,
    now: timers.now,
    onExit: () => undefined,
    showError: () => undefined,
  };
  const page = new ChatPage(document, els, { locale: 'nl', maxChars: 1000, texts }, env);
  page.start();
  const type = (text: string) => {
    els.input.value = text;
    els.form.dispatchEvent(new Event('submit', { cancelable: true }));
  };
  const states = () => Array.from(els.log.querySelectorAll<HTMLElement>('.msg--citizen'), (m) => m.dataset['state']);
  /** The server sends `activities`; the page has them after its next poll. */
  const receive = async (...activities: object[]) => {
    incoming.push(...activities);
    await advance(1000);
  };
  return { page, els, state, posted, beacons, advance, type, states, receive };
}

afterEach(() => jest.restoreAllMocks());

describe('the citizen chat page', () => {
  it('sends again, once and in order, what failed while offline when the browser is back online', async () => {
    const t = setup();
    await t.page.begin();
    t.state.online = false;
    t.type('een');
    t.type('twee');
    await flush();
    await t.advance(20_000);
    expect(t.states()).toEqual(['failed', 'failed']);
    expect(t.posted).toEqual([]);

    t.state.online = true;
    t.page.networkBack();
    await flush();
    await t.advance(2000);
    expect(t.posted).toEqual(['een', 'twee']);
    expect(t.states()).toEqual(['sent', 'sent']);
    // A second "online" has nothing left to send.
    t.page.networkBack();
    await t.advance(2000);
    expect(t.posted).toEqual(['een', 'twee']);
  });

  it('leaves a message that failed for another reason to the "send again" button', async () => {
    const t = setup();
    await t.page.begin();
    t.state.postStatus = 503;
    t.type('een');
    await flush();
    await t.advance(20_000);
    expect(t.states()).toEqual(['failed']);
    const tries = t.posted.length;
    t.state.postStatus = 200;
    t.page.networkBack();
    await t.advance(2000);
    expect(t.posted).toHaveLength(tries);
    t.els.log.querySelector<HTMLButtonElement>('.msg__retry')!.click();
    await flush();
    expect(t.states()).toEqual(['sent']);
  });

  it('fits the text box to the text while typing and after sending', async () => {
    const t = setup();
    await t.page.begin();
    let content = 120;
    Object.defineProperty(t.els.input, 'scrollHeight', { configurable: true, get: () => content });
    t.els.input.value = 'een lange vraag\nover twee regels\nen nog een';
    t.els.input.dispatchEvent(new Event('input'));
    expect(t.els.input.style.height).toBe('120px');
    content = 40;
    t.type(t.els.input.value);
    expect(t.els.input.value).toBe('');
    expect(t.els.input.style.height).toBe('40px');
  });

  it('offers to clear the conversation after "stop"; clearing ends the chat and leaves nothing of it in the page', async () => {
    const t = setup();
    await t.page.begin();
    t.type('Mijn zus moet elke nacht werken.');
    await flush();
    await t.receive(
      { type: 'message', from: { id: 'bot', role: 'bot' }, text: 'Oké, we stoppen.' },
      { type: 'event', name: STOPPED_EVENT, from: { id: 'bot', role: 'bot' } },
    );
    expect(t.els.log.textContent).toContain('Oké, we stoppen.');
    expect(t.els.wipeOffer.hidden).toBe(false);
    // "stop" does not end the chat: the text box stays.
    expect(t.els.form.hidden).toBe(false);
    t.els.input.value = 'nog iets';

    t.els.wipe.click();
    expect(t.beacons).toEqual([{ url: '/api/directline/end', body: JSON.stringify({ token: 'tok' }) }]);
    expect([t.els.log.textContent, t.els.input.value]).toEqual(['', '']);
    expect([t.els.form.hidden, t.els.ended.hidden, t.els.endedText.textContent]).toEqual([true, false, texts.wiped]);
    expect(t.page.inProgress()).toBe(false);
    // The page keeps nothing in browser storage either.
    expect([window.localStorage.length, window.sessionStorage.length]).toEqual([0, 0]);
    // The connection's own end afterwards does not put "the chat has ended" over the cleared screen.
    await t.advance(5000);
    expect(t.els.endedText.textContent).toBe(texts.wiped);
  });

  it('opens web links in a new tab only while the citizen is in a chat that leaving would end', async () => {
    const t = setup();
    await t.page.begin();
    await t.receive({ type: 'message', from: { id: 'bot', role: 'bot' }, text: '[Meer over je privacy](https://veiligthuis.nl/privacy)' });
    const link = t.els.log.querySelector<HTMLAnchorElement>('a[href^="https"]')!;
    expect([link.target, link.textContent]).toEqual(['', 'Meer over je privacy']);
    t.type('Is dit anoniem?');
    await flush();
    expect([link.target, link.textContent]).toEqual(['_blank', `Meer over je privacy ${texts.linkNewTab}`]);
    await t.receive({ type: 'endOfConversation', from: { id: 'bot', role: 'bot' } });
    expect(t.els.ended.hidden).toBe(false);
    expect([link.target, link.textContent]).toEqual(['', 'Meer over je privacy']);
  });

  it('asks for a person with its own button at any moment, and hides it while a person is in the chat', async () => {
    const t = setup();
    await t.page.begin();
    t.type('Mijn buurman werkt zonder loon.');
    await t.receive({
      type: 'message',
      from: { id: 'bot', role: 'bot' },
      text: 'Wat zie je nog meer?',
      suggestedActions: { actions: [{ type: 'imBack', title: 'Weet ik niet', value: 'Weet ik niet' }] },
    });
    expect(t.els.askPerson.hidden).toBe(false);
    t.els.askPerson.click();
    await flush();
    expect(t.posted).toEqual(['Mijn buurman werkt zonder loon.', texts.askPerson]);
    // The answer buttons belonged to the question before.
    expect(t.els.choices.hidden).toBe(true);
    await t.receive({ type: 'event', name: 'handoff.status', value: { state: 'accepted' }, from: { id: 'bot', role: 'bot' } });
    expect(t.els.askPerson.hidden).toBe(true);
    await t.receive({
      type: 'event',
      name: 'handoff.status',
      value: { state: 'completed', reason: 'released' },
      from: { id: 'bot', role: 'bot' },
    });
    expect(t.els.askPerson.hidden).toBe(false);
  });
});
