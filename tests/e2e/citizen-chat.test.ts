/**
 * The citizen's whole path in a real browser: the page, its own chat client against the
 * self-hosted Direct Line channel, a reply from the bot, and the quick exit.
 * Set E2E_SCREENSHOT_DIR to keep screenshots of the page for a design review.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Catalog } from '../../src/i18n/catalog';
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser, watchCsp, cspViolations } from '../support/browser';
import { removeDir, startTestServer, type TestServer } from '../support/server';

jest.setTimeout(90_000);

const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['messages', 'web']);
const BOT_BUBBLES = '.msg--bot .msg__text';
const USER_BUBBLES = '.msg--citizen .msg__text';
const SEND_BOX = '#chat-input';

/** Stands in for the neutral site the quick exit goes to, and for the page the citizen came from. */
interface NeutralSite {
  url: string;
  referers: Array<string | undefined>;
  close(): Promise<void>;
}

async function startNeutralSite(): Promise<NeutralSite> {
  const referers: Array<string | undefined> = [];
  const server = http.createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      // restify patches ServerResponse.writeHead (it no longer returns `this`), so set the status.
      res.statusCode = 404;
      res.end();
      return;
    }
    referers.push(req.headers.referer);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="nl"><title>Weer</title><p>neutral page</p></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    referers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function transcriptText(page: Page): Promise<string> {
  return (await page.locator(BOT_BUBBLES).allInnerTexts()).join('\n').replace(/\s+/g, ' ');
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (!dir) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(dir, name) });
}

describe('citizen chat in the browser', () => {
  let browser: Browser;
  let server: TestServer;
  let neutral: NeutralSite;

  beforeAll(async () => {
    if (!chromiumAvailable())
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    neutral = await startNeutralSite();
    server = await startTestServer({ env: { QUICK_EXIT_URL: neutral.url } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
    await neutral?.close();
  });

  it('chats in Dutch with the bot and leaves without a trace through "Snel weg"', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await watchCsp(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));

    // The citizen arrives from some other site, so "back" has somewhere to go.
    await page.goto(`${neutral.url}start`);
    const tokenResponse = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
    await page.goto(`${server.url}/`);
    const { conversationId } = (await (await tokenResponse).json()) as { conversationId: string };

    await expect(page.title()).resolves.toBe(catalog.t('nl', 'web.title'));
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('heading', { name: catalog.t('nl', 'web.danger.heading') }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('quick-exit');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Snel weg');

    // The bot introduces itself as a bot and names 112.
    const intro = catalog.t('nl', 'welcome.intro');
    await page.waitForFunction(
      ([selector, text]) => Array.from(document.querySelectorAll(selector)).some((el) => (el.textContent ?? '').includes(text)),
      [BOT_BUBBLES, intro] as const,
      { timeout: 20_000 },
    );
    expect(await transcriptText(page)).toContain(catalog.t('nl', 'welcome.danger'));
    expect(await page.getAttribute(SEND_BOX, 'placeholder')).toBe(catalog.t('nl', 'web.chat.inputPlaceholder'));

    const botCount = await page.locator(BOT_BUBBLES).count();
    const message = 'Mijn buurvrouw werkt elke dag tot laat en mag haar paspoort niet houden.';
    await page.locator(SEND_BOX).fill(message);
    await page.locator(SEND_BOX).press('Enter');
    await page.locator(USER_BUBBLES, { hasText: message }).waitFor();
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length > n, [BOT_BUBBLES, botCount] as const, {
      timeout: 20_000,
    });
    const replies = (await page.locator(BOT_BUBBLES).allInnerTexts()).slice(botCount);
    expect(replies.join(' ').trim().length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply).not.toContain(message);

    // Nothing about the chat was put in browser storage, and the chat needed no CSP exception.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await context.cookies(server.url)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'citizen-page.png');

    // Something left behind by anyone must also go.
    await page.evaluate(() => {
      localStorage.setItem('probe', 'x');
      sessionStorage.setItem('probe', 'x');
    });
    const historyBefore = await page.evaluate(() => history.length);
    const referersBefore = neutral.referers.length;
    await page.getByRole('button', { name: 'Snel weg' }).click();
    await page.waitForURL(neutral.url);
    await page.getByText('neutral page').waitFor();

    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(neutral.referers.slice(referersBefore)).toEqual([undefined]);
    await page.goBack();
    expect(page.url()).toBe(`${neutral.url}start`);

    // The exit beacon ended the conversation on the server.
    await waitFor(async () => (await server.store.conversations.get(conversationId))?.status === 'ended');

    // Back on the helpline's origin in the same tab: its storage is empty.
    await page.goto(`${server.url}/healthz`);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    await context.close();
  });

  it('leaves when Escape is pressed three times, also from inside the chat input', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator(SEND_BOX).waitFor();
    await page.locator(SEND_BOX).focus();

    await page.keyboard.press('Escape');
    await expect(page.locator('#quick-exit-status').textContent()).resolves.toBe(
      catalog.t('nl', 'web.quickExit.pressesLeftMany', { count: 2 }),
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(neutral.url);
    await context.close();
  });

  it('leaves no entry of the page behind the quick exit after the skip link and the language switch', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${neutral.url}start`);
    await page.goto(`${server.url}/`);
    await page.locator('.msg--bot').first().waitFor();
    const historyBefore = await page.evaluate(() => history.length);

    await page.locator('a.skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => [document.activeElement?.id, location.hash])).toEqual(['chat-input', '']);
    await page.locator('a.language-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('.msg--bot').first().waitFor();
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    await page.locator('#quick-exit').click();
    await page.waitForURL(neutral.url);
    await page.goBack();
    expect(page.url()).toBe(`${neutral.url}start`);
    await context.close();
  });

  it('shows the phone lines when no chat token can be had', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/api/directline/token', (route) =>
      route.fulfill({ status: 429, contentType: 'application/json', body: '{"error":{"code":"TooManyRequests"}}' }),
    );
    await page.goto(`${server.url}/`);
    const alert = page.getByRole('alert').filter({ hasText: catalog.t('nl', 'web.chat.errorHeading') });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('112');
    expect(await alert.innerText()).toContain('0800-2000');
    expect(await page.locator('#chat-loading').isVisible()).toBe(false);
    await context.close();
  });

  it('renders the page and the welcome in English with ?lang=en', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
    await watchCsp(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.title()).resolves.toBe(catalog.t('en', 'web.title'));
    await page.getByRole('heading', { name: catalog.t('en', 'web.danger.heading') }).waitFor();
    await page.getByRole('button', { name: catalog.t('en', 'web.quickExit.label') }).waitFor();
    await page.waitForFunction(
      ([selector, text]) => Array.from(document.querySelectorAll(selector)).some((el) => (el.textContent ?? '').includes(text)),
      [BOT_BUBBLES, catalog.t('en', 'welcome.intro')] as const,
      { timeout: 20_000 },
    );
    expect(await page.getAttribute(SEND_BOX, 'placeholder')).toBe(catalog.t('en', 'web.chat.inputPlaceholder'));
    expect(await cspViolations(page)).toEqual([]);
    await screenshot(page, 'citizen-page-en-narrow.png');
    await context.close();
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
