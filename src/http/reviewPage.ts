/**
 * GET /staff/review (supervisor) and GET /staff/admin (admin). Their CSS and scripts come from the
 * shared `/static/:file` route (content-hashed URLs); this module only renders the pages. The
 * pages hold no data: the scripts ask the review and admin APIs, which check the role.
 */
import type restify from 'restify';
import { localeFromQuery, sendHtmlPage } from './htmlPage';
import type { Catalog, Locale } from '../i18n/catalog';
import { StaticAssets } from '../web/citizen/staticAssets';
import { renderAdminPage } from '../web/review/adminPage';
import type { ReviewPageModel, ReviewPageUrls } from '../web/review/layout';
import { renderReviewPage } from '../web/review/page';
import { cspNonce } from './securityHeaders';

export interface ReviewPageDeps {
  catalog: Catalog;
  defaultLocale: Locale;
  /** The pages' static files, loaded once by the composition root (StaticAssets.load). */
  assets: StaticAssets;
}

/** One bundled script per page, built from src/web/browser/entries/. */
export const REVIEW_SCRIPTS = ['staff-review.js'] as const;
export const ADMIN_SCRIPTS = ['staff-admin.js'] as const;

export function registerReviewPages(server: restify.Server, deps: ReviewPageDeps): void {
  const { assets } = deps;
  const urls = (scripts: readonly string[]): ReviewPageUrls => ({
    baseCss: assets.url('base.css'),
    css: assets.url('review.css'),
    icon: assets.url('favicon.svg'),
    scripts: scripts.map((name) => assets.url(name)),
  });
  const pages: [string, ReviewPageUrls, (model: ReviewPageModel) => string][] = [
    ['/staff/review', urls(REVIEW_SCRIPTS), renderReviewPage],
    ['/staff/admin', urls(ADMIN_SCRIPTS), renderAdminPage],
  ];
  for (const [path, pageUrls, render] of pages) {
    server.get(path, function reviewPage(req, res, next) {
      const locale = localeFromQuery(req.url, deps.defaultLocale);
      const body = render({ catalog: deps.catalog, locale, nonce: cspNonce(res), urls: pageUrls });
      sendHtmlPage(res, locale, body, { noindex: true });
      next();
    });
  }
}
