/**
 * The staff API client shared by the console, review and admin pages: JSON over same-origin
 * fetch, the CSRF token on every write, and every response checked against a zod schema before
 * the page uses it. A failed call rejects with an ApiError (status 0 for no network, or a
 * response that did not look as expected).
 */

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when there was no answer or the answer did not fit its schema. */
    readonly status: number,
    /** The API's error code (e.g. 'Conflict'), 'Network' or 'BadResponse'. */
    readonly code: string,
  ) {
    super(`staff api ${status} ${code}`);
    this.name = 'ApiError';
  }
}

/** Any zod (or zod/mini) schema: the client only needs safeParse. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const LOGIN = '/staff/api/login';

export class StaffApi {
  private csrfToken: string | null = null;
  private sessionLost: () => void = () => undefined;

  constructor(private readonly fetchFn: Fetch) {}

  setCsrf(token: string | null): void {
    this.csrfToken = token;
  }

  /** Called when a request finds the session gone (401), e.g. after an idle timeout. */
  onSessionLost(fn: () => void): void {
    this.sessionLost = fn;
  }

  get<T>(path: string, schema: Schema<T>): Promise<T> {
    return this.request('GET', path, schema);
  }

  /**
   * A read the page makes by itself, on a timer: the server does not count it as the user's
   * activity, so an unattended console still reaches its idle timeout.
   */
  getInBackground<T>(path: string, schema: Schema<T>): Promise<T> {
    return this.request('GET', path, schema, undefined, { 'X-Helpline-Background': '1' });
  }

  post<T>(path: string, body: unknown, schema: Schema<T>, extraHeaders: Record<string, string> = {}): Promise<T> {
    return this.request('POST', path, schema, body ?? {}, extraHeaders);
  }

  put<T>(path: string, body: unknown, schema: Schema<T>): Promise<T> {
    return this.request('PUT', path, schema, body);
  }

  delete<T>(path: string, body: unknown, schema: Schema<T>): Promise<T> {
    return this.request('DELETE', path, schema, body);
  }

  async request<T>(method: string, path: string, schema: Schema<T>, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { ...extraHeaders, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken;
    let res: Response;
    try {
      res = await this.fetchFn(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, 'Network');
    }
    const json: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      if (res.status === 401 && path !== LOGIN) this.sessionLost();
      throw new ApiError(res.status, errorCode(json));
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError(0, 'BadResponse');
    return parsed.data;
  }
}

function errorCode(json: unknown): string {
  if (typeof json === 'object' && json !== null && 'error' in json) {
    const error = (json as { error: unknown }).error;
    if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string')
      return (error as { code: string }).code;
  }
  return 'Unknown';
}

export function conversationPath(id: string): string {
  return `/staff/api/conversations/${encodeURIComponent(id)}`;
}
