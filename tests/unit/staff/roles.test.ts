import { AppError } from '../../../src/errors';
import { STAFF_ROLES, assertRole, hasRole, isStaffRole } from '../../../src/staff/roles';

describe('staff roles', () => {
  it('knows the three roles', () => {
    expect(STAFF_ROLES).toEqual(['counsellor', 'supervisor', 'admin']);
    expect(isStaffRole('admin')).toBe(true);
    expect(isStaffRole('root')).toBe(false);
  });

  it('admits only the roles named, with no implied hierarchy', () => {
    expect(hasRole('counsellor', ['counsellor'])).toBe(true);
    expect(hasRole('admin', ['counsellor'])).toBe(false);
    expect(hasRole('supervisor', ['counsellor', 'supervisor'])).toBe(true);
    expect(() => assertRole('admin', ['admin'])).not.toThrow();
    expect(() => assertRole('counsellor', ['admin', 'supervisor'])).toThrow(AppError);
    expect(() => assertRole('counsellor', ['admin'])).toThrow(expect.objectContaining({ code: 'RoleNotAllowed', status: 403 }));
    expect(() => assertRole('admin', [])).toThrow(expect.objectContaining({ code: 'RoleNotAllowed' }));
  });
});
