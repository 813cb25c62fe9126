/**
 * Back after leaving the citizen page must never bring the chat back with its content: someone
 * looking over the citizen's shoulder could read it (docs/decisions/0008-no-chat-after-back.md).
 * Chromium runs here with its back/forward cache switched on (playwright switches it off by
 * default), as a citizen's browser has it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Catalog } from '../../src/i18n/catalog';
import { CHROMIUM_ARGS, chromiumAvailable, CHROMIUM_PATH, cspViolations, watchCsp } from '../support/browser';
import { until } from '../integration/handoff/harness';
import { removeDir, startTestServer, type TestServer } from '../support/server';

jest.setTimeout(120_000);

const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['messages', 'web']);
const WELCOME = catalog.t('nl', 'welcome.intro');
const SECRET = 'Mijn buurvrouw mag haar paspoort niet houden.';

let browser: Browser;
let server: TestServer;
let elsewhere: { url: string; close(): Promise<void> };

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}.`);
  server = await startTestServer();
  const site = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="nl"><title>Weer</title><p>Het weer van vandaag</p></html>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  elsewhere = {
    url: `http://127.0.0.1:${(site.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => site.close(() => resolve())),
  };
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
  await elsewhere?.close();
});

interface Chat {
  context: BrowserContext;
  page: Page;
  conversationId: string;
}

async function chatWithSecret(): Promise<Chat> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await watchCsp(context);
  // Remembers how the page was last shown: from the back/forward cache or freshly loaded.
  await context.addInitScript(() => {
    window.addEventListener('pageshow', (event) => {
      document.documentElement.dataset['shownFromCache'] = String(event.persisted);
    });
  });
  const page = await context.newPage();
  const token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
  await page.goto(`${server.url}/`);
  const { conversationId } = (await (await token).json()) as { conversationId: string };
  await page.locator('.msg--bot', { hasText: WELCOME }).first().waitFor();
  await page.locator('#chat-input').fill(SECRET);
  await page.locator('#chat-input').press('Enter');
  await page.locator('.msg--citizen[data-state="sent"]', { hasText: SECRET }).waitFor();
  // A draft the citizen had not sent yet must not come back either.
  await page.locator('#chat-input').fill('Hij houdt haar loon in');
  return { context, page, conversationId };
}

async function ended(conversationId: string): Promise<void> {
  await until(async () => (await server.store.conversations.get(conversationId))?.status === 'ended', 'the old chat ended');
  expect(await server.store.conversations.get(conversationId)).toMatchObject({ endedReason: 'citizen_left' });
}

async function expectNothingOf(page: Page): Promise<void> {
  expect(await page.locator('body').innerText()).not.toContain(SECRET);
  expect(await page.locator('.msg--citizen').count()).toBe(0);
  expect(await page.locator('#chat-input').inputValue()).toBe('');
}

describe('back after leaving the chat page', () => {
  it('shows a new, empty chat: the page is never kept, so Back loads it afresh', async () => {
    const { context, page, conversationId } = await chatWithSecret();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    const notCached = new Promise<string[]>((resolve) =>
      cdp.on('Page.backForwardCacheNotUsed', (event) => resolve(event.notRestoredExplanations.map((e) => e.reason))),
    );

    await page.goto(elsewhere.url);
    await page.getByText('Het weer van vandaag').waitFor();
    await ended(conversationId);
    const token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
    await page.goBack();

    // Cache-Control: no-store keeps the page out of the back/forward cache (and out of the HTTP cache).
    expect(await notCached).toContain('MainResourceHasCacheControlNoStore');
    const next = ((await (await token).json()) as { conversationId: string }).conversationId;
    expect(next).not.toBe(conversationId);
    await page.locator('.msg--bot', { hasText: WELCOME }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset['shownFromCache'])).toBe('false');
    await expectNothingOf(page);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  it('would hold nothing in the back/forward cache either: leaving wipes the chat, coming back starts a new one', async () => {
    // Browsers differ (and change) in which pages they keep; should one keep this page after all,
    // leaving has already wiped it. Chromium keeps no page with no-store, so the two events are
    // dispatched as a browser does around the cache.
    const { context, page, conversationId } = await chatWithSecret();
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await expectNothingOf(page);
    expect(await page.locator('#chat-log').innerText()).toBe('');
    expect(await page.locator('#chat-ended').isHidden()).toBe(true);
    await ended(conversationId);

    const token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    const next = ((await (await token).json()) as { conversationId: string }).conversationId;
    expect(next).not.toBe(conversationId);
    await page.locator('.msg--bot', { hasText: WELCOME }).first().waitFor();
    await expectNothingOf(page);
    expect(await page.locator('#chat-input').isVisible()).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});
