/**
 * One `serve` process per SQLite data folder. Two servers on one file would each keep their own
 * notifications, locks and counters in memory (the SQLite store's cluster is this process), so
 * a citizen on one would miss what a counsellor does on the other. The lock is an operating-system
 * file lock that SQLite takes on a small file of its own next to the data: the kernel drops it when
 * its holder exits for any reason, SIGKILL included, so it never goes stale as a pid file would.
 * The CLI's other commands do not take it: they are meant to open the data while a server runs.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { StartupError } from '../../startupError';

export const SERVE_LOCK_FILE_NAME = 'serve.lock';

export interface ServeLock {
  release(): void;
}

/** Takes the folder's serve lock, or throws a StartupError when another process holds it. */
export function acquireServeLock(dataDir: string): ServeLock {
  const file = path.join(dataDir, SERVE_LOCK_FILE_NAME);
  const db = new Database(file);
  try {
    // Exclusive locking mode keeps the write lock of the first transaction until the connection
    // closes; no journal means no side files. busy_timeout 0: a held lock is an answer, not a wait.
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = OFF');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), started_at TEXT NOT NULL)');
    db.prepare('INSERT OR REPLACE INTO holder (id, started_at) VALUES (1, ?)').run(new Date().toISOString());
    db.exec('COMMIT');
  } catch (err) {
    db.close();
    const code = (err as { code?: unknown } | null)?.code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new StartupError(
        'data_dir_in_use',
        `Another server process is already using the data folder ${dataDir}: stop it first, give this one its own DATA_DIR, or use STORE=postgres to run several servers.`,
        code,
      );
    }
    throw err;
  }
  return {
    release() {
      if (db.open) db.close();
    },
  };
}
