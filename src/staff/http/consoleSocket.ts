import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { systemClock } from '../../clock';
import type { Clock } from '../../clock';
import { AppError, toAppError } from '../../errors';
import { refuseUpgrade } from '../../http/socketLimits';
import type { SocketCounter } from '../../http/socketLimits';
import type { SessionEnding } from '../sessionEndings';
import type { HandoffEvent, HandoffEvents } from '../../handoff/events';
import type { HandoffService } from '../../handoff/service';
import type { Logger } from '../../log';
import type { StaffPrincipal } from '../sessions';
import { SESSION_COOKIE, readCookie } from './cookies';
import type { StaffHttpKit } from './kit';
import { errorResponses } from './openapi';

interface Client {
  principal: StaffPrincipal;
  release(): void;
  /** The cookie's session id, kept in memory only, to check the session again when it would expire. */
  sessionId: string;
  /** Pings not answered yet; two in a row and the socket is taken for dead. */
  missed: number;
}

/**
 * GET /staff/ws: the console's live feed, authenticated by the session cookie. Every counsellor
 * hears queue changes and danger alerts; messages, typing and endings only of chats they hold.
 * Pongs count as presence, so a counsellor stays "available" while the console is open.
 * A feed lives no longer than its session: a logout, an ended session or a disabled account
 * closes it at once (SessionEndings); endings from another process (the CLI) are caught at the
 * next heartbeat by a lookup that does not count as activity. Upgrades from pages elsewhere
 * (Origin) are refused, and sockets are limited per session and per client address.
 */
