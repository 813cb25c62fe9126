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
  socket = new ConsoleSocket({ kit, handoff, events, logger, heartbeatMs: 20, clock: f.clock });
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

function connect(cookie: string): Promise<{ ws: WebSocket; got: HandoffEvent[]; closed: Promise<number> }> {
  const ws = new WebSocket(url, { headers: { cookie } });
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

it('closes the feed when the session has ended by the time it would expire', async () => {
  const anna = await signIn('anna');
  const feed = await connect(anna.cookie);
  await f.staff.sessions.logout(anna.sessionId);
  f.clock.advance(29 * 60_000);
  await pause(60);
  expect(feed.ws.readyState).toBe(WebSocket.OPEN);
  f.clock.advance(60_000);
  expect(await feed.closed).toBe(4401);
});

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
