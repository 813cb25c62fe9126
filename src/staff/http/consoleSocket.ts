import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { systemClock } from '../../clock';
import type { Clock } from '../../clock';
import { toAppError } from '../../errors';
import type { HandoffEvent, HandoffEvents } from '../../handoff/events';
import type { HandoffService } from '../../handoff/service';
import type { Logger } from '../../log';
import type { StaffPrincipal } from '../sessions';
import { SESSION_COOKIE, readCookie } from './cookies';
import type { StaffHttpKit } from './kit';
import { errorResponses } from './openapi';

interface Client {
  principal: StaffPrincipal;
  /** The cookie's session id, kept in memory only, to check the session again when it would expire. */
  sessionId: string;
  alive: boolean;
}

/**
 * GET /staff/ws: the console's live feed, authenticated by the session cookie. Every counsellor
 * hears queue changes and danger alerts; messages, typing and endings only of chats they hold.
 * Pongs count as presence, so a counsellor stays "available" while the console is open.
 * A feed lives no longer than its session: when the expiry known at connect passes, the session
 * is looked up again and the feed closed if it ended (timeout, logout, disabled account). So a
 * feed outlives a logout by at most one idle timeout; sooner needs a lookup that is not activity.
 */
export class ConsoleSocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly clients = new Map<WebSocket, Client>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly deps: {
      kit: StaffHttpKit;
      handoff: HandoffService;
      events: HandoffEvents;
      logger: Logger;
      heartbeatMs: number;
      clock?: Clock;
    },
  ) {
    this.unsubscribe = deps.events.subscribe((event) => void this.fanOut(event));
    this.timer = setInterval(() => void this.heartbeat(), deps.heartbeatMs);
    this.timer.unref();
    deps.kit.openapi.add('/staff/ws', 'get', {
      operationId: 'openConsoleFeed',
      summary: 'The live feed (WebSocket)',
      description:
        'Upgrade to a WebSocket. Each message is one JSON event: queue_changed and alert (all counsellors); message, typing, accepted, transferred and ended (the chat holder). Closes with 4401 when the session ends.',
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

  close(): void {
    clearInterval(this.timer);
    this.unsubscribe();
    for (const ws of this.clients.keys()) ws.close(1001);
    this.wss.close();
  }

  private async accept(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    let principal: StaffPrincipal;
    try {
      principal = await this.deps.kit.authenticate(req);
      this.deps.kit.requireRole(principal, 'counsellor');
    } catch (err) {
      const appError = toAppError(err);
      socket.end(
        `HTTP/1.1 ${appError.status} Refused\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify({ error: { code: appError.code } })}`,
      );
      return;
    }
    const sessionId = readCookie(req, SESSION_COOKIE) ?? '';
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.clients.set(ws, { principal, sessionId, alive: true });
      ws.on('pong', () => {
        const client = this.clients.get(ws);
        if (!client) return;
        client.alive = true;
        void this.deps.handoff.seen(principal.userId).catch(() => undefined);
      });
      ws.on('message', () => undefined);
      ws.on('close', () => this.clients.delete(ws));
      ws.on('error', () => ws.terminate());
      this.send(ws, { kind: 'queue_changed' });
    });
  }

  private async heartbeat(): Promise<void> {
    const now = (this.deps.clock ?? systemClock).now().getTime();
    for (const [ws, client] of this.clients) {
      if (!client.alive) {
        ws.terminate();
        continue;
      }
      if (now >= client.principal.expiresAt.getTime() && !(await this.renew(client))) {
        this.clients.delete(ws);
        ws.close(4401, 'session ended');
        continue;
      }
      client.alive = false;
      ws.ping();
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
      const holder = await this.holderOf(event);
      for (const [ws, client] of this.clients) {
        if (holder === undefined || holder === client.principal.userId) this.send(ws, event);
      }
    } catch (err) {
      this.deps.logger.error({ event: 'console_fanout_failed', code: toAppError(err).code }, 'could not tell consoles');
    }
  }

  /** undefined: everyone; otherwise only the counsellor who holds (or held) the chat. */
  private async holderOf(event: HandoffEvent): Promise<string | null | undefined> {
    switch (event.kind) {
      case 'queue_changed':
      case 'alert':
        return undefined;
      case 'ended':
        return event.counsellorId;
      case 'accepted':
        return event.counsellorId;
      case 'transferred':
        return undefined;
      default:
        return (await this.deps.handoff.current(event.conversationId))?.counsellorId ?? null;
    }
  }

  private send(ws: WebSocket, event: HandoffEvent): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(event));
  }
}
