import { SeededRandom, systemClock } from '../../src/clock';
import { PostgresStore } from '../../src/store/postgres/postgresStore';
import { createTestSchema, describePostgres, openTestPostgresStore, testDatabaseUrl } from '../support/postgres';
import { describeHandoffContract } from './handoffContract';
import { describeStoreContract } from './storeContract';

// Needs a running PostgreSQL (the store contract against the real server), so on a machine without one
// this block is skipped and says why (describePostgres prints the reason); the SQLite contract suite
// still runs there. CI installs PostgreSQL and sets HELPLINE_REQUIRE_POSTGRES=1, so there it always runs.
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
    it('stores a turn-done mark only after the state save it follows has settled', async () => {
      const { store, cleanup } = await openTestPostgresStore();
      try {
        const at = new Date('2026-03-01T10:00:00Z');
        const { entry } = await store.transcripts.append(
          'c-order',
          { role: 'citizen', type: 'message', text: 'hoi', at, clientActivityId: null, activity: { text: 'hoi' } },
          { pendingTurn: true },
        );
        let release: (() => void) | undefined;
        const save = new Promise<void>((resolve) => (release = resolve));
        let marked = false;
        const done = store.transcripts.completeTurn('c-order', entry.seq, { after: save }).then(() => (marked = true));
        // Several round trips to the database: a mark not waiting for the save would be stored by now.
        for (let i = 0; i < 5; i++) expect(await store.transcripts.isTurnPending('c-order', entry.seq)).toBe(true);
        expect(marked).toBe(false);
        release!();
        await done;
        expect(await store.transcripts.isTurnPending('c-order', entry.seq)).toBe(false);
        // A failed save does not keep the turn pending for ever: the mark follows it all the same.
        const second = await store.transcripts.append(
          'c-order',
          { role: 'citizen', type: 'message', text: 'nog', at, clientActivityId: null, activity: { text: 'nog' } },
          { pendingTurn: true },
        );
        await store.transcripts.completeTurn('c-order', second.entry.seq, { after: Promise.reject(new Error('stale eTag')) });
        expect(await store.transcripts.isTurnPending('c-order', second.entry.seq)).toBe(false);
      } finally {
        await store.close();
        await cleanup();
      }
    });

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
