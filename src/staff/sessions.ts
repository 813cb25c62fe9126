/**
 * Staff sessions. The session id lives only in the staff member's cookie; the store keeps its
 * SHA-256, so reading the database does not let anyone log in. A session ends after an idle
 * period and, regardless of activity, after an absolute lifetime.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SessionEndings } from './sessionEndings';
import type { Clock, RandomSource } from '../clock';
import { randomId } from '../clock';
import type { StaffSessionStore, StaffStore } from '../store/ports';
import type { StaffProfile } from './accounts';
import type { StaffRole } from './roles';

export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60_000;
export const DEFAULT_ABSOLUTE_LIFETIME_MS = 12 * 60 * 60_000;
/** Writing lastSeenAt on every request would mean a disk sync per click; a minute is precise enough. */
const TOUCH_INTERVAL_MS = 60_000;

const SESSION_ID_BYTES = 32;
const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Who is making a staff request, as resolved from their session. */
export interface StaffPrincipal {
  userId: string;
  username: string;
  displayName: string;
  role: StaffRole;
  csrfToken: string;
  /** Identifies the session (its hash) without being usable as a cookie. */
  sessionKey: string;
  expiresAt: Date;
}

export interface StaffLogin {
  /** Goes into the cookie and nowhere else. */
  sessionId: string;
  csrfToken: string;
  principal: StaffPrincipal;
}

export interface StaffSessionsOptions {
  idleTimeoutMs?: number;
  absoluteLifetimeMs?: number;
}

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

/** Constant-time string comparison for tokens. */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export class StaffSessions {
  /** Announces every session that ends here or through StaffAccounts, for open live feeds. */
  readonly endings: SessionEndings;
  readonly idleTimeoutMs: number;
  readonly absoluteLifetimeMs: number;

  constructor(
    private readonly deps: { sessions: StaffSessionStore; staff: StaffStore; clock: Clock; random: RandomSource; endings?: SessionEndings },
    options: StaffSessionsOptions = {},
  ) {
    this.endings = deps.endings ?? new SessionEndings();
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.absoluteLifetimeMs = options.absoluteLifetimeMs ?? DEFAULT_ABSOLUTE_LIFETIME_MS;
  }

  /** Starts a session for an authenticated user. Also clears expired sessions, so no timer is needed. */
  async login(user: StaffProfile): Promise<StaffLogin> {
    const now = this.deps.clock.now();
    await this.deps.sessions.deleteExpired(now);
    const sessionId = randomId(this.deps.random, SESSION_ID_BYTES);
    const csrfToken = randomId(this.deps.random, SESSION_ID_BYTES);
    const record = {
      idHash: hashSessionId(sessionId),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: this.expiry(now, now),
    };
    await this.deps.sessions.create(record);
    const principal: StaffPrincipal = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      csrfToken,
      sessionKey: record.idHash,
      expiresAt: record.expiresAt,
    };
    return { sessionId, csrfToken, principal };
  }

  /**
   * The principal for a live session of an enabled user, or null. Each call counts as activity
   * and slides the idle timeout (never past the absolute lifetime), unless `activity` is false:
   * a request the console makes by itself (the queue refresh every 15 s) must not keep an
   * unattended console signed in for the whole 12-hour lifetime.
   */
  async resolve(sessionId: string, options: { activity?: boolean } = {}): Promise<StaffPrincipal | null> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return null;
    const idHash = hashSessionId(sessionId);
    const session = await this.deps.sessions.get(idHash);
    if (!session) return null;
    const now = this.deps.clock.now();
    if (now.getTime() >= session.expiresAt.getTime()) {
      await this.deps.sessions.delete(idHash);
      return null;
    }
    const user = await this.deps.staff.getById(session.userId);
    if (!user || user.disabled) {
      await this.deps.sessions.delete(idHash);
      this.endings.emit({ kind: 'session', sessionKey: idHash });
      return null;
    }
    let expiresAt = session.expiresAt;
    if (options.activity !== false && now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      expiresAt = this.expiry(session.createdAt, now);
      await this.deps.sessions.touch(idHash, now, expiresAt);
    }
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      csrfToken: session.csrfToken,
      sessionKey: idHash,
      expiresAt,
    };
  }

  /** Ends the session with this id (from the cookie); unknown ids are ignored. */
  async logout(sessionId: string): Promise<void> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return;
    const idHash = hashSessionId(sessionId);
    await this.deps.sessions.delete(idHash);
    this.endings.emit({ kind: 'session', sessionKey: idHash });
  }

  /** Ends the session a principal came from. */
  async end(principal: StaffPrincipal): Promise<void> {
    await this.deps.sessions.delete(principal.sessionKey);
    this.endings.emit({ kind: 'session', sessionKey: principal.sessionKey });
  }

  /**
   * Whether the session is still valid, without counting as activity (a live feed asks this on
   * every heartbeat; resolve() would keep an idle session alive). Catches endings made by another
   * process, such as `helpline staff disable`.
   */
  async isLive(sessionKey: string): Promise<boolean> {
    const session = await this.deps.sessions.get(sessionKey);
    if (!session || this.deps.clock.now().getTime() >= session.expiresAt.getTime()) return false;
    const user = await this.deps.staff.getById(session.userId);
    return user !== null && !user.disabled;
  }

  private expiry(createdAt: Date, lastSeenAt: Date): Date {
    return new Date(Math.min(lastSeenAt.getTime() + this.idleTimeoutMs, createdAt.getTime() + this.absoluteLifetimeMs));
  }
}
