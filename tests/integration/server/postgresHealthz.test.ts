/**
 * /healthz on the PostgreSQL store when the database goes away and comes back. The database sits
 * behind a loopback TCP proxy, so a refused connection and a silent (hung) host are real network
 * conditions, without any test-only hook in the server.
 */
import net from 'node:net';
import pg from 'pg';
import { checkout } from '../../../src/store/postgres/db';
import { createTestSchema, describePostgres, testDatabaseUrl } from '../../support/postgres';
import { removeDir, startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';
import { TcpProxy } from '../../support/tcpProxy';

jest.setTimeout(60_000);

interface Health {
  status: string;
  store: { ok: boolean; kind: string; detail?: string };
}

async function health(server: TestServer): Promise<{ status: number; body: Health }> {
  const res = await fetch(`${server.url}/healthz`);
  return { status: res.status, body: (await res.json()) as Health };
}

/** A loopback port with nothing listening on it: what a stopped database host answers. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: last seen ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Needs a running PostgreSQL behind the proxy (what is tested is the PostgreSQL store losing its
// network connection; the embedded SQLite store has none to lose), so on a machine without one this
// block is skipped and says why (describePostgres prints the reason). CI installs PostgreSQL and sets
// HELPLINE_REQUIRE_POSTGRES=1, so there it always runs.
describePostgres('/healthz on PostgreSQL when the database goes away', () => {
  let schema: { schema: string; drop(): Promise<void> };
  let proxy: TcpProxy;
  let server: TestServer;
  const realPort = Number(new URL(testDatabaseUrl()).port || 5432);

  beforeEach(async () => {
    schema = await createTestSchema();
    proxy = new TcpProxy(realPort);
    await proxy.start();
    const viaProxy = new URL(testDatabaseUrl());
    viaProxy.port = String(proxy.port);
    server = await startTestServer({
      env: { STORE: 'postgres', DATABASE_URL: viaProxy.toString(), DATABASE_SCHEMA: schema.schema, DATABASE_POOL_MAX: '2' },
    });
  });

  afterEach(async () => {
    await server.stop();
    await proxy.stop();
    removeDir(server.dataDir);
    await schema.drop();
  });

  it('says 503 with a fixed reason when the database refuses, without naming its host or user, and 200 again once it is back', async () => {
    expect(await health(server)).toMatchObject({ status: 200, body: { status: 'ok', store: { ok: true, kind: 'postgres' } } });

    proxy.retarget(await closedPort());
    proxy.dropAll();
    const down = await until(
      () => health(server),
      (h) => h.status === 503,
      'health after the database went away',
    );
    expect(down.body).toMatchObject({ status: 'unavailable', store: { ok: false, kind: 'postgres' } });
    expect(down.body.store.detail).toMatch(/^database did not answer/);
    const said = JSON.stringify(down.body);
    for (const secret of ['127.0.0.1', String(proxy.port), 'helpline_test', 'helpline-test', schema.schema])
      expect(said).not.toContain(secret);

    proxy.retarget(realPort);
    const back = await until(
      () => health(server),
      (h) => h.status === 200,
      'health after the database came back',
    );
    expect(back.body.store).toMatchObject({ ok: true, kind: 'postgres' });
  });

  it('answers 503 in bounded time when the database host goes silent, instead of hanging the probe', async () => {
    expect((await health(server)).status).toBe(200);
    proxy.stall();
    // Without a bound the probe waits on the silent connection for as long as TCP keeps it open;
    // a load balancer would see a hanging health check and every probe would hold a request open.
    const down = await health(server);
    expect(down.status).toBe(503);
    expect(down.body.store).toMatchObject({ ok: false, kind: 'postgres' });
    expect(down.body.store.detail).toMatch(/^database did not answer/);

    proxy.resume();
    await until(
      () => health(server),
      (h) => h.status === 200,
      'health after the host answered again',
    );
  });

  it('a connection dropped while it is checked out (holding a lock, between two queries) costs that work, not the process', async () => {
    const viaProxy = new URL(testDatabaseUrl());
    viaProxy.port = String(proxy.port);
    const pool = new pg.Pool({ connectionString: viaProxy.toString(), max: 1 });
    pool.on('error', () => undefined);
    try {
      const held = await checkout(pool);
      await held.client.query('SELECT 1');
      // The drop arrives while no query runs on the connection: pg reports it as an 'error' event.
      proxy.dropAll();
      await new Promise((resolve) => setTimeout(resolve, 300));
      held.release();
      // The broken connection was discarded, not handed out again: the next query gets a fresh one.
      expect((await pool.query('SELECT 2 AS two')).rows).toEqual([{ two: 2 }]);
    } finally {
      await pool.end();
    }
  });
});
