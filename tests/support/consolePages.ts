/**
 * Browser helpers for the counsellor console and the citizen page against the real server:
 * contexts that record script errors and CSP violations, signing in, and a citizen on the chat page.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Catalog } from '../../src/i18n/catalog';
import { watchCsp } from './browser';
import type { TestServer } from './server';

export const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['messages', 'web', 'console']);
export const nl = (key: string, params?: Record<string, string | number>) => catalog.t('nl', key, params);
export const c = (key: string, params?: Record<string, string | number>) => nl(`console.${key}`, params);

/** What the citizen sees from the other side: the bot's and the counsellor's messages. */
export const BOT_BUBBLES = '.msg--bot .msg__text, .msg--counsellor .msg__text';
export const SEND_BOX = '#chat-input';
export const STAFF_PASSWORD = 'een lang wachtwoord voor de test';
export const LAPTOP = { width: 1366, height: 768 };

export interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  options: {
    viewport?: { width: number; height: number };
    prepare?: (context: BrowserContext) => Promise<void>;
    beforeGoto?: (page: Page) => void;
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: options.viewport ?? LAPTOP });
  if (options.prepare) await options.prepare(context);
  await watchCsp(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  options.beforeGoto?.(page);
  await page.goto(url);
  return { context, page, errors };
}

export async function waitForBotText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    ([selector, wanted]) => Array.from(document.querySelectorAll(selector)).some((node) => (node.textContent ?? '').includes(wanted)),
    [BOT_BUBBLES, text] as const,
    { timeout: 20_000 },
  );
}

export async function citizenSays(page: Page, text: string): Promise<void> {
  await page.locator(SEND_BOX).fill(text);
  await page.locator(SEND_BOX).press('Enter');
}

/**
 * Signs in on the console and switches availability on. `waitForFeed: false` for a test that holds
 * the live feed back on purpose.
 */
export async function signInConsole(page: Page, username: string, options: { waitForFeed?: boolean } = {}): Promise<void> {
  await page.getByRole('heading', { name: c('login.heading') }).waitFor();
  await page.getByLabel(c('login.username')).fill(username);
  await page.getByLabel(c('login.password')).fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: c('login.submit') }).click();
  await page.getByRole('heading', { name: c('queue.heading') }).waitFor();
  if (options.waitForFeed !== false) await page.locator('#connection', { hasText: c('connection.online') }).waitFor();
  // The switch shows the server's availability only after the console's first queue refresh. Looking
  // before that (a slow machine) and the refresh then checking it made check() a no-op that sent nothing.
  await page.waitForFunction(() => (document.getElementById('availability-state')?.textContent ?? '') !== '');
  const toggle = page.getByRole('switch', { name: c('availability.label') });
  if (!(await toggle.isChecked())) await toggle.check();
  // "On" is shown after the server accepted the change (or reported it already on).
  await page.locator('#availability-state', { hasText: c('availability.on') }).waitFor();
}

/** Opens the citizen page, asks for a counsellor and returns the conversation id once queued. */
export async function queuedCitizen(
  browser: Browser,
  server: TestServer,
  position = 1,
): Promise<Watched & { conversationId: string; code: string }> {
  let token: Promise<{ json(): Promise<unknown> }> | undefined;
  const watched = await openPage(browser, `${server.url}/`, {
    viewport: { width: 1100, height: 900 },
    beforeGoto: (page) => (token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'))),
  });
  const { conversationId } = (await (await token!).json()) as { conversationId: string };
  await waitForBotText(watched.page, nl('welcome.intro'));
  await watched.page.locator('.chat__choice', { hasText: nl('choices.counsellor') }).click();
  await waitForBotText(watched.page, nl('handoff.queued', { position }));
  const record = await server.store.conversations.get(conversationId);
  if (!record) throw new Error('conversation not stored');
  return { ...watched, conversationId, code: record.code };
}
