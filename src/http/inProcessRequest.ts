import http from 'node:http';
import type { Server } from 'node:http';
import { Duplex } from 'node:stream';

/**
 * HTTP requests to our own server without a port: the request travels over a pair of connected
 * in-memory streams handed to the server as a connection, so Node's HTTP parser, restify's chain,
 * the routes and the response's write all run as they do for a client. Used before the port opens
 * (the start-up warm-up), when no client can reach the server yet.
 *
 * The server sees `remoteAddress` as given, never a real client's address: per-address limits
 * count these requests under a key no client has.
 */
export interface InProcessAnswer {
  status: number;
  body: string;
}

export interface InProcessRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  token?: string;
}

export function inProcessClient(server: Server, remoteAddress: string): (request: InProcessRequest) => Promise<InProcessAnswer> {
  return (request) =>
    new Promise<InProcessAnswer>((resolve, reject) => {
      const [clientEnd, serverEnd] = socketPair(remoteAddress);
      server.emit('connection', serverEnd);
      const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
      const headers: Record<string, string> = { host: 'localhost', connection: 'close' };
      if (payload !== undefined) headers['content-type'] = 'application/json';
      if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
      const req = http.request({ method: request.method, path: request.path, headers, createConnection: () => clientEnd }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          serverEnd.destroy();
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      req.on('error', (err) => {
        serverEnd.destroy();
        reject(err);
      });
      req.end(payload);
    });
}

/** Two connected duplex streams with the socket methods Node's HTTP client and server call. */
function socketPair(remoteAddress: string): [Duplex, Duplex] {
  const ends: PairEnd[] = [];
  const other = (end: PairEnd) => ends[ends[0] === end ? 1 : 0]!;
  const make = (address: string | undefined) => new PairEnd(address, other);
  ends.push(make(undefined), make(remoteAddress));
  return [ends[0]!, ends[1]!];
}

class PairEnd extends Duplex {
  constructor(
    readonly remoteAddress: string | undefined,
    private readonly peer: (self: PairEnd) => PairEnd,
  ) {
    super();
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    this.peer(this).push(chunk);
    done();
  }

  override _final(done: (err?: Error | null) => void): void {
    this.peer(this).push(null);
    done();
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    const peer = this.peer(this);
    if (!peer.destroyed) peer.destroy();
    done(err);
  }

  // A socket's tuning calls: nothing to tune in memory.
  setTimeout(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
}
