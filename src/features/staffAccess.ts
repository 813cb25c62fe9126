/**
 * Staff access: accounts, sessions and the audit trail, with sign-in, sign-out and the OpenAPI
 * document under /staff/api. The console, review and admin features build their routes on the kit.
 */
import { createStaffServices } from '../staff';
import type { StaffServices } from '../staff';
import type { StaffHttpKit } from '../staff/http/kit';
import type { ScryptCost } from '../staff/passwords';
import { registerStaffApi } from '../staff/http/staffApi';
import type { AppParts } from './parts';

export interface StaffAccessFeature {
  services: StaffServices;
  kit: StaffHttpKit;
}

export function wireStaffAccess(
  { config, store, clock, random, logger, web }: AppParts,
  options: { scryptCost?: ScryptCost } = {},
): StaffAccessFeature {
  const services = createStaffServices(store, clock, random, {
    scryptCost: options.scryptCost,
    idleTimeoutMs: config.staff.idleTimeoutMinutes * 60_000,
    absoluteLifetimeMs: config.staff.sessionMaxHours * 3_600_000,
  });
  const kit = registerStaffApi(web.server, {
    services,
    clock,
    logger,
    loginFailures: store.loginFailures,
    cluster: store.cluster,
    options: { trustProxy: config.http.trustProxy, publicUrl: config.http.publicUrl },
  });
  return { services, kit };
}
