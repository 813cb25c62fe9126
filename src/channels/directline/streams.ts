import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket } from 'ws';
import type { ConversationRegistry } from '../../conversations/registry';
import type { Clock } from '../../clock';
import { AppError, toAppError } from '../../errors';
import { SocketCounter, refuseUpgrade } from '../../http/socketLimits';
import type { Logger } from '../../log';
import type { StoredActivityText, TranscriptStore } from '../../store/ports';
import type { ActivityHub, HubEvent } from './activityHub';
import { parseWatermark } from './activityIds';
import { deliverableText, directLineActivityText, readableAfterEnd } from './delivery';
import type { TokenService } from './tokens';

export interface StreamLimits {
  perConversation: number;
  perAddress: number;
}

export interface StreamDeps {
  tokens: TokenService;
  clock: Clock;
  /** Shared with the staff feed: sockets per client address. */
  sockets: SocketCounter;
  originAllowed(req: IncomingMessage): boolean;
  clientAddress(req: IncomingMessage): string;
  limits: StreamLimits;
  registry: ConversationRegistry;
  transcripts: TranscriptStore;
  hub: ActivityHub;
  logger: Logger;
  /** Empty frames at this interval keep proxies from closing idle sockets and reveal dead ones. */
  heartbeatMs: number;
}

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{1,64})\/stream$/;
const BATCH = 200;
/** Clients only ever send empty keep-alive frames; anything bigger is not a Direct Line client. */
const MAX_FRAME_BYTES = 4096;
/** Close code that tells a client to reconnect (RFC 6455 registry: "Service Restart"). */
export const RECONNECT_CODE = 1012;
/** Sent when the token behind the stream expired; the client reconnects with its refreshed token. */
export const TOKEN_EXPIRED_CODE = 1001;

/** WebSocket streams of Direct Line 3.0: replay after the watermark, then live activity sets. */
export class DirectLineStreams {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly sessions = new Set<StreamSession>();
  private readonly timer: NodeJS.Timeout;
  private readonly perConversation = new SocketCounter();
  /** Ticket ids already used, with their expiry (seconds), so each ticket opens one socket only. */
  private readonly usedTickets = new Map<string, number>();
  private closing = false;

  constructor(private readonly deps: StreamDeps) {
    this.timer = setInterval(() => this.beat(), deps.heartbeatMs);
    this.timer.unref();
  }

  /** Pings every socket and closes the ones whose token has expired. */
  beat(): void {
    const now = Math.floor(this.deps.clock.now().getTime() / 1000);
    for (const [jti, exp] of this.usedTickets) if (exp <= now) this.usedTickets.delete(jti);
    this.sessions.forEach((s) => (s.until <= now ? s.close(TOKEN_EXPIRED_CODE) : s.heartbeat()));
  }

  get openCount(): number {
    return this.sessions.size;
  }

  /** Returns true when the upgrade was for a Direct Line stream (handled or refused here). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return false;
    void this.accept(req, socket, head, match[1]!, url.searchParams).catch((err: unknown) => {
      const appError = toAppError(err);
      this.deps.logger.warn({ route: 'stream', code: appError.code, detail: appError.detail }, 'stream refused');
      refuseUpgrade(socket, appError.code, appError.retryAfterSeconds);
    });
    return true;
  }

  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!this.handleUpgrade(req, socket, head)) refuseUpgrade(socket, 'NotFound');
    });
  }

  /** Closes every stream with the reconnect code; clients come back (here or elsewhere) with their watermark. */
  close(): void {
    this.closing = true;
    clearInterval(this.timer);
    for (const session of this.sessions) session.close(RECONNECT_CODE);
    this.wss.close();
  }

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer, conversationId: string, query: URLSearchParams): Promise<void> {
    if (this.closing) throw new AppError('ShuttingDown');
    if (!this.deps.originAllowed(req)) throw new AppError('Forbidden', 'WebSocket from a foreign origin.');
    const claims = this.deps.tokens.verify(query.get('t') ?? '', 'stream');
    if (claims.conv !== conversationId) throw new AppError('NotFound');
    if (!claims.jti || this.usedTickets.has(claims.jti)) throw new AppError('Unauthorized', 'Stream ticket already used.');
    this.usedTickets.set(claims.jti, claims.exp);
    const watermark = parseWatermark(query.get('watermark') ?? '');
    const record = await this.deps.registry.get(conversationId);
    if (!record || (record.status === 'ended' && !readableAfterEnd(record.endedReason))) throw new AppError('NotFound');
    const releaseConversation = this.perConversation.acquire(conversationId, this.deps.limits.perConversation);
    if (!releaseConversation) throw new AppError('TooManyRequests', 'Too many streams for this conversation.', { retryAfterSeconds: 5 });
    const releaseAddress = this.deps.sockets.acquire(`addr:${this.deps.clientAddress(req)}`, this.deps.limits.perAddress);
    if (!releaseAddress) {
      releaseConversation();
      throw new AppError('TooManyRequests', 'Too many sockets from this address.', { retryAfterSeconds: 5 });
    }
    const until = claims.until ?? claims.exp;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const session = new StreamSession(ws, conversationId, watermark, until, this.deps);
      this.sessions.add(session);
      ws.on('close', () => {
        releaseConversation();
        releaseAddress();
        session.dispose();
        this.sessions.delete(session);
      });
      session.start();
    });
    // A failed handshake never emits 'close' on a ws; the socket's own close frees the counts then
    // (releasing twice is harmless).
    socket.once('close', () => {
      releaseConversation();
      releaseAddress();
    });
  }
}

class StreamSession {
  private sentSeq: number;
  readonly conversationId: string;
  private flushing = false;
  private dirty = false;
  private alive = true;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly ws: WebSocket,
    conversationId: string,
    watermark: number,
    /** Expiry (seconds) of the token behind this stream. */
    readonly until: number,
    private readonly deps: StreamDeps,
  ) {
    this.conversationId = conversationId;
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
          const entries = await this.deps.transcripts.listActivityTextAfter(this.conversationId, this.sentSeq, BATCH);
          if (entries.length === 0) break;
          this.sentSeq = entries.at(-1)!.seq;
          this.sendEach(entries);
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

  /**
   * One frame per activity. The official client (botframework-directlinejs) hands out the
   * activities of a frame one per timer tick and merges frames as they come, so a frame of several
   * activities followed closely by the next frame reached the page out of order (the next turn
   * step's reply between this one's). The last frame's watermark covers the entries not delivered
   * (internal events) after it. The stored JSON text goes out as it is, with the id added.
   */
  private sendEach(entries: readonly StoredActivityText[]): void {
    const delivered = entries.filter(deliverableText);
    delivered.forEach((entry, i) => {
      const watermark = i === delivered.length - 1 ? this.sentSeq : entry.seq;
      this.send(`{"activities":[${directLineActivityText(this.conversationId, entry)}],"watermark":"${watermark}"}`);
    });
  }

  private send(data: string): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(data);
  }
}
