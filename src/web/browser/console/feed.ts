/**
 * The console's live feed: GET /staff/ws with reconnects. Events are checked against the feed's
 * schema; anything else on the socket is ignored.
 */
import { feedEventSchema, type FeedEvent } from '../shared/schemas';

const MAX_DELAY_MS = 30000;
/** The server closes the feed with this code when the session ends; reconnecting cannot help. */
export const SESSION_ENDED = 4401;

/** Exponential backoff with jitter (random in [0, 1)), so many consoles do not all return at once. */
export function reconnectDelay(attempt: number, random: number): number {
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** attempt) * (0.5 + random / 2);
}

/** A feed message as an event, or null when it is not one the console knows. */
export function parseFeedMessage(data: unknown): FeedEvent | null {
  if (typeof data !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = feedEventSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export interface FeedHandlers {
  event(event: FeedEvent): void;
  open(): void;
  state(connected: boolean): void;
  sessionEnded(): void;
  /** false stops reconnecting (e.g. when the session has ended). */
  beforeReconnect(): Promise<boolean>;
}

export class LiveFeed {
  private socket: WebSocket | null = null;
  private attempt = 0;
  private timer: number | null = null;
  private running = false;

  constructor(
    private readonly url: string,
    private readonly handlers: FeedHandlers,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.attempt = 0;
    this.connect();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    const ws = this.socket;
    this.socket = null;
    ws?.close();
  }

  private connect(): void {
    if (!this.running) return;
    const ws = new WebSocket(this.url);
    this.socket = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.handlers.state(true);
      this.handlers.open();
    };
    ws.onmessage = (message) => {
      const event = parseFeedMessage(message.data);
      if (event) this.handlers.event(event);
    };
    ws.onclose = (event) => {
      if (this.socket !== ws) return;
      this.socket = null;
      this.handlers.state(false);
      if (event.code === SESSION_ENDED) {
        this.running = false;
        this.handlers.sessionEnded();
        return;
      }
      if (this.running) this.schedule();
    };
  }

  private schedule(): void {
    const delay = reconnectDelay(this.attempt, Math.random());
    this.attempt += 1;
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.handlers.beforeReconnect().then((again) => {
        if (again && this.running) this.connect();
      });
    }, delay);
  }
}

export function feedUrl(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss://' : 'ws://'}${location.host}/staff/ws`;
}
