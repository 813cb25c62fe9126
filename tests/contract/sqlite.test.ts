import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom, systemClock } from '../../src/clock';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore';
import { describeHandoffContract } from './handoffContract';
import { describeStoreContract } from './storeContract';

describeStoreContract('SQLite', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-contract-'));
  const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(7) });
  return { store, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
});

describeHandoffContract('SQLite', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-handoff-'));
  const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(9) });
  return { store, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
});

describe('SQLite specifics', () => {
  it('keeps data across reopening the same file and refuses a newer schema', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-sqlite-'));
    try {
      const first = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(1) });
      await first.settings.setIfAbsent('k', 'v');
      await first.close();
      const second = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(1) });
      expect(await second.settings.get('k')).toBe('v');
      await second.close();

      const Database = (await import('better-sqlite3')).default;
      const db = new Database(path.join(dataDir, 'helpline.sqlite'));
      db.pragma('user_version = 999');
      db.close();
      expect(() => SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(1) })).toThrow(/newer/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
