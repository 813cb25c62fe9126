import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import restify from 'restify';
import { registerCitizenPage } from '../../../src/http/citizenPage';
import { securityHeaders } from '../../../src/http/securityHeaders';
import { Catalog } from '../../../src/i18n/catalog';
import { STATIC_DIR } from '../../../src/web/citizen/staticAssets';
import { findWebChatBundle, webChatPackageDir } from '../../../src/web/citizen/webchatBundle';

const LOCALES = path.resolve(__dirname, '../../../locales');
const EXIT_URL = 'https://neutral.example/weather?a=1&b="2"';

async function startServer(catalog = Catalog.load(LOCALES, ['web'])): Promise<{ url: string; close(): Promise<void> }> {
  const server = restify.createServer();
  server.use(securityHeaders());
  registerCitizenPage(server, { catalog, quickExitUrl: EXIT_URL, defaultLocale: 'nl', logger: pino({ level: 'silent' }) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function bodyOf(htmlText: string): string {
  return htmlText.slice(htmlText.indexOf('<body>'));
}

describe('citizen page', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('serves the Dutch page by default with the 112 line, the phone line and the widget region', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl"/);
    expect(page).toContain('<title>Chat over zorgen om mensenhandel - Veilig Thuis</title>');
    expect(page).toContain('In acuut gevaar? Bel 112.');
    expect(page).toContain('href="tel:08002000"');
    expect(page).toMatch(/<section id="chat"[^>]*aria-labelledby="chat-heading"/);
    expect(page).toContain('<h2 id="chat-heading">Chat met Veilig Thuis</h2>');
    expect(page).toContain('data-webchat-locale="nl-NL"');
    expect(page).toMatch(/<main id="main"/);
    expect(page).toContain('<a class="skip-link" href="#chat">');
  });

  it('puts the quick exit first in the tab order, pointing at the neutral site with escaped query', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const firstFocusable = bodyOf(page).match(/<(a|button|input|select|textarea)\b[^>]*>/)?.[0] ?? '';
    expect(firstFocusable).toContain('id="quick-exit"');
    expect(firstFocusable).toContain('href="https://neutral.example/weather?a=1&amp;b=&quot;2&quot;"');
    expect(firstFocusable).toContain('rel="nofollow noreferrer"');
    expect(page).toContain('>Snel weg</a>');
    expect(page).toContain('Of druk 3 keer snel op Esc.');
    expect(page).toMatch(/id="quick-exit-status"[^>]*role="status"/);
  });

  it('renders English for ?lang=en and /en, and Dutch for an unknown language', async () => {
    for (const url of ['/?lang=en', '/en']) {
      const page = await (await fetch(server.url + url)).text();
      expect(page).toContain('<html lang="en"');
      expect(page).toContain('In acute danger? Call 112.');
      expect(page).toContain('data-webchat-locale="en-US"');
      expect(page).toContain('>Exit this page</a>');
    }
    const fallback = await (await fetch(`${server.url}/?lang=xx`)).text();
    expect(fallback).toContain('<html lang="nl"');
  });

  it('escapes every locale text', async () => {
    const trees = {
      nl: structuredClone(JSON.parse(fs.readFileSync(path.join(LOCALES, 'nl', 'web.json'), 'utf8'))),
      en: JSON.parse(fs.readFileSync(path.join(LOCALES, 'en', 'web.json'), 'utf8')),
    };
    trees.nl.web.intro.heading = '<script>alert(1)</script>';
    trees.nl.web.quickExit.leaving = '"><img src=x onerror=alert(1)>';
    const hostile = await startServer(new Catalog(trees));
    try {
      const page = await (await fetch(`${hostile.url}/`)).text();
      expect(page).not.toContain('<script>alert(1)</script>');
      expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('data-leaving="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    } finally {
      await hostile.close();
    }
  });

  it('gives each script tag the nonce of its own response', async () => {
    const first = await fetch(`${server.url}/`);
    const second = await fetch(`${server.url}/`);
    const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const [a, b] = [nonceOf(first), nonceOf(second)];
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
    const page = await first.text();
    expect(page).toContain(`src="/static/citizen.js?v=`);
    expect(page.match(new RegExp(`nonce="${a!.replace(/[+/]/g, '\\$&')}"`, 'g'))).toHaveLength(2);
  });
});

describe('static files', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('serves the page assets with content types, an ETag and long caching for versioned URLs', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const cssUrl = /href="(\/static\/citizen\.css\?v=[0-9a-f]+)"/.exec(page)?.[1];
    expect(cssUrl).toBeDefined();
    const css = await fetch(server.url + cssUrl);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await css.text()).toBe(fs.readFileSync(path.join(STATIC_DIR, 'citizen.css'), 'utf8'));

    const js = await fetch(`${server.url}/static/citizen.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const again = await fetch(`${server.url}/static/citizen.js`, { headers: { 'If-None-Match': js.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it.each([
    '/static/nope.css',
    '/static/..%2Fcitizen%2Fpage.ts',
    '/static/%2e%2e%2f%2e%2e%2fhttp%2fcitizenPage.ts',
    '/static/..%5C..%5Cpackage.json',
    '/static/.hidden.js',
    '/static/',
  ])('answers 404 for %s', async (url) => {
    const res = await fetch(server.url + url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('import');
  });

  it('streams the installed Web Chat bundle with a long cache header', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const bundle = findWebChatBundle();
    expect(page).toContain(`src="/vendor/webchat.js?v=${bundle.version}"`);
    const res = await fetch(`${server.url}/vendor/webchat.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBe(bundle.size);
    expect(body.subarray(0, 64).equals(fs.readFileSync(bundle.file).subarray(0, 64))).toBe(true);
  });
});

describe('locale files for the page', () => {
  it('say the same things in Dutch and English', () => {
    const catalog = Catalog.load(LOCALES, ['web']);
    expect(catalog.keys('en')).toEqual(catalog.keys('nl'));
  });
});

describe('finding the Web Chat package', () => {
  it('walks up from the main entry when package.json is not exported', () => {
    const resolve = (id: string) => {
      if (id.endsWith('/package.json')) throw Object.assign(new Error('not exported'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
      return require.resolve(id);
    };
    const dir = webChatPackageDir(resolve);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name).toBe('botframework-webchat');
    expect(fs.existsSync(path.join(dir, 'dist', 'webchat.js'))).toBe(true);
  });
});
