import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock, SeededRandom } from '../../src/clock';
import { createStaffServices } from '../../src/staff';
import type { StaffServices, StaffServicesOptions } from '../../src/staff';
import type { ScryptCost } from '../../src/staff/passwords';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore';

/** Cheap enough for tests on a shared two-core machine; production uses DEFAULT_SCRYPT_COST. */
export const TEST_SCRYPT_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

export interface StaffFixture {
  store: SqliteStore;
  clock: ManualClock;
  random: SeededRandom;
  staff: StaffServices;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A real SQLite store in a fresh folder with the staff services on top of it. */
export function openStaffFixture(options: StaffServicesOptions = {}): StaffFixture {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-staff-'));
  const clock = new ManualClock('2026-03-02T09:00:00Z');
  const random = new SeededRandom(42);
  const store = SqliteStore.open({ dataDir, clock, random });
  const staff = createStaffServices(store, clock, random, { scryptCost: TEST_SCRYPT_COST, ...options });
  return {
    store,
    clock,
    random,
    staff,
    dataDir,
    async cleanup() {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
