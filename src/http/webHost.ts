import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../errors';
import { sendError } from './errorResponse';
import type { Duplex } from 'node:stream';
import type { Server } from 'restify';
import type { Logger } from '../log';
import type { HostPolicy } from './hosts';
import { createHttpServer, listen } from './server';
import { clientAddress } from './route';
import { SocketCounter, originAllowed } from './socketLimits';
import type { AddressLimit } from './server';

/** Takes a WebSocket upgrade it recognises (returns true) or leaves it to the next one. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

export interface UpgradeGuards {
  /** Open WebSockets per client address, shared by every WebSocket endpoint. */
  readonly sockets: SocketCounter;
  /** Whether a WebSocket upgrade comes from one of our own pages (or from no browser at all). */
  originAllowed(req: IncomingMessage): boolean;
  /** The client's address, the forwarded one only behind a trusted proxy (as for HTTP routes). */
  clientAddress(req: IncomingMessage): string;
}

/**
 * The one HTTP server the features register on: routes on `server`, WebSocket endpoints through
 * `onUpgrade`, so no feature needs to know which others listen for upgrades.
 */
export interface WebHost {
  readonly server: Server;
  /** What every WebSocket endpoint checks on an upgrade, the same for all of them. */
  readonly upgradeGuards: UpgradeGuards;
  onUpgrade(handler: UpgradeHandler): void;
  /** The per-address request limit drops what it counted for `address` (the start's warm-up). */
  forgetAddress(address: string): void;
  /** Binds to host:port; resolves with the port actually used (port 0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /**
   * Starts a graceful stop: the port closes (no new connections), requests that still arrive on
   * open connections get 503 ShuttingDown with Retry-After, idle connections are closed. Resolves
   * when the requests already running have answered, or after `graceMs`, whichever comes first.
   */
  drain(graceMs: number): Promise<void>;
  /** Stops accepting connections and ends the open ones. */
  close(): Promise<void>;
}

export function createWebHost(logger: Logger, hosts?: HostPolicy, perAddress?: AddressLimit): WebHost {
  const server = createHttpServer(logger, hosts, perAddress);
  const handlers: UpgradeHandler[] = [];
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!handlers.some((handle) => handle(req, socket, head))) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });
  const policy = hosts ?? { allowedHosts: [], publicUrl: null, trustProxy: false };
  let draining = false;
  let running = 0;
  const idleWaiters: (() => void)[] = [];
  // Before any route: while stopping, what still arrives on open connections is told to come back.
  server.pre(function refuseWhileStopping(_req, res, next) {
    if (!draining) return next();
    res.setHeader('Connection', 'close');
    sendError(res, new AppError('ShuttingDown'), logger, 'http');
    return next(false);
  });
  server.server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (draining) return;
    running++;
    // No method, path or content: only that one arrived (operators and the shutdown test count them).
    logger.debug({ event: 'request_received' }, 'request received');
    res.once('close', () => {
      running--;
      if (running === 0) idleWaiters.splice(0).forEach((wake) => wake());
    });
  });
  return {
    server,
    upgradeGuards: {
      sockets: new SocketCounter(),
      originAllowed: (req) => originAllowed(req, policy),
      clientAddress: (req) => clientAddress(req, policy.trustProxy),
    },
    onUpgrade: (handler) => void handlers.push(handler),
    forgetAddress: (address) => perAddress?.limiter.forget(address),
    listen: (port, host) => listen(server, port, host),
    drain(graceMs) {
      draining = true;
      server.server.close();
      server.server.closeIdleConnections();
      if (running === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}
