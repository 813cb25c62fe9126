/**
 * Why a remote recognizer failed. Only the reason and the HTTP status are ever logged: never the
 * message text, never the response body (it echoes the query).
 */
/** invalid_request: the client refused to build the call (for example an app id that is not a UUID). */
export type RecognizerFailure = 'timeout' | 'http' | 'network' | 'bad_response' | 'unmapped_intent' | 'invalid_request';

export class RecognizerError extends Error {
  constructor(
    readonly reason: RecognizerFailure,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(status === undefined ? `Recognizer failed: ${reason}.` : `Recognizer failed: ${reason} (HTTP ${status}).`, options);
    this.name = 'RecognizerError';
  }
}

/** Runs `work` with an AbortSignal that fires after `timeoutMs`; rejects with a timeout error then. */
export async function withTimeout<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new RecognizerError('timeout'));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * True when a request failed because the connection was closed under it before any answer came:
 * typically a pooled keep-alive connection that the server (or a load balancer) closed while idle,
 * just as the request went out. Safe to send once more for a read-only call such as recognition.
 */
export function isConnectionReset(err: unknown): boolean {
  const codes = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
  // Structural, not instanceof: fetch's errors can come from another realm (a test VM, a worker).
  let e: unknown = err;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 4; depth++) {
    const { code, cause } = e as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && codes.has(code)) return true;
    e = cause;
  }
  return false;
}

/**
 * Runs `send`, and once more when the first try lost its connection before any answer (see
 * isConnectionReset) and the time budget is not used up. Both cloud adapters call the service so.
 */
export async function sendOnceMore<T>(signal: AbortSignal, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    if (signal.aborted || !isConnectionReset(err)) throw err;
    return send();
  }
}
