/**
 * A local HTTP server on port 0 that stands in for a cloud recognizer (LUIS or CLU), which cannot be
 * reached from tests. Each test sets how it answers; every request is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type StubHandler = (req: RecordedRequest, res: http.ServerResponse) => void;

export class StubServer {
  readonly requests: RecordedRequest[] = [];
  handler: StubHandler = (_req, res) => {
    res.statusCode = 500;
    res.end();
  };
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      this.requests.push(recorded);
      this.handler(recorded, res);
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  reset(handler: StubHandler): void {
    this.requests.length = 0;
    this.handler = handler;
  }
}

export function json(res: http.ServerResponse, status: number, body: unknown): void {
  // Not chained: restify, loaded by other suites in the same worker, patches writeHead to return nothing.
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
