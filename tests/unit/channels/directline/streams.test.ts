/**
 * Direct Line streams on their own: a plain HTTP server, the real store, a manual clock, and
 * heartbeats driven by hand, so ticket reuse, limits, origins and token expiry are deterministic.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { ActivityHub } from '../../../../src/channels/directline/activityHub';
import { DirectLineStreams, RECONNECT_CODE, TOKEN_EXPIRED_CODE } from '../../../../src/channels/directline/streams';
import { TokenService } from '../../../../src/channels/directline/tokens';
import { ConversationRegistry } from '../../../../src/conversations/registry';
import { SocketCounter, originAllowed } from '../../../../src/http/socketLimits';
import { createLogger } from '../../../../src/log';
import { openStaffFixture } from '../../../support/staff';
import type { StaffFixture } from '../../../support/staff';

let f: StaffFixture;
let tokens: TokenService;
let streams: DirectLineStreams;
let hub: ActivityHub;
let server: http.Server;
let base: string;
let ticketNo = 0;
const open: WebSocket[] = [];

beforeEach(async () => {
  f = openStaffFixture();
  tokens = new TokenService('s'.repeat(32), f.clock, 1200);
  const registry = new ConversationRegistry(f.store.conversations, f.clock, f.random);
  await registry.open({ id: 'conv-1', channelId: 'directline', locale: 'nl' });
  await registry.open({ id: 'conv-2', channelId: 'directline', locale: 'nl' });
  hub = new ActivityHub();
  streams = new DirectLineStreams({
    tokens,
    registry,
    transcripts: f.store.transcripts,
    hub,
    logger: createLogger('silent'),
    heartbeatMs: 3_600_000, // driven by hand below
    clock: f.clock,
    sockets: new SocketCounter(),
    originAllowed: (req) => originAllowed(req, { allowedHosts: [], publicUrl: null }),
    clientAddress: () => '127.0.0.1',
    limits: { perConversation: 2, perAddress: 3 },
  });
  server = http.createServer();
  streams.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const ws of open.splice(0)) ws.terminate();
  streams.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await f.cleanup();
});

function ticket(conv = 'conv-1'): string {
  return tokens.issueStreamTicket({ conv, user: 'dl_u', locale: 'nl' }, `ticket-${++ticketNo}`);
}

function connect(conv: string, t: string, origin?: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(`${base}/v3/directline/conversations/${conv}/stream?t=${t}`, { headers: origin ? { origin } : {} });
  open.push(ws);
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, closed }));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
  });
}

it('opens one socket per ticket: a reused ticket is refused', async () => {
  const t = ticket();
  await connect('conv-1', t);
  await expect(connect('conv-1', t)).rejects.toThrow('refused: 401');
});

it('answers 404 for a ticket of another conversation', async () => {
  await expect(connect('conv-2', ticket('conv-1'))).rejects.toThrow('refused: 404');
});

it('refuses upgrades from a page on another origin (cross-site WebSocket hijacking)', async () => {
  const port = new URL(base).port;
  await expect(connect('conv-1', ticket(), 'http://evil.example')).rejects.toThrow('refused: 403');
  await expect(connect('conv-1', ticket(), `http://127.0.0.1:${Number(port) + 1}`)).rejects.toThrow('refused: 403');
  await connect('conv-1', ticket(), `http://127.0.0.1:${port}`);
});

it('limits streams per conversation and per address, and frees them when they close', async () => {
  const first = await connect('conv-1', ticket());
  await connect('conv-1', ticket());
  await expect(connect('conv-1', ticket())).rejects.toThrow('refused: 429');
  await connect('conv-2', ticket('conv-2'));
  await expect(connect('conv-2', ticket('conv-2'))).rejects.toThrow('refused: 429'); // three from this address
  first.ws.close();
  await first.closed;
  for (let i = 0; i < 100; i++) {
    const opened = await connect('conv-1', ticket()).then(
      () => true,
      () => false,
    );
    if (opened) return;
  }
  throw new Error('the closed stream was never freed');
});

it('closes a stream when the token behind it expires; tickets expire after a minute', async () => {
  const stale = ticket();
  const stream = await connect('conv-1', ticket());
  f.clock.advance(1199 * 1000);
  streams.beat();
  expect(stream.ws.readyState).toBe(WebSocket.OPEN);
  f.clock.advance(1000);
  streams.beat();
  expect(await stream.closed).toBe(TOKEN_EXPIRED_CODE);
  await expect(connect('conv-1', stale)).rejects.toThrow('refused: 403');
});

it('closes streams with the reconnect code on shutdown, and refuses new ones', async () => {
  const stream = await connect('conv-1', ticket());
  streams.close();
  expect(await stream.closed).toBe(RECONNECT_CODE);
  await expect(connect('conv-1', ticket())).rejects.toThrow('refused: 503');
});

it('sends one activity per frame, in order; the watermark of the last frame covers the internal entries after it', async () => {
  const { ws } = await connect('conv-1', ticket());
  const frames: Array<{ activities: Array<{ id: string; text?: string }>; watermark: string }> = [];
  ws.on('message', (data: Buffer) => {
    if (data.length > 0) frames.push(JSON.parse(data.toString()) as (typeof frames)[number]);
  });
  const at = f.clock.now();
  const json = (text: string) => JSON.stringify({ type: 'message', text });
  await f.store.transcripts.append('conv-1', {
    role: 'citizen',
    type: 'message',
    text: 'hoi',
    at,
    clientActivityId: null,
    activity: { type: 'message', text: 'hoi' },
  });
  // Three replies in one write, then an event the page never sees: one read of the stream gets all.
  await f.store.transcripts.appendOutgoing(
    'conv-1',
    ['een', 'twee', 'drie'].map((text) => ({ role: 'bot' as const, type: 'message', text, at, activityJson: json(text) })),
  );
  await f.store.transcripts.append('conv-1', {
    role: 'system',
    type: 'event',
    text: null,
    at,
    clientActivityId: null,
    activity: { type: 'event', name: 'helpline.internal' },
  });
  hub.publish('conv-1', { kind: 'appended' });
  for (let i = 0; i < 200 && frames.length < 4; i++) await new Promise((r) => setTimeout(r, 10));
  expect(frames.map((frame) => [frame.activities.map((a) => a.text), frame.watermark])).toEqual([
    [['hoi'], '1'],
    [['een'], '2'],
    [['twee'], '3'],
    [['drie'], '5'],
  ]);
  expect(frames.map((frame) => frame.activities[0]!.id)).toEqual(['conv-1|0000001', 'conv-1|0000002', 'conv-1|0000003', 'conv-1|0000004']);
});
