import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import type { ConversationRegistry } from '../../conversations/registry';
import { AppError, errorCatalogue, toAppError } from '../../errors';
import type { Logger } from '../../log';
import type { TranscriptStore } from '../../store/ports';
import type { ActivityHub, HubEvent } from './activityHub';
import { parseWatermark } from './activityIds';
import { deliverable, readableAfterEnd, toDirectLineActivity } from './delivery';
import type { TokenService } from './tokens';

export interface StreamDeps {
  tokens: TokenService;
  registry: ConversationRegistry;
  transcripts: TranscriptStore;
  hub: ActivityHub;
  logger: Logger;
  /** Empty frames at this interval keep proxies from closing idle sockets and reveal dead ones. */
  heartbeatMs: number;
}

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;
const BATCH = 200;

/** WebSocket streams of Direct Line 3.0: replay after the watermark, then live activity sets. */
export class DirectLineStreams {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  private readonly sessions = new Set<StreamSession>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly deps: StreamDeps) {
    this.timer = setInterval(() => this.sessions.forEach((s) => s.heartbeat()), deps.heartbeatMs);
    this.timer.unref();
  }

  /** Returns true when the upgrade was for a Direct Line stream (handled or refused here). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return false;
    void this.accept(req, socket, head, match[1]!, url.searchParams).catch((err: unknown) => {
      const appError = toAppError(err);
      this.deps.logger.warn({ route: 'stream', code: appError.code, detail: appError.detail }, 'stream refused');
      refuse(socket, appError);
    });
    return true;
  }

  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!this.handleUpgrade(req, socket, head)) refuse(socket, new AppError('NotFound'));
    });
  }

  /** Closes every stream; clients reconnect (to this or another instance) with their watermark. */
  close(): void {
    clearInterval(this.timer);
    for (const session of this.sessions) session.close(1001);
    this.wss.close();
  }

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, query: URLSearchParams): Promise<void> {
    const claims = this.deps.tokens.verify(query.get('t') ?? '', 'stream');
    if (claims.conv !== conversationId) throw new AppError('NotFound');
    const watermark = parseWatermark(query.get('watermark') ?? '');
    const record = await this.deps.registry.get(conversationId);
    if (!record || (record.status === 'ended' && !readableAfterEnd(record.endedReason))) throw new AppError('NotFound');
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const session = new StreamSession(ws, conversationId, watermark, this.deps);
      this.sessions.add(session);
      ws.on('close', () => {
        session.dispose();
        this.sessions.delete(session);
      });
      session.start();
    });
  }
}

class StreamSession {
  private sentSeq: number;
  private flushing = false;
  private dirty = false;
  private alive = true;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly ws: WebSocket,
    private readonly conversationId: string,
    watermark: number,
    private readonly deps: StreamDeps,
  ) {
    this.sentSeq = watermark;
  }

  start(): void {
    this.ws.on('pong', () => (this.alive = true));
    // Clients send empty frames as their own keep-alive; nothing a client sends is acted on.
    this.ws.on('message', () => (this.alive = true));
    this.ws.on('error', () => this.ws.terminate());
    this.unsubscribe = this.deps.hub.subscribe(this.conversationId, (event) => this.onEvent(event));
    void this.flush();
  }

  heartbeat(): void {
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
    this.send('');
  }

  close(code: number): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.close(code);
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private onEvent(event: HubEvent): void {
    if (event.kind === 'appended') void this.flush();
    else if (event.kind === 'ephemeral') this.send(JSON.stringify({ activities: [event.activity] }));
    else void this.flush().then(() => this.close(1000));
  }

  /** Sends everything after the last sent seq; concurrent calls coalesce into one more pass. */
  private async flush(): Promise<void> {
    if (this.flushing) {
      this.dirty = true;
      return;
    }
    this.flushing = true;
    try {
      do {
        this.dirty = false;
        for (;;) {
          const entries = await this.deps.transcripts.listAfter(this.conversationId, this.sentSeq, BATCH);
          if (entries.length === 0) break;
          this.sentSeq = entries.at(-1)!.seq;
          const activities = entries.filter(deliverable).map(toDirectLineActivity);
          if (activities.length > 0) this.send(JSON.stringify({ activities, watermark: String(this.sentSeq) }));
          if (entries.length < BATCH) break;
        }
      } while (this.dirty);
    } catch (err) {
      this.deps.logger.error({ route: 'stream', err: toAppError(err).code }, 'stream flush failed');
      this.ws.close(1011);
    } finally {
      this.flushing = false;
    }
  }

  private send(data: string): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(data);
  }
}

function refuse(socket: Duplex, err: AppError): void {
  const body = JSON.stringify({ error: { code: err.code, message: errorCatalogue[err.code].en } });
  const reason = err.status === 404 ? 'Not Found' : err.status === 403 ? 'Forbidden' : err.status === 401 ? 'Unauthorized' : 'Bad Request';
  socket.end(
    `HTTP/1.1 ${err.status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
