/**
 * What every staff route needs: who is calling (from the session cookie), whether their role
 * allows the action, and whether a state-changing request carries the session's CSRF token.
 */
import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'restify';
import { AppError } from '../../errors';
import { route } from '../../http/route';
import type { Logger } from '../../log';
import type { Audit } from '../audit';
import { assertRole } from '../roles';
import type { StaffRole } from '../roles';
import { sameToken } from '../sessions';
import type { StaffPrincipal, StaffSessions } from '../sessions';
import { SESSION_COOKIE, readCookie } from './cookies';
import type { OpenApiRegistry } from './openapi';

export type StaffHandler = (req: Request, res: Response, principal: StaffPrincipal) => Promise<void>;

export interface StaffRouteOptions {
  /** Roles admitted; omitted means any signed-in staff member. */
  roles?: readonly StaffRole[];
  /** Defaults to true for every method except GET and HEAD. */
  csrf?: boolean;
}

export interface StaffHttpKit {
  /** The principal of the request's session; throws SessionRequired (401) when missing or expired. */
  authenticate(req: IncomingMessage): Promise<StaffPrincipal>;
  /** Throws RoleNotAllowed (403) unless the principal has one of the roles. */
  requireRole(principal: StaffPrincipal, ...roles: StaffRole[]): void;
  /** Throws CsrfTokenInvalid (403) unless the X-CSRF-Token header matches the session. */
  requireCsrf(req: IncomingMessage, principal: StaffPrincipal): void;
  /** A restify handler that authenticates, checks role and CSRF, sets no-store and maps errors to JSON. */
  route(name: string, options: StaffRouteOptions, handler: StaffHandler): (req: Request, res: Response) => Promise<void>;
  audit: Audit;
  sessions: StaffSessions;
  openapi: OpenApiRegistry;
}

export const CSRF_HEADER = 'x-csrf-token';
/**
 * Set by the console on requests it makes by itself (a timer, not a person): they are served as
 * usual but do not count as activity for the idle timeout. Only ever shortens the sender's own session.
 */
export const BACKGROUND_HEADER = 'x-helpline-background';

/** Staff responses carry personal data and tokens: never cache them anywhere. */
export function noStore(res: Response): void {
  res.setHeader('Cache-Control', 'no-store');
}

export function createStaffHttpKit(deps: {
  sessions: StaffSessions;
  audit: Audit;
  openapi: OpenApiRegistry;
  logger: Logger;
}): StaffHttpKit {
  const authenticate = async (req: IncomingMessage): Promise<StaffPrincipal> => {
    const sessionId = readCookie(req, SESSION_COOKIE);
    const principal = sessionId ? await deps.sessions.resolve(sessionId, { activity: req.headers[BACKGROUND_HEADER] !== '1' }) : null;
    if (!principal) throw new AppError('SessionRequired');
    return principal;
  };
  const requireRole = (principal: StaffPrincipal, ...roles: StaffRole[]): void => assertRole(principal.role, roles);
  const requireCsrf = (req: IncomingMessage, principal: StaffPrincipal): void => {
    const header = req.headers[CSRF_HEADER];
    const token = Array.isArray(header) ? undefined : header;
    if (!token || !sameToken(token, principal.csrfToken)) throw new AppError('CsrfTokenInvalid');
  };
  return {
    authenticate,
    requireRole,
    requireCsrf,
    audit: deps.audit,
    sessions: deps.sessions,
    openapi: deps.openapi,
    route(name, options, handler) {
      return route(name, deps.logger, async (req, res) => {
        noStore(res);
        const principal = await authenticate(req);
        if (options.roles) requireRole(principal, ...options.roles);
        const safeMethod = req.method === 'GET' || req.method === 'HEAD';
        if (options.csrf ?? !safeMethod) requireCsrf(req, principal);
        await handler(req, res, principal);
      });
    },
  };
}
