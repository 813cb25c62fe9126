/**
 * The citizen page of issue 12 in Chromium at phone (390 × 844) and laptop (1366 × 768) size:
 * the chat first with 112 and the quick exit always in view, the connection notice and quick
 * reconnect, one bubble per message also after a retry, the length limit while typing, a reload
 * that ends the old chat, a counsellor shown and announced as a person, a new chat after the
 * close, and compressed, cacheable assets. The counsellor acts through the staff API (the console
 * page has its own browser tests).
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Catalog } from '../../src/i18n/catalog';
import { ALWAYS_OPEN, Staff, addStaff, until } from '../integration/handoff/harness';
import { axeViolations } from '../support/axe';
import { chromiumAvailable, CHROMIUM_PATH, cspViolations, launchBrowser, watchCsp } from '../support/browser';
import { removeDir, startTestServer, type TestServer } from '../support/server';

jest.setTimeout(120_000);

const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['messages', 'web']);
const nl = (key: string, params?: Record<string, string | number>) => catalog.t('nl', key, params);
const client = (key: string) => nl(`web.chat.client.${key}`);
const MAX_CHARS = 120;
const BOT = '.msg--bot .msg__text';
const MINE = '.msg--citizen .msg__text';
const INPUT = '#chat-input';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

let browser: Browser;
let server: TestServer;
let anna: Staff;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}.`);
  server = await startTestServer({ env: { ...ALWAYS_OPEN, MESSAGE_MAX_CHARS: String(MAX_CHARS) } });
  anna = await Staff.login(server.url, 'anna', await addStaff(server, 'anna', 'counsellor', 'Anna'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

interface Chat {
  context: BrowserContext;
  page: Page;
  conversationId: string;
}

/** `axe`: a context that lets axe be injected (bypassCSP); otherwise CSP violations are recorded. */
async function openChat(size: { width: number; height: number } = SIZES[0], options: { axe?: boolean } = {}): Promise<Chat> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, bypassCSP: options.axe === true });
  if (!options.axe) await watchCsp(context);
  const page = await context.newPage();
  const token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
  await page.goto(`${server.url}/`);
  const { conversationId } = (await (await token).json()) as { conversationId: string };
  await waitForText(page, BOT, nl('welcome.intro'));
  return { context, page, conversationId };
}

/** Waits until `times` elements hold the text: a second "you are in the queue" is not the first one. */
async function waitForText(page: Page, selector: string, text: string, times = 1): Promise<void> {
  await page.waitForFunction(
    ([s, t, n]) => Array.from(document.querySelectorAll(s)).filter((el) => (el.textContent ?? '').includes(t)).length >= n,
    [selector, text, times] as const,
    { timeout: 20_000 },
  );
}

async function say(page: Page, text: string): Promise<void> {
  await page.locator(INPUT).fill(text);
  await page.locator(INPUT).press('Enter');
}

