import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import restify from 'restify';
import { OUTCOMES } from '../../../src/handoff/service';
import { testAssets } from '../../support/assets';
import { registerCitizenPage } from '../../../src/http/citizenPage';
import { STAFF_SCRIPTS, registerStaffPage } from '../../../src/http/staffPage';
import { securityHeaders } from '../../../src/http/securityHeaders';
import { Catalog } from '../../../src/i18n/catalog';
import { FORMS, SIGNALS } from '../../../src/nlu/recognizer';
import { NEXT_STEPS, ROLES } from '../../../src/triage/summary';
import { END_REASONS } from '../../../src/handoff/events';

const LOCALES = path.resolve(__dirname, '../../../locales');

function readConsoleTree(locale: 'nl' | 'en') {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, locale, 'console.json'), 'utf8'));
}

async function startServer(catalog = Catalog.load(LOCALES, ['web', 'console'])): Promise<{ url: string; close(): Promise<void> }> {
  const server = restify.createServer();
  server.pre(securityHeaders());
  // The console's assets are served by the citizen page's /static route.
  registerCitizenPage(server, {
    catalog,
    quickExitUrl: 'https://neutral.example/',
    defaultLocale: 'nl',
    messageMaxChars: 2000,
    assets: testAssets(),
  });
  registerStaffPage(server, { catalog, defaultLocale: 'nl', assets: testAssets() });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function textsOf(page: string): Record<string, string> {
  const match = page.match(/<script type="application\/json" id="console-texts">([\s\S]*?)<\/script>/);
  if (!match) throw new Error('no texts block');
  return JSON.parse(match[1]!) as Record<string, string>;
}

describe('counsellor console page', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('serves the Dutch console by default, uncached and unindexed, with the login form', async () => {
    const res = await fetch(`${server.url}/staff`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-language')).toBe('nl');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const page = await res.text();
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl"/);
    expect(page).toContain('<title>Console voor hulpverleners - Veilig Thuis</title>');
    expect(page).toMatch(/<label for="login-username">Gebruikersnaam<\/label>/);
    expect(page).toMatch(/<input id="login-password" name="password" type="password" autocomplete="current-password"/);
    expect(page).toMatch(/<div id="alert-live"[^>]*role="alert" aria-live="assertive"/);
    expect(page).toMatch(/<div id="chat-tabs" class="tabs" role="tablist"/);
    expect(page).toMatch(/<input type="checkbox" id="availability" role="switch"/);
  });

  it('loads only its own scripts, in order, each with the response CSP nonce', async () => {
    const res = await fetch(`${server.url}/staff`);
    const page = await res.text();
    const nonce = res.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    const scripts = [...page.matchAll(/<script defer src="([^"]+)" nonce="([^"]+)"><\/script>/g)];
    expect(scripts.map((m) => m[1]!.replace(/\?v=[0-9a-f]{16}$/, ''))).toEqual(STAFF_SCRIPTS.map((name) => `/static/${name}`));
    for (const m of scripts) expect(m[2]).toBe(nonce);
    // Nothing executable inline: every <script> has a src, except the JSON data block.
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline).toEqual([' type="application/json" id="console-texts"']);
    expect(page).not.toMatch(/\sstyle="/);
    expect(page).not.toMatch(/\son[a-z]+="/);

    for (const m of scripts) {
      const asset = await fetch(`${server.url}${m[1]}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    const sheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!);
    expect(sheets).toEqual([
      expect.stringMatching(/^\/static\/base\.css\?v=[0-9a-f]{16}$/),
      expect.stringMatching(/^\/static\/staff\.css\?v=[0-9a-f]{16}$/),
    ]);
    for (const sheet of sheets) expect((await fetch(`${server.url}${sheet}`)).status).toBe(200);
  });

  it('hands the scripts every console text, with labels for every form, signal, role, next step and outcome', async () => {
    const texts = textsOf(await (await fetch(`${server.url}/staff`)).text());
    expect(texts['login.heading']).toBe('Inloggen');
    expect(texts['ended.quick_exit']).toBe('De burger heeft de chat snel verlaten.');
    expect(texts).not.toHaveProperty('canned');
    const groups: Array<[string, readonly string[]]> = [
      ['forms', FORMS],
      ['signals', SIGNALS],
      ['roles', ROLES],
      ['nextSteps', NEXT_STEPS],
      ['outcomes', OUTCOMES],
    ];
    for (const [group, ids] of groups) {
      const labelled = Object.keys(texts)
        .filter((key) => key.startsWith(`labels.${group}.`))
        .map((key) => key.slice(`labels.${group}.`.length));
      expect(labelled.sort()).toEqual([...ids].sort());
    }
    // Every reason a chat can end has its own line, never a bare key on the counsellor's screen.
    for (const reason of END_REASONS) expect(texts[`ended.${reason}`]).toEqual(expect.stringMatching(/\S/));
  });

  it('renders English with ?lang=en and Dutch for an unknown language', async () => {
    const page = await (await fetch(`${server.url}/staff?lang=en`)).text();
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('<title>Counsellor console - Veilig Thuis</title>');
    expect(page).toContain('>Sign in</button>');
    expect(page).toContain('href="/staff"');
    expect(textsOf(page)['ended.quick_exit']).toBe('The citizen left the chat with the quick exit.');
    const fallback = await (await fetch(`${server.url}/staff?lang=xx`)).text();
    expect(fallback).toContain('<html lang="nl"');
  });

  it('escapes locale texts in the markup and in the JSON block', async () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const nl = { ...readConsoleTree('nl'), ...JSON.parse(fs.readFileSync(path.join(LOCALES, 'nl', 'web.json'), 'utf8')) };
    nl.console.title = hostile;
    nl.console.queue.heading = hostile;
    nl.console.labels.signals.isolation = `${hostile}\u2028&`;
    const en = { ...readConsoleTree('en'), ...JSON.parse(fs.readFileSync(path.join(LOCALES, 'en', 'web.json'), 'utf8')) };
    const hostileServer = await startServer(new Catalog({ nl, en }));
    try {
      const page = await (await fetch(`${hostileServer.url}/staff`)).text();
      expect(page).not.toContain('<script>alert(1)');
      expect(page).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--</title>');
      expect(page.match(/<\/script>/g)).toHaveLength(STAFF_SCRIPTS.length + 1);
      const texts = textsOf(page);
      expect(texts['queue.heading']).toBe(hostile);
      expect(texts['labels.signals.isolation']).toBe(`${hostile}\u2028&`);
    } finally {
      await hostileServer.close();
    }
  });

  it('Dutch and English console texts have the same keys', () => {
    const keys = (tree: unknown, prefix = ''): string[] =>
      Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(readConsoleTree('en')).sort()).toEqual(keys(readConsoleTree('nl')).sort());
  });

  it("the staff pages' browser code never puts text into the page as HTML", () => {
    const dir = path.resolve(__dirname, '../../../src/web/browser');
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    }
  });
});
