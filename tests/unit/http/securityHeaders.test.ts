import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { SeededRandom } from '../../../src/clock';
import { contentSecurityPolicy, cspNonce, HSTS, securityHeaders } from '../../../src/http/securityHeaders';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('securityHeaders', () => {
  let url: string;
  let server: restify.Server;
  const seen: Array<string | undefined> = [];

  beforeAll(async () => {
    server = restify.createServer();
    // pre() rather than use(): restify skips use() handlers for unknown routes.
    server.pre(securityHeaders({ random: new SeededRandom(7) }));
    server.get('/api/thing', (_req, res, next) => {
      seen.push(cspNonce(res));
      res.send({ ok: true });
      next();
    });
    server.get('/api/plain', (_req, res, next) => {
      res.send({ ok: true });
      next();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sets the privacy and hardening headers on every response', async () => {
    const res = await fetch(`${url}/api/thing`);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const permissions = res.headers.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) expect(permissions).toContain(feature);
  });

  it('also sets them on unknown routes when registered with pre()', async () => {
    const res = await fetch(`${url}/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('uses a fresh nonce per response and hands it to the route', async () => {
    const first = (await fetch(`${url}/api/thing`)).headers.get('content-security-policy') ?? '';
    const second = (await fetch(`${url}/api/thing`)).headers.get('content-security-policy') ?? '';
    const last = seen.slice(-2);
    expect(last[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(last[0]).not.toBe(last[1]);
    expect(first).toContain(`'nonce-${last[0]}'`);
    expect(second).toContain(`'nonce-${last[1]}'`);
  });

  it('gives a response that asks for no nonce the same policy without one: no inline style allowed at all', async () => {
    const plain = (await fetch(`${url}/api/plain`)).headers.get('content-security-policy') ?? '';
    const page = (await fetch(`${url}/api/thing`)).headers.get('content-security-policy') ?? '';
    expect(directives(plain).get('style-src')).toEqual(["'self'"]);
    expect(plain).not.toContain('nonce-');
    expect(plain).toBe(page.replace(` 'nonce-${seen.at(-1)}'`, ''));
  });

  it('builds a strict policy: own scripts only, nonce styles, same-host sockets', () => {
    const policy = directives(
      contentSecurityPolicy('abc', { host: 'chat.example.nl:8443' }, { allowedHosts: ['chat.example.nl:8443'], publicUrl: null }),
    );
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://chat.example.nl:8443', 'wss://chat.example.nl:8443']);
    expect(policy.get('img-src')).toEqual(["'self'"]);
    expect(policy.get('media-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
  });

  it('allows no inline script or style by hash: only the nonce of the response lets inline styles in', () => {
    const policy = directives(contentSecurityPolicy('abc', {}));
    const sources = [...(policy.get('script-src') ?? []), ...(policy.get('style-src') ?? [])];
    expect(sources.filter((s) => /^'sha(256|384|512)-/.test(s) || s === "'unsafe-hashes'")).toEqual([]);
  });

  it('does not echo a strange Host header into the policy', () => {
    const policy = contentSecurityPolicy('abc', { host: "evil.example; script-src 'unsafe-inline'" });
    expect(directives(policy).get('connect-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('names only PUBLIC_URL or an allow-listed host, never an attacker-chosen one', () => {
    const hosts = { allowedHosts: [], publicUrl: 'https://chat.example.nl' };
    expect(directives(contentSecurityPolicy('abc', { host: 'evil.example' }, hosts)).get('connect-src')).toEqual([
      "'self'",
      'ws://chat.example.nl',
      'wss://chat.example.nl',
    ]);
    const listed = { allowedHosts: ['chat.example.nl'], publicUrl: null };
    expect(directives(contentSecurityPolicy('abc', { host: 'evil.example' }, listed)).get('connect-src')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy('abc', { host: 'evil.example' })).get('connect-src')).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy('abc', { host: '127.0.0.1:3978' })).get('connect-src')).toContain('ws://127.0.0.1:3978');
  });

  it('sends HSTS only over TLS (here: a trusted proxy that says https)', async () => {
    const tls = restify.createServer();
    tls.pre(securityHeaders({ hosts: { allowedHosts: [], publicUrl: null, trustProxy: true } }));
    tls.get('/x', (_req, res, next) => {
      res.send({ ok: true });
      next();
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(tls.address() as AddressInfo).port}`;
      const plain = await fetch(`${base}/x`);
      expect(plain.headers.get('strict-transport-security')).toBeNull();
      const proxied = await fetch(`${base}/x`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(proxied.headers.get('strict-transport-security')).toBe(HSTS);
    } finally {
      await new Promise<void>((resolve) => tls.close(() => resolve()));
    }
  });
});
