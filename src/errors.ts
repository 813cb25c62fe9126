/**
 * One catalogue of errors. Each has a stable code, an HTTP status and an English message for logs
 * and API clients. What a citizen reads lives in locales/<lang>/messages.json under `errors.<code>`.
 * Messages never contain user content.
 */
export const errorCatalogue = {
  BadArgument: { status: 400, en: 'The request is not valid.' },
  BadSyntax: { status: 400, en: 'The request body is not valid JSON.' },
  MissingProperty: { status: 400, en: 'A required property is missing.' },
  UnsupportedMediaType: { status: 415, en: 'The content type must be application/json.' },
  MessageSizeTooBig: { status: 413, en: 'The request body is too large.' },
  HeadersTooLarge: { status: 431, en: 'The request headers are too large.' },
  ServiceUrlNotAllowed: { status: 403, en: 'The serviceUrl is not on the list of allowed channel hosts.' },
  ChannelUnavailable: { status: 502, en: 'The channel could not be reached.' },
  ShuttingDown: { status: 503, en: 'The server is restarting. Try again shortly.' },
  ConversationFull: { status: 409, en: 'This conversation has reached its size limit.' },
  Unauthorized: { status: 401, en: 'A valid token is required.' },
  TokenExpired: { status: 403, en: 'The token has expired.' },
  Forbidden: { status: 403, en: 'This token is not valid for this conversation.' },
  NotFound: { status: 404, en: 'Not found.' },
  MethodNotAllowed: { status: 405, en: 'Method not allowed.' },
  TooManyRequests: { status: 429, en: 'Too many requests. Try again later.' },
  StoreUnavailable: { status: 503, en: 'The store is not available.' },
  Conflict: { status: 409, en: 'The item was changed by someone else.' },
  // Handoff refusals with their own codes, so a client (and a log) can tell them from a bad token
  // or a stale eTag; the statuses are the ones the console has always acted on.
  HeldByAnotherCounsellor: { status: 403, en: 'Another counsellor holds this chat.' },
  AlreadyTaken: { status: 409, en: 'Another counsellor took this chat first.' },
  ChatChangedHands: { status: 409, en: 'The chat changed hands meanwhile.' },
  OutcomeAlreadyRecorded: { status: 409, en: 'This chat already has an outcome.' },
  RetentionBusy: { status: 409, en: 'A retention run is already going. Try again when it has finished.' },
  InvalidCredentials: { status: 401, en: 'The username or password is not correct.' },
  SessionRequired: { status: 401, en: 'Sign in first; the session is missing or has expired.' },
  CsrfTokenInvalid: { status: 403, en: 'The X-CSRF-Token header is missing or does not match the session.' },
  RoleNotAllowed: { status: 403, en: 'Your role does not allow this action.' },
  UsernameTaken: { status: 409, en: 'This username is already in use.' },
  PasswordTooWeak: { status: 400, en: 'The password must have at least 12 characters.' },
  Internal: { status: 500, en: 'Internal error.' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra English detail for logs; must never contain user content. */
  readonly detail?: string;
  /** For 429 and 503: how long the client should wait, sent as Retry-After. */
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(detail ? `${errorCatalogue[code].en} ${detail}` : errorCatalogue[code].en, options);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.detail = detail;
    this.retryAfterSeconds =
      options?.retryAfterSeconds ??
      (code === 'TooManyRequests' ? 60 : code === 'ShuttingDown' || code === 'StoreUnavailable' ? 5 : undefined);
  }
}

/** Raised by a state store when an eTag no longer matches: the write is rejected, never dropped. */
export class ConcurrencyError extends AppError {
  constructor(key: string) {
    super('Conflict', `Stale eTag for state key ${key}.`);
    this.name = 'ConcurrencyError';
  }
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError('Internal', undefined, { cause: err });
}

/**
 * What a log may say about an unexpected error: its name and where it happened. Never its
 * message: messages of foreign errors (parsers, drivers, the SDK) may quote what the citizen wrote.
 */
export function safeErrorDetails(err: unknown): { name: string; stack?: string } | undefined {
  const cause = err instanceof AppError && err.cause !== undefined ? err.cause : err;
  if (!(cause instanceof Error)) return undefined;
  return { name: cause.name, stack: cause.stack?.split('\n').slice(1, 6).join('\n') };
}
