/**
 * GET /staff: the counsellor console. Its CSS and scripts are served by the citizen page's
 * `/static/:file` route (one StaticAssets folder, content-hashed URLs); this module only renders
 * the page. Everything the console does afterwards goes through the staff API and /staff/ws.
 */
import type restify from 'restify';
import { localeFromQuery, sendHtmlPage } from './htmlPage';
import type { Catalog, Locale } from '../i18n/catalog';
import { StaticAssets } from '../web/citizen/staticAssets';
import { renderStaffPage, type StaffPageUrls } from '../web/staff/page';
import { cspNonce } from './securityHeaders';

export interface StaffPageDeps {
  catalog: Catalog;
  defaultLocale: Locale;
  /** The pages' static files, loaded once by the composition root (StaticAssets.load). */
  assets: StaticAssets;
}

/** The console's one page script, bundled from src/web/browser/entries/staff-console.ts. */
export const STAFF_SCRIPTS = ['staff-console.js'] as const;

export function registerStaffPage(server: restify.Server, deps: StaffPageDeps): void {
  const { assets } = deps;
  const urls: StaffPageUrls = {
    baseCss: assets.url('base.css'),
    css: assets.url('staff.css'),
    icon: assets.url('favicon.svg'),
    scripts: STAFF_SCRIPTS.map((name) => assets.url(name)),
  };

  server.get('/staff', function staffPage(req, res, next) {
    const locale = localeFromQuery(req.url, deps.defaultLocale);
    const body = renderStaffPage({ catalog: deps.catalog, locale, nonce: cspNonce(res), urls });
    sendHtmlPage(res, locale, body, { noindex: true });
    next();
  });
}
