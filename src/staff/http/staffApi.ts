/**
 * Registers the staff API foundation (login, logout, me, OpenAPI document) and returns the kit
 * that later staff routes (queue, live chat, review) use to authenticate and describe themselves.
 */
import type { Server } from 'restify';
import type { Clock } from '../../clock';
import { requestLimiter } from '../../http/rateLimiter';
import type { ClusterCounters } from '../../store/clusterPorts';
import type { LoginFailureStore } from '../../store/guardPorts';
import { route } from '../../http/route';
import type { Logger } from '../../log';
import type { StaffServices } from '../index';
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from '../loginThrottle';
import type { LoginThrottleOptions } from '../loginThrottle';
import { STAFF_API, registerAuthRoutes } from './authRoutes';
import { createStaffHttpKit, noStore } from './kit';
import type { StaffHttpKit } from './kit';
import { OpenApiRegistry } from './openapi';

export interface StaffApiDeps {
  services: StaffServices;
  clock: Clock;
  logger: Logger;
  /** Failed-login counts, in the store so that every instance on it sees the same ones. */
  loginFailures: LoginFailureStore;
  /** Limits the audit lines about throttled logins across instances when they share the store. */
  cluster: { shared: boolean; counters: ClusterCounters };
  options: {
    trustProxy: boolean;
    publicUrl: string | null;
    /** Delays after failed logins; defaults to DEFAULT_LOGIN_THROTTLE. */
    loginThrottle?: LoginThrottleOptions;
  };
}

export function registerStaffApi(server: Server, deps: StaffApiDeps): StaffHttpKit {
  const { services, clock, logger, options } = deps;
  const openapi = new OpenApiRegistry({
    title: 'Veilig Thuis helpline staff API',
    version: '1.0.0',
    description: 'Used by the counsellor console. Errors are JSON {error:{code,message}}.',
  });
  const kit = createStaffHttpKit({ sessions: services.sessions, audit: services.audit, openapi, logger });
  registerAuthRoutes(server, {
    kit,
    accounts: services.accounts,
    logger,
    throttle: new LoginThrottle(deps.loginFailures, clock, options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE),
    auditOnce: requestLimiter(deps.cluster, clock, 'login-throttled-audit', 1, 60_000),
    options: { trustProxy: options.trustProxy, publicUrl: options.publicUrl },
  });
  // Built on each request, so routes registered after this call are included.
  server.get(
    `${STAFF_API}/openapi.json`,
    route('staff.openapi', logger, async (_req, res) => {
      noStore(res);
      res.json(200, openapi.document());
    }),
  );
  openapi.add(`${STAFF_API}/openapi.json`, 'get', {
    operationId: 'getOpenApi',
    summary: 'This document',
    tags: ['meta'],
    auth: 'none',
    responses: {
      '200': {
        description: 'The OpenAPI 3.1 description of the staff API.',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
    },
  });
  return kit;
}
