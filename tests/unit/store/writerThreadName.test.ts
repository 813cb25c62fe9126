import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom, systemClock } from '../../../src/clock';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { WRITER_THREAD_NAME } from '../../../src/store/sqlite/writerProtocol';
import { threadNames, threadNamesShown } from '../../support/threads';

const linux = threadNamesShown;

// Skipped where the operating system shows no per-thread names through /proc (macOS, Windows):
// naming the thread is a Linux-only call there too (the writer names itself only on Linux), so there
// is nothing to observe. On Linux, CI included, the test runs.
if (!linux) console.warn('Skipping the writer thread name test: thread names are read from /proc, which only Linux has');

(linux ? it : it.skip)('names the writer thread, so its CPU time can be told from the other threads', async () => {
  expect(WRITER_THREAD_NAME.length).toBeLessThanOrEqual(15);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-thread-name-'));
  try {
    const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(5) });
    // Answered by the thread, so it has started (and named itself) by now.
    await store.state.write({ k: { v: 1 } });
    expect(threadNames().filter((name) => name === WRITER_THREAD_NAME)).toHaveLength(1);
    await store.close();
    expect(threadNames()).not.toContain(WRITER_THREAD_NAME);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
