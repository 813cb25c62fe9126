/**
 * The case-file export in headless Chromium at laptop size: a long unbroken word (a pasted link,
 * a key held down) wraps inside the page instead of making it thousands of pixels wide.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { Catalog } from '../../src/i18n/catalog';
import type { CaseExport } from '../../src/transcripts/caseExport';
import { renderCaseExport } from '../../src/web/review/exportDocument';
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser } from '../support/browser';

jest.setTimeout(60_000);

const catalog = Catalog.load(path.resolve(__dirname, '../../locales'), ['console', 'review']);
const LONG = 'a'.repeat(4000);

function data(): CaseExport {
  const at = '2026-03-02T10:00:00.000Z';
  return {
    exportedAt: at,
    exportedBy: { id: 'u1', name: 'Sanne' },
    conversation: {
      id: `conv-${LONG.slice(0, 300)}`,
      code: 'ABC-123',
      channelId: 'directline',
      locale: 'nl',
      status: 'ended',
      startedAt: at,
      endedAt: at,
    },
    triage: { form: 'labour_exploitation', signals: ['excessive_hours'], region: LONG.slice(0, 40) },
    handoffs: [{ queuedAt: at, acceptedAt: at, endedAt: at, status: 'closed', acute: false, outcome: 'advice_given', counsellor: 'Sanne' }],
    notes: [{ at, counsellor: 'Sanne', text: `Notitie ${LONG}` }],
    transcript: [
      { seq: 1, at, role: 'citizen', sender: null, text: `Kijk hier: https://example.org/${LONG}` },
      { seq: 2, at, role: 'bot', sender: null, text: 'Dank je.' },
    ],
  };
}

describe('case-file export layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}.`);
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('wraps long unbroken words at 1366 × 768 and in print width', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.setContent(renderCaseExport(data(), catalog, 'nl', undefined));
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(1366);
    // Every character is still there: wrapped, not cut off.
    expect(await page.locator('.text').first().innerText()).toContain(LONG);
    await page.setViewportSize({ width: 600, height: 800 });
    expect(await width()).toBeLessThanOrEqual(600);
    await page.close();
  });
});
