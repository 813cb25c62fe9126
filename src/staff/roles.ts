import { AppError } from '../errors';
import type { StaffRole } from '../store/ports';

export type { StaffRole };

/** Counsellors hold live chats, supervisors review anonymised transcripts, admins manage users and retention. */
export const STAFF_ROLES = ['counsellor', 'supervisor', 'admin'] as const satisfies readonly StaffRole[];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/**
 * Roles are not a ladder: an admin is not automatically a counsellor. Each route names every
 * role it admits, so granting access is always a visible, deliberate line of code.
 */
export function hasRole(role: StaffRole, allowed: readonly StaffRole[]): boolean {
  return allowed.includes(role);
}

/** Throws RoleNotAllowed (403) unless `role` is one of `allowed`. */
export function assertRole(role: StaffRole, allowed: readonly StaffRole[]): void {
  if (!hasRole(role, allowed)) throw new AppError('RoleNotAllowed', `Needs one of: ${allowed.join(', ')}.`);
}
