/**
 * The console as a counsellor uses it all day, in headless Chromium at laptop size (1366 × 768)
 * against the real server: a layout where the chat is the main area with the summary beside it,
 * the conversation facts in the summary, keyboard shortcuts for the common actions, and sound
 * and system notifications (opt-in, per counsellor, remembered) while the tab is in the background.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cryptoRandom, systemClock } from '../../src/clock';
import { createStaffServices } from '../../src/staff';
import { chromiumAvailable, CHROMIUM_PATH, cspViolations, launchBrowser } from '../support/browser';
import { c, LAPTOP, nl, openPage, queuedCitizen, SEND_BOX, signInConsole, STAFF_PASSWORD, waitForBotText } from '../support/consolePages';
import { removeDir, startTestServer, type TestServer } from '../support/server';
import { TEST_SCRYPT_COST } from '../support/staff';

jest.setTimeout(180_000);

const SHOTS = process.env.E2E_SCREENSHOT_DIR;

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `console-${name}.png`) });
}

/**
 * Stands in for the browser's notification and audio APIs and lets the test put the tab in the
 * background: headless Chromium shows no notifications and plays no sound that a test could see.
 */
async function fakeDesktop(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    type Shown = { title: string; body: string; tag: string };
    const w = window as unknown as { shown: Shown[]; tones: number; background: boolean };
    w.shown = [];
    w.tones = 0;
    w.background = false;
    // Like a real browser, a permission once given holds across reloads.
    class FakeNotification {
      static get permission(): string {
        return localStorage.getItem('test.notification.permission') ?? 'default';
      }
      static requestPermission(): Promise<string> {
        localStorage.setItem('test.notification.permission', 'granted');
        return Promise.resolve('granted');
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body: string; tag: string }) {
        w.shown.push({ title, body: options.body, tag: options.tag });
      }
      close(): void {}
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.tones += 1;
      return create.call(this);
    };
    Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => w.background });
    Document.prototype.hasFocus = () => !w.background;
  });
}

const shown = (page: Page) => page.evaluate(() => (window as unknown as { shown: { title: string; body: string }[] }).shown);
const tones = (page: Page) => page.evaluate(() => (window as unknown as { tones: number }).tones);
const setBackground = (page: Page, on: boolean) =>
  page.evaluate((value) => ((window as unknown as { background: boolean }).background = value), on);

