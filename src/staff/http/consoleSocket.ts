import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { toAppError } from '../../errors';
import type { HandoffEvent, HandoffEvents } from '../../handoff/events';
import type { HandoffService } from '../../handoff/service';
import type { Logger } from '../../log';
import type { StaffPrincipal } from '../sessions';
import type { StaffHttpKit } from './kit';

/**
 * GET /staff/ws: the console's live feed, authenticated by the session cookie. Every counsellor
 * hears queue changes and danger alerts; messages, typing and endings only of chats they hold.
 * Pongs count as presence, so a counsellor stays "available" while the console is open.
 */
export class ConsoleSocket {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly clients = new Map<WebSocket, { principal: StaffPrincipal; alive: boolean }>();
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly deps: { kit: StaffHttpKit; handoff: HandoffService; events: HandoffEvents; logger: Logger; heartbeatMs: number },
  ) {
    this.unsubscribe = deps.events.subscribe((event) => void this.fanOut(event));
    this.timer = setInterval(() => this.heartbeat(), deps.heartbeatMs);
    this.timer.unref();
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
      socket.end(`HTTP/1.1 ${appError.status} Refused\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify({ error: { code: appError.code } })}`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.clients.set(ws, { principal, alive: true });
      ws.on('pong', () => {
        const client = this.clients.get(ws);
        if (client) client.alive = true;
        void this.deps.handoff.seen(principal.userId).catch(() => undefined);
      });
      ws.on('message', () => undefined);
      ws.on('close', () => this.clients.delete(ws));
      ws.on('error', () => ws.terminate());
      this.send(ws, { kind: 'queue_changed' });
    });
  }

  private heartbeat(): void {
    for (const [ws, client] of this.clients) {
      if (!client.alive) {
        ws.terminate();
        continue;
      }
      client.alive = false;
      ws.ping();
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
