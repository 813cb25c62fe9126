/** The staff API foundation over real HTTP: restify, the real SQLite store, a manual clock. */
import type { Server } from 'restify';
import { createHttpServer, listen } from '../../../src/http/server';
import { createLogger } from '../../../src/log';
import { registerStaffApi } from '../../../src/staff/http/staffApi';
import type { StaffApiDeps } from '../../../src/staff/http/staffApi';
import type { StaffHttpKit } from '../../../src/staff/http/kit';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

const PASSWORD = 'een lang wachtwoord';

interface Harness {
  f: StaffFixture;
  kit: StaffHttpKit;
  base: string;
  close(): Promise<void>;
}

async function start(options: Partial<StaffApiDeps['options']> = {}): Promise<Harness> {
  const f = openStaffFixture();
  const logger = createLogger('silent');
  const server: Server = createHttpServer(logger);
  const kit = registerStaffApi(server, {
    services: f.staff,
    clock: f.clock,
    logger,
    loginFailures: f.store.loginFailures,
    cluster: f.store.cluster,
    options: { trustProxy: false, publicUrl: null, ...options },
  });
  // A later route, as the queue and live-chat modules will add them.
  server.post(
    '/staff/api/admin-only',
    kit.route('test.adminOnly', { roles: ['admin'] }, async (_req, res) => {
      res.json(200, { ok: true });
    }),
  );
  kit.openapi.add('/staff/api/admin-only', 'post', {
    operationId: 'adminOnly',
    summary: 'Test route',
    auth: 'session+csrf',
    responses: { '200': { description: 'ok' } },
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    f,
    kit,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.server.close(() => resolve());
        server.server.closeAllConnections();
      });
      await f.cleanup();
    },
  };
}

