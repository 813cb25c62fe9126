import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SeededRandom, systemClock } from '../../../src/clock';
import { GroupCommit } from '../../../src/store/sqlite/groupCommit';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';

/** A group commit whose batches run when the test says so, not at the end of the loop's turn. */
function manual(db: Database.Database): { commits: GroupCommit; tick(): void; scheduled(): number } {
  const flushes: Array<() => void> = [];
  const commits = new GroupCommit(db, (flush) => flushes.push(flush));
  return { commits, tick: () => flushes.splice(0).forEach((f) => f()), scheduled: () => flushes.length };
}

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

describe('GroupCommit', () => {
  let db: Database.Database;
  let dir: string;
  beforeEach(() => ({ db, dir } = openDb()));
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('commits the writes of one turn of the loop together, in order, and resolves them only after the commit', async () => {
    const { commits, tick, scheduled } = manual(db);
    const insert = db.prepare('INSERT INTO item (v) VALUES (?)');
    const settled: string[] = [];
    const writes = ['a', 'b', 'c'].map((v) => commits.run(() => insert.run(v).lastInsertRowid).then((id) => settled.push(`${v}${id}`)));
    expect(scheduled()).toBe(1);
    await Promise.resolve();
    expect(settled).toEqual([]);
    // Not committed yet: another connection sees nothing.
    const other = new Database(path.join(dir, 'x.sqlite'), { readonly: true });
    expect(values(other)).toEqual([]);
    tick();
    await Promise.all(writes);
    expect(settled).toEqual(['a1', 'b2', 'c3']);
    expect(values(other)).toEqual(['a', 'b', 'c']);
    other.close();
    expect(commits.stats()).toEqual({ writes: 3, commits: 1 });
  });

  it('undoes and rejects only the write that failed; the others of the batch are stored', async () => {
    const { commits, tick } = manual(db);
    const insert = db.prepare('INSERT INTO item (v) VALUES (?)');
    const first = commits.run(() => insert.run('x'));
    const failing = commits.run(() => {
      insert.run('y');
      insert.run('x'); // unique violation: 'y' of this same write must go too
    });
    const last = commits.run(() => insert.run('z'));
    tick();
    await expect(first).resolves.toBeDefined();
    await expect(failing).rejects.toMatchObject({ message: expect.stringMatching(/UNIQUE/) });
    await expect(last).resolves.toBeDefined();
    expect(values(db)).toEqual(['x', 'z']);
  });

  it('rejects every write of a batch whose commit fails, and stores none of them', async () => {
    const { commits, tick } = manual(db);
    const insert = db.prepare('INSERT INTO item (v, parent) VALUES (?, ?)');
    const fine = commits.run(() => insert.run('fine', null));
    // A deferred foreign key is checked at COMMIT: the commit itself fails.
    const orphan = commits.run(() => insert.run('orphan', 42));
    tick();
    await expect(fine).rejects.toMatchObject({ message: expect.stringMatching(/FOREIGN KEY/) });
    await expect(orphan).rejects.toMatchObject({ message: expect.stringMatching(/FOREIGN KEY/) });
    expect(values(db)).toEqual([]);
    expect(db.inTransaction).toBe(false);
    expect(commits.stats()).toEqual({ writes: 0, commits: 0 });
  });

  it('stops the batch when SQLite rolled the whole transaction back, so no later write runs outside it', async () => {
    const { commits, tick } = manual(db);
    const insert = db.prepare('INSERT INTO item (v) VALUES (?)');
    const before = commits.run(() => insert.run('before'));
    const crash = commits.run(() => {
      // What SQLite does on a full disk or an I/O error: the transaction is gone.
      db.exec('ROLLBACK');
      throw new Error('disk I/O error');
    });
    const after = commits.run(() => insert.run('after'));
    tick();
    await expect(before).rejects.toMatchObject({ message: expect.stringMatching(/disk I\/O/) });
    await expect(crash).rejects.toMatchObject({ message: expect.stringMatching(/disk I\/O/) });
    await expect(after).rejects.toMatchObject({ message: expect.stringMatching(/disk I\/O/) });
    expect(values(db)).toEqual([]);
  });

  it('starts a new batch for writes asked for after a batch ran', async () => {
    const { commits, tick, scheduled } = manual(db);
    const insert = db.prepare('INSERT INTO item (v) VALUES (?)');
    const one = commits.run(() => insert.run('1'));
    tick();
    await one;
    const two = commits.run(() => insert.run('2'));
    expect(scheduled()).toBe(1);
    tick();
    await two;
    expect(commits.stats()).toEqual({ writes: 2, commits: 2 });
  });
});

describe('SqliteStore with group commit', () => {
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
});