export class ConsoleSocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly clients = new Map<WebSocket, Client>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private beating = false;

  constructor(
    private readonly deps: {
      kit: StaffHttpKit;
      handoff: HandoffService;
      events: HandoffEvents;
      logger: Logger;
      heartbeatMs: number;
      clock?: Clock;
      sockets?: SocketCounter;
      originAllowed?(req: IncomingMessage): boolean;
      clientAddress?(req: IncomingMessage): string;
      limits?: { perSession: number; perAddress: number };
    },
  ) {
    const fromEvents = deps.events.subscribe((event) => void this.fanOut(event));
    const fromEndings = deps.kit.sessions.endings.subscribe((ending) => this.endWhere(ending));
    this.unsubscribe = () => {
      fromEvents();
      fromEndings();
    };
    this.timer = setInterval(() => void this.heartbeat(), deps.heartbeatMs);
    this.timer.unref();
    deps.kit.openapi.add('/staff/ws', 'get', {
      operationId: 'openConsoleFeed',
      summary: 'The live feed (WebSocket)',
      description:
        'Upgrade to a WebSocket. Each message is one JSON event: queue_changed and alert (all counsellors); message, typing, accepted and ended (the chat holder), transferred (the two counsellors it passed between). Closes with 4401 when the session ends.',
      tags: ['console'],
      auth: 'session',
      responses: { '101': { description: 'Switching to the WebSocket protocol.' }, ...errorResponses('SessionRequired', 'RoleNotAllowed') },
    });
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/staff/ws') return false;
    void this.accept(req, socket, head);
    return true;
  }

  /** Closes every feed with the reconnect code (the console reconnects to the next server). */
  close(): void {
    clearInterval(this.timer);
    this.unsubscribe();
    for (const ws of this.clients.keys()) ws.close(1012);
    this.wss.close();
  }

  get openCount(): number {
    return this.clients.size;
  }

  private endWhere(ending: SessionEnding): void {
    for (const [ws, client] of this.clients) {
      const ended =
        ending.kind === 'session' ? client.principal.sessionKey === ending.sessionKey : client.principal.userId === ending.userId;
      if (ended) this.drop(ws, client);
    }
  }

  private drop(ws: WebSocket, client: Client): void {
    this.clients.delete(ws);
    client.release();
    ws.close(4401, 'session ended');
  }

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    let principal: StaffPrincipal;
    const releases: (() => void)[] = [];
    const release = () => releases.forEach((r) => r());
    try {
      if (this.deps.originAllowed && !this.deps.originAllowed(req)) throw new AppError('Forbidden', 'WebSocket from a foreign origin.');
      principal = await this.deps.kit.authenticate(req);
      this.deps.kit.requireRole(principal, 'counsellor');
      const { sockets, limits } = this.deps;
      if (sockets && limits) {
        const perSession = sockets.acquire(`staff:${principal.sessionKey}`, limits.perSession);
        if (!perSession) throw new AppError('TooManyRequests', 'Too many feeds for this session.', { retryAfterSeconds: 5 });
        releases.push(perSession);
        const perAddress = sockets.acquire(`addr:${this.deps.clientAddress?.(req) ?? 'unknown'}`, limits.perAddress);
        if (!perAddress) throw new AppError('TooManyRequests', 'Too many sockets from this address.', { retryAfterSeconds: 5 });
        releases.push(perAddress);
      }
    } catch (err) {
      release();
      const appError = toAppError(err);
      refuseUpgrade(socket, appError.code, appError.retryAfterSeconds);
      return;
    }
    socket.once('close', release);
    const sessionId = readCookie(req, SESSION_COOKIE) ?? '';
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.clients.set(ws, { principal, sessionId, missed: 0, release });
      ws.on('pong', () => {
        const client = this.clients.get(ws);
        if (!client) return;
        client.missed = 0;
        void this.deps.handoff.seen(principal.userId).catch(() => undefined);
      });
      ws.on('message', () => undefined);
      ws.on('close', () => {
        this.clients.delete(ws);
        release();
      });
      ws.on('error', () => ws.terminate());
      this.send(ws, { kind: 'queue_changed' });
    });
  }

  /** Pings every feed; drops dead ones and those whose session ended (also from another process). */
  async heartbeat(): Promise<void> {
    // Session lookups make a beat take time; an overlapping beat would see every socket as not
    // having answered the ping of the beat still running, and cut it off.
    if (this.beating) return;
    this.beating = true;
    try {
      await this.beat();
    } finally {
      this.beating = false;
    }
  }

  private async beat(): Promise<void> {
    const now = (this.deps.clock ?? systemClock).now().getTime();
    for (const [ws, client] of this.clients) {
      if (client.missed >= 2) {
        ws.terminate();
        continue;
      }
      if (now >= client.principal.expiresAt.getTime() ? !(await this.renew(client)) : !(await this.stillLive(client))) {
        this.drop(ws, client);
        continue;
      }
      client.missed++;
      ws.ping();
    }
  }

  private async stillLive(client: Client): Promise<boolean> {
    try {
      return await this.deps.kit.sessions.isLive(client.principal.sessionKey);
    } catch {
      return true; // as in renew(): a store hiccup is no reason to drop a counsellor mid-chat
    }
  }

  /** Only at the known expiry: a lookup counts as activity, so doing it on every ping would keep idle sessions alive. */
  private async renew(client: Client): Promise<boolean> {
    try {
      const principal = await this.deps.kit.sessions.resolve(client.sessionId);
      if (principal?.role !== 'counsellor') return false;
      client.principal = principal;
      return true;
    } catch {
      return true; // A store hiccup is no reason to drop a counsellor mid-chat; the next beat asks again.
    }
  }

  private async fanOut(event: HandoffEvent): Promise<void> {
    try {
      const to = await this.recipientsOf(event);
      for (const [ws, client] of this.clients) {
        if (to === 'all' || to.includes(client.principal.userId)) this.send(ws, event);
      }
    } catch (err) {
      this.deps.logger.error({ event: 'console_fanout_failed', code: toAppError(err).code }, 'could not tell consoles');
    }
  }

  /** 'all': every counsellor; otherwise only those who hold (or held) the chat. */
  private async recipientsOf(event: HandoffEvent): Promise<'all' | string[]> {
    switch (event.kind) {
      case 'queue_changed':
      case 'alert':
        return 'all';
      case 'ended':
      case 'accepted':
        return event.counsellorId === null ? [] : [event.counsellorId];
      case 'transferred':
        // The one who handed it over and the one who got it; nobody else hears of the chat.
        return [event.from, event.to];
      default: {
        const holder = (await this.deps.handoff.current(event.conversationId))?.counsellorId;
        return holder ? [holder] : [];
      }
    }
  }

  private send(ws: WebSocket, event: HandoffEvent): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(event));
  }
}
