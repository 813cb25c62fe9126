/**
 * Limits for WebSocket upgrades that every WebSocket endpoint shares: how many sockets one key
 * (a client address, a conversation, a staff session) may hold open, and whether the page that
 * opens a socket is ours (`Origin`). Browsers always send Origin on a WebSocket upgrade, so a
 * page elsewhere (another port, a sibling subdomain) cannot ride on a counsellor's cookie.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorCatalogue } from '../errors';
import type { ErrorCode } from '../errors';
import { trustedHost } from './hosts';
import type { HostPolicy } from './hosts';

export class SocketCounter {
  private readonly open = new Map<string, number>();

  /** Counts one socket for `key`; null when `limit` are already open, else a release function (idempotent). */
  acquire(key: string, limit: number): (() => void) | null {
    const count = this.open.get(key) ?? 0;
    if (count >= limit) return null;
    this.open.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left <= 0) this.open.delete(key);
      else this.open.set(key, left);
    };
  }

  count(key: string): number {
    return this.open.get(key) ?? 0;
  }
}

/**
 * True when the upgrade carries no Origin (not a browser) or an Origin whose host is ours:
 * PUBLIC_URL's host, an allow-listed host, or (with neither configured) the same host the
 * request was sent to, port included.
 */
export function originAllowed(req: IncomingMessage, policy: Pick<HostPolicy, 'allowedHosts' | 'publicUrl'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    host = url.host.toLowerCase();
  } catch {
    return false; // includes the opaque origin "null" of sandboxed frames and file: pages
  }
  if (policy.publicUrl && new URL(policy.publicUrl).host.toLowerCase() === host) return true;
  if (policy.allowedHosts.includes(host)) return true;
  if (policy.allowedHosts.length > 0 || policy.publicUrl) return false;
  return trustedHost(req.headers, policy) === host;
}

const REASONS: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** Answers a refused upgrade with a plain HTTP error in our JSON shape and closes the socket. */
export function refuseUpgrade(socket: Duplex, code: ErrorCode, retryAfterSeconds?: number): void {
  const { status, en } = errorCatalogue[code];
  const body = JSON.stringify({ error: { code, message: en } });
  const retry = retryAfterSeconds === undefined ? '' : `Retry-After: ${retryAfterSeconds}\r\n`;
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\nContent-Type: application/json\r\n${retry}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
