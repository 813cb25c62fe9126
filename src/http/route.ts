import type { Request, Response } from 'restify';
import type { Logger } from '../log';
import { sendError } from './errorResponse';

export type Handler = (req: Request, res: Response) => Promise<void>;

/** Wraps an async route so every failure becomes a JSON error response and a log line. */
export function route(name: string, logger: Logger, handler: Handler): (req: Request, res: Response) => Promise<void> {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (err) {
      sendError(res, err, logger, name);
    }
  };
}

/** Client address for rate limiting; X-Forwarded-For is believed only behind a trusted proxy. */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
