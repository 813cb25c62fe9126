/**
 * Which Host header values may appear in what we send back (stream URLs, the CSP). An attacker
 * picks the Host header freely, so it is used only when it is on the configured list, or, when no
 * list is configured (development without PUBLIC_URL), when it names this machine's loopback.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface HostPolicy {
  /** Lower-case host[:port] values allowed; empty means loopback names only. */
  allowedHosts: readonly string[];
  publicUrl: string | null;
  trustProxy: boolean;
}

const LOOPBACK = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])(:\d{1,5})?$/;

/** The Host header when it may be echoed, otherwise null. */
export function trustedHost(headers: IncomingHttpHeaders, policy: Pick<HostPolicy, 'allowedHosts'>): string | null {
  const host = headers.host?.toLowerCase();
  if (!host) return null;
  if (policy.allowedHosts.length > 0) {
    const bare = host.replace(/:\d{1,5}$/, '');
    return policy.allowedHosts.some((allowed) => allowed === host || allowed === bare) ? host : null;
  }
  return LOOPBACK.test(host) ? host : null;
}

/** Base URL the client used (PUBLIC_URL first), for absolute links such as the Direct Line streamUrl. */
export function publicBaseUrl(req: { headers: IncomingHttpHeaders; isSecure(): boolean }, policy: HostPolicy): string {
  if (policy.publicUrl) return policy.publicUrl;
  const forwardedProto = policy.trustProxy
    ? String(req.headers['x-forwarded-proto'] ?? '')
        .split(',')[0]
        ?.trim()
    : '';
  const proto = forwardedProto === 'https' || req.isSecure() ? 'https' : 'http';
  return `${proto}://${trustedHost(req.headers, policy) ?? 'localhost'}`;
}

/** Whether the request reached us over TLS (directly, or through a trusted proxy that says so). */
export function isTls(req: { headers: IncomingHttpHeaders; socket: unknown }, trustProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean } | null)?.encrypted === true) return true;
  return (
    trustProxy &&
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim() === 'https'
  );
}
