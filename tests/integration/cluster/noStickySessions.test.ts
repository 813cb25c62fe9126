/**
 * Without sticky sessions a citizen's messages can land on different instances at the same time.
 * Every one of them must be answered, with no turn failing (say on a bot-state conflict). Whether
 * two turns really overlap here depends on timing, so this checks the outcome; that the store's
 * turn lock makes instances wait for each other is shown in tests/contract/postgresCluster.test.ts.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { fetchToken } from '../../support/directline';
import { createTestSchema, describePostgres, testDatabaseUrl } from '../../support/postgres';
import { removeDir, startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';

jest.setTimeout(120_000);

// Needs a running PostgreSQL (two instances must share one database; SQLite is for one process), so
// on a machine without one this block is skipped and says why (describePostgres prints the reason).
// CI installs PostgreSQL and sets HELPLINE_REQUIRE_POSTGRES=1, so there it always runs.
describePostgres('two instances without sticky sessions', () => {
  let schema: { schema: string; drop(): Promise<void> };
  let servers: TestServer[] = [];
  const logLines: string[] = [];

  beforeAll(async () => {
    schema = await createTestSchema();
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(chunk.toString('utf8'));
          done();
        },
      }),
    );
    const env = { STORE: 'postgres', DATABASE_URL: testDatabaseUrl(), DATABASE_SCHEMA: schema.schema };
    // Warmed up as in production: cold first turns hold the turn lock's pooled connection long
    // enough for the racing posts to time out waiting for one (500), which is not what this tests.
    servers = [
      await startTestServer({ env, deps: { logger }, warmUp: true }),
      await startTestServer({ env, deps: { logger }, warmUp: true }),
    ];
  });

  afterAll(async () => {
    for (const server of servers) {
      await server.stop();
      removeDir(server.dataDir);
    }
    await schema.drop();
  });

  it('answers every one of a citizen’s simultaneous messages sent to two instances', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const { token, conversationId } = await fetchToken(a.url);
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${b.url}/v3/directline/conversations`, { method: 'POST', headers: auth })).status).toBe(201);
    const texts = ['Mijn buurman werkt elke dag 14 uur', 'Hij mag zijn paspoort niet houden', 'Ze woont bij de baas', 'Wat kan ik doen?'];
    const posted = await Promise.all(
      texts.map(async (text, i) => {
        const res = await fetch(`${(i % 2 === 0 ? a : b).url}/v3/directline/conversations/${conversationId}/activities`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text, from: { id: 'x' }, channelData: { clientActivityID: `m${i}` } }),
        });
        expect(res.status).toBe(200);
        return ((await res.json()) as { id: string }).id;
      }),
    );

    const entries = await a.store.transcripts.listAfter(conversationId, 0, 1000);
    for (const id of posted) {
      expect(entries.some((e) => e.role === 'bot' && e.activity.replyToId === id)).toBe(true);
    }
    expect(await a.store.transcripts.pendingTurns(10)).toEqual([]);
    expect(logLines.filter((l) => l.includes('"turn_error"'))).toEqual([]);
  });
});