/** True when the element is fully inside the viewport as it is scrolled now. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
}

const chatPath = (id: string, action = '') => `/staff/api/conversations/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

async function transcriptCount(conversationId: string, text: string): Promise<number> {
  return (await server.store.transcripts.listAfter(conversationId, 0, 1000)).filter((e) => e.role === 'citizen' && e.text === text).length;
}

describe.each(SIZES)('at $name size ($width × $height)', (size) => {
  it('shows the chat input on the first screen and keeps 112 and the quick exit in view while chatting', async () => {
    const { context, page } = await openChat(size);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inView(page, INPUT)).toBe(true);
    expect(await inView(page, '#chat-send')).toBe(true);

    await say(page, 'Mijn buurvrouw werkt elke dag tot laat en mag haar paspoort niet houden.');
    await page.locator(MINE).first().waitFor();
    // Wherever the page is scrolled, the sticky bar keeps the 112 line and the quick exit on screen.
    for (const y of [300, 100_000]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      expect(await inView(page, '.danger-line')).toBe(true);
      expect(await inView(page, '#quick-exit')).toBe(true);
    }
    expect(await page.getAttribute('.danger-line', 'href')).toBe('tel:112');
    await context.close();
  });

  it('draws a visible focus ring on the quick exit, the input and the answer buttons', async () => {
    const { context, page } = await openChat(size);
    await page.locator('.chat__choice').first().waitFor();
    const ring = async () =>
      page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return {
          id: document.activeElement!.id || document.activeElement!.className,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
    await page.keyboard.press('Tab');
    expect(await ring()).toEqual({ id: 'quick-exit', outline: 'solid 3px' });
    await page.locator(INPUT).focus();
    expect((await ring()).outline).toBe('solid 3px');
    // The answer buttons come right before the input in the tab order.
    await page.keyboard.press('Shift+Tab');
    expect(await ring()).toEqual({ id: 'chat__choice', outline: 'solid 3px' });
    await context.close();
  });
});

describe('connection', () => {
  it('says when the network is gone, says when it is back, sends a message that failed offline again by itself, once', async () => {
    const { context, page, conversationId } = await openChat();
    await context.setOffline(true);
    await page.locator('#chat-status', { hasText: client('offline') }).waitFor();

    const text = 'Is dit normaal werk?';
    await say(page, text);
    await page.locator('.msg--citizen', { hasText: client('sending') }).waitFor();
    // A few quick attempts, then the bubble offers to send again.
    const retry = page.getByRole('button', { name: client('retry') });
    await retry.waitFor({ timeout: 20_000 });

    const botsBefore = await page.locator(BOT).count();
    await context.setOffline(false);
    await page.locator('#chat-status', { hasText: client('reconnected') }).waitFor({ timeout: 10_000 });
    // Back online, the page sends it again without the citizen pressing the button.
    await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length > n, [BOT, botsBefore] as const, { timeout: 20_000 });
    expect(await page.locator(MINE, { hasText: text }).count()).toBe(1);
    expect(await page.locator('.msg--citizen[data-state="sent"]').count()).toBe(1);
    expect(await transcriptCount(conversationId, text)).toBe(1);
    await context.close();
  });

  it('shows a message once when the server stored it but its answer was lost and the page sent it again', async () => {
    const { context, page, conversationId } = await openChat();
    let lost = 0;
    let sentAgain = 0;
    await page.route('**/v3/directline/conversations/*/activities', async (route) => {
      const body = route.request().postData() ?? '';
      const message = route.request().method() === 'POST' && body.includes('"message"');
      if (message && lost === 0) {
        lost += 1;
        await route.fetch(); // the server gets it (and answers once the bot's turn is done) ...
        await route.abort('connectionreset'); // ... the page never hears back
        return;
      }
      await route.continue();
      if (message) sentAgain += 1;
    });
    const text = 'Mijn neef moet al zijn loon afgeven.';
    const botsBefore = await page.locator(BOT).count();
    await say(page, text);
    await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length > n, [BOT, botsBefore] as const, { timeout: 20_000 });
    await until(
      () =>
        page
          .locator('.msg--citizen[data-state="sent"]')
          .count()
          .then((n) => n === 1),
      'the bubble confirmed',
    );
    // The bubble is already confirmed by the message's echo on the stream; the lost answer comes
    // only after the bot's turn, and then the page sends the message again.
    await until(async () => sentAgain >= 1, 'the page sent the message again', 30_000);
    expect(lost).toBe(1);
    expect(await page.locator(MINE, { hasText: text }).count()).toBe(1);
    expect(await transcriptCount(conversationId, text)).toBe(1);
    // No route handler may still be running when the context closes (it would fail a later test).
    await page.unrouteAll({ behavior: 'wait' });
    await context.close();
  });

  it('shows the length limit while typing and does not send a message over it', async () => {
    const { context, page, conversationId } = await openChat();
    const counter = page.locator('#chat-count');
    await page.locator(INPUT).fill('a'.repeat(MAX_CHARS));
    expect(await counter.textContent()).toBe(nl('web.chat.client.counter', { count: MAX_CHARS, max: MAX_CHARS }));
    await page.locator(INPUT).press('b');
    const alert = page.locator('#chat-too-long');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(nl('web.chat.client.tooLong', { max: MAX_CHARS, over: 1 }));
    expect(await page.getAttribute(INPUT, 'aria-invalid')).toBe('true');
    await page.locator(INPUT).press('Enter');
    await page.locator('#chat-send').click();
    expect(await page.locator(MINE).count()).toBe(0);
    expect((await server.store.transcripts.listAfter(conversationId, 0, 1000)).filter((e) => e.role === 'citizen')).toHaveLength(0);
    await page.locator(INPUT).press('Backspace');
    expect(await alert.isHidden()).toBe(true);
    await context.close();
  });
});

describe('reload and close', () => {
  it('says beforehand that reloading starts a new chat, and ends the old one (with its queue place) on reload', async () => {
    await anna.setAvailable(true);
    const { context, page, conversationId } = await openChat();
    expect(await page.locator('.chat__note').textContent()).toBe(nl('web.chat.reloadNote'));
    await say(page, 'hulpverlener');
    await waitForText(page, BOT, 'Je staat in de wachtrij');
    expect(await server.store.handoffs.current(conversationId)).not.toBeNull();

    const token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
    await page.reload();
    const next = ((await (await token).json()) as { conversationId: string }).conversationId;
    expect(next).not.toBe(conversationId);
    await until(async () => (await server.store.conversations.get(conversationId))?.status === 'ended', 'the old chat ended');
    expect(await server.store.conversations.get(conversationId)).toMatchObject({ endedReason: 'citizen_left' });
    // The queue place is given up in its own write after the chat ended: wait for it too.
    await until(async () => (await server.store.handoffs.current(conversationId)) === null, 'the queue place given up');
    await waitForText(page, BOT, nl('welcome.intro'));
    await context.close();
  });

  it('ends the chat when the tab is closed', async () => {
    const { context, page, conversationId } = await openChat();
    await page.close({ runBeforeUnload: true });
    await until(async () => (await server.store.conversations.get(conversationId))?.status === 'ended', 'the chat ended');
    await context.close();
  });
});

describe('a counsellor in the chat', () => {
  it('is shown and announced as a person, the return to the bot is announced, and after the close one button starts again', async () => {
    await anna.setAvailable(true);
    const { context, page, conversationId } = await openChat(SIZES[0], { axe: true });
    await say(page, 'Mijn buurman werkt elke dag 14 uur voor bijna niks');
    await page.locator('.chat__choice').first().waitFor();
    await say(page, 'hulpverlener');
    await waitForText(page, BOT, 'Je staat in de wachtrij');
    // Waiting, the citizen is not offered the queue again.
    const buttons = await page.locator('.chat__choice').allTextContents();
    expect(buttons).not.toContain(nl('choices.counsellor'));

    expect((await anna.call('POST', chatPath(conversationId, 'accept'))).status).toBe(200);
    await page.locator('#chat-announce', { hasText: client('personJoined') }).waitFor();
    await page.locator('.msg-divider', { hasText: client('personJoined') }).waitFor();

    expect((await anna.call('POST', chatPath(conversationId, 'messages'), { text: 'Hallo, ik ben Anna. Ik lees mee.' })).status).toBe(201);
    const fromAnna = page.locator('.msg--counsellor', { hasText: 'Hallo, ik ben Anna.' });
    await fromAnna.waitFor();
    expect(await fromAnna.locator('.msg__sender').textContent()).toBe('Anna, hulpverlener: ');
    expect(await fromAnna.locator('.msg__avatar').textContent()).toBe('A');
    const colours = await page.evaluate(() => {
      const bg = (s: string) => getComputedStyle(document.querySelector(s)!).backgroundColor;
      return { counsellor: bg('.msg--counsellor .msg__text'), bot: bg('.msg--bot .msg__text') };
    });
    expect(colours.counsellor).not.toBe(colours.bot);

    expect((await anna.call('POST', chatPath(conversationId, 'release'))).status).toBe(200);
    await page.locator('#chat-announce', { hasText: client('backToBot') }).waitFor();

    await say(page, 'hulpverlener');
    // The first queue message is still on screen: wait for the second, or the accept can come
    // before the chat is back in the queue (404 on a busy machine).
    await waitForText(page, BOT, 'Je staat in de wachtrij', 2);
    expect((await anna.call('POST', chatPath(conversationId, 'accept'))).status).toBe(200);
    await page.locator('#chat-announce', { hasText: client('personJoined') }).waitFor();
    // The citizen is half-way through a message when the counsellor closes the chat.
    const draft = 'Hij is nu bang en wil weg, wat moet';
    await page.locator(INPUT).fill(draft);
    const closed = await anna.call('POST', chatPath(conversationId, 'close'), { outcome: 'advice_given', note: '' });
    expect(closed.status).toBe(200);

    const restart = page.getByRole('button', { name: nl('web.chat.newChat') });
    await restart.waitFor();
    // Closed is not "back to the chatbot": the line and the notice say the counsellor closed it.
    await page.locator('.msg-divider', { hasText: client('counsellorClosed') }).waitFor();
    expect(await page.locator('.msg-divider', { hasText: client('backToBot') }).count()).toBe(1);
    expect(await page.locator('#chat-ended-text').textContent()).toBe(client('endedClosed'));
    expect(await page.locator('#chat-form').isHidden()).toBe(true);
    // Focus was in the input, which is now hidden: it is on the restart button, not on <body>.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-restart');
    const announced = (await page.locator('#chat-announce').textContent()) ?? '';
    expect(announced).toContain(client('endedClosed'));
    expect(announced).toContain(draft);
    expect(await page.locator('#chat-draft').innerText()).toContain(draft);
    expect(await axeViolations(page)).toEqual([]);
    const token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
    await restart.click();
    const next = ((await (await token).json()) as { conversationId: string }).conversationId;
    expect(next).not.toBe(conversationId);
    await waitForText(page, BOT, nl('welcome.intro'));
    expect(await page.locator('.msg--counsellor').count()).toBe(0);
    expect(await page.locator(INPUT).isVisible()).toBe(true);
    // The unsent words wait in the box of the new chat.
    expect(await page.locator(INPUT).inputValue()).toBe(draft);
    expect(await page.locator('#chat-draft').isHidden()).toBe(true);
    await context.close();
  });
});

describe('leaving a chat', () => {
  it('asks before the language link ends a chat the citizen wrote in: "stay" is focused and keeps it, "stop" switches', async () => {
    const { context, page, conversationId } = await openChat(SIZES[0], { axe: true });
    await say(page, 'Mijn buurman werkt elke dag 14 uur voor bijna niks');
    await page.locator('.msg--citizen[data-state="sent"]').waitFor();
    const before = page.url();

    await page.locator('a.language-switch').click();
    await page.locator('#chat-leave').waitFor();
    expect(await page.locator('#chat-leave-text').textContent()).toBe(nl('web.chat.leave.text'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-leave-stay');
    expect(await inView(page, '#chat-leave-stay')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Enter on the focused default keeps the chat.
    await page.keyboard.press('Enter');
    await page.locator('#chat-leave').waitFor({ state: 'hidden' });
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('language-switch');
    expect((await server.store.conversations.get(conversationId))?.status).not.toBe('ended');
    expect(await page.locator(MINE).count()).toBe(1);

    await page.locator('a.language-switch').click();
    await page.getByRole('button', { name: nl('web.chat.leave.go') }).click();
    await page.waitForURL(/\/en$/);
    await until(async () => (await server.store.conversations.get(conversationId))?.status === 'ended', 'the old chat ended');
    await context.close();
  });

  it('switches language at once before the citizen has written anything', async () => {
    const { context, page } = await openChat();
    await page.locator('a.language-switch').click();
    await page.waitForURL(/\/en$/);
    expect(await page.locator('#chat-leave').isHidden()).toBe(true);
    await context.close();
  });

  it('marks a message sent into a chat that stopped while quiet as not sent, and says why', async () => {
    const { context, page, conversationId } = await openChat();
    await say(page, 'Mijn buurman werkt elke dag 14 uur voor bijna niks');
    await page.locator('.msg--citizen[data-state="sent"]').waitFor();
    // The server's answer to a message for a conversation the retention run ended (idle).
    await page.route(`**/v3/directline/conversations/${conversationId}/activities`, (route) =>
      route.request().method() === 'POST' ? route.fulfill({ status: 404, body: '' }) : route.fallback(),
    );
    await say(page, 'Hij is nu bang en wil weg, wat moet ik doen?');
    const bubble = page.locator('.msg--citizen').last();
    await page.locator('.msg--citizen[data-state="ended"]').waitFor();
    expect(await bubble.locator('.msg__state').textContent()).toBe(client('notSentEnded'));
    expect(await page.locator('#chat-ended-text').textContent()).toBe(client('endedQuiet'));
    expect(await page.locator('#chat-announce').textContent()).toContain(client('endedQuiet'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-restart');
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('assets', () => {
  it('loads only the page’s own two small scripts, compressed and cacheable for a year', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const assets: { url: string; encoding: string | undefined; cache: string | undefined; bytes: number }[] = [];
    page.on('response', (res) => {
      if (!res.url().includes('/static/')) return;
      const headers = res.headers();
      void res.body().then((body) => {
        assets.push({ url: res.url(), encoding: headers['content-encoding'], cache: headers['cache-control'], bytes: body.length });
      });
    });
    await page.goto(`${server.url}/`);
    await waitForText(page, BOT, nl('welcome.intro'));
    await until(() => assets.some((a) => a.url.includes('citizen-chat.js')), 'the chat script');
    const scripts = assets.filter((a) => /\.(js|css)\?v=/.test(a.url));
    // The styles are inline in the page; the two scripts are all it loads.
    expect(scripts.map((a) => new URL(a.url).pathname).sort()).toEqual(['/static/citizen-chat.js', '/static/quick-exit.js']);
    for (const asset of scripts) {
      expect(asset.encoding).toBe('br');
      expect(asset.cache).toBe('public, max-age=31536000, immutable');
    }
    await context.close();
  });
});
