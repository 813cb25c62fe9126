/**
 * What the takeover tests share: the real server (always open unless told otherwise), staff
 * accounts made the way the CLI makes them, a signed-in console over HTTP and /staff/ws, and a
 * citizen on the official Direct Line client.
 */
import WebSocket from 'ws';
import type { Message } from 'botframework-directlinejs';
import { cryptoRandom, systemClock } from '../../../src/clock';
import type { HandoffEvent } from '../../../src/handoff/events';
import { createStaffServices } from '../../../src/staff';
import type { StaffRole } from '../../../src/staff/roles';
import { RecordingClient, fetchToken } from '../../support/directline';
import { startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';
import { TEST_SCRYPT_COST } from '../../support/staff';

export const PASSWORD = 'een lang wachtwoord';
export const ALWAYS_OPEN = { HANDOFF_OPENING_HOURS: 'mon-sun 00:00-24:00' };

export function startHandoffServer(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  return startTestServer({ ...options, env: { ...ALWAYS_OPEN, ...options.env } });
}

export async function addStaff(server: TestServer, username: string, role: StaffRole, displayName: string): Promise<string> {
  const staff = createStaffServices(server.store, systemClock, cryptoRandom, { scryptCost: TEST_SCRYPT_COST });
  await staff.accounts.add({ username, role, displayName, password: PASSWORD }, 'cli');
  return (await server.store.staff.getByUsername(username))!.id;
}

export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A signed-in staff member: cookie, CSRF token and a small fetch wrapper. */
export class Staff {
  base: string;

  private constructor(
    base: string,
    readonly cookie: string,
    readonly csrf: string,
    readonly id: string,
  ) {
    this.base = base;
  }

  static async login(base: string, username: string, id: string): Promise<Staff> {
    const res = await fetch(`${base}/staff/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    const body = (await res.json()) as { csrfToken: string };
    return new Staff(base, res.headers.getSetCookie()[0]!.split(';')[0]!, body.csrfToken, id);
  }

  /** JSON in, status and JSON out. `body` undefined sends no body; a string is sent as it is. */
  async call(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; cookie?: boolean; type?: string; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie !== false) headers.cookie = this.cookie;
    if (options.csrf !== false) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = options.type ?? 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text === '' ? null : JSON.parse(text)) as Record<string, unknown> & { error?: { code: string } } };
  }

  setAvailable(available: boolean) {
    return this.call('PUT', '/staff/api/me/availability', { available });
  }
}

/** The console's live feed on /staff/ws, authenticated with the session cookie. */
export class ConsoleFeed {
  readonly events: HandoffEvent[] = [];

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.events.push(JSON.parse(data.toString('utf8')) as HandoffEvent));
  }

  static open(base: string, cookie: string | null): Promise<ConsoleFeed> {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/staff/ws`, { headers: cookie ? { cookie } : {} });
    return new Promise((resolve, reject) => {
      ws.once('open', () => {
        const feed = new ConsoleFeed(ws);
        // The server greets with a queue_changed: from then on the feed is subscribed.
        void until(() => feed.events.length > 0, 'the console greeting').then(() => resolve(feed), reject);
      });
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  of<K extends HandoffEvent['kind']>(kind: K): Extract<HandoffEvent, { kind: K }>[] {
    return this.events.filter((e): e is Extract<HandoffEvent, { kind: K }> => e.kind === kind);
  }

  waitFor(predicate: (e: HandoffEvent) => boolean, what: string): Promise<void> {
    return until(() => this.events.some(predicate), what);
  }

  close(): void {
    this.ws.close();
  }
}

/** A citizen in the widget: the official client over WebSocket, welcomed and ready to type. */
export class Citizen {
  private constructor(
    readonly client: RecordingClient,
    readonly token: string,
    readonly conversationId: string,
  ) {}

  static async join(base: string, locale = 'nl'): Promise<Citizen> {
    const { token, conversationId } = await fetchToken(base, locale);
    const client = RecordingClient.connect({ baseUrl: base, token, webSocket: true });
    const citizen = new Citizen(client, token, conversationId);
    await until(() => citizen.botTexts().some((t) => t.includes('112')), 'the welcome');
    return citizen;
  }

  botMessages(): Message[] {
    return this.client.messagesFrom('bot');
  }

  botTexts(): string[] {
    return this.botMessages().map((m) => m.text ?? '');
  }

  /** Posts and waits until the message's turn has run (the POST answers after the turn). */
  say(text: string): Promise<string> {
    return this.client.post(text, `c-${Date.now()}-${Math.random()}`);
  }

  typing(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.client.directLine
        .postActivity({ type: 'typing', from: { id: 'ignored' } } as unknown as Message)
        .subscribe({ next: resolve, error: reject });
    });
  }

  /** Waits for a bot-side message (bot or counsellor) containing `fragment`, after `from` messages. */
  async expectText(fragment: string, from = 0): Promise<Message> {
    await until(
      () =>
        this.botTexts()
          .slice(from)
          .some((t) => t.includes(fragment)),
      `"${fragment}" for the citizen`,
    );
    return this.botMessages()
      .slice(from)
      .find((m) => (m.text ?? '').includes(fragment))!;
  }

  end(): void {
    this.client.end();
  }
}