describe('staff API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await start();
    await h.f.staff.accounts.add({ username: 'anna', role: 'counsellor', displayName: 'Anna', password: PASSWORD }, 'cli');
    await h.f.staff.accounts.add({ username: 'root', role: 'admin', displayName: 'Beheer', password: PASSWORD }, 'cli');
  });
  afterEach(() => h.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${h.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${h.base}${path}`, { headers });

  async function login(username = 'anna', extra: Record<string, string> = {}) {
    const res = await post('/staff/api/login', { username, password: PASSWORD }, extra);
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0]!;
    const body = (await res.json()) as { csrfToken: string };
    return { res, body, cookie: cookie.split(';')[0]!, setCookie: cookie };
  }

  it('logs in with a hardened session cookie and answers who is signed in', async () => {
    const { res, body, cookie, setCookie } = await login('ANNA');
    expect(body).toEqual({
      user: { username: 'anna', displayName: 'Anna' },
      role: 'counsellor',
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(setCookie).toMatch(/^helpline_staff=[\w-]{43}; /);
    expect(setCookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Path=/staff', 'SameSite=Strict']);
    const me = await get('/staff/api/me', { cookie });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(body);
  });

  it('marks the cookie Secure behind a trusted TLS proxy only', async () => {
    const viaProxy = await login('anna', { 'x-forwarded-proto': 'https' });
    expect(viaProxy.setCookie).not.toMatch(/Secure/);
    const trusting = await start({ trustProxy: true });
    try {
      await trusting.f.staff.accounts.add({ username: 'anna', role: 'counsellor', password: PASSWORD }, 'cli');
      const res = await fetch(`${trusting.base}/staff/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ username: 'anna', password: PASSWORD }),
      });
      expect(res.headers.getSetCookie()[0]).toMatch(/; Secure$/);
    } finally {
      await trusting.close();
    }
    const https = await start({ publicUrl: 'https://chat.example.nl' });
    try {
      await https.f.staff.accounts.add({ username: 'anna', role: 'counsellor', password: PASSWORD }, 'cli');
      const res = await fetch(`${https.base}/staff/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'anna', password: PASSWORD }),
      });
      expect(res.headers.getSetCookie()[0]).toMatch(/; Secure$/);
    } finally {
      await https.close();
    }
  });

  it('answers 401 without a session, with a forged cookie and after expiry', async () => {
    for (const cookie of [undefined, 'helpline_staff=', `helpline_staff=${'A'.repeat(43)}`, 'other=1']) {
      const res = await get('/staff/api/me', cookie ? { cookie } : {});
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'SessionRequired', message: expect.any(String) } });
    }
    const { cookie } = await login();
    h.f.clock.advance(29 * 60_000);
    expect((await get('/staff/api/me', { cookie })).status).toBe(200);
    h.f.clock.advance(31 * 60_000);
    expect((await get('/staff/api/me', { cookie })).status).toBe(401);
  });

  it('does not count requests the console makes by itself as activity: an unattended console still times out', async () => {
    const { cookie } = await login();
    // The queue refresh every 15 s, for 45 minutes, with nobody at the desk.
    let lastOk = 0;
    for (let minute = 0; minute < 45; minute++) {
      h.f.clock.advance(60_000);
      const res = await get('/staff/api/me', { cookie, 'x-helpline-background': '1' });
      if (res.status === 200) lastOk = minute + 1;
      else expect(res.status).toBe(401);
    }
    expect(lastOk).toBe(29);
    // A person's request does count: the same pattern with one click every 20 minutes stays signed in.
    const second = await login();
    for (let minute = 1; minute <= 45; minute++) {
      h.f.clock.advance(60_000);
      const res = await get(
        '/staff/api/me',
        minute % 20 === 0 ? { cookie: second.cookie } : { cookie: second.cookie, 'x-helpline-background': '1' },
      );
      expect(res.status).toBe(200);
    }
  });

  it('logs out only with the CSRF token, clears the cookie and ends the session', async () => {
    const { body, cookie } = await login();
    const missing = await post('/staff/api/logout', {}, { cookie });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('CsrfTokenInvalid');
    expect((await post('/staff/api/logout', {}, { cookie, 'x-csrf-token': 'A'.repeat(43) })).status).toBe(403);
    expect((await get('/staff/api/me', { cookie })).status).toBe(200);

    const res = await fetch(`${h.base}/staff/api/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': body.csrfToken } });
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie()[0]).toMatch(/^helpline_staff=; Max-Age=0; HttpOnly; SameSite=Strict; Path=\/staff$/);
    expect((await get('/staff/api/me', { cookie })).status).toBe(401);
  });

  it('gives one generic 401 for a wrong password, an unknown user and a disabled account', async () => {
    await h.f.staff.accounts.add({ username: 'weg', role: 'counsellor', password: PASSWORD }, 'cli');
    await h.f.staff.accounts.disable('weg', 'cli');
    const bodies = [];
    for (const [username, password] of [
      ['anna', 'fout wachtwoord'],
      ['niemand', PASSWORD],
      ['weg', PASSWORD],
    ]) {
      const res = await post('/staff/api/login', { username, password });
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()).toEqual([]);
      bodies.push(await res.json());
    }
    expect(bodies[0]).toEqual({ error: { code: 'InvalidCredentials', message: 'The username or password is not correct.' } });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it('ends a live session when the account is disabled', async () => {
    const { cookie } = await login();
    await h.f.staff.accounts.disable('anna', 'cli');
    expect((await get('/staff/api/me', { cookie })).status).toBe(401);
  });

  it('audits logins, failures and logouts without passwords', async () => {
    const { body, cookie } = await login();
    await post('/staff/api/login', { username: 'anna', password: 'fout wachtwoord' });
    await post('/staff/api/login', { username: 'niemand', password: 'geheim geheim' });
    await fetch(`${h.base}/staff/api/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': body.csrfToken } });
    const anna = (await h.f.store.staff.getByUsername('anna'))!;
    const entries = await h.f.store.audit.search({ limit: 20, offset: 0 });
    const staffEvents = entries.filter((e) => e.action !== 'staff_added').reverse();
    expect(staffEvents.map(({ actor, action, detail }) => ({ actor, action, detail }))).toEqual([
      { actor: anna.id, action: 'login', detail: { role: 'counsellor' } },
      { actor: anna.id, action: 'login_failed', detail: { reason: 'wrong_password' } },
      { actor: 'system', action: 'login_failed', detail: { reason: 'unknown_user' } },
      { actor: anna.id, action: 'logout', detail: {} },
    ]);
    const dump = JSON.stringify(entries);
    for (const secret of [PASSWORD, 'fout wachtwoord', 'geheim', 'niemand', body.csrfToken]) expect(dump).not.toContain(secret);
  });

  const wrong = (username = 'anna') => post('/staff/api/login', { username, password: 'fout wachtwoord' });
  const right = (username = 'anna') => post('/staff/api/login', { username, password: PASSWORD });

  it('delays an account after failed logins (429 with Retry-After), doubling each time', async () => {
    for (let i = 0; i < 5; i++) expect((await wrong('Anna')).status).toBe(401);
    expect((await wrong()).status).toBe(401); // the sixth failure starts the delays
    const delayed = await right();
    expect(delayed.status).toBe(429);
    expect(((await delayed.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
    expect(delayed.headers.get('retry-after')).toBe('1');
    h.f.clock.advance(1_000);
    expect((await wrong()).status).toBe(401);
    expect((await right()).headers.get('retry-after')).toBe('2');
    h.f.clock.advance(2_000);
    expect((await right()).status).toBe(200);
    // Other accounts never waited.
    expect((await right('root')).status).toBe(200);
  });

  it('lets no more of 20 parallel guesses be checked than of 20 guesses one by one', async () => {
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => wrong()))).map((r) => r.status);
    // Five free failures and the sixth attempt are checked; the rest wait out the delay.
    expect(statuses.filter((s) => s === 401)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(14);
  });

  it('a stranger elsewhere can slow an account by at most 30 s, never lock it', async () => {
    const proxied = await start({ trustProxy: true });
    try {
      await proxied.f.staff.accounts.add({ username: 'anna', role: 'counsellor', displayName: 'Anna', password: PASSWORD }, 'cli');
      const attempt = (password: string, from: string) =>
        fetch(`${proxied.base}/staff/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
          body: JSON.stringify({ username: 'anna', password }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        statuses.push((await attempt('fout wachtwoord', '203.0.113.9')).status);
        proxied.f.clock.advance(5_000);
      }
      expect(statuses).toContain(429); // the stranger's own address and pair delays grew
      const anna = await attempt(PASSWORD, '198.51.100.7');
      if (anna.status === 429) {
        expect(Number(anna.headers.get('retry-after'))).toBeLessThanOrEqual(30);
        proxied.f.clock.advance(30_000);
        expect((await attempt(PASSWORD, '198.51.100.7')).status).toBe(200);
      } else expect(anna.status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('does not count successful logins: many in a row never get 429', async () => {
    for (let i = 0; i < 30; i++) expect((await right()).status).toBe(200);
  });

  it('a success clears the account: earlier failures no longer delay it', async () => {
    for (let i = 0; i < 5; i++) await wrong();
    expect((await right()).status).toBe(200);
    expect((await wrong()).status).toBe(401);
    expect((await right()).status).toBe(200);
  });

  it('audits throttled attempts, once per key per minute', async () => {
    for (let i = 0; i < 6; i++) await wrong();
    for (let i = 0; i < 4; i++) expect((await right()).status).toBe(429);
    const throttled = (await h.f.store.audit.search({ action: 'login_throttled', limit: 10, offset: 0 })).map((e) => e.detail);
    expect(throttled).toEqual([{ scope: 'account', retryAfterSeconds: 1 }]);
  });

  it('delays a client address that tries many accounts, up to far longer', async () => {
    const strict = await start({
      loginThrottle: {
        account: { free: 5, baseDelayMs: 1_000, maxDelayMs: 30_000 },
        address: { free: 3, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
        pair: { free: 3, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
        forgetAfterMs: 60 * 60_000,
      },
    });
    try {
      const attempt = (username: string) =>
        fetch(`${strict.base}/staff/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'x' }),
        });
      expect([(await attempt('a1a')).status, (await attempt('b2b')).status, (await attempt('c3c')).status]).toEqual([401, 401, 401]);
      expect((await attempt('d4d')).status).toBe(401);
      const limited = await attempt('e5e');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('1');
      strict.f.clock.advance(1_000);
      expect((await attempt('e5e')).status).toBe(401);
    } finally {
      await strict.close();
    }
  });

  it('rejects bad bodies with 400, 413 and 415', async () => {
    const code = async (res: Response) => ({ status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code });
    expect(await code(await post('/staff/api/login', '{"username":'))).toEqual({ status: 400, code: 'BadSyntax' });
    expect(await code(await post('/staff/api/login', { username: 'anna' }))).toEqual({ status: 400, code: 'MissingProperty' });
    expect(await code(await post('/staff/api/login', { username: 'anna', password: 42 }))).toEqual({ status: 400, code: 'BadArgument' });
    expect(await code(await post('/staff/api/login', ['anna', PASSWORD]))).toEqual({ status: 400, code: 'BadArgument' });
    expect(await code(await post('/staff/api/login', { username: 'anna', password: 'x'.repeat(5000) }))).toEqual({
      status: 413,
      code: 'MessageSizeTooBig',
    });
    const form = await fetch(`${h.base}/staff/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=anna&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(await code(form)).toEqual({ status: 415, code: 'UnsupportedMediaType' });
  });

  it('starts a fresh session on login and ends the one the browser still carried', async () => {
    const first = await login();
    const second = await login('anna', { cookie: first.cookie });
    expect(second.cookie).not.toBe(first.cookie);
    expect((await get('/staff/api/me', { cookie: first.cookie })).status).toBe(401);
    expect((await get('/staff/api/me', { cookie: second.cookie })).status).toBe(200);
  });

  it('gives later routes authentication, role checks and CSRF checks through the kit', async () => {
    const anna = await login('anna');
    const root = await login('root');
    expect((await post('/staff/api/admin-only', {})).status).toBe(401);
    expect((await post('/staff/api/admin-only', {}, { cookie: root.cookie })).status).toBe(403);
    const denied = await post('/staff/api/admin-only', {}, { cookie: anna.cookie, 'x-csrf-token': anna.body.csrfToken });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('RoleNotAllowed');
    // Another user's CSRF token does not fit this session.
    expect((await post('/staff/api/admin-only', {}, { cookie: root.cookie, 'x-csrf-token': anna.body.csrfToken })).status).toBe(403);
    const ok = await post('/staff/api/admin-only', {}, { cookie: root.cookie, 'x-csrf-token': root.body.csrfToken });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
  });

  it('serves an OpenAPI 3.1 document that includes routes added later', async () => {
    const res = await get('/staff/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = JSON.parse(await res.text()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            operationId: string;
            security: unknown[];
            responses: Record<string, unknown>;
            requestBody?: { content: Record<string, { schema: { required: string[] } }> };
          }
        >
      >;
      components: { securitySchemes: Record<string, { in: string; name: string }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/staff/api/admin-only',
      '/staff/api/login',
      '/staff/api/logout',
      '/staff/api/me',
      '/staff/api/openapi.json',
    ]);
    const loginOp = doc.paths['/staff/api/login']!.post!;
    expect(loginOp.security).toEqual([]);
    expect(loginOp.requestBody!.content['application/json']!.schema.required.sort()).toEqual(['password', 'username']);
    expect(Object.keys(loginOp.responses).sort()).toEqual(['200', '400', '401', '413', '415', '429']);
    expect(doc.paths['/staff/api/logout']!.post!.security).toEqual([{ staffSession: [], csrfToken: [] }]);
    expect(doc.paths['/staff/api/me']!.get!.security).toEqual([{ staffSession: [] }]);
    expect(doc.components.securitySchemes.staffSession).toMatchObject({ in: 'cookie', name: 'helpline_staff' });
    expect(doc.components.securitySchemes.csrfToken).toMatchObject({ in: 'header', name: 'X-CSRF-Token' });
    expect(() => h.kit.openapi.add('/staff/api/me', 'get', { operationId: 'again', summary: 'x', auth: 'none', responses: {} })).toThrow(
      /twice/,
    );
  });
});
