/**
 * The HTML pages (citizen chat, counsellor console, review and admin) and /healthz. The pages
 * hold no data: their scripts ask the APIs, which check who asks. They share the static assets
 * that the citizen page's `/static/:file` route serves.
 */
import { registerCitizenPage } from '../http/citizenPage';
import { registerHealth } from '../http/health';
import { registerReviewPages } from '../http/reviewPage';
import { registerStaffPage } from '../http/staffPage';
import { StaticAssets } from '../web/citizen/staticAssets';
import type { AppParts } from './parts';

export function wirePages({ config, store, catalog, web }: AppParts, needs: { recognizerName: string; assets?: StaticAssets }): void {
  registerHealth(web.server, { store, recognizer: needs.recognizerName });
  // Read and compressed once for all pages: each page loading its own copy tripled the brotli work
  // at start-up (the largest part of a start) for the same files.
  const assets = needs.assets ?? StaticAssets.load();
  registerCitizenPage(web.server, {
    catalog,
    assets,
    quickExitUrl: config.web.quickExitUrl,
    defaultLocale: config.defaultLocale,
    messageMaxChars: config.directLine.messageMaxChars,
  });
  registerStaffPage(web.server, { catalog, defaultLocale: config.defaultLocale, assets });
  registerReviewPages(web.server, { catalog, defaultLocale: config.defaultLocale, assets });
}
