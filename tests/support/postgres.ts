/**
 * PostgreSQL for the tests: TEST_DATABASE_URL, or the local role and database that .ci/run
 * creates. globalSetup probes it once (see probePostgres); each test then gets a schema of its
 * own, dropped afterwards, so tests run side by side on one database.
 */
import pg from 'pg';
import { SeededRandom, systemClock } from '../../src/clock';
import type { Clock } from '../../src/clock';
import { PostgresStore } from '../../src/store/postgres/postgresStore';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://helpline:helpline-test@127.0.0.1:5432/helpline_test';
const STATUS_VAR = 'HELPLINE_TEST_POSTGRES';

export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

/**
 * Called by globalSetup. In CI (.ci/run sets HELPLINE_REQUIRE_POSTGRES) a missing database fails
 * the run loudly; on a developer machine without PostgreSQL the PostgreSQL tests are skipped, and
 * say why.
 */
export async function probePostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    process.env[STATUS_VAR] = 'ok';
  } catch (err) {
    const reason = `PostgreSQL at ${testDatabaseUrl().replace(/:[^:@/]*@/, ':***@')} is not reachable (${(err as Error).message})`;
    if (process.env.HELPLINE_REQUIRE_POSTGRES || process.env.CI)
      throw new Error(`${reason}; CI must run the PostgreSQL tests (see .ci/run).`);
    process.env[STATUS_VAR] = reason;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function postgresSkipReason(): string | null {
  const status = process.env[STATUS_VAR];
  if (status === 'ok') return null;
  return status ?? 'the PostgreSQL probe did not run (globalSetup)';
}

/** `describe` when PostgreSQL is there; otherwise a skipped block that prints the reason once. */
export function describePostgres(name: string, body: () => void): void {
  const reason = postgresSkipReason();
  if (reason === null) {
    describe(name, body);
    return;
  }
  // Skipped, not failed, only where no PostgreSQL runs (a developer's laptop): the SQLite suites
  // still cover the same contract there. CI sets HELPLINE_REQUIRE_POSTGRES, which makes a missing
  // database fail the run in globalSetup before this point is ever reached.
  console.warn(`Skipping "${name}": ${reason}`);
  describe.skip(name, body);
}

let counter = 0;

/** A fresh, empty schema; drop() removes it and everything in it. */
export async function createTestSchema(): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${(counter++).toString(36)}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${pg.escapeIdentifier(schema)}`);
  } finally {
    await admin.end();
  }
  return {
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA ${pg.escapeIdentifier(schema)} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A PostgresStore on a fresh schema. */
export async function openTestPostgresStore(
  options: { seed?: number; clock?: Clock; pollMs?: number } = {},
): Promise<{ store: PostgresStore; schema: string; cleanup(): Promise<void> }> {
  const { schema, drop } = await createTestSchema();
  const store = await PostgresStore.open({
    url: testDatabaseUrl(),
    schema,
    clock: options.clock ?? systemClock,
    random: new SeededRandom(options.seed ?? 7),
    pollMs: options.pollMs,
    poolMax: 4,
  });
  return { store, schema, cleanup: drop };
}
