/**
 * What /healthz may say about a store that does not answer. The route is public, and a driver's
 * message names the database host, user or file path ("password authentication failed for user
 * …", "getaddrinfo ENOTFOUND db.internal"). So the public reason is fixed text plus the driver's
 * error code, which tells an operator where to look; the full error goes to the server's log.
 */
export function publicStoreReason(what: string, cause: unknown): string {
  const code = (cause as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/i.test(code) ? `${what} (${code})` : what;
}

/** The same error for the server's own log: code and driver message, file paths left out, bounded. */
export function storeErrorForLog(cause: unknown): string {
  const err = cause as { code?: unknown; message?: unknown } | null | undefined;
  const code = typeof err?.code === 'string' ? `${err.code}: ` : '';
  const message = typeof err?.message === 'string' ? err.message : String(cause);
  return `${code}${message}`.replace(/(?:[A-Za-z]:)?(?:[\\/][^\s'",:]+)+/g, '<path>').slice(0, 300);
}
