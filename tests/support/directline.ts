import WebSocket from 'ws';
import { DirectLine } from 'botframework-directlinejs';
import type { Activity, Message } from 'botframework-directlinejs';

// The official client expects browser globals; under Node these are the documented stand-ins.
// eslint-disable-next-line @typescript-eslint/no-require-imports
(globalThis as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = require('xhr2');
(globalThis as unknown as { WebSocket: unknown }).WebSocket = WebSocket;

export interface TokenResponse {
  token: string;
  conversationId: string;
  expires_in: number;
}

export async function fetchToken(baseUrl: string, locale = 'nl'): Promise<TokenResponse> {
  const res = await fetch(`${baseUrl}/api/directline/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  if (res.status !== 200) throw new Error(`token request failed: ${res.status}`);
  return (await res.json()) as TokenResponse;
}

/** A Direct Line client that records every activity it receives. */
export class RecordingClient {
  readonly activities: Activity[] = [];
  private readonly subscription: { unsubscribe(): void };

  constructor(readonly directLine: DirectLine) {
    this.subscription = directLine.activity$.subscribe((a) => this.activities.push(a));
  }

  static connect(options: {
    baseUrl: string;
    token: string;
    webSocket: boolean;
    conversationId?: string;
    watermark?: string;
  }): RecordingClient {
    const directLine = new DirectLine({
      domain: `${options.baseUrl}/v3/directline`,
      token: options.token,
      conversationId: options.conversationId,
      watermark: options.watermark,
      webSocket: options.webSocket,
      pollingInterval: 200,
      timeout: 5000,
      // A fixed "random" keeps the client's reconnect delay at its 3 s minimum: deterministic tests.
      random: () => 0,
      WebSocket,
    } as unknown as ConstructorParameters<typeof DirectLine>[0]);
    return new RecordingClient(directLine);
  }

  messagesFrom(role: 'bot' | 'user'): Message[] {
    return this.activities.filter(
      (a): a is Message => a.type === 'message' && (role === 'bot' ? a.from.role === 'bot' : a.from.role !== 'bot'),
    );
  }

  async waitFor(predicate: (all: Activity[]) => boolean, timeoutMs = 15000): Promise<void> {
    const start = Date.now();
    while (!predicate(this.activities)) {
      if (Date.now() - start > timeoutMs) throw new Error(`timed out; received ${this.activities.length} activities`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  post(text: string, clientActivityID?: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.directLine
        .postActivity({
          type: 'message',
          text,
          from: { id: 'ignored-by-server' },
          channelData: clientActivityID ? { clientActivityID } : undefined,
        } as Message)
        .subscribe({ next: resolve, error: reject });
    });
  }

  end(): void {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}
