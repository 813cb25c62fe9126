import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom, systemClock } from '../../../src/clock';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';

/** Handles a closed store could still hold: its writer thread and that thread's message port. */
const threadHandles = () => process.getActiveResourcesInfo().filter((r) => r === 'Worker' || r === 'MessagePort');

it('close() resolves only once the writer thread has ended: no worker or message port is left', async () => {
  const before = threadHandles().length;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-close-'));
  try {
    const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(3) });
    await store.state.write({ k: { v: 1 } });
    await store.close();
    expect(threadHandles().length).toBe(before);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
