/**
 * `npm run screenshots`: starts the real server on a throw-away data folder, seeds staff accounts
 * and a few conversations, and saves PNGs of the main screens to docs/screenshots/ with headless
 * Chromium (the Debian package, driven by playwright-core): the citizen page at phone size, the
 * console with a live chat, the review page and the admin page at laptop size.
 *
 * The seeded conversations are invented (no real person's words); their dates are relative to
 * today so the review's default period shows them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cryptoRandom, systemClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { Catalog } from '../src/i18n/catalog';
import { startApp, type RunningApp } from '../src/main';
import { projectRoot } from '../src/paths';
import { createStaffServices } from '../src/staff';
import { buildBrowserBundles } from '../src/web/bundle/bundles';
import { bundleDir } from '../src/web/citizen/staticAssets';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser';

const OUT = path.join(projectRoot(), 'docs', 'screenshots');
const PASSWORD = 'schermafbeeldingen-wachtwoord';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
/** What the script was doing, for the message when something fails. */
let step = 'starting';

const catalog = Catalog.load(path.join(projectRoot(), 'locales'), ['messages', 'web', 'console', 'review']);
const nl = (key: string, params?: Record<string, string | number>) => catalog.t('nl', key, params);

interface Seed {
  code: string;
  daysAgo: number;
  hour: number;
  form: string;
  acute: boolean;
  signals: string[];
  lines: [role: 'citizen' | 'bot' | 'counsellor', text: string][];
  handoff?: { waitSeconds: number; outcome: string };
}

const SEEDS: Seed[] = [
  {
    code: 'KAS-101',
    daysAgo: 3,
    hour: 9,
    form: 'labour_exploitation',
    acute: false,
    signals: ['excessive_hours', 'documents_withheld'],
    lines: [
      ['citizen', 'Mijn buurman Pieter Jansen werkt elke dag 14 uur in de kassen en zijn baas heeft zijn paspoort.'],
      ['bot', 'Dank je dat je dit vertelt. Is er nu direct gevaar? Bel dan 112.'],
      ['bot', 'In welke gemeente of provincie speelt dit? Je mag dit ook overslaan.'],
      ['citizen', 'Overslaan'],
      ['counsellor', 'Hallo, ik ben hulpverlener bij Veilig Thuis. Ik lees even mee.'],
    ],
    handoff: { waitSeconds: 95, outcome: 'referred_labour_or_support' },
  },
  {
    code: 'LOV-202',
    daysAgo: 6,
    hour: 21,
    form: 'sexual_exploitation',
    acute: true,
    signals: ['controlling_partner', 'minor_involved'],
    lines: [
      ['citizen', 'Mijn nichtje van 15 heeft een vriend die haar laat werken. Zijn nummer is 06-12345678.'],
      ['bot', 'Is er nu gevaar? Bel dan meteen 112.'],
    ],
    handoff: { waitSeconds: 40, outcome: 'referred_police' },
  },
  {
    code: 'DRG-303',
    daysAgo: 10,
    hour: 16,
    form: 'criminal_exploitation',
    acute: false,
    signals: ['drug_running'],
    lines: [
      ['citizen', 'Een jongen uit mijn klas moet drugs rondbrengen voor oudere jongens.'],
      ['bot', 'Dat klinkt zwaar. Wil je met een hulpverlener praten?'],
    ],
  },
  {
    code: 'ONB-404',
    daysAgo: 13,
    hour: 11,
    form: 'unknown',
    acute: false,
    signals: [],
    lines: [
      ['citizen', 'Ik weet niet of dit mensenhandel is.'],
      ['bot', 'Vertel gerust wat je zorgen maakt.'],
    ],
  },
];

async function seed(app: RunningApp, counsellorId: string): Promise<void> {
  const { store } = app;
  for (const [n, s] of SEEDS.entries()) {
    const start = new Date(Date.now() - s.daysAgo * 86_400_000);
    start.setUTCHours(s.hour, 10, 0, 0);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const id = `seed-${n}`;
    await store.conversations.create({ id, channelId: 'directline', code: s.code, locale: 'nl', startedAt: start, reference: null });
    await store.conversations.update(id, {
      triage: {
        role: 'other',
        form: s.form,
        signals: s.signals,
        minorInvolved: s.signals.includes('minor_involved') ? true : null,
        region: null,
        acute: s.acute,
        suicidal: false,
        nextStep: 'counsellor',
      },
    });
    for (const [i, [role, text]] of s.lines.entries()) {
      const activity = role === 'counsellor' ? { from: { id: 'counsellor:x', name: 'Anna' } } : {};
      await store.transcripts.append(id, { role, type: 'message', text, at: at(i), clientActivityId: null, activity });
    }
    if (s.handoff) {
      const opened = await store.handoffs.open({ id: `h-${id}`, conversationId: id, acute: s.acute, locale: 'nl', queuedAt: at(1) });
      await store.handoffs.accept(opened!.id, counsellorId, new Date(at(1).getTime() + s.handoff.waitSeconds * 1000));
      await store.handoffs.finish(opened!.id, ['live'], 'closed', at(20), s.handoff.outcome, null);
    }
    await store.conversations.update(id, { status: 'ended', endedAt: at(30), lastActivityAt: at(30) });
  }
}

