/** Builds the staff services from a store; the composition root and the CLI both use this. */
import type { Clock, RandomSource } from '../clock';
import type { Store } from '../store/ports';
import { StaffAccounts } from './accounts';
import { Audit } from './audit';
import { PasswordHasher } from './passwords';
import type { ScryptCost } from './passwords';
import { SessionEndings } from './sessionEndings';
import { StaffSessions } from './sessions';
import type { StaffSessionsOptions } from './sessions';

export interface StaffServices {
  accounts: StaffAccounts;
  sessions: StaffSessions;
  audit: Audit;
}

export interface StaffServicesOptions extends StaffSessionsOptions {
  /** Only tests lower this, to keep them fast. */
  scryptCost?: ScryptCost;
}

export function createStaffServices(
  store: Pick<Store, 'staff' | 'sessions' | 'audit'>,
  clock: Clock,
  random: RandomSource,
  options: StaffServicesOptions = {},
): StaffServices {
  const audit = new Audit(store.audit, clock);
  const passwords = new PasswordHasher(random, options.scryptCost);
  const endings = new SessionEndings();
  const accounts = new StaffAccounts({ staff: store.staff, sessions: store.sessions, passwords, audit, clock, random, endings });
  const sessions = new StaffSessions({ sessions: store.sessions, staff: store.staff, clock, random, endings }, options);
  return { accounts, sessions, audit };
}