describe('the console through a working day', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}.`);
    server = await startTestServer({ env: { HANDOFF_OPENING_HOURS: 'mon-sun 00:00-24:00' } });
    const services = createStaffServices(server.store, systemClock, cryptoRandom, { scryptCost: TEST_SCRYPT_COST });
    for (const [username, displayName] of [
      ['sanne', 'Sanne'],
      ['joris', 'Joris'],
    ])
      await services.accounts.add({ username, role: 'counsellor', displayName, password: STAFF_PASSWORD }, 'cli');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('gives the chat the main area at 1366 × 768, shows the facts beside it, and works from the keyboard', async () => {
    const counsellor = await openPage(browser, `${server.url}/staff`, { viewport: LAPTOP });
    const staff = counsellor.page;
    await signInConsole(staff, 'sanne');
    const citizen = await queuedCitizen(browser, server);
    // The facts the conversation policy adds to the triage summary (branch convo); the console
    // shows them when they are there.
    const record = await server.store.conversations.get(citizen.conversationId);
    await server.store.conversations.update(citizen.conversationId, {
      triage: {
        ...(record!.triage as Record<string, unknown>),
        facts: { aboutWhom: 'other', relation: 'neighbour', minor: true, age: 16, municipality: 'Goes', region: 'zeeland' },
      },
    });
    await staff.locator('.ticket', { hasText: c('queue.chat', { code: citizen.code }) }).waitFor();

    // The shortcuts are listed in the page.
    await staff.getByText(c('shortcuts.heading')).click();
    const list = await staff.locator('#shortcut-list').innerText();
    for (const action of ['acceptNext', 'send', 'transfer', 'close']) expect(list).toContain(c(`shortcuts.${action}`));
    expect(list).toContain('Alt+N');

    // Alt+N takes the next chat.
    await staff.keyboard.press('Alt+KeyN');
    await waitForBotText(citizen.page, nl('handoff.accepted', { name: 'Sanne' }));
    const panel = staff.getByRole('tabpanel');
    await panel
      .getByRole('log')
      .getByText(nl('handoff.queued', { position: 1 }))
      .waitFor();
    // The message box takes the focus once the chat has opened, which can be a moment after its
    // transcript shows (the canned replies load last).
    await staff.waitForFunction(() => (document.activeElement?.id ?? '').startsWith('compose-'));

    // Layout: the conversation is the main area; summary and notes beside it, all on screen.
    const box = async (selector: string) => (await panel.locator(selector).first().boundingBox())!;
    const log = await box('.transcript');
    const side = await box('.chat__side');
    const composer = await box('.composer textarea');
    expect(log.width).toBeGreaterThanOrEqual(LAPTOP.width * 0.45);
    expect(log.width).toBeGreaterThan(side.width * 1.8);
    expect(side.x).toBeGreaterThanOrEqual(log.x + log.width);
    expect(log.height).toBeGreaterThanOrEqual(300);
    expect(composer.y + composer.height).toBeLessThanOrEqual(LAPTOP.height);
    expect(side.y).toBeLessThan(LAPTOP.height / 3);
    expect(await staff.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(LAPTOP.height);

    // The summary shows the conversation facts in words.
    const summary = panel.locator('.side__section--summary');
    const facts = await summary.innerText();
    for (const text of [
      c('triage.aboutWhom'),
      c('labels.aboutWhom.other'),
      c('labels.relations.neighbour'),
      c('triage.ageValue', { age: 16 }),
      'Goes',
      c('labels.regions.zeeland'),
    ])
      expect(facts).toContain(text);
    await expect(summary.locator('.triage__row--minor.triage__row--flag').count()).resolves.toBe(1);
    await shot(staff, 'laptop');

    // Alt+M goes to the message box, Alt+S sends from anywhere in the console.
    await staff.keyboard.press('Alt+KeyO');
    await expect(staff.evaluate(() => document.activeElement?.id ?? '')).resolves.toMatch(/^transfer-/);
    await staff.keyboard.press('Alt+KeyM');
    await staff.keyboard.type('Hallo, ik ben Sanne.');
    const composerBox = panel.locator('.composer textarea');
    await expect(composerBox.inputValue()).resolves.toBe('Hallo, ik ben Sanne.');
    await staff.keyboard.press('Alt+KeyA');
    await expect(staff.evaluate(() => document.activeElement?.id ?? '')).resolves.toMatch(/^outcome-/);
    await staff.keyboard.press('Alt+KeyS');
    // The box empties once the server took the message; a failure here is on the console's side.
    await staff
      .waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('.chat:not([hidden]) .composer textarea')?.value ?? '') === '')
      .catch((err: unknown) => {
        throw new Error(`the console did not send (script errors: ${JSON.stringify(counsellor.errors)}): ${String(err)}`);
      });
    await waitForBotText(citizen.page, 'Hallo, ik ben Sanne.');

    // Alt+A and a choice close the chat.
    await staff.keyboard.press('Alt+KeyA');
    await staff.keyboard.press('ArrowDown');
    await panel.getByRole('button', { name: c('close.submit') }).click();
    await waitForBotText(citizen.page, nl('handoff.closedByCounsellor'));
    await panel.getByText(c('ended.closed')).waitFor();

    expect(await cspViolations(staff)).toEqual([]);
    expect([...counsellor.errors, ...citizen.errors]).toEqual([]);
    await Promise.all([citizen.context.close(), counsellor.context.close()]);
  });

  it('sounds and notifies for a new and an acute chat in the background, only when chosen, per counsellor', async () => {
    const counsellor = await openPage(browser, `${server.url}/staff`, { prepare: fakeDesktop });
    const staff = counsellor.page;
    await signInConsole(staff, 'joris');
    await staff.getByText(c('prefs.heading')).click();
    const sound = staff.getByLabel(c('prefs.sound'));
    const notify = staff.getByLabel(c('prefs.notify'));
    await expect(sound.isChecked()).resolves.toBe(false);
    await expect(notify.isChecked()).resolves.toBe(false);

    // Not chosen yet: a chat that arrives in the background makes no sound and no notification.
    await setBackground(staff, true);
    const first = await queuedCitizen(browser, server);
    await staff.locator('.ticket', { hasText: c('queue.chat', { code: first.code }) }).waitFor();
    expect(await shown(staff)).toEqual([]);
    expect(await tones(staff)).toBe(0);
    await setBackground(staff, false);

    await sound.check();
    await notify.check();
    await staff.locator('#prefs-status', { hasText: c('prefs.notifyOn') }).waitFor();

    // Remembered after a reload.
    await staff.reload();
    await staff.getByRole('heading', { name: c('queue.heading') }).waitFor();
    await staff.getByText(c('prefs.heading')).click();
    await expect(staff.getByLabel(c('prefs.sound')).isChecked()).resolves.toBe(true);
    await expect(staff.getByLabel(c('prefs.notify')).isChecked()).resolves.toBe(true);
    await staff.locator('.ticket', { hasText: c('queue.chat', { code: first.code }) }).waitFor();

    // In the foreground a new chat only shows in the queue.
    const second = await queuedCitizen(browser, server, 2);
    await staff.locator('.ticket', { hasText: c('queue.chat', { code: second.code }) }).waitFor();
    expect(await shown(staff)).toEqual([]);

    // In the background: a sound and a notification that names the chat, never its words.
    await setBackground(staff, true);
    const third = await queuedCitizen(browser, server, 3);
    await staff.waitForFunction(() => (window as unknown as { shown: unknown[] }).shown.length >= 1);
    expect(await shown(staff)).toEqual([
      { title: c('notify.newTitle'), body: c('notify.newBody', { code: third.code }), tag: third.conversationId },
    ]);
    expect(await tones(staff)).toBeGreaterThan(0);

    // Danger in a waiting chat: the acute alert is sounded and notified too.
    const before = await tones(staff);
    await third.page.locator(SEND_BOX).fill('ik ben in levensgevaar');
    await third.page.locator(SEND_BOX).press('Enter');
    await staff.waitForFunction(() => (window as unknown as { shown: unknown[] }).shown.length >= 2);
    const acute = (await shown(staff))[1]!;
    expect(acute.title).toBe(c('notify.acuteTitle'));
    expect(acute.body).toBe(c('alerts.acuteWaiting', { code: third.code }));
    expect(await tones(staff)).toBeGreaterThan(before);
    await setBackground(staff, false);
    await shot(staff, 'alert-prefs');

    // Another counsellor in the same browser starts with everything off.
    await staff.getByRole('button', { name: c('session.logout') }).click();
    await signInConsole(staff, 'sanne');
    await staff.getByText(c('prefs.heading')).click();
    await expect(staff.getByLabel(c('prefs.sound')).isChecked()).resolves.toBe(false);
    await expect(staff.getByLabel(c('prefs.notify')).isChecked()).resolves.toBe(false);

    expect(await cspViolations(staff)).toEqual([]);
    expect(counsellor.errors).toEqual([]);
    await Promise.all([first.context.close(), second.context.close(), third.context.close(), counsellor.context.close()]);
  });
});