/** Signs in through the API (as the pages do) and runs retention, which makes the anonymised copies. */
async function makeReviewCopies(app: RunningApp): Promise<void> {
  const login = await fetch(`${app.url}/staff/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'beheer', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const run = await fetch(`${app.url}/staff/api/admin/retention/run`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ dryRun: false }),
  });
  if (!run.ok) throw new Error(`retention run failed: ${run.status}`);
}

async function signIn(page: Page, username: string, t: (key: string) => string): Promise<void> {
  await page.getByLabel(t('login.username'), { exact: true }).fill(username);
  await page.getByLabel(t('login.password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t('login.submit') }).click();
}

async function waitForBot(page: Page, text: string): Promise<void> {
  step = `waiting for the bot to say: ${text}`;
  await page.waitForFunction(
    (wanted) =>
      Array.from(document.querySelectorAll('.msg--bot .msg__text, .msg--counsellor .msg__text')).some((n) =>
        (n.textContent ?? '').includes(wanted),
      ),
    text,
    { timeout: 30_000 },
  );
}

async function shoot(browser: Browser, app: RunningApp): Promise<string[]> {
  const saved: string[] = [];
  const save = async (page: Page, name: string) => {
    await page.screenshot({ path: path.join(OUT, name) });
    saved.push(name);
  };
  const c = (key: string) => nl(`console.${key}`);
  const r = (key: string) => nl(`review.${key}`);

  // Citizen page on a phone: what a citizen sees first.
  const phone = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const citizenPage = await phone.newPage();
  await citizenPage.goto(`${app.url}/`);
  await waitForBot(citizenPage, nl('welcome.intro'));
  await save(citizenPage, 'citizen-phone.png');

  // Console: a counsellor takes the citizen's chat and answers.
  const laptop = await browser.newContext({ viewport: LAPTOP });
  const consolePage = await laptop.newPage();
  await consolePage.goto(`${app.url}/staff`);
  await signIn(consolePage, 'sanne', c);
  await consolePage.locator('#connection', { hasText: c('connection.online') }).waitFor();
  await consolePage.getByRole('switch', { name: c('availability.label') }).check();
  await consolePage.locator('#availability-state', { hasText: c('availability.on') }).waitFor();
  const sendBox = citizenPage.locator('#chat-input');
  await citizenPage
    .locator('.chat__choice', { hasText: nl('choices.counsellor') })
    .first()
    .click();
  await waitForBot(citizenPage, nl('handoff.queued', { position: 1 }));
  await consolePage.locator('.ticket').first().waitFor();
  await save(consolePage, 'console-queue.png');
  await consolePage.keyboard.press('Alt+KeyN');
  await waitForBot(citizenPage, nl('handoff.accepted', { name: 'Sanne' }));
  const composer = consolePage.getByLabel(c('compose.label'));
  await composer.fill('Hallo, ik ben Sanne van Veilig Thuis. Fijn dat je contact zoekt.');
  await composer.press('Enter');
  await waitForBot(citizenPage, 'Hallo, ik ben Sanne');
  await sendBox.fill('Dank je. Ze woont naast mij sinds een jaar.');
  await sendBox.press('Enter');
  await consolePage.getByRole('log').getByText('Ze woont naast mij').waitFor();
  await save(consolePage, 'console-chat.png');
  await save(citizenPage, 'citizen-phone-chat.png');
  await phone.close();

  // Review: list, statistics and one anonymised conversation (own context: its own session).
  const supervisor = await browser.newContext({ viewport: LAPTOP });
  const reviewPage = await supervisor.newPage();
  await reviewPage.goto(`${app.url}/staff/review`);
  await signIn(reviewPage, 'sam', r);
  await reviewPage.locator('#list-body tr').first().waitFor();
  await reviewPage.locator('#stats-charts figure').nth(3).waitFor();
  await save(reviewPage, 'review-list.png');
  await reviewPage.locator('#stats').scrollIntoViewIfNeeded();
  await reviewPage.locator('#stats-charts').screenshot({ path: path.join(OUT, 'review-charts.png') });
  saved.push('review-charts.png');
  await reviewPage.locator('#list-body button').first().click();
  await reviewPage.locator('#detail').waitFor({ state: 'visible' });
  await save(reviewPage, 'review-transcript.png');

  // Admin: the audit log in words.
  const admin = await browser.newContext({ viewport: LAPTOP });
  const adminPage = await admin.newPage();
  await adminPage.goto(`${app.url}/staff/admin`);
  await signIn(adminPage, 'beheer', r);
  await adminPage.locator('#audit-body tr').first().waitFor();
  await save(adminPage, 'admin-audit.png');
  await Promise.all([laptop.close(), supervisor.close(), admin.close()]);
  return saved;
}

async function main(): Promise<void> {
  const root = projectRoot();
  await buildBrowserBundles({ root, outDir: bundleDir(root) });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-screenshots-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    HANDOFF_OPENING_HOURS: 'mon-sun 00:00-24:00',
    RETENTION_RUN_EVERY_MINUTES: '0',
  });
  const app = await startApp(config);
  let browser: Browser | undefined;
  try {
    const staff = createStaffServices(app.store, systemClock, cryptoRandom);
    const add = (username: string, role: 'counsellor' | 'supervisor' | 'admin', displayName: string) =>
      staff.accounts.add({ username, role, displayName, password: PASSWORD }, 'cli');
    const anna = await add('anna', 'counsellor', 'Anna');
    await add('sanne', 'counsellor', 'Sanne');
    await add('sam', 'supervisor', 'Sam');
    await add('beheer', 'admin', 'Beheer');
    await seed(app, anna.id);
    await makeReviewCopies(app);
    fs.mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const saved = await shoot(browser, app);
    console.log(JSON.stringify({ event: 'screenshots_saved', folder: path.relative(root, OUT), files: saved }));
  } finally {
    await browser?.close();
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(JSON.stringify({ event: 'screenshots_failed', step, message: err instanceof Error ? err.message : String(err) }));
  process.exitCode = 1;
});
