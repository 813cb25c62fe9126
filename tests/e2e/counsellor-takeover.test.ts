/**
 * A live takeover with two headless Chromium contexts: a counsellor in the console (/staff) and a
 * citizen on the chat page (/), both against the real server and the real SQLite store.
 * Screenshots of the console go to /tmp/console-*.png (or E2E_SCREENSHOT_DIR) for a design check.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { cryptoRandom, systemClock } from '../../src/clock';
import { createStaffServices } from '../../src/staff';
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser, cspViolations } from '../support/browser';
import {
  BOT_BUBBLES,
  c,
  catalog,
  citizenSays,
  nl,
  openPage,
  SEND_BOX,
  signInConsole,
  STAFF_PASSWORD,
  waitForBotText,
  type Watched,
} from '../support/consolePages';
import { removeDir, startTestServer, type TestServer } from '../support/server';
import { TEST_SCRYPT_COST } from '../support/staff';

jest.setTimeout(180_000);

const NEUTRAL = 'https://neutral.example/';
const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? '/tmp';

/** openPage with the neutral page the quick exit goes to answered locally. */
function open(
  browser: Browser,
  url: string,
  options: {
    prepare?: (context: BrowserContext) => Promise<void>;
    viewport?: { width: number; height: number };
    beforeGoto?: (page: Page) => void;
  } = {},
): Promise<Watched> {
  return openPage(browser, url, {
    viewport: options.viewport ?? { width: 1366, height: 800 },
    beforeGoto: options.beforeGoto,
    prepare: async (context) => {
      await options.prepare?.(context);
      await context.route(`${NEUTRAL}**`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><p>neutral page</p>' }),
      );
    },
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `console-${name}.png`) });
}

/** Opens the citizen page and returns the Direct Line conversation id. */
async function openCitizen(browser: Browser, server: TestServer): Promise<Watched & { conversationId: string }> {
  let token: Promise<{ json(): Promise<unknown> }> | undefined;
  const watched = await open(browser, `${server.url}/`, {
    viewport: { width: 1100, height: 900 },
    beforeGoto: (page) => (token = page.waitForResponse((r) => r.url().endsWith('/api/directline/token'))),
  });
  const { conversationId } = (await (await token!).json()) as { conversationId: string };
  await waitForBotText(watched.page, nl('welcome.intro'));
  return { ...watched, conversationId };
}

async function codeOf(server: TestServer, conversationId: string): Promise<string> {
  const record = await server.store.conversations.get(conversationId);
  if (!record) throw new Error('conversation not stored');
  return record.code;
}

