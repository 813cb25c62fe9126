/**
 * The citizen page on a phone, as a review found it (lead38), in Chromium with touch at 360 × 640:
 * the quick-exit bar without the keyboard hint, the page usable at 200% text, a long reply read
 * from its first bubble, the conversation cleared from the screen after "stop", and dark mode with
 * sufficient contrast (axe). Text size is the browser's own setting (its default font size), as a
 * reader with large text has it, not a CSS zoom.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Catalog } from '../../src/i18n/catalog';
import { show } from '../../src/web/browser/chat/messages';
import { parseActivitySet } from '../../src/web/browser/chat/protocol';
import { until } from '../integration/handoff/harness';
import { axeViolations } from '../support/axe';
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser } from '../support/browser';
import { removeDir, startTestServer, type TestServer } from '../support/server';

jest.setTimeout(120_000);

const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['messages', 'web']);
const nl = (key: string) => catalog.t('nl', key);
const BOT = '.msg--bot .msg__text';
const INPUT = '#chat-input';
const PHONE = { width: 360, height: 640 };

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}.`);
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) removeDir(server.dataDir);
});

interface Options {
  /** The browser's text size: 2 is 200%. */
  textScale?: number;
  touch?: boolean;
  dark?: boolean;
}

/** A phone-sized page with the welcome on screen; bypassCSP so axe can be injected. */
async function openPhone(options: Options = {}): Promise<{ context: BrowserContext; page: Page; conversationId: string }> {
  const touch = options.touch ?? true;
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: touch,
    hasTouch: touch,
    colorScheme: options.dark ? 'dark' : 'light',
    bypassCSP: true,
  });
  const page = await context.newPage();
  if (options.textScale !== undefined) {
    const cdp = await context.newCDPSession(page);
    // Chromium's "font size" setting: what rem, em and the page's media queries in em follow.
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16 * options.textScale, fixed: 13 * options.textScale } });
  }
  const token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'));
  await page.goto(`${server.url}/`);
  const { conversationId } = (await (await token).json()) as { conversationId: string };
  await page.locator(BOT, { hasText: nl('welcome.intro') }).waitFor();
  return { context, page, conversationId };
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
  width: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not rendered`);
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width, height: b.height, width: b.width };
}

function overlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

async function say(page: Page, text: string): Promise<void> {
  await page.locator(INPUT).fill(text);
  await page.locator(INPUT).press('Enter');
}

describe('the quick-exit bar on a phone', () => {
  it('leaves out "press Esc 3 times" on a touch screen, keeps the button, and shows the hint where a mouse is', async () => {
    const phone = await openPhone();
    expect(await phone.page.locator('#quick-exit-hint').isVisible()).toBe(false);
    expect(await phone.page.locator('#quick-exit').isVisible()).toBe(true);
    // One row: the 112 line and the button, no more than a tenth of the screen.
    expect((await box(phone.page, '.exit-bar')).height).toBeLessThanOrEqual(PHONE.height / 10);
    await phone.context.close();

    const laptop = await openPhone({ touch: false });
    expect(await laptop.page.locator('#quick-exit-hint').isVisible()).toBe(true);
    expect(await laptop.page.locator('#quick-exit-hint').textContent()).toBe(nl('web.quickExit.hint'));
    await laptop.context.close();
  });
});

describe('at 200% text on a 360 × 640 phone', () => {
  it('keeps the bar small, never scrolls sideways, keeps the text box free and in view, and hides the skip link until focused', async () => {
    const { context, page } = await openPhone({ textScale: 2 });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const bar = await box(page, '.exit-bar');
    expect(bar.height).toBeLessThanOrEqual(PHONE.height / 5);

    // The skip link waits above the page, all of it, until a keyboard reaches it.
    expect((await box(page, '.skip-link')).bottom).toBeLessThanOrEqual(0);

    await page.locator(INPUT).focus();
    const input = await box(page, INPUT);
    const send = await box(page, '#chat-send');
    expect(overlap(input, send)).toBe(false);
    // Wide enough for a few words at this size, and in view below the sticky bar.
    expect(input.width).toBeGreaterThanOrEqual(PHONE.width * 0.75);
    expect(input.top).toBeGreaterThanOrEqual((await box(page, '.exit-bar')).bottom);
    expect(input.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(send.right).toBeLessThanOrEqual(PHONE.width);
    await say(page, 'Mijn buurvrouw moet elke dag werken en krijgt geen loon.');
    await page.locator('.msg--citizen .msg__text').waitFor();

    await page.evaluate(() => window.scrollTo(0, 0));
    // The skip link comes right after the quick exit, first in the tab order.
    await page.locator('#quick-exit').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    const skip = await box(page, '.skip-link');
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.bottom).toBeLessThanOrEqual(PHONE.height);
    await context.close();
  });
});

/**
 * Sends `text` and waits for the whole reply: until the server has marked the message's turn done
 * (its replies are stored in that same commit) and the page shows every bot message stored so far,
 * with the typing line gone and the page's scroll applied (it runs in an animation frame). Where a
 * fixed quiet period of 1.5 s per look waited before (round 41). Returns the index (in the log) of
 * the reply's first line.
 */
async function sendAndWaitForReply(chat: { page: Page; conversationId: string }, text: string): Promise<number> {
  const { page, conversationId } = chat;
  const before = await page.locator('.chat__log > *').count();
  const botBefore = await page.locator('.chat__log > .msg--bot').count();
  await say(page, text);
  const stored = () => server.store.transcripts.listAfter(conversationId, 0, 1000);
  let seq = 0;
  await until(async () => {
    seq = (await stored()).find((e) => e.role === 'citizen' && e.text === text)?.seq ?? 0;
    return seq > 0;
  }, 'the message stored');
  await until(async () => !(await server.store.transcripts.isTurnPending(conversationId, seq)), 'its turn done', 20_000);
  // What the page shows as a bot bubble, by the client's own parse and rule (protocol.ts, messages.ts
  // `show`); the id the channel adds on delivery is not stored, and no rule reads it.
  const delivered = parseActivitySet({ activities: (await stored()).map((e) => ({ ...e.activity, id: String(e.seq) })) });
  const botMessages = (delivered?.activities ?? []).filter((activity) => {
    const shown = show(activity);
    return shown.kind === 'message' && shown.sender.kind === 'bot';
  }).length;
  expect(botMessages).toBeGreaterThan(botBefore);
  await page.waitForFunction((n) => document.querySelectorAll('.chat__log > .msg--bot').length >= n, botMessages, { timeout: 20_000 });
  await page.locator('#chat-typing').waitFor({ state: 'hidden' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return before + 1;
}

describe('a long reply', () => {
  it('is shown from its first bubble when the reader was at the end, not scrolled to its end', async () => {
    const chat = await openPhone();
    const { context, page } = chat;
    await sendAndWaitForReply(chat, 'Mijn buurvrouw werkt elke dag tot laat in een kas en mag haar paspoort niet houden.');
    // The answer to the follow-up question brings the guidance and the routes: several bubbles.
    const first = await sendAndWaitForReply(chat, 'Ze woont naast mij, ze is ongeveer 30 jaar.');
    const layout = await page.evaluate((index) => {
      const scroll = document.getElementById('chat-scroll')!;
      const start = document.querySelectorAll('.chat__log > *')[index]!;
      const offset = start.getBoundingClientRect().top - scroll.getBoundingClientRect().top;
      return {
        offset,
        replyHeight: scroll.scrollHeight - (scroll.scrollTop + offset),
        boxHeight: scroll.clientHeight,
        fromEnd: scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight,
      };
    }, first);
    // A reply taller than the box; its first bubble is at the top of the box, the end below.
    expect(layout.replyHeight).toBeGreaterThan(layout.boxHeight);
    expect(layout.offset).toBeGreaterThanOrEqual(0);
    expect(layout.offset).toBeLessThanOrEqual(16);
    expect(layout.fromEnd).toBeGreaterThan(0);
    await context.close();
  });
});

describe('after "stop"', () => {
  it('offers one button that clears the conversation from the screen, with nothing left in the browser', async () => {
    const { context, page } = await openPhone();
    await say(page, 'Ik maak me zorgen om mijn nicht.');
    await page.locator('.msg--citizen[data-state="sent"]').waitFor();
    await say(page, 'stop');
    const wipe = page.getByRole('button', { name: nl('web.chat.wipe') });
    await wipe.waitFor();
    expect(await page.locator('#chat-wipe-hint').textContent()).toBe(nl('web.chat.wipeHint'));
    await wipe.click();

    expect(await page.locator('.chat__log > *').count()).toBe(0);
    expect(await page.locator('#chat-ended-text').textContent()).toBe(nl('web.chat.client.wiped'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-restart');
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('dark mode', () => {
  it('follows the phone’s dark setting with enough contrast everywhere (axe, WCAG AA)', async () => {
    const { context, page } = await openPhone({ dark: true });
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.15);
    await page.locator('.chat__choice').first().waitFor();
    await say(page, 'Is dit anoniem?');
    await page.locator('.msg--citizen[data-state="sent"]').waitFor();
    await page.locator('.msg--bot').nth(2).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await say(page, 'stop');
    await page.locator('#chat-wipe').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
