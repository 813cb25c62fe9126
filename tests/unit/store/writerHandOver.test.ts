import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SeededRandom, systemClock } from '../../../src/clock';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';

/**
 * When the main thread hands writes to the writer thread: two callbacks of one loop phase, the
 * first asks for a write inside its promise jobs (as a turn in a block does), the second looks
 * at how many messages went to the writer by then.
 */
async function postedBeforeNextCallback(ask: () => Promise<unknown>): Promise<number> {
  const posted = jest.spyOn(Worker.prototype, 'postMessage');
  const before = posted.mock.calls.length;
  let asked: Promise<unknown> = Promise.resolve();
  const seen = await new Promise<number>((resolve) => {
    setImmediate(() => {
      asked = Promise.resolve().then(ask);
    });
    setImmediate(() => resolve(posted.mock.calls.length - before));
  });
  await asked;
  posted.mockRestore();
  return seen;
}

describe('SqliteWriter hand-over', () => {
  let dataDir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-handover-'));
    store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(4) });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("hands a turn's end over as soon as the callback that asked for it is done", async () => {
    expect(await postedBeforeNextCallback(() => store.transcripts.completeTurn('c1', 1))).toBe(1);
  });

  it('keeps other writes for the end of the loop turn, where the writes of its other callbacks join them', async () => {
    expect(await postedBeforeNextCallback(() => store.state.write({ k: { v: 1 } }))).toBe(0);
  });
});
