/** Limits one client cannot talk its way around: per address, per conversation, per stored size, per event name. */
import { ManualClock } from '../../../src/clock';
import { fetchToken } from '../../support/directline';
import { removeDir, startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';

let server: TestServer;
let clock: ManualClock;

async function start(env: Record<string, string>): Promise<void> {
  clock = new ManualClock(new Date());
  server = await startTestServer({ deps: { clock }, env });
}
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

function postActivity(t: { token: string; conversationId: string }, activity: unknown) {
  return fetch(`${server.url}/v3/directline/conversations/${t.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

async function code(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

it('limits requests per client address on every route, known or not, with Retry-After', async () => {
  await start({ RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '10' });
  for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  for (let i = 0; i < 5; i++) expect((await fetch(`${server.url}/nothing-${i}`)).status).toBe(404);
  const limited = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
  expect(limited.status).toBe(429);
  expect(await code(limited)).toBe('TooManyRequests');
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  clock.advance(60_000);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});

it('limits posts per conversation (and so per token), with Retry-After; other conversations go on', async () => {
  await start({ POSTS_PER_CONVERSATION_PER_MINUTE: '3' });
  const a = await started();
  const b = await started();
  for (let i = 0; i < 3; i++) expect((await postActivity(a, { type: 'message', text: `bericht ${i}` })).status).toBe(200);
  const limited = await postActivity(a, { type: 'message', text: 'nog een' });
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await postActivity(b, { type: 'message', text: 'hallo' })).status).toBe(200);
  clock.advance(60_000);
  expect((await postActivity(a, { type: 'message', text: 'weer verder' })).status).toBe(200);
  const texts = (await server.store.transcripts.listAfter(a.conversationId, 0, 100)).filter((e) => e.role === 'citizen').map((e) => e.text);
  expect(texts).toEqual(['bericht 0', 'bericht 1', 'bericht 2', 'weer verder']);
});

it('refuses event activities the page does not send: nothing stored', async () => {
  await start({});
  const t = await started();
  const big = { type: 'event', name: 'anything', value: 'x'.repeat(15_000) };
  const res = await postActivity(t, big);
  expect(res.status).toBe(400);
  expect(await code(res)).toBe('BadArgument');
  expect((await postActivity(t, { type: 'event', name: 'helpline.quickExit' })).status).toBe(400);
  const stored = await server.store.transcripts.listAfter(t.conversationId, 0, 100);
  expect(stored.filter((e) => e.role === 'citizen')).toEqual([]);
});

it('caps what one conversation may store: 409 ConversationFull, and the next conversation is fine', async () => {
  await start({ CONVERSATION_MAX_BYTES: '65536', POSTS_PER_CONVERSATION_PER_MINUTE: '1000' });
  const t = await started();
  const statuses: number[] = [];
  for (let i = 0; i < 40 && !statuses.includes(409); i++) {
    statuses.push((await postActivity(t, { type: 'message', text: `${i} `.padEnd(2000, 'x') })).status);
  }
  expect(statuses.at(-1)).toBe(409);
  expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
  const bytes = (await server.store.transcripts.listAfter(t.conversationId, 0, 1000)).reduce(
    (sum, e) => sum + Buffer.byteLength(JSON.stringify(e.activity)),
    0,
  );
  expect(bytes).toBeLessThan(65536 + 20_000); // the cap plus the bot's replies to the last messages
  const other = await started();
  expect((await postActivity(other, { type: 'message', text: 'hallo' })).status).toBe(200);
});

function postRaw(t: { token: string; conversationId: string }, body: string) {
  return fetch(`${server.url}/v3/directline/conversations/${t.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
    body,
  });
}

// Bodies no parser could accept: a 429 for them (rather than 400 BadSyntax or 413) shows the limit
// was checked before the body was read or parsed.
const unparsable = (bytes: number) => `{"type":"message","text":"${'x'.repeat(bytes)}`;

describe('the per-conversation limits are checked before the body is read', () => {
  it("refuses a limited client's large body unparsed (429, Retry-After), still takes its typing signals, and other clients go on", async () => {
    await start({ POSTS_PER_CONVERSATION_PER_MINUTE: '2' });
    const a = await started();
    const b = await started();
    for (let i = 0; i < 2; i++) expect((await postActivity(a, { type: 'message', text: `bericht ${i}` })).status).toBe(200);
    for (const bytes of [15_000, 200_000]) {
      const limited = await postRaw(a, unparsable(bytes));
      expect(limited.status).toBe(429);
      expect(await code(limited)).toBe('TooManyRequests');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Over its message limit a conversation may still show that the citizen types.
    expect((await postActivity(a, { type: 'typing' })).status).toBe(200);
    expect((await postActivity(b, { type: 'message', text: 'hallo' })).status).toBe(200);
    // The same connection pool goes on working: the refused bodies were drained, not left in the socket.
    expect((await postActivity(b, { type: 'message', text: 'nog iets' })).status).toBe(200);
    const texts = (await server.store.transcripts.listAfter(a.conversationId, 0, 100))
      .filter((e) => e.role === 'citizen')
      .map((e) => e.text);
    expect(texts).toEqual(['bericht 0', 'bericht 1']);
  });

  it('refuses every body unread once both limits are used up; a refused post that was read counts against the other limit', async () => {
    // Typing signals: twice the message limit.
    await start({ POSTS_PER_CONVERSATION_PER_MINUTE: '2' });
    const a = await started();
    for (let i = 0; i < 4; i++) expect((await postActivity(a, { type: 'typing' })).status).toBe(200);
    // Read (it could have been a message), refused as typing, and charged to the messages.
    expect((await postActivity(a, { type: 'typing' })).status).toBe(429);
    expect((await postActivity(a, { type: 'message', text: 'een' })).status).toBe(200);
    const limited = await postRaw(a, unparsable(10));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await postActivity(a, { type: 'typing' })).status).toBe(429);
    clock.advance(60_000);
    expect((await postActivity(a, { type: 'message', text: 'weer verder' })).status).toBe(200);
    expect((await postRaw(a, unparsable(10))).status).toBe(400);
  });
});
