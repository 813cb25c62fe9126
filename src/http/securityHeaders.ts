/**
 * Security headers for every response. The citizen may be watched by the person they write about,
 * so the page must not leak where they came from (Referrer-Policy), must not be framed or cached,
 * and must run only our own scripts. Static routes may replace Cache-Control with their own.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type restify from 'restify';
import { cryptoRandom, type RandomSource } from '../clock';
import { isTls, trustedHost, type HostPolicy } from './hosts';

/** What a response needs to get its nonce later: only pages ask (API answers never render inline styles). */
interface PolicyContext {
  headers: IncomingHttpHeaders;
  hosts: CspHosts;
  random: RandomSource;
  nonce?: string;
}

const contexts = new WeakMap<object, PolicyContext>();

/**
 * The CSP nonce of this response, for the pages' `<script nonce>` and inline `<style nonce>`. Made
 * on the first call, which also puts it into the response's policy (before the page is sent).
 */
export function cspNonce(res: restify.Response): string | undefined {
  const context = contexts.get(res);
  if (!context) return undefined;
  if (context.nonce === undefined) {
    context.nonce = context.random.bytes(16).toString('base64');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(context.nonce, context.headers, context.hosts));
  }
  return context.nonce;
}

/** Who may be named in the CSP: PUBLIC_URL's host, or a Host header on the allow-list (never any other). */
export type CspHosts = Pick<HostPolicy, 'allowedHosts' | 'publicUrl'>;

const LOOPBACK_ONLY: CspHosts = { allowedHosts: [], publicUrl: null };

/** `nonce` null: the policy of a response that renders no page (no inline style at all). */
export function contentSecurityPolicy(nonce: string | null, headers: IncomingHttpHeaders, hosts: CspHosts = LOOPBACK_ONLY): string {
  const host = hosts.publicUrl ? new URL(hosts.publicUrl).host : trustedHost(headers, hosts);
  return policyFor(nonce, host);
}

function policyFor(nonce: string | null, host: string | null): string {
  // CSP3 lets 'self' cover ws:/wss: of the same host, but not every browser does; name them.
  const sockets = host ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The citizen page inlines its styles (one round trip less on a slow phone) under the nonce.
    nonce === null ? "style-src 'self'" : `style-src 'self' 'nonce-${nonce}'`,
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
  // Every response gets the policy without a nonce, built once per host it may name (PUBLIC_URL's,
  // or one of the few trusted Host headers); a page asking for its nonce (cspNonce) replaces it.
  const fixedHost = hosts.publicUrl ? new URL(hosts.publicUrl).host : undefined;
  const policies = new Map<string | null, string>();
  const policyWithoutNonce = (headers: IncomingHttpHeaders): string => {
    const host = fixedHost ?? trustedHost(headers, hosts);
    let policy = policies.get(host);
    if (policy === undefined) {
      policy = policyFor(null, host);
      // Loopback hosts differ by port: keep a handful, build any other one as it comes.
      if (policies.size < MAX_CACHED_POLICIES) policies.set(host, policy);
    }
    return policy;
  };
  return function setSecurityHeaders(req, res, next) {
    contexts.set(res, { headers: req.headers, hosts, random });
    res.setHeader('Content-Security-Policy', policyWithoutNonce(req.headers));
    if (isTls(req, hosts.trustProxy)) res.setHeader('Strict-Transport-Security', HSTS);
    for (const [name, value] of FIXED_HEADERS) res.setHeader(name, value);
    next();
  };
}

const MAX_CACHED_POLICIES = 16;

const FIXED_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
  // HTML and API answers are private and short-lived; static routes override this.
  ['Cache-Control', 'no-store'],
];
