import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ManualClock, SeededRandom, systemClock } from '../../../src/clock';
import { ConcurrencyError } from '../../../src/errors';
import { batchRunner } from '../../../src/store/sqlite/groupCommit';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { CHECKPOINT_AFTER_WRITES, CHECKPOINT_AT_LATEST_WRITES, WriterLoop } from '../../../src/store/sqlite/writerLoop';
import { SqliteWriter } from '../../../src/store/sqlite/writerThread';
import { workerScript } from '../../../src/threads/workerSource';
import type { FromWriter } from '../../../src/store/sqlite/writerProtocol';

function openDb(): { db: Database.Database; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-group-'));
  const db = new Database(path.join(dir, 'x.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY);
           CREATE TABLE item (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE,
             parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);`);
  return { db, dir };
}

// Matched by message: better-sqlite3's SqliteError may come from another test file's realm in the
// same Jest worker, where toThrow does not recognise it as an Error.
const values = (db: Database.Database) => (db.prepare('SELECT v FROM item ORDER BY id').all() as Array<{ v: string }>).map((r) => r.v);

describe('batchRunner', () => {
  let db: Database.Database;
  let dir: string;
  beforeEach(() => ({ db, dir } = openDb()));
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs the writes in order in one transaction that another connection sees only once committed', () => {
    const insert = db.prepare('INSERT INTO item (v) VALUES (?)');
    const other = new Database(path.join(dir, 'x.sqlite'), { readonly: true });
    const seenDuring: string[][] = [];
    const outcomes = batchRunner(db)([
      () => insert.run('a').lastInsertRowid,
      () => {
        seenDuring.push(values(other));
        return insert.run('b').lastInsertRowid;
      },
    ]);
    expect(outcomes).toEqual([
      { ok: true, value: 1 },
      { ok: true, value: 2 },
    ]);
    expect(seenDuring).toEqual([[]]);
    expect(values(other)).toEqual(['a', 'b']);
    other.close();
  });

  it('undoes only the write that failed; the others of the batch are stored', () => {
    const insert = db.prepare('INSERT INTO item (v) VALUES (?)');
    const outcomes = batchRunner(db)([
      () => insert.run('x'),
      () => {
        insert.run('y');
        insert.run('x'); // unique violation: 'y' of this same write must go too
      },
      () => insert.run('z'),
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ err: { message: expect.stringMatching(/UNIQUE/) } });
    expect(values(db)).toEqual(['x', 'z']);
  });

  it('throws and stores nothing when the commit fails', () => {
    const insert = db.prepare('INSERT INTO item (v, parent) VALUES (?, ?)');
    // A deferred foreign key is checked at COMMIT: the commit itself fails.
    expect(() => batchRunner(db)([() => insert.run('fine', null), () => insert.run('orphan', 42)])).toThrow(/FOREIGN KEY/);
    expect(values(db)).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('stops the batch when SQLite rolled the whole transaction back, so no later write runs outside it', () => {
    const insert = db.prepare('INSERT INTO item (v) VALUES (?)');
    const crash = () => {
      // What SQLite does on a full disk or an I/O error: the transaction is gone.
      db.exec('ROLLBACK');
      throw new Error('disk I/O error');
    };
    expect(() => batchRunner(db)([() => insert.run('before'), crash, () => insert.run('after')])).toThrow(/disk I\/O/);
    expect(values(db)).toEqual([]);
  });
});

/** A writer loop on a store-shaped database whose batches run when the test says so. */
async function manualLoop(): Promise<{
  loop: WriterLoop;
  db: Database.Database;
  dir: string;
  sent: FromWriter[];
  tick(): void;
  scheduled(): number;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-loop-'));
  // Opening the store once creates the schema; the loop then gets a connection of its own.
  const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(2) });
  await store.close();
  const db = new Database(path.join(dataDir, 'helpline.sqlite'));
  const sent: FromWriter[] = [];
  const flushes: Array<() => void> = [];
  const loop = new WriterLoop(
    db,
    (message) => sent.push(message),
    (flush) => flushes.push(flush),
  );
  return { loop, db, dir: dataDir, sent, tick: () => flushes.splice(0).forEach((f) => f()), scheduled: () => flushes.length };
}

const append = (conversationId: string, text: string) => ({
  op: 'append' as const,
  conversationId,
  role: 'citizen',
  type: 'message',
  text,
  at: 0,
  clientActivityId: null,
  activity: JSON.stringify({ text }),
  pending: true,
});

describe('WriterLoop', () => {
  let h: Awaited<ReturnType<typeof manualLoop>>;
  beforeEach(async () => (h = await manualLoop()));
  afterEach(() => {
    if (h.db.open) h.db.close();
    fs.rmSync(h.dir, { recursive: true, force: true });
  });

  it('answers the requests of all messages received before its flush in one message, after one commit', () => {
    h.loop.receive({ kind: 'writes', batch: [{ id: 1, request: append('c1', 'a') }] });
    h.loop.receive({
      kind: 'writes',
      batch: [
        { id: 2, request: append('c1', 'b') },
        { id: 3, request: append('c2', 'c') },
      ],
    });
    expect(h.scheduled()).toBe(1);
    expect(h.sent).toEqual([]);
    expect(h.db.prepare('SELECT COUNT(*) FROM transcript').pluck().get()).toBe(0);
    h.tick();
    expect(h.sent).toEqual([
      {
        kind: 'done',
        results: [
          { id: 1, ok: true, value: { created: true, seq: 1 } },
          { id: 2, ok: true, value: { created: true, seq: 2 } },
          { id: 3, ok: true, value: { created: true, seq: 1 } },
        ],
        stats: { writes: 3, commits: 1 },
      },
    ]);
    expect(h.db.prepare('SELECT COUNT(*) FROM pending_turns').pluck().get()).toBe(3);
  });

  it('fails a stale state write alone, as a conflict naming its key, and keeps the rest of the batch', () => {
    const write = (eTag: string, expected: string | null) => ({
      op: 'stateWrite' as const,
      items: [{ key: 'k', expected, data: '{}', eTag }],
    });
    h.loop.receive({ kind: 'writes', batch: [{ id: 1, request: write('e1', null) }] });
    h.tick();
    h.loop.receive({
      kind: 'writes',
      batch: [
        { id: 2, request: write('e2', 'stale') },
        { id: 3, request: append('c1', 'a') },
      ],
    });
    h.tick();
    expect(h.sent[1]).toEqual({
      kind: 'done',
      results: [
        { id: 2, ok: false, error: { kind: 'conflict', key: 'k' } },
        { id: 3, ok: true, value: { created: true, seq: 1 } },
      ],
      stats: { writes: 3, commits: 2 },
    });
    expect(h.db.prepare('SELECT etag FROM bot_state').pluck().get()).toBe('e1');
  });

  it('refuses a malformed request (an unknown column) alone, without running it', () => {
    h.loop.receive({
      kind: 'writes',
      batch: [
        { id: 1, request: { op: 'conversationUpdate', id: 'c1', columns: [['id = id; --', 1]] } },
        { id: 2, request: append('c1', 'a') },
      ],
    });
    expect(h.sent).toEqual([
      {
        kind: 'done',
        results: [{ id: 1, ok: false, error: expect.objectContaining({ kind: 'error' }) }],
        stats: { writes: 0, commits: 0 },
      },
    ]);
    h.tick();
    expect(h.sent[1]).toMatchObject({ results: [{ id: 2, ok: true }] });
  });

  it('commits what it received before closing the connection', () => {
    h.loop.receive({ kind: 'writes', batch: [{ id: 1, request: append('c1', 'a') }] });
    expect(h.loop.receive({ kind: 'close' })).toBe(false);
    expect(h.sent.map((m) => m.kind)).toEqual(['done', 'closed']);
    expect(h.db.open).toBe(false);
    const again = new Database(path.join(h.dir, 'helpline.sqlite'), { readonly: true });
    expect(again.prepare('SELECT text FROM transcript').pluck().all()).toEqual(['a']);
    again.close();
  });
});

describe('WriterLoop checkpoints', () => {
  let h: Awaited<ReturnType<typeof manualLoop>>;
  beforeEach(async () => (h = await manualLoop()));
  afterEach(() => {
    if (h.db.open) h.db.close();
    fs.rmSync(h.dir, { recursive: true, force: true });
  });
  /** The database file grows only when a checkpoint copies the WAL's pages into it. */
  const fileSize = () => fs.statSync(path.join(h.dir, 'helpline.sqlite')).size;
  const appends = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: from + i, request: append(`c${from + i}`, `message ${from + i}`) }));

  it("turns off SQLite's own checkpoint inside COMMIT on its connection", () => {
    expect(h.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  });

  it('answers a batch before it checkpoints, and checkpoints once no request waits', () => {
    const before = fileSize();
    let sizeWhenAnswered = -1;
    const sendNow = h.sent.push.bind(h.sent);
    h.sent.push = (...messages: FromWriter[]) => {
      sizeWhenAnswered = fileSize();
      return sendNow(...messages);
    };
    h.loop.receive({ kind: 'writes', batch: appends(1, CHECKPOINT_AFTER_WRITES) });
    h.tick();
    expect(h.sent).toHaveLength(1);
    expect(sizeWhenAnswered).toBe(before);
    // The checkpoint waits for its own turn of the thread's loop.
    expect(fileSize()).toBe(before);
    expect(h.scheduled()).toBe(1);
    h.tick();
    expect(fileSize()).toBeGreaterThan(before);
    expect(h.db.prepare('SELECT COUNT(*) FROM transcript').pluck().get()).toBe(CHECKPOINT_AFTER_WRITES);
  });

  it('lets requests that came in first go before the checkpoint, and checkpoints after their batch', () => {
    const before = fileSize();
    h.loop.receive({ kind: 'writes', batch: appends(1, CHECKPOINT_AFTER_WRITES) });
    h.tick();
    h.loop.receive({ kind: 'writes', batch: appends(CHECKPOINT_AFTER_WRITES + 1, 1) });
    // The checkpoint's turn comes first, finds a request waiting and leaves it to the flush after it.
    h.tick();
    expect(h.sent).toHaveLength(2);
    expect(fileSize()).toBe(before);
    expect(h.scheduled()).toBe(1);
    h.tick();
    expect(fileSize()).toBeGreaterThan(before);
    expect(h.scheduled()).toBe(0);
  });

  it('checkpoints right after the answer once the WAL holds many writes, even with requests waiting', () => {
    const before = fileSize();
    h.loop.receive({ kind: 'writes', batch: appends(1, CHECKPOINT_AT_LATEST_WRITES) });
    h.tick();
    expect(h.sent).toHaveLength(1);
    expect(fileSize()).toBeGreaterThan(before);
    expect(h.scheduled()).toBe(0);
  });

  it('keeps a scheduled checkpoint from touching the connection once it is closed', () => {
    h.loop.receive({ kind: 'writes', batch: appends(1, CHECKPOINT_AFTER_WRITES) });
    h.tick();
    expect(h.loop.receive({ kind: 'close' })).toBe(false);
    expect(() => h.tick()).not.toThrow();
    expect(h.sent.map((m) => m.kind)).toEqual(['done', 'closed']);
  });
});

describe('the main connection', () => {
  it('leaves a WAL of over 1,000 pages to the writer thread instead of checkpointing on the event loop at its own commit', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-main-'));
    const file = path.join(dataDir, 'helpline.sqlite');
    const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(3) });
    try {
      // Another connection that never checkpoints puts ~1,250 pages into the WAL.
      const other = new Database(file);
      other.pragma('wal_autocheckpoint = 0');
      const put = other.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      other.transaction(() => {
        for (let i = 0; i < 1_250; i++) put.run(`filler-${i}`, 'x'.repeat(3_000));
      })();
      other.close();
      const before = fs.statSync(file).size;
      // A write of the main connection, as staff and retention make them.
      expect(await store.settings.setIfAbsent('k', 'v')).toBe('v');
      expect(fs.statSync(file).size).toBe(before);
    } finally {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('SqliteStore with its writer thread', () => {
  it('commits the writes of concurrent turns in shared commits and keeps them across a reopen', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-group-store-'));
    try {
      const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(5) });
      const at = new Date('2026-01-01T00:00:00Z');
      const entry = (text: string) => ({ role: 'citizen' as const, type: 'message', text, at, clientActivityId: null, activity: { text } });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.transcripts.append(`c${i % 4}`, entry(`m${i}`), { pendingTurn: true })),
      );
      expect(results.map((r) => r.entry.seq)).toEqual(Array.from({ length: 20 }, (_, i) => Math.floor(i / 4) + 1));
      // Asked for in one turn of the loop: one message to the writer, one commit.
      expect(store.writeStats()).toEqual({ writes: 20, commits: 1 });
      // Asked for but not yet committed when the store closes: committed by close, not dropped.
      void store.transcripts.completeTurn('c0', 1);
      await store.close();
      const again = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(5) });
      expect(await again.transcripts.isTurnPending('c0', 1)).toBe(false);
      expect(await again.transcripts.isTurnPending('c1', 1)).toBe(true);
      expect((await again.transcripts.listAfter('c3', 0, 10)).map((e) => e.text)).toEqual(['m3', 'm7', 'm11', 'm15', 'm19']);
      await again.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('hands a stale eTag back as ConcurrencyError and a driver failure under its own name, and refuses writes once closed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-writer-errors-'));
    try {
      const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(6) });
      await store.state.write({ k: { v: 1 } });
      await expect(store.state.write({ k: { v: 2, eTag: 'stale' } })).rejects.toBeInstanceOf(ConcurrencyError);
      const at = new Date('2026-01-01T00:00:00Z');
      const base = { channelId: 'directline', locale: 'nl' as const, startedAt: at, reference: null };
      await store.conversations.create({ id: 'a', code: 'SAME', ...base });
      // The code is unique: the second insert fails in the writer with SQLite's constraint error.
      await expect(store.conversations.create({ id: 'b', code: 'SAME', ...base })).rejects.toMatchObject({
        name: 'SqliteError',
        code: 'SQLITE_CONSTRAINT_UNIQUE',
      });
      await store.close();
      await expect(store.state.write({ k: { v: 3 } })).rejects.toMatchObject({ code: 'StoreUnavailable' });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('answers health from the last commit of under a second ago, and probes again when none is that recent or a write failed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-writer-health-'));
    const clock = new ManualClock('2026-01-05T10:00:00Z');
    try {
      const store = SqliteStore.open({ dataDir, clock, random: new SeededRandom(9) });
      await store.state.write({ k: { v: 1 } });
      const writes = () => store.writeStats().writes;
      // A turn's commit just now proves the write path: no probe waits behind the writer.
      expect(await store.health()).toEqual({ ok: true, kind: 'sqlite' });
      expect(writes()).toBe(1);
      clock.advance(999);
      expect(await store.health()).toEqual({ ok: true, kind: 'sqlite' });
      expect(writes()).toBe(1);
      // A second on, with nothing committed meanwhile: the probe writes.
      clock.advance(1);
      expect(await store.health()).toEqual({ ok: true, kind: 'sqlite' });
      expect(writes()).toBe(2);
      // A write that failed in the writer (not a stale eTag): the next check probes, whatever commits went before.
      clock.advance(5000);
      const at = new Date('2026-01-01T00:00:00Z');
      const base = { channelId: 'directline', locale: 'nl' as const, startedAt: at, reference: null };
      await store.conversations.create({ id: 'a', code: 'SAME', ...base });
      await expect(store.conversations.create({ id: 'b', code: 'SAME', ...base })).rejects.toMatchObject({ name: 'SqliteError' });
      const before = writes();
      expect(await store.health()).toEqual({ ok: true, kind: 'sqlite' });
      expect(writes()).toBe(before + 1);
      // A stale eTag is the caller's conflict, not the store's: the commit still counts.
      clock.advance(5000);
      await expect(store.state.write({ k: { v: 2, eTag: 'stale' } })).rejects.toBeInstanceOf(ConcurrencyError);
      const afterConflict = writes();
      expect(await store.health()).toEqual({ ok: true, kind: 'sqlite' });
      expect(writes()).toBe(afterConflict);
      await store.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('SqliteWriter', () => {
  it('rejects every write, then and later, when its thread cannot open the database', async () => {
    const missing = path.join(os.tmpdir(), 'helpline-no-such-dir', 'nested', 'x.sqlite');
    const writer = new SqliteWriter(missing);
    const first = writer.run({ op: 'probe', value: '1' });
    await expect(first).rejects.toMatchObject({ code: 'StoreUnavailable' });
    await expect(writer.run({ op: 'probe', value: '2' })).rejects.toBe(writer.problem());
    await writer.close();
  });
});

describe('the writer thread run from TypeScript sources', () => {
  it('is writerWorker.ts with its modules in one script, and finds its packages whatever the working directory', async () => {
    const script = workerScript(path.resolve(__dirname, '../../../src/store/sqlite/writerWorker.ts'));
    expect(script).toContain('new WriterLoop(');
    expect(script).not.toMatch(/require\(["']\.{1,2}\//);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-writer-cwd-'));
    const cwd = process.cwd();
    // Where no node_modules can be found by walking up: the script must not resolve from here.
    process.chdir(dataDir);
    try {
      const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(8) });
      expect(await store.health()).toEqual({ ok: true, kind: 'sqlite' });
      await store.state.write({ k: { v: 1 } });
      expect(store.writeStats()).toEqual({ writes: 2, commits: 2 });
      await store.close();
    } finally {
      process.chdir(cwd);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
