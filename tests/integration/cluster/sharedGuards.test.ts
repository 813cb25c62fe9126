/**
 * Two instances on one PostgreSQL, side by side without sticky sessions: a counsellor's retried
 * message that reaches the other instance is not sent twice, and login guesses spread over the
 * instances are counted together (one instance alone would have let them all through).
 */
import { ManualClock } from '../../../src/clock';
import { createTestSchema, describePostgres, testDatabaseUrl } from '../../support/postgres';
import { removeDir } from '../../support/server';
import type { TestServer } from '../../support/server';
import { Citizen, PASSWORD, Staff, addStaff, startHandoffServer } from '../handoff/harness';

jest.setTimeout(120_000);

const chatPath = (id: string, action: string) => `/staff/api/conversations/${encodeURIComponent(id)}/${action}`;

// Needs a running PostgreSQL (two instances must share one database; SQLite is for one process), so
// on a machine without one this block is skipped and says why (describePostgres prints the reason).
// CI installs PostgreSQL and sets HELPLINE_REQUIRE_POSTGRES=1, so there it always runs.
describePostgres('protections shared by two instances on one PostgreSQL', () => {
  let schema: { schema: string; drop(): Promise<void> };
  let servers: TestServer[] = [];
  // One clock for both, so the login delays can be stepped through without waiting.
  const clock = new ManualClock(new Date());
  const citizens: Citizen[] = [];

  beforeAll(async () => {
    schema = await createTestSchema();
    const env = { STORE: 'postgres', DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema.schema, DATABASE_POOL_MAX: '4' };
    servers = [await startHandoffServer({ env, deps: { clock } }), await startHandoffServer({ env, deps: { clock } })];
  });

  afterAll(async () => {
    for (const c of citizens) c.end();
    for (const server of servers) {
      await server.stop();
      removeDir(server.dataDir);
    }
    await schema.drop();
  });

  it('sends a counsellor message once when its retry reaches the other instance', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const id = await addStaff(a, 'anna', 'counsellor', 'Anna');
    // One session, valid on both instances (sessions are in the store).
    const onA = await Staff.login(a.url, 'anna', id);
    const onB = Object.assign(Object.create(Staff.prototype) as Staff, onA, { base: b.url });
    expect((await onA.setAvailable(true)).status).toBe(200);
    const citizen = await Citizen.join(a.url);
    citizens.push(citizen);
    const before = citizen.botTexts().length;
    await citizen.say('hulpverlener');
    await citizen.expectText('Je staat in de wachtrij', before);
    expect((await onA.call('POST', chatPath(citizen.conversationId, 'accept'))).status).toBe(200);

    const send = (who: Staff, text: string, key: string) =>
      who.call('POST', chatPath(citizen.conversationId, 'messages'), { text }, { headers: { 'idempotency-key': key } });
    // The console lost A's answer and retries on B.
    const first = await send(onA, 'Ik ben er voor je.', 'retry-key-0001');
    const retry = await send(onB, 'Ik ben er voor je.', 'retry-key-0001');
    expect([first.status, first.body.replayed, retry.status, retry.body.replayed]).toEqual([201, undefined, 201, true]);
    // Both attempts at once, one on each instance: one sends, the other waits and replays.
    const racing = await Promise.all([send(onA, 'Wat is er gebeurd?', 'race-key-0002'), send(onB, 'Wat is er gebeurd?', 'race-key-0002')]);
    expect(racing.map((r) => r.status)).toEqual([201, 201]);
    expect(racing.filter((r) => r.body.replayed === true)).toHaveLength(1);
    // A new key is a new message, on either instance.
    expect((await send(onB, 'Ik ben er voor je.', 'other-key-0003')).body.replayed).toBeUndefined();

    const stored = await a.store.transcripts.listAfter(citizen.conversationId, 0, 500);
    const counsellorTexts = stored.filter((e) => e.role === 'counsellor').map((e) => e.text);
    expect(counsellorTexts).toEqual(['Ik ben er voor je.', 'Wat is er gebeurd?', 'Ik ben er voor je.']);
  });

  it('counts failed logins on both instances together', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    await addStaff(a, 'bert', 'counsellor', 'Bert');
    const login = (server: TestServer, password: string) =>
      fetch(`${server.url}/staff/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bert', password }),
      });
    // Five free failures for the account, spread 3 + 3 over the instances: each instance alone
    // saw only three, yet the sixth failure already delays the next attempt on either.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(i % 2 === 0 ? a : b, 'fout wachtwoord')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const refusedOnA = await login(a, PASSWORD);
    const refusedOnB = await login(b, PASSWORD);
    expect([refusedOnA.status, refusedOnB.status]).toEqual([429, 429]);
    expect(refusedOnB.headers.get('retry-after')).toBe('1');
    // A delay, never a lock: once it has run the right password works, on the other instance too.
    clock.advance(1_000);
    expect((await login(b, PASSWORD)).status).toBe(200);
    // The throttled attempts were audited once, although they reached two instances.
    const audited = await a.store.audit.search({ action: 'login_throttled', limit: 10, offset: 0 });
    expect(audited.map((e) => e.detail)).toEqual([{ scope: 'account', retryAfterSeconds: 1 }]);
  });
});
