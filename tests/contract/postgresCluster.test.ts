/**
 * What instances on one PostgreSQL share: two stores on one schema stand for two instances.
 * Notifications only wake readers, so a lost one (the listening connection killed) costs
 * latency, not the message.
 */
import pg from 'pg';
import { ManualClock, SeededRandom, systemClock } from '../../src/clock';
import { SharedRateLimiter } from '../../src/http/rateLimiter';
import type { JsonObject } from '../../src/store/ports';
import { PostgresStore } from '../../src/store/postgres/postgresStore';
import { createTestSchema, describePostgres, testDatabaseUrl } from '../support/postgres';

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// Needs a running PostgreSQL (the cluster parts are LISTEN/NOTIFY and advisory locks of a real server;
// SQLite has no counterpart), so on a machine without one this block is skipped and says why
// (describePostgres prints the reason). CI installs PostgreSQL and sets HELPLINE_REQUIRE_POSTGRES=1,
// so there it always runs.
describePostgres('PostgreSQL cluster', () => {
  let a: PostgresStore;
  let b: PostgresStore;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    const schema = await createTestSchema();
    drop = schema.drop;
    const open = (seed: number) =>
      PostgresStore.open({
        url: testDatabaseUrl(),
        schema: schema.schema,
        clock: systemClock,
        random: new SeededRandom(seed),
        poolMax: 3,
        pollMs: 200,
      });
    a = await open(1);
    b = await open(2);
  });
  afterEach(async () => {
    await Promise.all([a.close(), b.close()]);
    await drop();
  });

  it('hands published events to the other instance in order, not back to the publisher', async () => {
    const atB: JsonObject[] = [];
    const atA: JsonObject[] = [];
    b.cluster.bus.subscribe('handoff', (p) => atB.push(p));
    a.cluster.bus.subscribe('handoff', (p) => atA.push(p));
    for (let n = 1; n <= 5; n++) await a.cluster.bus.publish('handoff', 'c1', { n });
    await until(() => atB.length === 5, 'five events at B');
    expect(atB.map((p) => p.n)).toEqual([1, 2, 3, 4, 5]);
    expect(atA).toEqual([]);
  });

  it("tells the other instance about appends to a conversation's transcript", async () => {
    const heard: string[] = [];
    b.cluster.bus.onAppended((id) => heard.push(id));
    const mine: string[] = [];
    a.cluster.bus.onAppended((id) => mine.push(id));
    await a.transcripts.append('c7', { role: 'bot', type: 'message', text: 'hoi', at: new Date(), clientActivityId: null, activity: {} });
    await until(() => heard.includes('c7'), 'the append at B');
    expect(mine).toEqual([]);
  });

  it('loses no event when the listening connection is killed: it comes with the reconnect or the safety pass', async () => {
    const atB: JsonObject[] = [];
    b.cluster.bus.subscribe('hub', (p) => atB.push(p));
    let resyncs = 0;
    b.cluster.bus.onResync(() => resyncs++);
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      const killed = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        `helpline-listen:${b.cluster.bus.instanceId}`,
      ]);
      expect(killed.rowCount).toBe(1);
    } finally {
      await admin.end();
    }
    await a.cluster.bus.publish('hub', 'c1', { while: 'away' });
    await until(() => atB.length === 1, 'the event published while B was not listening');
    expect(atB).toEqual([{ while: 'away' }]);
    // Back again, B tells its readers to read from their watermarks (wake-ups may have been lost).
    await until(() => b.cluster.bus.listening && resyncs > 0, 'B listening again, and a resync');
  });

  it('lets one instance at a time hold a lock, and frees it afterwards', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inside = false;
    const first = a.cluster.locks.runExclusive('retention', async () => {
      inside = true;
      await held;
      return 'a';
    });
    await until(() => inside, 'A inside the lock');
    expect(await b.cluster.locks.runExclusive('retention', async () => 'b')).toEqual({ ran: false });
    release();
    expect(await first).toEqual({ ran: true, value: 'a' });
    expect(await b.cluster.locks.runExclusive('retention', async () => 'b')).toEqual({ ran: true, value: 'b' });
  });

  it('makes work under the same lock name wait across instances, and runs it in turn', async () => {
    const log: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inside = false;
    const first = a.cluster.locks.serialize('turn:c1', async () => {
      inside = true;
      log.push('a start');
      await held;
      log.push('a end');
    });
    await until(() => inside, 'A inside the lock');
    const second = b.cluster.locks.serialize('turn:c1', async () => void log.push('b'));
    const other = await b.cluster.locks.serialize('turn:c2', async () => 'c2 is free');
    expect(other).toBe('c2 is free');
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['a start', 'a end', 'b']);
    await expect(a.cluster.locks.serialize('turn:c1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await b.cluster.locks.serialize('turn:c1', async () => 'free again')).toBe('free again');
  });

  it('counts rate limits across instances', async () => {
    const clock = new ManualClock('2026-03-02T10:00:30Z');
    const limitA = new SharedRateLimiter(a.cluster.counters, clock, 'token', 3);
    const limitB = new SharedRateLimiter(b.cluster.counters, clock, 'token', 3);
    const taken = [await limitA.take('1.2.3.4'), await limitB.take('1.2.3.4'), await limitA.take('1.2.3.4'), await limitB.take('1.2.3.4')];
    expect(taken).toEqual([true, true, true, false]);
    expect(await limitB.take('5.6.7.8')).toBe(true);
    clock.advance(60_000);
    expect(await limitA.take('1.2.3.4')).toBe(true);
  });

  it('swaps marks atomically: of two instances writing the same value, one sees the old one', async () => {
    const at = new Date();
    expect(await a.cluster.marks.swap('pos:h1', 3, at)).toBeNull();
    const racing = await Promise.all([a.cluster.marks.swap('pos:h1', 2, at), b.cluster.marks.swap('pos:h1', 2, at)]);
    expect(racing.sort()).toEqual([2, 3]);
    expect(await b.cluster.marks.swap('pos:h1', 4, at)).toBe(2);
    expect(await a.cluster.marks.swap('pos:h1', 1, at)).toBe(4);
  });

  it('decides one open handoff per conversation and one accept winner between instances', async () => {
    const handoff = (id: string) => ({ id, conversationId: 'c1', acute: false, locale: 'nl' as const, queuedAt: new Date() });
    const opened = await Promise.all([a.handoffs.open(handoff('h1')), b.handoffs.open(handoff('h2'))]);
    expect(opened.filter((h) => h !== null)).toHaveLength(1);
    const id = opened.find((h) => h !== null)!.id;
    const accepted = await Promise.all([a.handoffs.accept(id, 'u1', new Date()), b.handoffs.accept(id, 'u2', new Date())]);
    expect(accepted.filter(Boolean)).toHaveLength(1);
  });

  it('shares the token secret and staff sessions', async () => {
    const [secretA, secretB] = await Promise.all([
      a.settings.setIfAbsent('directline.tokenSecret', 'from-a'),
      b.settings.setIfAbsent('directline.tokenSecret', 'from-b'),
    ]);
    expect(secretA).toBe(secretB);
    await a.staff.create({ id: 'u1', username: 'anna', displayName: 'Anna', role: 'counsellor', passwordHash: 'x', createdAt: new Date() });
    const session = { idHash: 'h', userId: 'u1', csrfToken: 't', createdAt: new Date(), lastSeenAt: new Date(), expiresAt: new Date() };
    await a.sessions.create(session);
    expect(await b.sessions.get('h')).toMatchObject({ userId: 'u1', csrfToken: 't' });
  });

  it('numbers concurrent appends from two instances without gaps or duplicates', async () => {
    const entry = (text: string) => ({
      role: 'citizen' as const,
      type: 'message',
      text,
      at: new Date(),
      clientActivityId: null,
      activity: {},
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).transcripts.append('c1', entry(String(i)))),
    );
    expect(results.map((r) => r.entry.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
