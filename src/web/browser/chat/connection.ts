/**
 * The page's own Direct Line 3.0 client, for this server's endpoints: starts the conversation
 * with the page's token, listens on the WebSocket stream, and falls back to polling when sockets
 * do not get through (some proxies and company networks). After a drop it resumes from the
 * watermark, so nothing is lost or shown twice; it retries quickly (see Backoff) and at once when
 * the browser says the network is back. Every message carries a client id, so a retried send is
 * stored once. The token is refreshed at half its lifetime and lives only in this object.
 */
import { Backoff } from './backoff';
import {
  conversationResponseSchema,
  parseActivitySet,
  parseAnswer,
  postResponseSchema,
  refreshResponseSchema,
  type ActivitySet,
} from './protocol';

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'ended';

export interface HttpResponse {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}

export interface SocketHandlers {
  open(): void;
  message(data: string): void;
  close(): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface ConnectionEnv {
  fetch(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<HttpResponse>;
  openSocket(url: string, handlers: SocketHandlers): { close(): void };
  timers: Timers;
  random(): number;
  isOnline(): boolean;
}

export interface ConnectionListener {
  activities(set: ActivitySet): void;
  status(status: ConnectionStatus): void;
}

export interface ConnectionOptions {
  /** The Direct Line base path, e.g. `/v3/directline`. */
  baseUrl: string;
  pollIntervalMs?: number;
  /** The server sends an empty frame every 15 s; a socket silent for longer is dead. */
  idleTimeoutMs?: number;
  maxPostAttempts?: number;
}

export type PostResult = 'sent' | 'refused' | 'failed' | 'ended';

/** The server refuses the conversation (ended, or the token is not valid for it). */
const GONE = new Set([403, 404]);

export class DirectLineConnection {
  private token = '';
  private conversationId = '';
  private mode: 'socket' | 'poll' = 'socket';
  private socket: { close(): void } | null = null;
  private socketFailures = 0;
  private mark: string | undefined;
  private ended = false;
  private current: ConnectionStatus = 'connecting';
  private readonly backoff: Backoff;
  private readonly timers = new Map<'reconnect' | 'refresh' | 'idle' | 'poll', number>();
  private readonly pollIntervalMs: number;
  private readonly idleTimeoutMs: number;
  private readonly maxPostAttempts: number;
  /** Settles when the conversation exists (true) or never will (false): a send typed before that waits. */
  private readonly opened: Promise<boolean>;
  private settleOpened: (ok: boolean) => void = () => undefined;

  constructor(
    private readonly env: ConnectionEnv,
    private readonly listener: ConnectionListener,
    private readonly options: ConnectionOptions,
  ) {
    this.backoff = new Backoff(env.random);
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 40_000;
    this.maxPostAttempts = options.maxPostAttempts ?? 4;
    this.opened = new Promise<boolean>((resolve) => {
      this.settleOpened = resolve;
    });
  }

  get status(): ConnectionStatus {
    return this.current;
  }

  /** The newest token, for the page's end-of-chat beacon. */
  get currentToken(): string {
    return this.token;
  }

  get watermark(): string | undefined {
    return this.mark;
  }

  get transport(): 'socket' | 'poll' {
    return this.mode;
  }

  /** Starts the conversation; rejects when the server cannot be reached or refuses. */
  async start(token: string): Promise<void> {
    this.token = token;
    this.setStatus('connecting');
    const res = await this.request('POST', '/conversations');
    if (!res.ok) throw new Error(`conversation start failed: ${res.status}`);
    const body = parseAnswer(conversationResponseSchema, await res.json());
    this.conversationId = body.conversationId;
    if (body.token) this.token = body.token;
    this.settleOpened(true);
    this.scheduleRefresh(body.expires_in);
    if (body.streamUrl) {
      this.openStream(body.streamUrl);
      // A socket costs a new connection and an upgrade (two round trips on a slow phone network);
      // one plain GET on the open connection brings the welcome sooner. The log drops doubles.
      void this.fetchOnce();
    } else {
      this.mode = 'poll';
      void this.poll();
    }
  }

  /** The browser says the network is back: try now instead of waiting out the backoff. */
  networkBack(): void {
    if (this.ended || this.current === 'online' || this.current === 'connecting') return;
    this.backoff.reset();
    this.clearTimer('reconnect');
    void this.reconnect();
  }

  /** The browser says the network is gone: say so now, not after the socket times out. */
  networkGone(): void {
    if (this.ended) return;
    this.setStatus('offline');
    this.socket?.close();
  }

  async post(activity: { type: 'message'; text: string; locale?: string }, clientId: string): Promise<PostResult> {
    const body = JSON.stringify({ ...activity, channelData: { clientActivityID: clientId } });
    // On a slow network the text box works before the conversation exists; a post then would go to
    // an empty conversation id and be refused. Waiting keeps the order too: waiters resume in turn.
    if (!this.conversationId && !(await this.opened)) return 'ended';
    const retries = new Backoff(this.env.random);
    for (let attempt = 0; attempt < this.maxPostAttempts; attempt++) {
      if (this.ended) return 'ended';
      try {
        const res = await this.request('POST', `/conversations/${encodeURIComponent(this.conversationId)}/activities`, body);
        if (res.ok) {
          parseAnswer(postResponseSchema, await res.json());
          return 'sent';
        }
        if (GONE.has(res.status)) {
          this.end();
          return 'ended';
        }
        if (res.status === 401) {
          // An expired token: a new one, then at once the same message again.
          await this.refresh();
          continue;
        }
        if (res.status !== 408 && res.status !== 429 && res.status < 500) return 'refused';
      } catch {
        // Network: the same client id makes the next attempt safe.
      }
      if (attempt + 1 < this.maxPostAttempts) await this.sleep(retries.next());
    }
    return 'failed';
  }

  /** Tells a counsellor the citizen is typing; a lost one does not matter. */
  typing(): void {
    if (this.ended || !this.conversationId) return;
    const path = `/conversations/${encodeURIComponent(this.conversationId)}/activities`;
    this.request('POST', path, JSON.stringify({ type: 'typing' })).catch(() => undefined);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.settleOpened(false);
    for (const id of this.timers.values()) this.env.timers.clearTimeout(id);
    this.timers.clear();
    this.socket?.close();
    this.socket = null;
    this.setStatus('ended');
  }

  private openStream(url: string): void {
    let opened = false;
    this.socket = this.env.openSocket(url, {
      open: () => {
        opened = true;
        this.socketFailures = 0;
        this.backoff.reset();
        this.setStatus('online');
        this.armIdle();
      },
      message: (data) => {
        this.armIdle();
        if (data.trim() === '') return;
        let json: unknown;
        try {
          json = JSON.parse(data);
        } catch {
          return;
        }
        const set = parseActivitySet(json);
        if (set) this.deliver(set);
      },
      close: () => {
        this.socket = null;
        this.clearTimer('idle');
        if (this.ended) return;
        // Two sockets in a row that never opened: something between us and the server blocks them.
        if (!opened && ++this.socketFailures >= 2) this.mode = 'poll';
        this.lost();
      },
    });
  }

  private deliver(set: ActivitySet): void {
    if (set.watermark !== undefined && /^\d+$/.test(set.watermark) && Number(set.watermark) >= Number(this.mark ?? 0)) {
      this.mark = set.watermark;
    }
    this.listener.activities(set);
  }

  private lost(): void {
    if (this.ended) return;
    this.setStatus(this.env.isOnline() ? 'reconnecting' : 'offline');
    this.clearTimer('reconnect');
    this.timers.set(
      'reconnect',
      this.env.timers.setTimeout(() => {
        this.timers.delete('reconnect');
        void this.reconnect();
      }, this.backoff.next()),
    );
  }

  private async reconnect(): Promise<void> {
    if (this.ended) return;
    if (this.mode === 'poll') return this.poll();
    const query = this.mark === undefined ? '' : `?watermark=${encodeURIComponent(this.mark)}`;
    try {
      const res = await this.request('GET', `/conversations/${encodeURIComponent(this.conversationId)}${query}`);
      if (GONE.has(res.status)) return this.end();
      if (res.status === 401) {
        await this.refresh();
        return this.lost();
      }
      if (!res.ok) return this.lost();
      const body = parseAnswer(conversationResponseSchema, await res.json());
      if (this.ended) return;
      if (body.streamUrl) this.openStream(body.streamUrl);
      else {
        this.mode = 'poll';
        return this.poll();
      }
    } catch {
      this.lost();
    }
  }

  private async poll(): Promise<void> {
    if (this.ended) return;
    const query = this.mark === undefined ? '' : `?watermark=${encodeURIComponent(this.mark)}`;
    try {
      const res = await this.request('GET', `/conversations/${encodeURIComponent(this.conversationId)}/activities${query}`);
      if (GONE.has(res.status)) return this.end();
      if (!res.ok) return this.lost();
      const set = parseActivitySet(await res.json());
      if (this.ended) return;
      if (set) this.deliver(set);
      this.backoff.reset();
      this.setStatus('online');
      this.clearTimer('poll');
      this.timers.set(
        'poll',
        this.env.timers.setTimeout(() => {
          this.timers.delete('poll');
          void this.poll();
        }, this.pollIntervalMs),
      );
    } catch {
      this.lost();
    }
  }

  private async fetchOnce(): Promise<void> {
    const query = this.mark === undefined ? '' : `?watermark=${encodeURIComponent(this.mark)}`;
    try {
      const res = await this.request('GET', `/conversations/${encodeURIComponent(this.conversationId)}/activities${query}`);
      if (!res.ok || this.ended) return;
      const set = parseActivitySet(await res.json());
      if (set && !this.ended) this.deliver(set);
    } catch {
      // The stream brings the same activities.
    }
  }

  private async refresh(): Promise<void> {
    try {
      const res = await this.request('POST', '/tokens/refresh');
      if (!res.ok) throw new Error(`refresh failed: ${res.status}`);
      const body = parseAnswer(refreshResponseSchema, await res.json());
      this.token = body.token;
      this.scheduleRefresh(body.expires_in);
    } catch {
      this.scheduleRefresh(60);
    }
  }

  private scheduleRefresh(expiresInSeconds: number | undefined): void {
    if (this.ended || expiresInSeconds === undefined) return;
    this.clearTimer('refresh');
    const ms = Math.max(5_000, (expiresInSeconds * 1000) / 2);
    this.timers.set(
      'refresh',
      this.env.timers.setTimeout(() => {
        this.timers.delete('refresh');
        void this.refresh();
      }, ms),
    );
  }

  private armIdle(): void {
    this.clearTimer('idle');
    this.timers.set(
      'idle',
      this.env.timers.setTimeout(() => {
        this.timers.delete('idle');
        this.socket?.close();
      }, this.idleTimeoutMs),
    );
  }

  private clearTimer(name: 'reconnect' | 'refresh' | 'idle' | 'poll'): void {
    const id = this.timers.get(name);
    if (id !== undefined) this.env.timers.clearTimeout(id);
    this.timers.delete(name);
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.current === status) return;
    if (this.current === 'ended') return;
    this.current = status;
    this.listener.status(status);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.env.timers.setTimeout(resolve, ms));
  }

  private request(method: string, path: string, body?: string): Promise<HttpResponse> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return this.env.fetch(`${this.options.baseUrl}${path}`, body === undefined ? { method, headers } : { method, headers, body });
  }
}
