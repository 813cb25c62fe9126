/** Staff accounts: creating, disabling and checking a username and password. */
import { z } from 'zod';
import type { SessionEndings } from './sessionEndings';
import type { Clock, RandomSource } from '../clock';
import { randomId } from '../clock';
import { AppError } from '../errors';
import type { StaffSessionStore, StaffStore, StaffUser } from '../store/ports';
import type { Audit, AuditActor } from './audit';
import { checkPasswordPolicy } from './passwords';
import type { PasswordHasher } from './passwords';
import type { StaffRole } from './roles';
import { STAFF_ROLES } from './roles';

/** Login names: plain ASCII so case-insensitive uniqueness means the same thing everywhere. */
export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .transform((name) => name.toLowerCase());

/** A first name or pseudonym as citizens will see it; letters, digits, spaces, dots, hyphens, apostrophes. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'-]*$/u);

export const staffRoleSchema = z.enum(STAFF_ROLES);

/** What citizens see when no display name was given: the username, '_' shown as a space, at most 40 characters. */
export function defaultDisplayName(username: string): string {
  return username.replace(/_+/g, ' ').slice(0, 40).trim();
}

/** A staff user without the password hash: what may leave this module. */
export type StaffProfile = Omit<StaffUser, 'passwordHash'>;

export function toProfile(user: StaffUser): StaffProfile {
  const { passwordHash: _hash, ...profile } = user;
  return profile;
}

export interface NewAccount {
  username: string;
  role: StaffRole;
  /** Defaults to the username. */
  displayName?: string;
  password: string;
}

export type CredentialCheck =
  { ok: true; user: StaffProfile } | { ok: false; reason: 'unknown_user' | 'wrong_password' | 'disabled'; user: StaffProfile | null };

export interface StaffAccountsDeps {
  staff: StaffStore;
  sessions: StaffSessionStore;
  passwords: PasswordHasher;
  audit: Audit;
  clock: Clock;
  random: RandomSource;
  /** Told when all of a user's sessions end here, so their live feeds close at once. */
  endings?: SessionEndings;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('BadArgument', `Invalid ${field}.`);
  return result.data;
}

export class StaffAccounts {
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly deps: StaffAccountsDeps) {}

  /** Creates an account; throws BadArgument, PasswordTooWeak or UsernameTaken. */
  async add(input: NewAccount, actor: AuditActor): Promise<StaffProfile> {
    const username = parseOrThrow(usernameSchema, input.username, 'username');
    const role = parseOrThrow(staffRoleSchema, input.role, 'role');
    // A login name may hold '_', which a display name may not: the default shows it as a space.
    const displayName = parseOrThrow(displayNameSchema, input.displayName ?? defaultDisplayName(username), 'display name');
    checkPasswordPolicy(input.password);
    if (await this.deps.staff.getByUsername(username)) throw new AppError('UsernameTaken');
    const user = {
      id: randomId(this.deps.random, 16),
      username,
      displayName,
      role,
      passwordHash: await this.deps.passwords.hash(input.password),
      createdAt: this.deps.clock.now(),
    };
    // The check above gives a clear error; the store's constraint settles a race between two adds.
    if (!(await this.deps.staff.create(user))) throw new AppError('UsernameTaken');
    await this.deps.audit.record(actor, 'staff_added', null, { userId: user.id, role });
    return toProfile({ ...user, disabled: false });
  }

  /** Disables the account and ends its sessions at once; throws NotFound for an unknown username. */
  async disable(username: string, actor: AuditActor): Promise<StaffProfile> {
    const user = await this.find(username);
    await this.deps.staff.setDisabled(user.id, true);
    const sessions = await this.deps.sessions.deleteForUser(user.id);
    this.deps.endings?.emit({ kind: 'user', userId: user.id });
    await this.deps.audit.record(actor, 'staff_disabled', null, { userId: user.id, sessionsEnded: sessions });
    return toProfile({ ...user, disabled: true });
  }

  /** Sets a new password and ends the user's sessions, so a leaked session dies with the old password. */
  async setPassword(username: string, password: string, actor: AuditActor): Promise<StaffProfile> {
    checkPasswordPolicy(password);
    const user = await this.find(username);
    await this.deps.staff.setPassword(user.id, await this.deps.passwords.hash(password));
    await this.deps.sessions.deleteForUser(user.id);
    this.deps.endings?.emit({ kind: 'user', userId: user.id });
    await this.deps.audit.record(actor, 'password_changed', null, { userId: user.id });
    return toProfile(user);
  }

  async list(): Promise<StaffProfile[]> {
    return (await this.deps.staff.list()).map(toProfile);
  }

  async get(userId: string): Promise<StaffProfile | null> {
    const user = await this.deps.staff.getById(userId);
    return user ? toProfile(user) : null;
  }

  /** The id of the account with this username, or null (no error for names that are not valid). */
  async idOf(username: string): Promise<string | null> {
    const name = usernameSchema.safeParse(username);
    return name.success ? ((await this.deps.staff.getByUsername(name.data))?.id ?? null) : null;
  }

  /** The user for a correct username and password of an enabled account, else null. */
  async authenticate(username: string, password: string): Promise<StaffProfile | null> {
    const result = await this.check(username, password);
    return result.ok ? result.user : null;
  }

  /**
   * Like authenticate, with the reason for a refusal (for the audit log only; callers must show
   * one generic message). Every path hashes once, so response time does not reveal which
   * usernames exist or are disabled.
   */
  async check(username: string, password: string): Promise<CredentialCheck> {
    const name = usernameSchema.safeParse(username);
    const user = name.success ? await this.deps.staff.getByUsername(name.data) : null;
    if (!user) {
      await this.deps.passwords.verify(password, await this.dummy());
      return { ok: false, reason: 'unknown_user', user: null };
    }
    const matches = await this.deps.passwords.verify(password, user.passwordHash);
    if (!matches) return { ok: false, reason: 'wrong_password', user: toProfile(user) };
    if (user.disabled) return { ok: false, reason: 'disabled', user: toProfile(user) };
    if (this.deps.passwords.needsRehash(user.passwordHash)) {
      await this.deps.staff.setPassword(user.id, await this.deps.passwords.hash(password));
    }
    return { ok: true, user: toProfile(user) };
  }

  private async find(username: string): Promise<StaffUser> {
    const name = parseOrThrow(usernameSchema, username, 'username');
    const user = await this.deps.staff.getByUsername(name);
    if (!user) throw new AppError('NotFound', 'No such staff user.');
    return user;
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.deps.passwords.hash(randomId(this.deps.random, 24));
    return this.dummyHash;
  }
}
