import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom, systemClock } from '../../src/clock';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore';
import { offerWriteText, takeReadText } from '../../src/store/stateText';
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
  it('offers the stored text of a state item it reads, and writes the text offered with an item', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-sqlite-'));
    const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(3) });
    try {
      await store.state.write({ k: { b: 1, a: [2, 'x'] } });
      const item = (await store.state.read(['k'])).k!;
      // The text the item was parsed from, without its eTag: what the bot state uses as its mark.
      expect(takeReadText(item)).toBe('{"b":1,"a":[2,"x"]}');
      expect(takeReadText(item)).toBeUndefined();
      // A text offered for writing is stored as given (the bot state offers the text it compared).
      const next = { c: 3, eTag: '*' };
      offerWriteText(next, '{"c":3}');
      await store.state.write({ k: next });
      const again = (await store.state.read(['k'])).k!;
      expect(again).toMatchObject({ c: 3 });
      expect(takeReadText(again)).toBe('{"c":3}');
    } finally {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

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