describe('counsellor takeover in two browsers', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    if (!chromiumAvailable())
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    server = await startTestServer({ env: { HANDOFF_OPENING_HOURS: 'mon-sun 00:00-24:00', QUICK_EXIT_URL: NEUTRAL } });
    const services = createStaffServices(server.store, systemClock, cryptoRandom, { scryptCost: TEST_SCRYPT_COST });
    await services.accounts.add({ username: 'sanne', role: 'counsellor', displayName: 'Sanne', password: STAFF_PASSWORD }, 'cli');
    await services.accounts.add({ username: 'joris', role: 'counsellor', displayName: 'Joris', password: STAFF_PASSWORD }, 'cli');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('takes over, chats both ways with typing, hands back, takes over again and closes', async () => {
    const counsellor = await open(browser, `${server.url}/staff`);
    const staff = counsellor.page;
    await shot(staff, 'login');
    await signInConsole(staff, 'sanne');

    const citizen = await openCitizen(browser, server);
    const worry = 'Mijn buurvrouw werkt elke dag tot laat en mag haar paspoort niet houden.';
    const botsBefore = await citizen.page.locator(BOT_BUBBLES).count();
    await citizenSays(citizen.page, worry);
    await citizen.page.waitForFunction(([s, n]) => document.querySelectorAll(s).length > n, [BOT_BUBBLES, botsBefore] as const);
    await citizenSays(citizen.page, 'hulpverlener');
    await waitForBotText(citizen.page, nl('handoff.queued', { position: 1 }));

    // The console shows the waiting chat with the bot's triage, in words, before accepting.
    const code = await codeOf(server, citizen.conversationId);
    const ticket = staff.locator('.ticket', { hasText: c('queue.chat', { code }) });
    await ticket.waitFor();
    const triage = (await server.store.conversations.get(citizen.conversationId))?.triage as { form: string; signals: string[] } | null;
    expect(triage).not.toBeNull();
    await expect(ticket.innerText()).resolves.toContain(c(`labels.forms.${triage!.form}`));
    for (const signal of triage!.signals) await expect(ticket.innerText()).resolves.toContain(c(`labels.signals.${signal}`));
    await expect(ticket.innerText()).resolves.toContain(c('queue.position', { position: 1 }));
    await expect(ticket.innerText()).resolves.toContain(c('queue.locale', { language: c('labels.locales.nl') }));
    await shot(staff, 'queue');

    await staff.getByRole('button', { name: c('queue.acceptLabel', { code }) }).click();
    await waitForBotText(citizen.page, nl('handoff.accepted', { name: 'Sanne' }));
    const tab = staff.getByRole('tab', { name: c('chats.tab', { code }) });
    await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
    const log = staff.getByRole('log');
    await log.getByText(worry).waitFor();
    await expect(log.innerText()).resolves.toContain(nl('handoff.queued', { position: 1 }));

    // Counsellor → citizen, with the typing indicator on the citizen page first.
    const box = staff.getByLabel(c('compose.label'));
    await box.pressSequentially('Hallo, ik ben Sanne', { delay: 20 });
    await citizen.page.locator('#chat-typing:not([hidden])').waitFor({ timeout: 10_000 });
    await box.press('Enter');
    await waitForBotText(citizen.page, 'Hallo, ik ben Sanne');
    await log.getByText('Hallo, ik ben Sanne').waitFor();
    // The box empties when the server's answer to the send arrives, which can come after the message
    // reached the citizen and the log through their streams (CI cis123 read it a moment too early).
    await staff.waitForFunction(
      () => (document.querySelector<HTMLTextAreaElement>('.chat:not([hidden]) .composer textarea')?.value ?? '') === '',
    );
    await expect(box.inputValue()).resolves.toBe('');

    // Citizen → counsellor, with the typing indicator in the console first.
    const reply = 'Ze woont naast mij <b>sinds</b> een jaar.';
    await citizen.page.locator(SEND_BOX).pressSequentially(reply.slice(0, 10), { delay: 30 });
    await staff.getByText(c('chats.typing')).waitFor({ timeout: 10_000 });
    await shot(staff, 'chat');
    await citizen.page.locator(SEND_BOX).pressSequentially(reply.slice(10), { delay: 5 });
    await citizen.page.locator(SEND_BOX).press('Enter');
    const replyLine = log.locator('.msg--citizen', { hasText: reply });
    await replyLine.waitFor();
    // Rendered as text: the tags are visible characters, not markup.
    await expect(replyLine.locator('b').count()).resolves.toBe(0);
    await staff.getByText(c('chats.typing')).waitFor({ state: 'hidden' });

    // A canned reply goes into the send box, not straight to the citizen.
    await staff.getByText(c('compose.canned')).click();
    const canned = catalog.list('nl', 'console.canned')[1]!;
    await staff.getByRole('button', { name: canned }).click();
    await expect(box.inputValue()).resolves.toBe(canned);
    await box.fill('');

    // A private note stays in the staff.
    await staff.getByLabel(c('notes.label')).fill('Signalen arbeidsuitbuiting; doorverwijzen.');
    await staff.getByRole('button', { name: c('notes.save') }).click();
    await staff.locator('.notes', { hasText: 'Signalen arbeidsuitbuiting' }).waitFor();

    // Back to the bot.
    await staff.getByRole('button', { name: c('release.submit') }).click();
    await waitForBotText(citizen.page, nl('handoff.released'));
    await staff.getByText(c('ended.released')).waitFor();
    await expect(box.isDisabled()).resolves.toBe(true);
    await shot(staff, 'released');

    // A second takeover, closed with a wrap-up.
    await citizenSays(citizen.page, 'hulpverlener');
    await ticket.waitFor();
    await staff.getByRole('button', { name: c('queue.acceptLabel', { code }) }).click();
    await citizen.page.waitForFunction(
      ([s, text]) => Array.from(document.querySelectorAll(s)).filter((n) => (n.textContent ?? '').includes(text)).length === 2,
      [BOT_BUBBLES, nl('handoff.accepted', { name: 'Sanne' })] as const,
    );
    const box2 = staff.getByLabel(c('compose.label'));
    await expect(box2.isEnabled()).resolves.toBe(true);
    await box2.fill('Ik sluit het gesprek nu af.');
    await box2.press('Enter');
    await waitForBotText(citizen.page, 'Ik sluit het gesprek nu af.');
    await staff.getByLabel(c('close.outcome')).selectOption({ label: c('labels.outcomes.referred_labour_or_support') });
    await staff.getByRole('button', { name: c('close.submit') }).click();
    await waitForBotText(citizen.page, nl('handoff.closedByCounsellor'));
    await staff.getByText(c('ended.closed')).waitFor();
    await shot(staff, 'closed');

    const transcript = await server.store.transcripts.listAfter(citizen.conversationId, 0, 1000);
    const counsellorLines = transcript.filter((e) => e.role === 'counsellor').map((e) => e.text);
    expect(counsellorLines).toEqual(['Hallo, ik ben Sanne', 'Ik sluit het gesprek nu af.']);
    expect(transcript.find((e) => e.text === reply)?.role).toBe('citizen');

    expect(await cspViolations(staff)).toEqual([]);
    expect(await cspViolations(citizen.page)).toEqual([]);
    expect(counsellor.errors).toEqual([]);
    expect(citizen.errors).toEqual([]);
    await citizen.context.close();
    await counsellor.context.close();
  });

  it('alerts about danger in the queue, tells a slower counsellor the chat was taken, and transfers it', async () => {
    const joris = await open(browser, `${server.url}/staff`);
    await signInConsole(joris.page, 'joris');
    const citizen = await openCitizen(browser, server);
    await citizen.page.locator('.chat__choice', { hasText: nl('choices.counsellor') }).click();
    await waitForBotText(citizen.page, nl('handoff.queued', { position: 1 }));
    const code = await codeOf(server, citizen.conversationId);
    const ticket = joris.page.locator('.ticket', { hasText: c('queue.chat', { code }) });
    await ticket.waitFor();
    await expect(ticket.locator('.badge--acute').count()).resolves.toBe(0);

    // Danger while waiting: the chat is marked acute (in words) and every console is alerted.
    await citizenSays(citizen.page, 'ik ben in levensgevaar');
    const alert = c('alerts.acuteWaiting', { code });
    await joris.page.locator('#alert-banner', { hasText: alert }).waitFor();
    await expect(joris.page.locator('#alert-live').innerText()).resolves.toBe(alert);
    await ticket.locator('.badge--acute', { hasText: c('queue.acute') }).waitFor();
    await shot(joris.page, 'alert');
    await joris.page.getByRole('button', { name: c('alerts.dismiss') }).click();
    await expect(joris.page.locator('#alert-banner').isHidden()).resolves.toBe(true);

    // Sanne's feed cannot connect yet, so her queue still shows the chat after Joris took it.
    let feedBack: () => void = () => undefined;
    const feedDown = new Promise<void>((resolve) => (feedBack = resolve));
    const sanne = await open(browser, `${server.url}/staff`, {
      prepare: (context) =>
        context.routeWebSocket(/\/staff\/ws$/, async (ws) => {
          await feedDown;
          ws.connectToServer();
        }),
    });
    await signInConsole(sanne.page, 'sanne', { waitForFeed: false });
    const stale = sanne.page.getByRole('button', { name: c('queue.acceptLabel', { code }) });
    await stale.waitFor();
    await joris.page.getByRole('button', { name: c('queue.acceptLabel', { code }) }).click();
    await waitForBotText(citizen.page, nl('handoff.accepted', { name: 'Joris' }));
    await stale.click();
    await sanne.page
      .getByRole('alert')
      .filter({ hasText: c('queue.taken') })
      .waitFor();
    await shot(sanne.page, 'taken');
    expect(await sanne.page.getByRole('tab').count()).toBe(0);
    feedBack();
    await sanne.page.locator('#connection', { hasText: c('connection.online') }).waitFor();

    // Joris's chat shows the danger too; he hands it to Sanne, whose console opens it at once.
    await joris.page.getByRole('log').getByText('ik ben in levensgevaar').waitFor();
    await joris.page.locator('.chat__title .badge--acute').waitFor();
    // Transfer by choosing from the colleagues who are available now (not by typing a name).
    const transferTo = joris.page.getByLabel(c('transfer.label'));
    await joris.page.getByRole('button', { name: c('transfer.submit') }).click();
    await joris.page
      .getByRole('alert')
      .filter({ hasText: c('transfer.chooseFirst') })
      .waitFor();
    const sanneOption = c('transfer.option', { name: 'Sanne', count: 0 });
    await transferTo.locator('option', { hasText: sanneOption }).waitFor({ state: 'attached' });
    const offered = await transferTo.locator('option').allInnerTexts();
    expect(offered).toEqual([c('transfer.choose'), sanneOption]);
    await transferTo.selectOption({ label: sanneOption });
    await joris.page.getByRole('button', { name: c('transfer.submit') }).click();
    await joris.page.getByText(c('transfer.done', { name: 'Sanne' })).waitFor();
    await expect(joris.page.getByLabel(c('compose.label')).isDisabled()).resolves.toBe(true);
    const handed = sanne.page.getByRole('tab', { name: c('chats.tab', { code }) });
    await handed.waitFor();
    await expect(handed.getAttribute('aria-selected')).resolves.toBe('true');
    await sanne.page.locator('#announcer', { hasText: c('chats.transferredToYou', { code }) }).waitFor({ state: 'attached' });
    await sanne.page.getByRole('log').getByText('ik ben in levensgevaar').waitFor();
    await sanne.page.getByRole('button', { name: c('release.submit') }).click();
    await waitForBotText(citizen.page, nl('handoff.released'));
    for (const page of [joris.page, sanne.page]) expect(await cspViolations(page)).toEqual([]);
    expect([...joris.errors, ...sanne.errors, ...citizen.errors]).toEqual([]);
    await Promise.all([citizen.context.close(), joris.context.close(), sanne.context.close()]);
  });

  it('holds two chats in tabs with unread counts, survives a dropped feed, shows the quick exit at once and lets the wrap-up be saved', async () => {
    // The console's feed passes through a route, so the test can cut it like a bad network would.
    const feeds: WebSocketRoute[] = [];
    let attempts = 0;
    let outage: Promise<void> = Promise.resolve();
    let endOutage: () => void = () => undefined;
    const counsellor = await open(browser, `${server.url}/staff`, {
      prepare: (context) =>
        context.routeWebSocket(/\/staff\/ws$/, async (ws) => {
          attempts++;
          // While the "network" is down, a reconnecting console stays in CONNECTING.
          await outage;
          ws.connectToServer();
          feeds.push(ws);
        }),
    });
    const staff = counsellor.page;
    await signInConsole(staff, 'joris');

    const first = await openCitizen(browser, server);
    const second = await openCitizen(browser, server);
    for (const citizen of [first, second]) {
      await citizen.page.locator('.chat__choice', { hasText: nl('choices.counsellor') }).click();
      await waitForBotText(citizen.page, nl('handoff.queued', { position: citizen === first ? 1 : 2 }));
    }
    const firstCode = await codeOf(server, first.conversationId);
    const secondCode = await codeOf(server, second.conversationId);
    await staff.getByRole('button', { name: c('queue.acceptLabel', { code: firstCode }) }).click();
    await waitForBotText(first.page, nl('handoff.accepted', { name: 'Joris' }));
    await staff.getByRole('button', { name: c('queue.acceptLabel', { code: secondCode }) }).click();
    await waitForBotText(second.page, nl('handoff.accepted', { name: 'Joris' }));
    const firstTab = staff.getByRole('tab', { name: new RegExp(c('chats.tab', { code: firstCode })) });
    const secondTab = staff.getByRole('tab', { name: new RegExp(c('chats.tab', { code: secondCode })) });
    await expect(secondTab.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(staff.getByRole('tabpanel').count()).resolves.toBe(1);

    // A message in the chat that is not in view: counted on its tab and in the window title.
    await citizenSays(first.page, 'Bent u er nog?');
    await staff.getByRole('tab', { name: c('chats.unread', { count: 1 }) }).waitFor();
    await expect(firstTab.innerText()).resolves.toContain('1');
    await expect(staff.title()).resolves.toBe(`(1) ${c('title')}`);
    await shot(staff, 'two-chats');

    // Arrow keys move between tabs; opening the tab clears its count.
    await secondTab.focus();
    await staff.keyboard.press('ArrowLeft');
    await expect(firstTab.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(staff.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tab');
    await staff.getByRole('tabpanel').getByRole('log').getByText('Bent u er nog?').waitFor();
    await expect(staff.getByRole('tab', { name: c('chats.unread', { count: 1 }) }).count()).resolves.toBe(0);
    await expect(staff.title()).resolves.toBe(c('title'));

    // The feed drops; what the citizen writes meanwhile is there once the console is back.
    const dropped = feeds.length;
    const attemptsBefore = attempts;
    outage = new Promise<void>((resolve) => (endOutage = resolve));
    await feeds.at(-1)!.close({ code: 1006 });
    await staff.locator('#connection', { hasText: c('connection.offline') }).waitFor();
    const missed = 'Hallo? Ben je daar nog?';
    await citizenSays(first.page, missed);
    await waitFor(async () => (await server.store.transcripts.listAfter(first.conversationId, 0, 1000)).some((e) => e.text === missed));
    // The console has tried again (and is held in CONNECTING) at least once: waited for, where a
    // fixed 1.5 s gave it the time before (round 41).
    await waitFor(async () => attempts > attemptsBefore, 15_000);
    await expect(staff.getByText(missed).count()).resolves.toBe(0);
    endOutage();
    await staff.locator('#connection', { hasText: c('connection.online') }).waitFor({ timeout: 15_000 });
    expect(feeds.length).toBe(dropped + 1);
    await staff.getByRole('tabpanel').getByRole('log').getByText(missed).waitFor();

    await first.page.getByRole('button', { name: nl('web.quickExit.label') }).click();
    await first.page.waitForURL(NEUTRAL);
    await staff.getByRole('tabpanel').getByText(c('ended.quick_exit')).waitFor({ timeout: 5_000 });
    await expect(staff.locator('#alert-live').innerText()).resolves.toBe(c('ended.quick_exit'));
    const panel = staff.getByRole('tabpanel');
    await expect(panel.getByLabel(c('compose.label')).isDisabled()).resolves.toBe(true);

    // The citizen left, but the counsellor can still finish the wrap-up: notes and outcome, not
    // the composer, transfer or hand-back; the notice says so and the tab names the state.
    await expect(panel.locator('.chat__notice').innerText()).resolves.toContain(c('ended.wrapUp'));
    await expect(firstTab.innerText()).resolves.toContain(c('chats.wrapUpTab'));
    await expect(panel.getByRole('button', { name: c('release.submit') }).isVisible()).resolves.toBe(false);
    await expect(panel.getByLabel(c('transfer.label')).isVisible()).resolves.toBe(false);
    await shot(staff, 'quick-exit');
    await panel.getByLabel(c('notes.label')).fill('Vertrok via de snelle uitgang.');
    await panel.getByRole('button', { name: c('notes.save') }).click();
    await panel.locator('.notes', { hasText: 'Vertrok via de snelle uitgang.' }).waitFor();
    // From the keyboard: the close shortcut goes to the outcome.
    await staff.keyboard.press('Alt+KeyA');
    await expect(staff.evaluate(() => document.activeElement?.id)).resolves.toMatch(/^outcome-/);
    await panel.getByLabel(c('close.outcome')).selectOption({ label: c('labels.outcomes.advice_given') });
    await panel.getByLabel(c('close.note')).fill('Advies gegeven over hulp.');
    await panel.getByRole('button', { name: c('close.submit') }).click();
    await panel.locator('.chat__notice', { hasText: c('ended.closed') }).waitFor();
    await expect(firstTab.innerText()).resolves.toContain(c('chats.endedTab'));
    await expect(panel.getByLabel(c('notes.label')).isDisabled()).resolves.toBe(true);
    await expect(staff.evaluate(() => document.activeElement?.textContent)).resolves.toBe(c('chats.closeTab'));
    expect((await server.store.retention.getAnonymised(first.conversationId))?.outcome).toBe('advice_given');
    expect((await server.store.handoffs.notes(first.conversationId)).map((n) => n.text)).toEqual([
      'Vertrok via de snelle uitgang.',
      'Advies gegeven over hulp.',
    ]);

    // The other chat goes on.
    await secondTab.click();
    const box = staff.getByRole('tabpanel').getByLabel(c('compose.label'));
    await expect(box.isEnabled()).resolves.toBe(true);
    await box.fill('Ik ben er nog.');
    await box.press('Enter');
    await waitForBotText(second.page, 'Ik ben er nog.');
    await staff
      .getByRole('tabpanel')
      .getByRole('button', { name: c('release.submit') })
      .click();
    await waitForBotText(second.page, nl('handoff.released'));

    expect(await cspViolations(staff)).toEqual([]);
    expect([...counsellor.errors, ...first.errors, ...second.errors]).toEqual([]);
    await Promise.all([first.context.close(), second.context.close(), counsellor.context.close()]);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
