import restify from 'restify';
import type { Request, Response, Server } from 'restify';
import { AppError } from '../errors';
import type { Logger } from '../log';
import { sendError } from './errorResponse';
import { securityHeaders } from './securityHeaders';

/**
 * The restify server with what every route shares: security headers, query parsing, JSON error
 * bodies for unknown routes and methods, and no restify defaults that echo the request path.
 */
export function createHttpServer(logger: Logger): Server {
  const server = restify.createServer({ name: 'helpline', handleUncaughtExceptions: false });
  server.pre(restify.plugins.pre.sanitizePath());
  // pre(), not use(): restify skips use() handlers for unknown routes, and 404s need the headers too.
  server.pre(securityHeaders());
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

/** Binds to host:port; resolves with the port actually used (port 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
