/**
 * The supervisor's review page and the admin page in headless Chromium against the real server:
 * sign in, filter, open an anonymised transcript, add a QA flag, read the statistics charts; and
 * an admin's hold, dry run and erasure with its confirmation step. No CSP exceptions needed.
 * Set E2E_SCREENSHOT_DIR to keep screenshots (review-*.png) for a design review.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Catalog } from '../../src/i18n/catalog';
import { axeViolations, overflowingElements } from '../support/axe';
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser, watchCsp, cspViolations } from '../support/browser';
import { addStaff, PASSWORD, runRetention, seedConversation, startReviewServer } from '../integration/review/harness';
import type { ReviewServer } from '../integration/review/harness';

jest.setTimeout(90_000);

const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['console', 'review']);
const t = (key: string, params?: Record<string, string | number>) => catalog.t('nl', `review.${key}`, params);

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, name), fullPage });
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByLabel(t('login.username'), { exact: true }).fill(username);
  await page.getByLabel(t('login.password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t('login.submit') }).click();
}

/** A desktop-sized page whose CSP reports and script errors the test can check at its end. */
async function openDesktopPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchCsp(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, pageErrors };
}

describe('review and admin pages in the browser', () => {
  let browser: Browser;
  let rs: ReviewServer;

  beforeAll(async () => {
    if (!chromiumAvailable())
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    rs = await startReviewServer('2026-03-20T10:00:00Z');
    const anna = await addStaff(rs, 'anna', 'counsellor', 'Anna');
    await addStaff(rs, 'sam', 'supervisor', 'Sam');
    await addStaff(rs, 'root', 'admin', 'Beheer');
    const forms = ['labour_exploitation', 'sexual_exploitation', 'criminal_exploitation', 'labour_exploitation', 'unknown'];
    for (let i = 0; i < 12; i++) {
      const day = String(2 + i).padStart(2, '0');
      await seedConversation(rs.server.store, {
        id: `c${i}`,
        code: `R${String(i).padStart(2, '0')}-AAA`,
        startedAt: `2026-03-${day}T${String(8 + (i % 6)).padStart(2, '0')}:15:00Z`,
        triage: { form: forms[i % forms.length]!, acute: i % 4 === 0, signals: ['excessive_hours'], role: 'other' },
        lines: [
          { role: 'citizen', text: `Mijn collega Marieke de Boer moet ${10 + i} uur per dag werken. Bel haar op 06-1234567${i % 10}.` },
          { role: 'bot', text: 'Dank je. Is er nu gevaar? Bel dan 112.' },
          { role: 'bot', text: 'In welke gemeente of provincie speelt dit? Je mag dit ook overslaan.' },
          // The answer button's word: review once showed it masked as an address.
          { role: 'citizen', text: 'Overslaan' },
          ...(i % 3 === 0 ? [{ role: 'counsellor' as const, text: 'Hallo, ik ben hulpverlener bij Veilig Thuis.' }] : []),
        ],
        handoff:
          i % 3 === 0
            ? { counsellorId: anna, waitSeconds: 30 + i * 20, outcome: i % 2 ? 'referred_police' : 'advice_given' }
            : i % 5 === 1
              ? { abandoned: true }
              : undefined,
      });
    }
    await runRetention(rs);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await rs?.stop();
  });

  it('a supervisor signs in, filters, reads an anonymised transcript, flags it and sees the charts', async () => {
    const { context, page, pageErrors } = await openDesktopPage(browser);

    await page.goto(`${rs.server.url}/staff/review`);
    await expect(page.title()).resolves.toBe(t('reviewTitle'));
    await page.getByRole('heading', { name: t('login.heading') }).waitFor();
    await screenshot(page, 'review-login.png');
    await signIn(page, 'sam');

    await page.getByRole('heading', { name: t('list.heading') }).waitFor();
    await page.locator('#list-status', { hasText: t('list.count', { from: 1, to: 12, total: 12 }) }).waitFor();
    expect(await page.locator('#list-body tr').count()).toBe(12);
    await page.locator('#stats-charts figure').nth(3).waitFor();
    await screenshot(page, 'review-list.png');

    // Filter by form with the keyboard-usable select and the submit button.
    await page.getByRole('combobox', { name: t('list.form'), exact: true }).selectOption('criminal_exploitation');
    await page.getByRole('button', { name: t('list.apply') }).click();
    await page.locator('#list-status', { hasText: t('list.count', { from: 1, to: 2, total: 2 }) }).waitFor();
    expect(await page.locator('#list-body tr').count()).toBe(2);

    // Open the first one from the keyboard.
    await page.locator('#list-body button').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('#detail').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    const lines = await page.locator('#detail-lines .line__text').allInnerTexts();
    expect(lines[0]).toContain('[NAAM-1]');
    expect(lines[0]).toContain('[TELEFOON-1]');
    // Only personal data is masked, and the masks are marked: ordinary words stay as written.
    expect(lines).toContain('Overslaan');
    expect(await page.locator('#detail-lines mark.masked').allInnerTexts()).toEqual(expect.arrayContaining(['[NAAM-1]', '[TELEFOON-1]']));
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/Marieke|de Boer|06-1234567|R\d\d-AAA/);
    expect(await page.locator('#detail-summary').innerText()).toContain(catalog.t('nl', 'console.labels.forms.criminal_exploitation'));

    await page.getByLabel(t('flags.flag'), { exact: true }).selectOption('missed_signal');
    await page.getByLabel(t('flags.comment'), { exact: true }).fill('Doorvragen naar schulden.');
    await page.getByRole('button', { name: t('flags.save') }).click();
    await page.locator('#flag-list .flag', { hasText: 'Doorvragen naar schulden.' }).waitFor();
    expect(await page.locator('#flag-list').innerText()).toContain(catalog.t('nl', 'review.labels.flags.missed_signal'));
    await screenshot(page, 'review-transcript.png', true);

    await page.keyboard.press('Escape');
    await page.locator('#list').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBeTruthy();

    // Statistics: four charts drawn as SVG with their figures written on them and as tables.
    const figures = page.locator('#stats-charts figure');
    expect(await figures.count()).toBe(4);
    expect(await page.locator('#stats-charts svg[role="img"]').count()).toBe(4);
    const formsChart = await figures.nth(1).locator('svg').textContent();
    expect(formsChart).toContain(catalog.t('nl', 'console.labels.forms.labour_exploitation'));
    expect(formsChart).toMatch(/5 \(41,7%\)/);
    // Readable without a legend: each bar's own label and value are written next to it, and the
    // same figures are in a table (labelled by the chart's caption) for screen readers.
    const formLabels = await figures.nth(1).locator('svg text.chart__label').allTextContents();
    const formValues = await figures.nth(1).locator('svg text.chart__value').allTextContents();
    expect(formLabels.length).toBe(await figures.nth(1).locator('svg rect.chart__bar').count());
    expect(formValues.length).toBe(formLabels.length);
    expect(await page.locator('#stats-charts .legend, #stats-charts [class*="legend"]').count()).toBe(0);
    const formTable = figures.nth(1).locator('table');
    expect(await formTable.getAttribute('aria-labelledby')).toBe(await figures.nth(1).locator('figcaption').getAttribute('id'));
    expect(await formTable.locator('tbody th').allTextContents()).toEqual(formLabels);
    expect(await page.locator('#stats-tiles').innerText()).toContain('12');
    await figures.nth(0).locator('summary').click();
    expect(await figures.nth(0).locator('table tbody tr').count()).toBeGreaterThanOrEqual(3);
    await page.locator('#stats').scrollIntoViewIfNeeded();
    await screenshot(page, 'review-stats.png', true);
    if (process.env.E2E_SCREENSHOT_DIR)
      await page.locator('#stats-charts').screenshot({ path: path.join(process.env.E2E_SCREENSHOT_DIR, 'review-charts.png') });

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('at phone width (390 px) the review and admin pages fit the screen and axe finds nothing', async () => {
    // bypassCSP only so that axe can be injected; the CSP itself is checked in the other tests.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${rs.server.url}/staff/review`);
    await signIn(page, 'sam');
    await page.locator('#list-body tr').first().waitFor();
    await page.locator('#stats-charts figure').first().waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#list-body button').first().click();
    await page.locator('#detail').waitFor({ state: 'visible' });
    expect(await overflowingElements(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    await context.close();

    // A context of its own: the supervisor's session cookie would show the admin page's wrong-role notice.
    const adminContext = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const admin = await adminContext.newPage();
    await admin.goto(`${rs.server.url}/staff/admin`);
    await signIn(admin, 'root');
    await admin.locator('#audit-body tr').first().waitFor();
    expect(await overflowingElements(admin)).toEqual([]);
    expect(await axeViolations(admin)).toEqual([]);
    await adminContext.close();
  });

  it('signing out leaves nothing of the transcripts, statistics or audit log on the page', async () => {
    const { context, page, pageErrors } = await openDesktopPage(browser);
    await page.goto(`${rs.server.url}/staff/review`);
    await signIn(page, 'sam');
    await page.locator('#list-body tr').first().waitFor();
    await page.locator('#stats-charts figure').first().waitFor();
    await page.locator('#list-body button').first().click();
    await page.locator('#detail-lines .line__text').first().waitFor();
    // A phrase of the seeded citizen line that survives anonymising.
    expect(await page.content()).toContain('uur per dag werken');

    await page.getByRole('button', { name: t('session.logout') }).click();
    await page.locator('#login-error', { hasText: t('login.loggedOut') }).waitFor();
    // Hidden is not gone: the whole DOM, not only what is visible, is free of what the supervisor saw.
    expect(await page.content()).not.toContain('uur per dag werken');
    expect(await page.locator('#list-body tr, #stats-charts figure, #detail-lines .line__text').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    // Back does not bring the signed-in page back either.
    await page.goBack().catch(() => undefined);
    expect(await page.content()).not.toContain('uur per dag werken');

    await page.goto(`${rs.server.url}/staff/admin`);
    await signIn(page, 'root');
    await page.locator('#audit-body tr').first().waitFor();
    await page.getByRole('button', { name: t('session.logout') }).click();
    await page.locator('#login-error', { hasText: t('login.loggedOut') }).waitFor();
    expect(await page.locator('#audit-body tr, #holds-body tr').count()).toBe(0);
    expect(await page.content()).not.toContain('Sam (sam');

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a counsellor signing in at /staff/review is told this page is not for them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${rs.server.url}/staff/review`);
    await signIn(page, 'anna');
    await page.getByRole('heading', { name: t('session.wrongRoleHeading') }).waitFor();
    expect(await page.locator('#workspace').isVisible()).toBe(false);
    await context.close();
  });

  it('an admin puts a hold, runs a dry run and erases a conversation after confirming', async () => {
    const { context, page, pageErrors } = await openDesktopPage(browser);
    await page.goto(`${rs.server.url}/staff/admin`);
    await signIn(page, 'root');
    await page.locator('#audit-body tr').first().waitFor();

    // The audit log in plain words, filtered on the server by person, action and date.
    await page.getByLabel(t('admin.audit.actor'), { exact: true }).selectOption({
      label: t('admin.audit.person', { name: 'Sam', username: 'sam', role: catalog.t('nl', 'console.labels.staffRoles.supervisor') }),
    });
    await page.getByLabel(t('admin.audit.action'), { exact: true }).selectOption('transcript_read');
    await page.locator('#audit-from').fill('2026-03-20');
    await page.locator('#audit-to').fill('2026-03-20');
    await page.getByRole('button', { name: t('admin.audit.search') }).click();
    await page
      .locator('#audit-body tr', { hasText: t('labels.auditActions.transcript_read_anonymised') })
      .first()
      .waitFor();
    const rows = await page.locator('#audit-body tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toContain('Sam');
      expect(row).toContain(t('labels.auditActions.transcript_read_anonymised'));
      expect(row).not.toMatch(/transcript_read|anonymised|lines:/);
    }
    expect(await page.locator('#audit-table').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    await page.locator('#audit-from').fill('2026-03-21');
    await page.locator('#audit-to').fill('');
    await page.getByRole('button', { name: t('admin.audit.search') }).click();
    await page.locator('#audit-status', { hasText: t('admin.audit.empty') }).waitFor();
    await page.getByRole('button', { name: t('admin.audit.reset') }).click();
    await page.locator('#audit-body tr').first().waitFor();

    await page.locator('#hold-code').fill('r01-aaa');
    await page.locator('#hold-reason').fill('Politieonderzoek');
    await page.getByRole('button', { name: t('admin.holds.addSubmit') }).click();
    await page.locator('#holds-body tr', { hasText: 'R01-AAA' }).waitFor();

    await page.getByRole('button', { name: t('admin.retention.dryRun') }).click();
    await page.locator('#retention-table').waitFor({ state: 'visible' });

    await page.locator('#erasure-code').fill('R02-AAA');
    await page.locator('#erasure-reason').fill('Verzoek van de burger');
    await page.getByRole('button', { name: t('admin.erasure.submit') }).click();
    await page.locator('#erasure-confirm').waitFor({ state: 'visible' });
    expect(await page.locator('#erasure-confirm-text').innerText()).toBe(t('admin.erasure.confirmText', { code: 'R02-AAA' }));
    expect(await rs.server.store.conversations.getByCode('R02-AAA')).not.toBeNull();
    await screenshot(page, 'review-admin.png', true);
    await page.getByRole('button', { name: t('admin.erasure.confirm') }).click();
    await page.locator('#erasure-status', { hasText: t('admin.erasure.done', { code: 'R02-AAA' }) }).waitFor();
    expect(await rs.server.store.conversations.getByCode('R02-AAA')).toBeNull();

    // Erasing a held conversation is refused with a clear message.
    await page.locator('#erasure-code').fill('R01-AAA');
    await page.locator('#erasure-reason').fill('Verzoek van de burger');
    await page.getByRole('button', { name: t('admin.erasure.submit') }).click();
    await page.getByRole('button', { name: t('admin.erasure.confirm') }).click();
    await page.locator('#erasure-error', { hasText: t('admin.erasure.onHold') }).waitFor();

    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
