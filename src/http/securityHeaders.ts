/**
 * Security headers for every response. The citizen may be watched by the person they write about,
 * so the page must not leak where they came from (Referrer-Policy), must not be framed or cached,
 * and must run only our own scripts. Static routes may replace Cache-Control with their own.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type restify from 'restify';
import { cryptoRandom, type RandomSource } from '../clock';
import { isTls, trustedHost, type HostPolicy } from './hosts';

const nonces = new WeakMap<object, string>();

/** The CSP nonce of this response, for the pages' `<script nonce>` and inline `<style nonce>`. */
export function cspNonce(res: restify.Response): string | undefined {
  return nonces.get(res);
}

/** Who may be named in the CSP: PUBLIC_URL's host, or a Host header on the allow-list (never any other). */
export type CspHosts = Pick<HostPolicy, 'allowedHosts' | 'publicUrl'>;

const LOOPBACK_ONLY: CspHosts = { allowedHosts: [], publicUrl: null };

export function contentSecurityPolicy(nonce: string, headers: IncomingHttpHeaders, hosts: CspHosts = LOOPBACK_ONLY): string {
  const host = hosts.publicUrl ? new URL(hosts.publicUrl).host : trustedHost(headers, hosts);
  // CSP3 lets 'self' cover ws:/wss: of the same host, but not every browser does; name them.
  const sockets = host ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The citizen page inlines its styles (one round trip less on a slow phone) under the nonce.
    `style-src 'self' 'nonce-${nonce}'`,
    // No page shows data:/blob: images or plays media (the console's sound is synthesised).
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "media-src 'none'",
    "object-src 'none'",
    "worker-src 'none'",
    "frame-src 'none'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** A year, as HSTS preload lists expect; sent only over TLS, where a browser honours it. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export function securityHeaders(options: { random?: RandomSource; hosts?: HostPolicy } = {}): restify.RequestHandler {
  const random = options.random ?? cryptoRandom;
  const hosts = options.hosts ?? { ...LOOPBACK_ONLY, trustProxy: false };
  return function setSecurityHeaders(req, res, next) {
    const nonce = random.bytes(16).toString('base64');
    nonces.set(res, nonce);
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, req.headers, hosts));
    if (isTls(req, hosts.trustProxy)) res.setHeader('Strict-Transport-Security', HSTS);
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
