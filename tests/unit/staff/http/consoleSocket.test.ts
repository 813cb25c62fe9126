/**
 * The console's live feed on its own: a plain HTTP server, the real store and sessions, a manual
 * clock and a fast heartbeat, so session expiry and presence can be tested in milliseconds.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { HandoffEvents } from '../../../../src/handoff/events';
import type { HandoffEvent } from '../../../../src/handoff/events';
import { OpeningHours, parseHolidays, parseWeeklyHours } from '../../../../src/handoff/openingHours';
import { HandoffService } from '../../../../src/handoff/service';
import { createLogger } from '../../../../src/log';
import { ConsoleSocket } from '../../../../src/staff/http/consoleSocket';
import { createStaffHttpKit } from '../../../../src/staff/http/kit';
import { SocketCounter, originAllowed } from '../../../../src/http/socketLimits';
import { OpenApiRegistry } from '../../../../src/staff/http/openapi';
import { openStaffFixture } from '../../../support/staff';
import type { StaffFixture } from '../../../support/staff';

const PASSWORD = 'een lang wachtwoord';

let f: StaffFixture;
let events: HandoffEvents;
let handoff: HandoffService;
let socket: ConsoleSocket;
let server: http.Server;
let url: string;
const sockets: WebSocket[] = [];

beforeEach(async () => {
  f = openStaffFixture();
  events = new HandoffEvents();
  handoff = new HandoffService({
    handoffs: f.store.handoffs,
    conversations: f.store.conversations,
    events,
    hours: new OpeningHours(parseWeeklyHours('mon-sun 00:00-24:00'), parseHolidays(''), 'Europe/Amsterdam'),
    clock: f.clock,
    random: f.random,
    settings: { maxWaitMinutes: 15, defaultChatMinutes: 20, presenceGraceSeconds: 120 },
  });
  const logger = createLogger('silent');
  const kit = createStaffHttpKit({
    sessions: f.staff.sessions,
    audit: f.staff.audit,
    openapi: new OpenApiRegistry({ title: 't', version: '1' }),
    logger,
  });
  const counter = new SocketCounter();
  socket = new ConsoleSocket({
    kit,
    handoff,
    events,
    logger,
    heartbeatMs: 20,
    clock: f.clock,
    sockets: counter,
    originAllowed: (req) => originAllowed(req, { allowedHosts: [], publicUrl: null }),
    clientAddress: () => '127.0.0.1',
    limits: { perSession: 2, perAddress: 2 },
  });
  server = http.createServer();
  server.on('upgrade', (req, s, head) => {
    if (!socket.handleUpgrade(req, s, head)) s.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/staff/ws`;
});

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  socket.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await f.cleanup();
});

async function signIn(username: string, role: 'counsellor' | 'supervisor' = 'counsellor') {
  const user = await f.staff.accounts.add({ username, role, password: PASSWORD }, 'cli');
  const login = await f.staff.sessions.login(user);
  return { id: user.id, sessionId: login.sessionId, cookie: `helpline_staff=${login.sessionId}` };
}

function connect(cookie: string, origin?: string): Promise<{ ws: WebSocket; got: HandoffEvent[]; closed: Promise<number> }> {
  const ws = new WebSocket(url, { headers: { cookie, ...(origin ? { origin } : {}) } });
  sockets.push(ws);
  ws.on('error', () => undefined); // refusals are asserted through unexpected-response
  const got: HandoffEvent[] = [];
  ws.on('message', (data: Buffer) => got.push(JSON.parse(data.toString('utf8')) as HandoffEvent));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, got, closed }));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('refuses without a session and to other roles', async () => {
  await expect(connect('helpline_staff=nope')).rejects.toThrow('refused: 401');
  const sam = await signIn('sam', 'supervisor');
  await expect(connect(sam.cookie)).rejects.toThrow('refused: 403');
});

it('sends queue changes and alerts to everyone, chat events only to the holder', async () => {
  const anna = await signIn('anna');
  const bert = await signIn('bert');
  const a = await connect(anna.cookie);
  const b = await connect(bert.cookie);
  await f.store.conversations.create({
    id: 'c1',
    channelId: 'directline',
    code: 'AAA-BBB',
    locale: 'nl',
    startedAt: f.clock.now(),
    reference: null,
  });
  await handoff.setAvailability(anna.id, true);
  await handoff.request('c1', { acute: true, locale: 'nl' });
  await handoff.accept('c1', anna.id);
  events.emit({ kind: 'message', conversationId: 'c1', role: 'citizen', text: 'hallo', at: f.clock.now().toISOString() });
  events.emit({ kind: 'typing', conversationId: 'c1', role: 'citizen' });
  await pause(50);
  const kinds = (got: HandoffEvent[]) => [...new Set(got.map((e) => e.kind))].sort();
  expect(kinds(a.got)).toEqual(['accepted', 'alert', 'message', 'queue_changed', 'typing']);
  expect(kinds(b.got)).toEqual(['alert', 'queue_changed']);
});

it('keeps an open console counted as available past the grace period', async () => {
  const anna = await signIn('anna');
  await handoff.setAvailability(anna.id, true);
  await connect(anna.cookie);
  f.clock.advance(10 * 60_000);
  expect(await handoff.isAvailable(anna.id)).toBe(false);
  // The next heartbeat's pong counts as being there.
  const start = Date.now();
  while (!(await handoff.isAvailable(anna.id)) && Date.now() - start < 5000) await pause(10);
  expect(await handoff.isAvailable(anna.id)).toBe(true);
});

it('closes the feed at once when its session is logged out, and only the feeds of that session', async () => {
  const anna = await signIn('anna');
  const bert = await signIn('bert');
  const feed = await connect(anna.cookie);
  const other = await connect(bert.cookie);
  await f.staff.sessions.logout(anna.sessionId);
  expect(await feed.closed).toBe(4401);
  expect(other.ws.readyState).toBe(WebSocket.OPEN);
});

it('closes every feed of a disabled account at once', async () => {
  const anna = await signIn('anna');
  const feed = await connect(anna.cookie);
  await f.staff.accounts.disable('anna', 'cli');
  expect(await feed.closed).toBe(4401);
});

it('closes a feed whose session another process ended (the CLI) at the next heartbeat', async () => {
  const anna = await signIn('anna');
  const feed = await connect(anna.cookie);
  await f.store.sessions.deleteForUser(anna.id); // what `helpline staff disable` does in its own process
  expect(await feed.closed).toBe(4401);
});

it('refuses upgrades from pages elsewhere: another port, a sibling subdomain, an opaque origin', async () => {
  const anna = await signIn('anna');
  const port = new URL(url).port;
  for (const origin of [`http://127.0.0.1:${Number(port) + 1}`, 'http://evil.127.0.0.1.nip.io', 'null', 'http://localhost:' + port]) {
    await expect(connect(anna.cookie, origin)).rejects.toThrow('refused: 403');
  }
  const own = await connect(anna.cookie, `http://127.0.0.1:${port}`);
  expect(own.ws.readyState).toBe(WebSocket.OPEN);
});

it('limits feeds per session and per address (429), and frees the count when a feed closes', async () => {
  const anna = await signIn('anna');
  const first = await connect(anna.cookie);
  await connect(anna.cookie);
  await expect(connect(anna.cookie)).rejects.toThrow('refused: 429');
  first.ws.close();
  await first.closed;
  await until(
    async () =>
      await connect(anna.cookie).then(
        () => true,
        () => false,
      ),
  );
  const bert = await signIn('bert');
  await expect(connect(bert.cookie)).rejects.toThrow('refused: 429'); // two from this address already
});

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) if (await check()) return;
  throw new Error('condition never became true');
}

it('keeps the feed while the session is kept alive by the console, and ends it after idling', async () => {
  const anna = await signIn('anna');
  const feed = await connect(anna.cookie);
  f.clock.advance(20 * 60_000);
  expect(await f.staff.sessions.resolve(anna.sessionId)).not.toBeNull(); // a request from the console
  f.clock.advance(11 * 60_000);
  await pause(60);
  expect(feed.ws.readyState).toBe(WebSocket.OPEN);
  f.clock.advance(31 * 60_000);
  expect(await feed.closed).toBe(4401);
  // Closed feeds no longer count as presence.
  await handoff.setAvailability(anna.id, true);
  f.clock.advance(3 * 60_000);
  await pause(60);
  expect(await handoff.isAvailable(anna.id)).toBe(false);
});
