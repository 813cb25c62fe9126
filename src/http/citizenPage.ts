/**
 * Routes of the citizen chat page: the page itself (`/`, `/en`), its own CSS/JS under `/static/`
 * and the Web Chat bundle from the installed package under `/vendor/webchat.js`.
 */
import fs from 'node:fs';
import { localeFromQuery, sendHtmlPage } from './htmlPage';
import type pino from 'pino';
import type restify from 'restify';
import type { Catalog, Locale } from '../i18n/catalog';
import { renderCitizenPage, type CitizenPageUrls } from '../web/citizen/page';
import { StaticAssets, type StaticAsset } from '../web/citizen/staticAssets';
import { findWebChatBundle, type WebChatBundle } from '../web/citizen/webchatBundle';
import { errorCatalogue } from '../errors';
import { cspNonce } from './securityHeaders';

export interface CitizenPageDeps {
  catalog: Catalog;
  quickExitUrl: string;
  defaultLocale: 'nl' | 'en';
  logger: pino.Logger;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unversioned requests may be cached briefly but must be checked again. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

export function registerCitizenPage(server: restify.Server, deps: CitizenPageDeps): void {
  const log = deps.logger.child({ component: 'citizen-page' });
  const assets = StaticAssets.load();
  const bundle = findWebChatBundle();
  const urls: CitizenPageUrls = {
    baseCss: assets.url('base.css'),
    css: assets.url('citizen.css'),
    icon: assets.url('favicon.svg'),
    quickExitJs: assets.url('quick-exit.js'),
    citizenJs: assets.url('citizen.js'),
    webChatJs: `/vendor/webchat.js?v=${encodeURIComponent(bundle.version)}`,
  };

  const page = (fixed: Locale | null): restify.RequestHandler =>
    function citizenPage(req, res, next) {
      const locale = fixed ?? localeFromQuery(req.url, deps.defaultLocale);
      const body = renderCitizenPage({ catalog: deps.catalog, locale, quickExitUrl: deps.quickExitUrl, nonce: cspNonce(res), urls });
      sendHtmlPage(res, locale, body);
      next();
    };

  server.get('/', page(null));
  server.get('/en', page('en'));
  server.get('/nl', page('nl'));

  server.get('/static/:file', function staticAsset(req, res, next) {
    const asset = assets.get(String(req.params?.file ?? ''));
    if (!asset) {
      const body = JSON.stringify({ error: { code: 'NotFound', message: errorCatalogue.NotFound.en } });
      res.sendRaw(404, body, { 'Content-Type': 'application/json' });
      return next();
    }
    sendAsset(req, res, asset);
    next();
  });

  server.get('/vendor/webchat.js', function webChatBundle(_req, res, next) {
    streamBundle(res, bundle, log, () => next());
  });
}

function sendAsset(req: restify.Request, res: restify.Response, asset: StaticAsset): void {
  const etag = `"${asset.version}"`;
  const versioned = new URL(req.url ?? '/', 'http://localhost').searchParams.get('v') === asset.version;
  res.setHeader('Cache-Control', versioned ? IMMUTABLE : REVALIDATE);
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.sendRaw(304, '');
    return;
  }
  res.sendRaw(200, asset.body, { 'Content-Type': asset.contentType, 'Content-Length': String(asset.body.length) });
}

function streamBundle(res: restify.Response, bundle: WebChatBundle, log: pino.Logger, done: () => void): void {
  const stream = fs.createReadStream(bundle.file);
  stream.once('open', () => {
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': bundle.size,
      'Cache-Control': IMMUTABLE,
    });
    stream.pipe(res);
  });
  stream.once('error', (err: NodeJS.ErrnoException) => {
    log.error({ code: err.code }, 'web chat bundle could not be read');
    if (!res.headersSent) res.sendRaw(500, 'Internal error', { 'Content-Type': 'text/plain; charset=utf-8' });
    else res.destroy();
    done();
  });
  stream.once('end', done);
}
