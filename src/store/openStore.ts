/**
 * Opens the store the configuration names. The server and the CLI share this, so a command run
 * beside a PostgreSQL cluster works on the same data as the instances.
 */
import type { Clock, RandomSource } from '../clock';
import type { StoreSettings } from '../config';
import type { Store } from './ports';
import { PostgresStore } from './postgres/postgresStore';
import { SqliteStore } from './sqlite/sqliteStore';

export async function openStore(
  settings: StoreSettings,
  deps: { dataDir: string; clock: Clock; random: RandomSource; onProblem?: (event: string) => void },
): Promise<Store> {
  if (settings.kind === 'sqlite') return SqliteStore.open({ dataDir: deps.dataDir, clock: deps.clock, random: deps.random });
  return PostgresStore.open({
    url: settings.url,
    schema: settings.schema ?? undefined,
    poolMax: settings.poolMax,
    pollMs: settings.safetyPollMs,
    clock: deps.clock,
    random: deps.random,
    onProblem: deps.onProblem,
  });
}
