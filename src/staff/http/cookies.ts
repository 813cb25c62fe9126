import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export const SESSION_COOKIE = 'helpline_staff';
/** The console, its API and its WebSocket all live under /staff; the cookie goes nowhere else. */
const COOKIE_PATH = '/staff';

/** The value of one cookie from the Cookie header, or null. */
export function readCookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** Whether the browser reached us over TLS, directly or through a trusted proxy. */
export function isSecureRequest(req: IncomingMessage, options: { trustProxy: boolean; publicUrl: string | null }): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted === true) return true;
  if (options.publicUrl?.startsWith('https:')) return true;
  if (!options.trustProxy) return false;
  const forwarded = req.headers['x-forwarded-proto'];
  return (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * A browser-session cookie (no Max-Age): it goes when the browser closes, which suits shared
 * laptops; the server ends the session earlier on idle or absolute timeout anyway.
 */
export function sessionCookie(sessionId: string, secure: boolean): string {
  return [`${SESSION_COOKIE}=${sessionId}`, 'HttpOnly', 'SameSite=Strict', `Path=${COOKIE_PATH}`, ...(secure ? ['Secure'] : [])].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Max-Age=0', 'HttpOnly', 'SameSite=Strict', `Path=${COOKIE_PATH}`, ...(secure ? ['Secure'] : [])].join(
    '; ',
  );
}
