import type { Response } from 'restify';
import { AppError, errorCatalogue, safeErrorDetails, toAppError } from '../errors';
import type { Logger } from '../log';
import { RefusalLog } from './refusalLog';

/**
 * Writes an error in the Direct Line / staff API shape `{error:{code,message}}`. The body carries
 * the English catalogue message only: never a stack trace, never user content.
 */
export function sendError(res: Response, err: unknown, logger: Logger, route: string): void {
  const appError = storeFailure(err) ?? toAppError(err);
  if (appError.status >= 500) {
    logger.error(
      { route, code: appError.code, status: appError.status, detail: appError.detail, err: safeErrorDetails(err) },
      'request failed',
    );
  } else {
    refusalLogOf(logger).refused(route, appError.code, appError.status, appError.detail);
  }
  if (res.headersSent) return;
  res.status(appError.status);
  if (appError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appError.retryAfterSeconds));
  res.json({ error: { code: appError.code, message: errorCatalogue[appError.code].en } });
}

/**
 * A database driver's error means the store could not do its part (disk full, I/O error, locked,
 * read-only, gone): the client should come back later (503 with Retry-After), not see a 500.
 * Recognised by name so this layer imports no driver: better-sqlite3 throws SqliteError,
 * node-postgres DatabaseError; a store may also wrap its failures in StoreUnavailable itself.
 */
export function storeFailure(err: unknown): AppError | null {
  if (err instanceof AppError) return null;
  const name = (err as { name?: unknown } | null)?.name;
  if (name === 'SqliteError' || name === 'DatabaseError') {
    return new AppError('StoreUnavailable', 'The store refused a read or write.', { cause: err });
  }
  return null;
}

/** One refusal log per logger (per server), so two servers in one process never share counts. */
const refusalLogs = new WeakMap<Logger, RefusalLog>();

function refusalLogOf(logger: Logger): RefusalLog {
  let log = refusalLogs.get(logger);
  if (log === undefined) {
    log = new RefusalLog((line, detail) => logger.warn({ ...line, detail }, 'request failed'));
    refusalLogs.set(logger, log);
  }
  return log;
}
