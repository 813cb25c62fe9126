import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Server } from 'restify';
import type { Logger } from '../log';
import type { HostPolicy } from './hosts';
import { createHttpServer, listen } from './server';

/** Takes a WebSocket upgrade it recognises (returns true) or leaves it to the next one. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/**
 * The one HTTP server the features register on: routes on `server`, WebSocket endpoints through
 * `onUpgrade`, so no feature needs to know which others listen for upgrades.
 */
export interface WebHost {
  readonly server: Server;
  onUpgrade(handler: UpgradeHandler): void;
  /** Binds to host:port; resolves with the port actually used (port 0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting connections and ends the open ones. */
  close(): Promise<void>;
}

export function createWebHost(logger: Logger, hosts?: HostPolicy): WebHost {
  const server = createHttpServer(logger, hosts);
  const handlers: UpgradeHandler[] = [];
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!handlers.some((handle) => handle(req, socket, head))) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });
  return {
    server,
    onUpgrade: (handler) => void handlers.push(handler),
    listen: (port, host) => listen(server, port, host),
    close: () =>
      new Promise<void>((resolve) => {
        server.server.close(() => resolve());
        server.server.closeAllConnections();
      }),
  };
}
