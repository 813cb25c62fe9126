/** Login, logout and "who am I" for the staff console. */
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { AppError } from '../../errors';
import { parseWith, readJsonBody } from '../../http/jsonBody';
import type { RequestLimiter } from '../../http/rateLimiter';
import { clientAddress, route } from '../../http/route';
import type { Logger } from '../../log';
import type { StaffAccounts } from '../accounts';
import type { LoginThrottle } from '../loginThrottle';
import { SYSTEM_ACTOR } from '../audit';
import { PASSWORD_MAX_LENGTH } from '../passwords';
import { STAFF_ROLES } from '../roles';
import type { StaffPrincipal } from '../sessions';
import { SESSION_COOKIE, clearedSessionCookie, isSecureRequest, readCookie, sessionCookie } from './cookies';
import { noStore } from './kit';
import type { StaffHttpKit } from './kit';
import { emptyResponse, errorResponses, jsonRequestBody, jsonResponse } from './openapi';

export const STAFF_API = '/staff/api';
const LOGIN_MAX_BYTES = 4096;

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(200),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});

export const sessionResponseSchema = z.object({
  user: z.object({ username: z.string(), displayName: z.string() }),
  role: z.enum(STAFF_ROLES),
  csrfToken: z.string(),
});

export interface AuthRouteDeps {
  kit: StaffHttpKit;
  accounts: StaffAccounts;
  logger: Logger;
  throttle: LoginThrottle;
  /** Limits audit lines about throttled attempts (one per key per window). */
  auditOnce: RequestLimiter;
  options: { trustProxy: boolean; publicUrl: string | null };
}

function sessionBody(principal: StaffPrincipal): z.infer<typeof sessionResponseSchema> {
  return {
    user: { username: principal.username, displayName: principal.displayName },
    role: principal.role,
    csrfToken: principal.csrfToken,
  };
}

export function registerAuthRoutes(server: Server, deps: AuthRouteDeps): void {
  const { kit, accounts, logger, throttle, auditOnce, options } = deps;
  const secure = (req: Request) => isSecureRequest(req, options);

  server.post(
    `${STAFF_API}/login`,
    route('staff.login', logger, async (req: Request, res: Response) => {
      noStore(res);
      const address = clientAddress(req, options.trustProxy);
      const { username, password } = parseWith(loginRequestSchema, await readJsonBody(req, LOGIN_MAX_BYTES));
      // Admitted before the password is checked, so a guesser learns nothing while the delay runs;
      // the attempt counts as failed from here until it succeeds.
      const refusal = await throttle.admit(username, address);
      if (refusal) {
        logger.warn({ event: 'staff_login_throttled', scope: refusal.scope }, 'login attempt refused while its delay runs');
        // One audit line per throttled key per minute: a flood must not fill the audit log.
        if (await auditOnce.take(`${refusal.scope}:${refusal.key}`)) {
          await kit.audit.record((await accounts.idOf(username)) ?? SYSTEM_ACTOR, 'login_throttled', null, {
            scope: refusal.scope,
            retryAfterSeconds: refusal.retryAfterSeconds,
          });
        }
        throw new AppError('TooManyRequests', 'Login delayed after failed attempts.', { retryAfterSeconds: refusal.retryAfterSeconds });
      }
      const result = await accounts.check(username, password);
      if (!result.ok) {
        // The reason goes to the audit log only; the caller learns nothing about which part was wrong.
        await kit.audit.record(result.user?.id ?? SYSTEM_ACTOR, 'login_failed', null, { reason: result.reason });
        throw new AppError('InvalidCredentials');
      }
      await throttle.recordSuccess(username, address);
      // A fresh session id on every login; any session the browser still carried ends here.
      const previous = readCookie(req, SESSION_COOKIE);
      if (previous) await kit.sessions.logout(previous);
      const login = await kit.sessions.login(result.user);
      await kit.audit.record(result.user.id, 'login', null, { role: result.user.role });
      res.setHeader('Set-Cookie', sessionCookie(login.sessionId, secure(req)));
      res.json(200, sessionBody(login.principal));
    }),
  );

  server.post(
    `${STAFF_API}/logout`,
    kit.route('staff.logout', {}, async (req, res, principal) => {
      await kit.sessions.end(principal);
      await kit.audit.record(principal.userId, 'logout');
      res.setHeader('Set-Cookie', clearedSessionCookie(secure(req)));
      res.send(204);
    }),
  );

  server.get(
    `${STAFF_API}/me`,
    kit.route('staff.me', {}, async (_req, res, principal) => {
      res.json(200, sessionBody(principal));
    }),
  );

  kit.openapi.add(`${STAFF_API}/login`, 'post', {
    operationId: 'login',
    summary: 'Sign in with username and password',
    description:
      'Sets the HttpOnly session cookie. Failed attempts delay the next ones (per account, per client address and per both; 429 with Retry-After); successful logins never count.',
    tags: ['session'],
    auth: 'none',
    requestBody: jsonRequestBody(loginRequestSchema),
    responses: {
      '200': jsonResponse('Signed in; send csrfToken as X-CSRF-Token on every state-changing request.', sessionResponseSchema),
      ...errorResponses('BadArgument', 'InvalidCredentials', 'MessageSizeTooBig', 'UnsupportedMediaType', 'TooManyRequests'),
    },
  });
  kit.openapi.add(`${STAFF_API}/logout`, 'post', {
    operationId: 'logout',
    summary: 'End the session',
    tags: ['session'],
    auth: 'session+csrf',
    responses: { '204': emptyResponse('Signed out; the cookie is cleared.'), ...errorResponses('SessionRequired', 'CsrfTokenInvalid') },
  });
  kit.openapi.add(`${STAFF_API}/me`, 'get', {
    operationId: 'getMe',
    summary: 'The signed-in staff member, role and CSRF token',
    tags: ['session'],
    auth: 'session',
    responses: { '200': jsonResponse('The current session.', sessionResponseSchema), ...errorResponses('SessionRequired') },
  });
}
