import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom, systemClock } from '../../../src/clock';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { WRITER_THREAD_NAME } from '../../../src/store/sqlite/writerProtocol';
import { threadNames, threadNamesShown } from '../../support/threads';

// Where threads can name themselves (Linux with /proc/thread-self) the writer's name shows once
// while the store is open and is gone after close; elsewhere the writer runs unnamed (naming is
// diagnostics only), so the same test proves it opens, writes and closes all the same and that no
// thread carries the name. Nothing is skipped on any machine.
const named = threadNamesShown ? 1 : 0;

it('names the writer thread where the system allows, so its CPU time can be told from the other threads', async () => {
  expect(WRITER_THREAD_NAME.length).toBeLessThanOrEqual(15);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-thread-name-'));
  try {
    const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(5) });
    // Answered by the thread, so it has started (and named itself) by now.
    await store.state.write({ k: { v: 1 } });
    expect(threadNames().filter((name) => name === WRITER_THREAD_NAME)).toHaveLength(named);
    await store.close();
    expect(threadNames()).not.toContain(WRITER_THREAD_NAME);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
