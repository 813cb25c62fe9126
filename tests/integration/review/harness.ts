/**
 * What the review and admin tests share: the real server with a manual clock (so retention and
 * statistics are deterministic), staff accounts made as the CLI makes them, a signed-in staff
 * member over HTTP, and conversations seeded through the store the way the bot leaves them.
 */
import { ManualClock, cryptoRandom } from '../../../src/clock';
import { createRetention } from '../../../src/retention';
import type { RetentionSummary } from '../../../src/retention/retentionService';
import { createStaffServices } from '../../../src/staff';
import type { StaffRole } from '../../../src/staff/roles';
import type { JsonObject, SenderRole, Store } from '../../../src/store/ports';
import { removeDir, startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';
import { TEST_SCRYPT_COST } from '../../support/staff';

export const PASSWORD = 'een lang wachtwoord';
export const POLICY = { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, auditDays: 1825, idleMinutes: 60 };

export interface ReviewServer {
  server: TestServer;
  clock: ManualClock;
  stop(): Promise<void>;
}

export async function startReviewServer(start = '2026-03-20T10:00:00Z', env: Record<string, string> = {}): Promise<ReviewServer> {
  const clock = new ManualClock(start);
  // The scheduled purge stays off: each test runs retention when it means to.
  const server = await startTestServer({
    deps: { clock },
    env: { HANDOFF_OPENING_HOURS: 'mon-sun 00:00-24:00', RETENTION_RUN_EVERY_MINUTES: '0', ...env },
  });
  return {
    server,
    clock,
    async stop() {
      await server.stop();
      removeDir(server.dataDir);
    },
  };
}

export async function addStaff(rs: ReviewServer, username: string, role: StaffRole, displayName = username): Promise<string> {
  const staff = createStaffServices(rs.server.store, rs.clock, cryptoRandom, { scryptCost: TEST_SCRYPT_COST });
  return (await staff.accounts.add({ username, role, displayName, password: PASSWORD }, 'cli')).id;
}

export interface Reply {
  status: number;
  text: string;
  headers: Headers;
  body: (Record<string, unknown> & { error?: { code: string } }) | null;
}

/** A signed-in staff member: cookie, CSRF token and a small fetch wrapper. */
export class Staff {
  private constructor(
    readonly base: string,
    readonly cookie: string,
    readonly csrf: string,
    readonly id: string,
  ) {}

  static async login(base: string, username: string, id: string): Promise<Staff> {
    const res = await fetch(`${base}/staff/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    const body = (await res.json()) as { csrfToken: string };
    return new Staff(base, res.headers.getSetCookie()[0]!.split(';')[0]!, body.csrfToken, id);
  }

  async call(method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { cookie: this.cookie, 'x-csrf-token': this.csrf };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let parsed: Reply['body'] = null;
    try {
      parsed = text === '' ? null : (JSON.parse(text) as Reply['body']);
    } catch {
      parsed = null;
    }
    return { status: res.status, text, headers: res.headers, body: parsed };
  }
}

export interface SeedOptions {
  id: string;
  code: string;
  startedAt: string;
  /** Minutes after the start at which the conversation ended; null leaves it open. */
  endedAfterMinutes?: number | null;
  lines?: { role: SenderRole; text: string }[];
  triage?: JsonObject | null;
  /** A counsellor took the chat after `waitSeconds` and closed it with `outcome`. */
  handoff?: { counsellorId: string; waitSeconds: number; outcome: string } | { abandoned: true };
  locale?: 'nl' | 'en';
}

/** A conversation as the bot and the console leave it in the store. */
export async function seedConversation(store: Store, o: SeedOptions): Promise<void> {
  const start = new Date(o.startedAt);
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  await store.conversations.create({
    id: o.id,
    channelId: 'directline',
    code: o.code,
    locale: o.locale ?? 'nl',
    startedAt: start,
    reference: null,
  });
  if (o.triage !== undefined) await store.conversations.update(o.id, { triage: o.triage });
  for (const [i, line] of (o.lines ?? []).entries()) {
    const activity = line.role === 'counsellor' ? { from: { id: 'counsellor:x', name: 'Anna' } } : {};
    await store.transcripts.append(o.id, {
      role: line.role,
      type: 'message',
      text: line.text,
      at: at(i),
      clientActivityId: null,
      activity,
    });
  }
  await store.state.write({ [`directline/conversations/${o.id}/`]: { dialogState: { step: 1 }, eTag: '*' } });
  if (o.handoff) {
    const opened = await store.handoffs.open({
      id: `h-${o.id}`,
      conversationId: o.id,
      acute: o.triage?.acute === true,
      locale: o.locale ?? 'nl',
      queuedAt: at(1),
    });
    if ('abandoned' in o.handoff) {
      await store.handoffs.finish(opened!.id, ['queued'], 'cancelled', at(3), null, null);
    } else {
      await store.handoffs.accept(opened!.id, o.handoff.counsellorId, new Date(at(1).getTime() + o.handoff.waitSeconds * 1000));
      await store.handoffs.finish(opened!.id, ['live'], 'closed', at(20), o.handoff.outcome, null);
    }
  }
  const ended = o.endedAfterMinutes === undefined ? 30 : o.endedAfterMinutes;
  if (ended !== null) await store.conversations.update(o.id, { status: 'ended', endedAt: at(ended), lastActivityAt: at(ended) });
  else await store.conversations.update(o.id, { lastActivityAt: at((o.lines ?? []).length) });
}

/** One retention run on the server's store and clock (what the scheduler would do). */
export async function runRetention(rs: ReviewServer, options: { dryRun?: boolean; now?: Date } = {}): Promise<RetentionSummary> {
  const audit = createStaffServices(rs.server.store, rs.clock, cryptoRandom).audit;
  return createRetention(rs.server.store, rs.clock, audit, POLICY).service.run({
    dryRun: options.dryRun ?? false,
    now: options.now,
    actor: 'system',
  });
}
