import type { Response } from 'restify';
import { errorCatalogue, safeErrorDetails, toAppError } from '../errors';
import type { Logger } from '../log';

/**
 * Writes an error in the Direct Line / staff API shape `{error:{code,message}}`. The body carries
 * the English catalogue message only: never a stack trace, never user content.
 */
export function sendError(res: Response, err: unknown, logger: Logger, route: string): void {
  const appError = toAppError(err);
  const level = appError.status >= 500 ? 'error' : 'warn';
  logger[level](
    {
      route,
      code: appError.code,
      status: appError.status,
      detail: appError.detail,
      err: appError.status >= 500 ? safeErrorDetails(err) : undefined,
    },
    'request failed',
  );
  if (res.headersSent) return;
  res.status(appError.status);
  if (appError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appError.retryAfterSeconds));
  res.json({ error: { code: appError.code, message: errorCatalogue[appError.code].en } });
}
