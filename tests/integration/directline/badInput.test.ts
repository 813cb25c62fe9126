/** Every kind of bad request gets the right 4xx with a Direct Line error body and changes nothing. */
import { ManualClock } from '../../../src/clock';
import { fetchToken } from '../../support/directline';
import { removeDir, startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';

let server: TestServer;
let clock: ManualClock;

beforeEach(async () => {
  clock = new ManualClock(new Date());
  server = await startTestServer({ deps: { clock }, env: { TOKEN_RATE_LIMIT_PER_MINUTE: '5' } });
});
afterEach(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

async function started(): Promise<{ token: string; conversationId: string }> {
  const t = await fetchToken(server.url);
  const res = await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${t.token}` } });
  expect(res.status).toBe(201);
  return t;
}

function post(path: string, token: string | null, body: string | null, contentType = 'application/json') {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== null) headers['content-type'] = contentType;
  return fetch(`${server.url}${path}`, { method: 'POST', headers, body: body ?? undefined });
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toMatch(/at .*\.ts|Error:/);
}

async function citizenLines(conversationId: string): Promise<number> {
  return (await server.store.transcripts.listAfter(conversationId, 0, 1000)).filter((e) => e.role === 'citizen').length;
}

describe('POST activities', () => {
  it('rejects malformed JSON, wrong content types, missing fields and oversized bodies', async () => {
    const { token, conversationId } = await started();
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    await expectError(await post(path, token, '{"type":"message",'), 400, 'BadSyntax');
    await expectError(await post(path, token, 'type=message', 'application/x-www-form-urlencoded'), 415, 'UnsupportedMediaType');
    await expectError(await post(path, token, '{"text":"hoi"}'), 400, 'MissingProperty');
    await expectError(await post(path, token, '{"type":"deleteUserData"}'), 400, 'BadArgument');
    await expectError(await post(path, token, JSON.stringify({ type: 'message', text: 'x'.repeat(17 * 1024) })), 413, 'MessageSizeTooBig');
    expect(await citizenLines(conversationId)).toBe(0);
  });

  it('refuses missing, forged, foreign and expired tokens', async () => {
    const a = await started();
    const b = await started();
    const body = JSON.stringify({ type: 'message', text: 'hallo' });
    await expectError(await post(`/v3/directline/conversations/${a.conversationId}/activities`, null, body), 401, 'Unauthorized');
    const forged = a.token.slice(0, -4) + (a.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expectError(await post(`/v3/directline/conversations/${a.conversationId}/activities`, forged, body), 401, 'Unauthorized');
    // 404, as the Direct Line reference answers: the token learns nothing about other conversations.
    await expectError(await post(`/v3/directline/conversations/${a.conversationId}/activities`, b.token, body), 404, 'NotFound');
    const read = await fetch(`${server.url}/v3/directline/conversations/${a.conversationId}/activities`, {
      headers: { authorization: `Bearer ${b.token}` },
    });
    await expectError(read, 404, 'NotFound');
    clock.advance(3601 * 1000);
    await expectError(await post(`/v3/directline/conversations/${a.conversationId}/activities`, a.token, body), 403, 'TokenExpired');
    expect(await citizenLines(a.conversationId)).toBe(0);
  });

  it('answers 404 for a conversation that was never started', async () => {
    const t = await fetchToken(server.url);
    await expectError(
      await post(`/v3/directline/conversations/${t.conversationId}/activities`, t.token, '{"type":"message","text":"hoi"}'),
      404,
      'NotFound',
    );
  });

  it('handles a burst of messages: all stored in order, each answered, none lost', async () => {
    const { token, conversationId } = await started();
    const texts = Array.from({ length: 8 }, (_, i) => `bericht ${i + 1}`);
    const responses = await Promise.all(
      texts.map((text, i) =>
        post(
          `/v3/directline/conversations/${conversationId}/activities`,
          token,
          JSON.stringify({ type: 'message', text, channelData: { clientActivityID: `burst-${i}` } }),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(texts.map(() => 200));
    const entries = await server.store.transcripts.listAfter(conversationId, 0, 1000);
    const citizen = entries.filter((e) => e.role === 'citizen');
    expect([...citizen.map((e) => e.text)].sort()).toEqual([...texts].sort());
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    // Each message had its own bot turn (turns of one conversation run one after another).
    expect(await server.store.transcripts.pendingTurns(100)).toEqual([]);
    expect(entries.filter((e) => e.role === 'bot').length).toBeGreaterThanOrEqual(texts.length);
  });

  it('stores a retried post once (same clientActivityID) and returns the same id', async () => {
    const { token, conversationId } = await started();
    const body = JSON.stringify({ type: 'message', text: 'hallo', channelData: { clientActivityID: 'retry-1' } });
    const first = (await (await post(`/v3/directline/conversations/${conversationId}/activities`, token, body)).json()) as { id: string };
    const second = (await (await post(`/v3/directline/conversations/${conversationId}/activities`, token, body)).json()) as { id: string };
    expect(second.id).toBe(first.id);
    expect(await citizenLines(conversationId)).toBe(1);
  });

  it('stores no text beyond the character limit and asks for the rest', async () => {
    const { token, conversationId } = await started();
    const long = 'Ik maak me zorgen. '.repeat(150);
    expect(
      (await post(`/v3/directline/conversations/${conversationId}/activities`, token, JSON.stringify({ type: 'message', text: long })))
        .status,
    ).toBe(200);
    const entries = await server.store.transcripts.listAfter(conversationId, 0, 100);
    const citizen = entries.filter((e) => e.role === 'citizen');
    expect(citizen[0]!.text).toHaveLength(2000);
    expect(JSON.stringify(entries)).not.toContain(long.slice(0, 2100));
    expect(entries.some((e) => e.role === 'bot' && /erg lang/.test(e.text ?? ''))).toBe(true);
  });

  it('never stores attachments, and refuses uploads', async () => {
    const { token, conversationId } = await started();
    const body = JSON.stringify({ type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'data:image/png;base64,AAAA' }] });
    expect((await post(`/v3/directline/conversations/${conversationId}/activities`, token, body)).status).toBe(200);
    const entries = await server.store.transcripts.listAfter(conversationId, 0, 100);
    expect(JSON.stringify(entries)).not.toContain('base64');
    expect(entries.some((e) => e.role === 'bot' && /bestanden/.test(e.text ?? ''))).toBe(true);
    await expectError(await post(`/v3/directline/conversations/${conversationId}/upload?userId=x`, token, '{}'), 400, 'BadArgument');
  });
});

describe('tokens', () => {
  it('refreshes a token for the same conversation and user', async () => {
    const { token, conversationId } = await started();
    clock.advance(60_000);
    const res = await post('/v3/directline/tokens/refresh', token, null);
    expect(res.status).toBe(200);
    const refreshed = (await res.json()) as { token: string; conversationId: string };
    expect(refreshed.conversationId).toBe(conversationId);
    const read = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      headers: { authorization: `Bearer ${refreshed.token}` },
    });
    expect(read.status).toBe(200);
  });

  it('rate-limits the token service per client', async () => {
    for (let i = 0; i < 5; i++) expect((await post('/api/directline/token', null, '{}')).status).toBe(200);
    await expectError(await post('/api/directline/token', null, '{}'), 429, 'TooManyRequests');
    clock.advance(61_000);
    expect((await post('/api/directline/token', null, '{}')).status).toBe(200);
  });

  it('rejects bad token requests', async () => {
    await expectError(await post('/api/directline/token', null, '{"locale":'), 400, 'BadSyntax');
    await expectError(await post('/api/directline/token', null, '{"admin":true}'), 400, 'BadArgument');
    await expectError(await post('/v3/directline/tokens/generate', 'not-the-secret', null), 403, 'Forbidden');
  });
});

describe('streams and quick exit', () => {
  it('refuses a WebSocket upgrade without a valid stream ticket', async () => {
    const { conversationId } = await started();
    const res = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/stream?t=bogus`, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
    }).catch((e: Error) => e);
    // Either a 401 answer or a closed socket: never an open stream.
    if (res instanceof Response) expect(res.status).toBe(401);
  });

  it('after a counsellor closed the chat the citizen can still read it, but not post', async () => {
    const { token, conversationId } = await started();
    await server.store.conversations.update(conversationId, { status: 'ended', endedAt: new Date(), endedReason: 'closed' });
    const read = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(read.status).toBe(200);
    await expectError(
      await post(`/v3/directline/conversations/${conversationId}/activities`, token, '{"type":"message","text":"hoi"}'),
      404,
      'NotFound',
    );
  });

  it('ends the conversation on quick exit; the token can no longer read it', async () => {
    const { token, conversationId } = await started();
    const exit = await post('/api/directline/exit', null, JSON.stringify({ token }));
    expect(exit.status).toBe(204);
    expect((await server.store.conversations.get(conversationId))?.status).toBe('ended');
    const read = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await expectError(read, 404, 'NotFound');
  });
});

it('serves health with store and recognizer, and JSON 404s for unknown paths', async () => {
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', store: { kind: 'sqlite', ok: true }, recognizer: 'local' });
  await expectError(await fetch(`${server.url}/does/not/exist`), 404, 'NotFound');
});
