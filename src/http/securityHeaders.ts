/**
 * Security headers for every response. The citizen may be watched by the person they write about,
 * so the page must not leak where they came from (Referrer-Policy), must not be framed or cached,
 * and must run only our own scripts. Static routes may replace Cache-Control with their own.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type restify from 'restify';
import { cryptoRandom, type RandomSource } from '../clock';

const nonces = new WeakMap<object, string>();

/**
 * SHA-256 of the empty string. Web Chat 4.18 does not pass its nonce on to react-scroll-to-bottom,
 * whose emotion instance inserts an empty <style> and then adds rules through the CSSOM (not
 * subject to CSP). Allowing only an empty inline style lets that work without 'unsafe-inline'.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** The CSP nonce of this response, for `<script nonce>` and Web Chat's injected `<style>` tags. */
export function cspNonce(res: restify.Response): string | undefined {
  return nonces.get(res);
}

/** Host header values we are willing to echo into the CSP; anything else falls back to 'self'. */
const SAFE_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export function contentSecurityPolicy(nonce: string, headers: IncomingHttpHeaders): string {
  const host = headers.host;
  // CSP3 lets 'self' cover ws:/wss: of the same host, but not every browser does; name them.
  const sockets = host && SAFE_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Web Chat injects its emotion <style> tags with the nonce we hand it; no 'unsafe-inline'.
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE_HASH}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "media-src 'self' blob:",
    "object-src 'none'",
    "worker-src 'none'",
    "frame-src 'none'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

export function securityHeaders(options: { random?: RandomSource } = {}): restify.RequestHandler {
  const random = options.random ?? cryptoRandom;
  return function setSecurityHeaders(req, res, next) {
    const nonce = random.bytes(16).toString('base64');
    nonces.set(res, nonce);
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, req.headers));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    // HTML and API answers are private and short-lived; static routes override this.
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
