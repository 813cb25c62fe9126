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
