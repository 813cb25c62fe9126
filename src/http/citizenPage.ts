/**
 * Routes of the citizen chat page: the page itself (`/`, `/en`, `/nl`) and the pages' own CSS,
 * images and scripts under `/static/`. Text goes out compressed when the browser accepts it
 * (brotli, else gzip); versioned asset URLs are cached for a year, the page never.
 */
import type restify from 'restify';
import type { Catalog, Locale } from '../i18n/catalog';
import { renderCitizenPage, type CitizenPageUrls } from '../web/citizen/page';
import { StaticAssets, type StaticAsset } from '../web/citizen/staticAssets';
import { errorCatalogue } from '../errors';
import { chooseEncoding, compressOne } from './compression';
import { localeFromQuery } from './htmlPage';
import { cspNonce } from './securityHeaders';

export interface CitizenPageDeps {
  catalog: Catalog;
  quickExitUrl: string;
  defaultLocale: 'nl' | 'en';
  /** The Direct Line channel's limit on a message, shown while typing. */
  messageMaxChars: number;
  /** The pages' static files, loaded once by the composition root (StaticAssets.load). */
  assets: StaticAssets;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unversioned requests may be cached briefly but must be checked again. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

export function registerCitizenPage(server: restify.Server, deps: CitizenPageDeps): void {
  const { assets } = deps;
  const cssText = (name: string) => {
    assets.url(name); // throws at start-up when missing
    return assets.get(name)!.body.toString('utf8');
  };
  const urls: CitizenPageUrls = {
    inlineCss: `${cssText('base.css')}\n${cssText('citizen.css')}`,
    icon: assets.url('favicon.svg'),
    quickExitJs: assets.url('quick-exit.js'),
    chatJs: assets.url('citizen-chat.js'),
  };

  const page = (fixed: Locale | null): restify.RequestHandler =>
    function citizenPage(req, res, next) {
      const locale = fixed ?? localeFromQuery(req.url, deps.defaultLocale);
      const body = renderCitizenPage({
        catalog: deps.catalog,
        locale,
        quickExitUrl: deps.quickExitUrl,
        nonce: cspNonce(res),
        urls,
        messageMaxChars: deps.messageMaxChars,
      });
      // Never cached: every response has its own CSP nonce.
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Language', locale);
      sendText(req, res, Buffer.from(body, 'utf8'), 'text/html; charset=utf-8', null);
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
}

function sendAsset(req: restify.Request, res: restify.Response, asset: StaticAsset): void {
  const versioned = new URL(req.url ?? '/', 'http://localhost').searchParams.get('v') === asset.version;
  const encoding = asset.compressed ? chooseEncoding(req.headers['accept-encoding']) : null;
  // One ETag per representation: a gzip body must not validate a cached brotli one.
  const etag = `"${asset.version}${encoding ? `-${encoding}` : ''}"`;
  res.setHeader('Cache-Control', versioned ? IMMUTABLE : REVALIDATE);
  res.setHeader('ETag', etag);
  if (asset.compressed) res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === etag) {
    res.sendRaw(304, '');
    return;
  }
  sendText(req, res, asset.body, asset.contentType, asset.compressed && encoding ? { encoding, body: asset.compressed[encoding] } : null);
}

/** Sends `body`, compressed when the client accepts it (already compressed when given). */
function sendText(
  req: restify.Request,
  res: restify.Response,
  body: Buffer,
  contentType: string,
  ready: { encoding: 'br' | 'gzip'; body: Buffer } | null,
): void {
  const encoding = ready?.encoding ?? (body.length > 1024 ? chooseEncoding(req.headers['accept-encoding']) : null);
  res.setHeader('Vary', 'Accept-Encoding');
  if (!encoding) {
    res.sendRaw(200, body, { 'Content-Type': contentType, 'Content-Length': String(body.length) });
    return;
  }
  const out = ready?.body ?? compressOne(body, encoding);
  res.sendRaw(200, out, { 'Content-Type': contentType, 'Content-Encoding': encoding, 'Content-Length': String(out.length) });
}
