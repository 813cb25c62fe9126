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
  /** Answers that `later` holds back; stop() clears those still waiting. */
  private readonly delayed = new Set<NodeJS.Timeout>();
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

  /**
   * Runs `answer` after `ms`: a slow service. The client under test usually gives up first, so the
   * timer can outlive its test; stop() clears it, or it would keep the jest worker alive after the
   * last test of the file (jest then force-exits the worker).
   */
  later(ms: number, answer: () => void): void {
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      answer();
    }, ms);
    this.delayed.add(timer);
  }

  async stop(): Promise<void> {
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
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

/**
 * Well over the stub's answer time even on a machine at load 20-30 (where 2 s made the retry test
 * read a timeout instead of a closed connection); the timeout itself is tested with its own value.
 */
export const RELAXED_TIMEOUT_MS = 15_000;
