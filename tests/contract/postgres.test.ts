import { SeededRandom, systemClock } from '../../src/clock';
import { PostgresStore } from '../../src/store/postgres/postgresStore';
import { createTestSchema, describePostgres, openTestPostgresStore, testDatabaseUrl } from '../support/postgres';
import { describeHandoffContract } from './handoffContract';
import { describeStoreContract } from './storeContract';

describePostgres('PostgreSQL', () => {
  describeStoreContract('PostgreSQL', async () => {
    const { store, cleanup } = await openTestPostgresStore();
    return { store, cleanup };
  });

  describeHandoffContract('PostgreSQL', async () => {
    const { store, cleanup } = await openTestPostgresStore({ seed: 9 });
    return { store, cleanup };
  });

  describe('PostgreSQL specifics', () => {
    it('migrates once even when two instances start together, keeps data and refuses a newer schema', async () => {
      const { schema, drop } = await createTestSchema();
      const open = () =>
        PostgresStore.open({ url: testDatabaseUrl(), schema, clock: systemClock, random: new SeededRandom(1), poolMax: 2 });
      try {
        const [first, second] = await Promise.all([open(), open()]);
        await first.settings.setIfAbsent('k', 'v');
        expect(await second.settings.get('k')).toBe('v');
        await Promise.all([first.close(), second.close()]);

        const third = await open();
        expect(await third.settings.get('k')).toBe('v');
        await third.close();

        const pg = (await import('pg')).default;
        const client = new pg.Client({ connectionString: testDatabaseUrl() });
        await client.connect();
        await client.query(`INSERT INTO ${pg.escapeIdentifier(schema)}.schema_migrations (version, name) VALUES (999, 'future')`);
        await client.end();
        await expect(open()).rejects.toThrow(/newer/);
      } finally {
        await drop();
      }
    });
  });
});
