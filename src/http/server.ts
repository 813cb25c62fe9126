import restify from 'restify';
import type { Request, Response, Server } from 'restify';
import { AppError, errorCatalogue } from '../errors';
import type { Logger } from '../log';
import { sendError } from './errorResponse';
import type { RateLimiter } from './rateLimiter';
import { clientAddress } from './route';
import type { HostPolicy } from './hosts';
import { securityHeaders } from './securityHeaders';

/**
 * The restify server with what every route shares: security headers, query parsing, JSON error
 * bodies for unknown routes and methods, and no restify defaults that echo the request path.
 */
export interface AddressLimit {
  limiter: RateLimiter;
  trustProxy: boolean;
}

export function createHttpServer(logger: Logger, hosts?: HostPolicy, perAddress?: AddressLimit): Server {
  const server = restify.createServer({ name: 'helpline', handleUncaughtExceptions: false });
  guardConnections(server, logger);
  server.pre(sanitizePath());
  if (perAddress) server.pre(limitPerAddress(perAddress, logger));
  // pre(), not use(): restify skips use() handlers for unknown routes, and 404s need the headers too.
  server.pre(securityHeaders({ hosts }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  const notFound = (_req: Request, res: Response, _err: unknown, callback: () => void) => {
    sendError(res, new AppError('NotFound'), logger, 'unknown');
    callback();
  };
  server.on('NotFound', notFound);
  server.on('MethodNotAllowed', (_req: Request, res: Response, _err: unknown, callback: () => void) => {
    sendError(res, new AppError('MethodNotAllowed'), logger, 'unknown');
    callback();
  });
  // Anything a handler let slip: a JSON 500 without details, logged without request content.
  server.on('restifyError', (_req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    if (!res.headersSent) sendError(res, err.statusCode === 404 ? new AppError('NotFound') : err, logger, 'restify');
    callback();
  });
  return server;
}

/**
 * Collapses repeated slashes like restify's sanitizePath, but never leaves an empty or relative
 * path: restify's own turned `//` into '' and its router then threw outside any handler, which
 * took the whole process down.
 */
export function cleanPath(url: string): string {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  let clean = path.replace(/\/{2,}/g, '/');
  if (clean.length > 1 && clean.endsWith('/')) clean = clean.slice(0, -1);
  if (!clean.startsWith('/')) clean = `/${clean}`;
  return query === -1 ? clean : clean + url.slice(query);
}

function sanitizePath(): restify.RequestHandler {
  return function cleanRequestPath(req, _res, next) {
    req.url = cleanPath(req.url ?? '/');
    next();
  };
}

/** Every route, known or not, counts against the client address's budget (429 with Retry-After). */
function limitPerAddress(limit: AddressLimit, logger: Logger): restify.RequestHandler {
  return function limitAddress(req, res, next) {
    const wait = limit.limiter.check(clientAddress(req, limit.trustProxy));
    if (wait === null) return next();
    req.resume();
    sendError(res, new AppError('TooManyRequests', 'Too many requests from this address.', { retryAfterSeconds: wait }), logger, 'http');
    return next(false);
  };
}

/**
 * Requests Node's parser refuses (bad header bytes, a body where the next request should start)
 * get our JSON error shape instead of an empty 400, and slow senders cannot hold a socket forever.
 */
function guardConnections(server: Server, logger: Logger): void {
  const http = server.server;
  http.headersTimeout = 20_000;
  http.requestTimeout = 60_000;
  http.keepAliveTimeout = 5_000;
  http.maxHeadersCount = 100;
  http.on('clientError', (err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) => {
    logger.warn({ route: 'http', code: err.code ?? 'clientError' }, 'malformed request refused');
    if (!socket.writable) return socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const appError = new AppError(tooLarge ? 'HeadersTooLarge' : 'BadArgument');
    const body = JSON.stringify({ error: { code: appError.code, message: errorCatalogue[appError.code].en } });
    socket.end(
      `HTTP/1.1 ${appError.status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/** Binds to host:port; resolves with the port actually used (port 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // restify re-emits the http server's errors on itself, where nobody else listens at start:
    // without this a taken port would crash the process with an unhandled 'error' event.
    server.once('error', reject);
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.server.off('error', reject);
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
