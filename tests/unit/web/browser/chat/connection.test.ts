/** The page's Direct Line client against a scripted server: fake fetch, sockets and timers. */
import {
  DirectLineConnection,
  type ConnectionEnv,
  type ConnectionStatus,
  type HttpResponse,
  type SocketHandlers,
} from '../../../../../src/web/browser/chat/connection';
import type { ActivitySet } from '../../../../../src/web/browser/chat/protocol';
import { flush, manualTimers } from '../../../../support/manualTimers';

interface Call {
  method: string;
  url: string;
  auth: string | undefined;
  body: unknown;
}

type Handler = (call: Call) => HttpResponse | 'network-error';

function json(status: number, body: unknown): HttpResponse {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

function setup(routes: Record<string, Handler>) {
  const timers = manualTimers();
  const calls: Call[] = [];
  const sockets: { url: string; handlers: SocketHandlers; closed: boolean }[] = [];
  const sets: ActivitySet[] = [];
  const statuses: ConnectionStatus[] = [];
  let online = true;
  const env: ConnectionEnv = {
    fetch: async (url, init) => {
      const call: Call = {
        method: init.method,
        url,
        auth: init.headers['Authorization'],
        body: init.body ? JSON.parse(init.body) : undefined,
      };
      calls.push(call);
      const key = `${init.method} ${url.split('?')[0]}`;
      const handler = routes[key];
      const result = handler ? handler(call) : json(404, {});
      if (result === 'network-error') throw new TypeError('Failed to fetch');
      return result;
    },
    openSocket: (url, handlers) => {
      const socket = { url, handlers, closed: false };
      sockets.push(socket);
      return {
        close: () => {
          if (socket.closed) return;
          socket.closed = true;
          handlers.close();
        },
      };
    },
    timers,
    random: () => 0.5,
    isOnline: () => online,
  };
  const connection = new DirectLineConnection(
    env,
    { activities: (set) => sets.push(set), status: (s) => statuses.push(s) },
    { baseUrl: '/v3/directline', pollIntervalMs: 1000, idleTimeoutMs: 40_000 },
  );
  return { connection, timers, calls, sockets, sets, statuses, setOnline: (v: boolean) => (online = v) };
}

const started = (streamUrl: string | undefined = 'ws://h/stream?watermark=0&t=s1') =>
  json(201, { conversationId: 'conv', token: 'tok-2', expires_in: 1800, ...(streamUrl ? { streamUrl } : {}) });

const frame = (seqs: number[], watermark: number) =>
  JSON.stringify({
    activities: seqs.map((s) => ({ id: `conv|${String(s).padStart(7, '0')}`, type: 'message', text: `m${s}`, from: { id: 'bot' } })),
    watermark: String(watermark),
  });

describe('the chat page’s Direct Line connection', () => {
  it('starts with the page token, then uses the conversation token, and streams activity sets', async () => {
    const t = setup({ 'POST /v3/directline/conversations': () => started() });
    await t.connection.start('tok-1');
    expect(t.calls[0]).toMatchObject({ method: 'POST', url: '/v3/directline/conversations', auth: 'Bearer tok-1' });
    expect(t.connection.currentToken).toBe('tok-2');
    t.sockets[0]!.handlers.open();
    expect(t.statuses).toEqual(['online']);
    t.sockets[0]!.handlers.message('');
    t.sockets[0]!.handlers.message(frame([1, 2], 2));
    t.sockets[0]!.handlers.message('not json');
    expect(t.sets).toHaveLength(1);
    expect(t.connection.watermark).toBe('2');
  });

  it('fetches what is there once while the socket is still opening, so the welcome is not held up by the upgrade', async () => {
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'GET /v3/directline/conversations/conv/activities': () => json(200, JSON.parse(frame([1, 2], 2))),
    });
    await t.connection.start('tok-1');
    await flush();
    expect(t.sets.map((s) => s.activities.length)).toEqual([2]);
    expect(t.connection.watermark).toBe('2');
    // The socket's replay of the same activities arrives later; the activity log drops the doubles.
    t.sockets[0]!.handlers.open();
    t.sockets[0]!.handlers.message(frame([1, 2, 3], 3));
    expect(t.connection.watermark).toBe('3');
  });

  it('after a drop, says so and resumes from the watermark within a moment', async () => {
    let reconnects = 0;
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'GET /v3/directline/conversations/conv': () => (++reconnects, json(200, { conversationId: 'conv', streamUrl: 'ws://h/stream?t=s2' })),
    });
    await t.connection.start('tok-1');
    t.sockets[0]!.handlers.open();
    t.sockets[0]!.handlers.message(frame([1, 2, 3], 3));
    t.sockets[0]!.handlers.close();
    expect(t.statuses.at(-1)).toBe('reconnecting');
    expect(t.timers.delays()).toContain(250);
    await t.timers.advance(250);
    expect(t.calls.at(-1)?.url).toBe('/v3/directline/conversations/conv?watermark=3');
    expect(t.calls.at(-1)?.auth).toBe('Bearer tok-2');
    expect(t.sockets).toHaveLength(2);
    t.sockets[1]!.handlers.open();
    expect(t.statuses.at(-1)).toBe('online');
    expect(reconnects).toBe(1);
  });

  it('says "offline" when the network goes, and reconnects at once when it is back', async () => {
    let serverReachable = false;
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'GET /v3/directline/conversations/conv': () =>
        serverReachable ? json(200, { conversationId: 'conv', streamUrl: 'ws://h/s?t=3' }) : 'network-error',
    });
    await t.connection.start('tok-1');
    t.sockets[0]!.handlers.open();
    t.setOnline(false);
    t.connection.networkGone();
    expect(t.statuses.at(-1)).toBe('offline');
    // Attempts while offline fail and the waits grow ...
    await t.timers.advance(250 + 1000 + 2000 + 4000);
    expect(t.statuses.at(-1)).toBe('offline');
    // ... but the "online" event does not wait for the next one.
    t.setOnline(true);
    serverReachable = true;
    const before = t.sockets.length;
    t.connection.networkBack();
    await flush();
    expect(t.sockets.length).toBe(before + 1);
    t.sockets.at(-1)!.handlers.open();
    expect(t.statuses.at(-1)).toBe('online');
  });

  it('falls back to polling with the watermark when sockets never open', async () => {
    let polls = 0;
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'GET /v3/directline/conversations/conv': () => json(200, { conversationId: 'conv', streamUrl: 'ws://h/s?t=x' }),
      'GET /v3/directline/conversations/conv/activities': () => {
        polls += 1;
        return json(200, JSON.parse(frame(polls <= 2 ? [1, 2] : [], 2)));
      },
    });
    await t.connection.start('tok-1');
    await flush();
    polls = 0;
    t.sockets[0]!.handlers.close();
    await t.timers.advance(250);
    t.sockets[1]!.handlers.close();
    expect(t.connection.transport).toBe('poll');
    await t.timers.advance(1000);
    expect(polls).toBe(1);
    expect(t.statuses.at(-1)).toBe('online');
    await t.timers.advance(1000);
    expect(t.calls.at(-1)?.url).toBe('/v3/directline/conversations/conv/activities?watermark=2');
  });

  it('closes a socket that has been silent longer than the heartbeat allows, and reconnects', async () => {
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'GET /v3/directline/conversations/conv': () => json(200, { conversationId: 'conv', streamUrl: 'ws://h/s?t=y' }),
    });
    await t.connection.start('tok-1');
    t.sockets[0]!.handlers.open();
    await t.timers.advance(39_000);
    t.sockets[0]!.handlers.message('');
    await t.timers.advance(39_000);
    expect(t.sockets[0]!.closed).toBe(false);
    await t.timers.advance(1_000);
    expect(t.sockets[0]!.closed).toBe(true);
    await t.timers.advance(300);
    expect(t.sockets).toHaveLength(2);
  });

  it('retries a failed send with the same client id, so the server stores it once', async () => {
    let attempts = 0;
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'POST /v3/directline/conversations/conv/activities': () => (++attempts < 3 ? 'network-error' : json(200, { id: 'conv|0000004' })),
    });
    await t.connection.start('tok-1');
    const result = t.connection.post({ type: 'message', text: 'hallo' }, 'c-42');
    await flush();
    await t.timers.advance(250);
    await t.timers.advance(1000);
    await expect(result).resolves.toBe('sent');
    const posted = t.calls.filter((c) => c.method === 'POST' && c.url.endsWith('/activities')).map((c) => c.body);
    expect(posted).toHaveLength(3);
    for (const body of posted) expect(body).toEqual({ type: 'message', text: 'hallo', channelData: { clientActivityID: 'c-42' } });
  });

  it('gives up after a few attempts (the page offers "send again"), and does not retry what the server refused', async () => {
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'POST /v3/directline/conversations/conv/activities': (call) =>
        (call.body as { text: string }).text === 'too long' ? json(400, {}) : json(503, {}),
    });
    await t.connection.start('tok-1');
    const failed = t.connection.post({ type: 'message', text: 'x' }, 'c-1');
    await flush();
    await t.timers.advance(10_000);
    await expect(failed).resolves.toBe('failed');
    await expect(t.connection.post({ type: 'message', text: 'too long' }, 'c-2')).resolves.toBe('refused');
  });

  it('holds a send made before the conversation exists and posts it, in order, once it does; never to an empty id', async () => {
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'POST /v3/directline/conversations/conv/activities': () => json(200, { id: 'conv|0000004' }),
    });
    const first = t.connection.post({ type: 'message', text: 'eerst' }, 'c-1');
    const second = t.connection.post({ type: 'message', text: 'dan' }, 'c-2');
    await flush();
    expect(t.calls).toHaveLength(0);
    await t.connection.start('tok-1');
    await expect(first).resolves.toBe('sent');
    await expect(second).resolves.toBe('sent');
    const posted = t.calls.filter((c) => c.method === 'POST' && c.url.includes('/conversations/'));
    expect(posted.map((c) => [c.url, (c.body as { text: string }).text])).toEqual([
      ['/v3/directline/conversations/conv/activities', 'eerst'],
      ['/v3/directline/conversations/conv/activities', 'dan'],
    ]);
  });

  it('does not post a waiting send when the conversation never starts', async () => {
    const t = setup({ 'POST /v3/directline/conversations': () => json(503, {}) });
    const waiting = t.connection.post({ type: 'message', text: 'hallo' }, 'c-1');
    await expect(t.connection.start('tok-1')).rejects.toThrow();
    t.connection.end();
    await expect(waiting).resolves.toBe('ended');
    expect(t.calls.map((c) => c.url)).toEqual(['/v3/directline/conversations']);
  });

  it('refreshes the token at half its life and after a 401, and uses the new one', async () => {
    let refreshed = 0;
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'POST /v3/directline/tokens/refresh': () => json(200, { token: `tok-r${++refreshed}`, expires_in: 1800 }),
      'POST /v3/directline/conversations/conv/activities': (call) =>
        call.auth === 'Bearer tok-2' ? json(401, {}) : json(200, { id: 'x' }),
    });
    await t.connection.start('tok-1');
    await expect(t.connection.post({ type: 'message', text: 'a' }, 'c-1')).resolves.toBe('sent');
    expect(t.connection.currentToken).toBe('tok-r1');
    await t.timers.advance(900_000);
    expect(t.connection.currentToken).toBe('tok-r2');
  });

  it('ends when the server says the conversation is gone', async () => {
    const t = setup({
      'POST /v3/directline/conversations': () => started(),
      'POST /v3/directline/conversations/conv/activities': () => json(404, {}),
    });
    await t.connection.start('tok-1');
    await expect(t.connection.post({ type: 'message', text: 'a' }, 'c-1')).resolves.toBe('ended');
    expect(t.statuses.at(-1)).toBe('ended');
    expect(t.timers.delays()).toEqual([]);
  });
});
