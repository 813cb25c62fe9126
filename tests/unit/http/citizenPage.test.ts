import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import restify from 'restify';
import { testAssets } from '../../support/assets';
import { registerCitizenPage } from '../../../src/http/citizenPage';
import { securityHeaders } from '../../../src/http/securityHeaders';
import { Catalog } from '../../../src/i18n/catalog';
import { readChatConfig, TEXT_KEYS } from '../../../src/web/browser/chat/config';
import { STATIC_DIR } from '../../../src/web/citizen/staticAssets';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';

const LOCALES = path.resolve(__dirname, '../../../locales');
const EXIT_URL = 'https://neutral.example/weather?a=1&b="2"';

async function startServer(catalog = Catalog.load(LOCALES, ['web'])): Promise<{ url: string; close(): Promise<void> }> {
  const server = restify.createServer();
  server.use(securityHeaders());
  registerCitizenPage(server, { catalog, quickExitUrl: EXIT_URL, defaultLocale: 'nl', messageMaxChars: 1234, assets: testAssets() });
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

  it('serves the Dutch page by default with the 112 line, the phone line and the chat first', async () => {
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
    expect(page).toContain('<h1 id="chat-heading">Zorgen over mensenhandel? Chat met ons.</h1>');
    expect(page).toMatch(/<main id="main"/);
    expect(page).toContain('<a class="skip-link" href="#chat-input">');
    // The chat comes before the explanations, and the 112 line sits in the sticky top bar.
    expect(page.indexOf('id="chat-input"')).toBeLessThan(page.indexOf('id="how-heading"'));
    expect(page.indexOf('class="danger-line" href="tel:112"')).toBeLessThan(page.indexOf('<main'));
    expect(page).toMatch(/<div id="chat-log"[^>]*role="log"[^>]*aria-live="polite"[^>]*aria-label="Chatgesprek"/);
    expect(page).toContain('Laad je deze pagina opnieuw of sluit je hem? Dan stopt dit gesprek');
    expect(page).not.toContain('webchat');
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

  it('renders the question before a language switch, hidden, in the page language with "stay" first', async () => {
    const catalog = Catalog.load(LOCALES, ['web']);
    const body = bodyOf(await (await fetch(`${server.url}/`)).text());
    const panel = body.slice(body.indexOf('<div id="chat-leave"'), body.indexOf('<p id="chat-status"'));
    expect(panel).toContain('role="group" aria-labelledby="chat-leave-text" hidden');
    expect(panel).toContain(catalog.t('nl', 'web.chat.leave.text'));
    expect(panel.indexOf('chat-leave-stay')).toBeLessThan(panel.indexOf('chat-leave-go'));
    expect(body).toContain('<button id="chat-restart" class="chat__restart" type="button" aria-describedby="chat-ended-text">');
  });

  it('renders English for ?lang=en and /en, and Dutch for an unknown language', async () => {
    for (const url of ['/?lang=en', '/en']) {
      const page = await (await fetch(server.url + url)).text();
      expect(page).toContain('<html lang="en"');
      expect(page).toContain('In acute danger? Call 112.');
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
      expect(page).toContain('<h1 id="chat-heading">&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
      expect(page).not.toContain('<img src=x');
      expect(page).toContain('data-leaving="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    } finally {
      await hostile.close();
    }
  });

  it("puts its styles inline under the response's nonce, so nothing blocks the first paint", async () => {
    const res = await fetch(`${server.url}/`);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const page = await res.text();
    expect(page).not.toContain('rel="stylesheet"');
    const style = new RegExp(`<style nonce="${nonce!.replace(/[+/]/g, '\\$&')}">([\\s\\S]*?)</style>`).exec(page)?.[1];
    expect(style).toContain(fs.readFileSync(path.join(STATIC_DIR, 'citizen.css'), 'utf8'));
    expect(style).toContain(fs.readFileSync(path.join(STATIC_DIR, 'base.css'), 'utf8'));
  });

  it('gives each script tag the nonce of its own response', async () => {
    const first = await fetch(`${server.url}/`);
    const second = await fetch(`${server.url}/`);
    const nonceOf = (res: Response) => /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
    const [a, b] = [nonceOf(first), nonceOf(second)];
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
    const page = await first.text();
    expect(page).toContain(`src="/static/citizen-chat.js?v=`);
    expect(page.match(new RegExp(`<script[^>]*nonce="${a!.replace(/[+/]/g, '\\$&')}"`, 'g'))).toHaveLength(2);
  });

  it('runs the quick exit in order after the parse and the chat script in a task of its own', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    expect(page).toMatch(/<script defer src="\/static\/quick-exit\.js\?v=/);
    expect(page).toMatch(/<script async src="\/static\/citizen-chat\.js\?v=/);
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
    const jsUrl = /src="(\/static\/citizen-chat\.js\?v=[0-9a-f]+)"/.exec(page)?.[1];
    expect(jsUrl).toBeDefined();
    const versioned = await fetch(server.url + jsUrl);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const css = await fetch(`${server.url}/static/citizen.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toBe(fs.readFileSync(path.join(STATIC_DIR, 'citizen.css'), 'utf8'));

    const js = await fetch(`${server.url}/static/citizen-chat.js`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    const again = await fetch(`${server.url}/static/citizen-chat.js`, {
      headers: { 'If-None-Match': js.headers.get('etag')!, 'Accept-Encoding': 'identity' },
    });
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

  it('compresses text with brotli or gzip as the browser accepts, with an ETag per encoding', async () => {
    const plain = fs.readFileSync(path.join(STATIC_DIR, 'citizen.css'));
    const raw = (url: string, acceptEncoding: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        // node's fetch decompresses by itself; http.get shows what went over the wire.
        http
          .get(server.url + url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });
    const br = await raw('/static/citizen.css', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(br.body.length).toBeLessThan(plain.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);
    const gz = await raw('/static/citizen.css', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    expect(gz.headers.etag).not.toBe(br.headers.etag);
    const none = await raw('/static/citizen.css', 'br;q=0, gzip;q=0');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
    // The page itself too.
    const page = await raw('/', 'br');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString('utf8')).toContain('<!doctype html>');
  });

  it("hands the chat its texts and the server's length limit as JSON that cannot close the script tag", async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const json = /<script type="application\/json" id="chat-config">([^<]*)<\/script>/.exec(page)?.[1];
    expect(json).toBeDefined();
    // Read with the page script's own schema: one definition on both sides.
    const config = readChatConfig(JSON.parse(json!));
    expect(config).toMatchObject({ locale: 'nl', maxChars: 1234 });
    expect(Object.keys(config!.texts).sort()).toEqual([...TEXT_KEYS].sort());
    expect(config!.texts.bot).toBe('Chatbot');
    expect(config!.texts.counter).toBe('{count} van {max} tekens');
    // Every text is a real sentence from the locale file, not its key.
    for (const text of Object.values(config!.texts)) expect(text).not.toMatch(/^web\.chat/);
  });
});

describe('locale files for the page', () => {
  it('say the same things in Dutch and English', () => {
    const catalog = Catalog.load(LOCALES, ['web']);
    expect(catalog.keys('en')).toEqual(catalog.keys('nl'));
  });
});
