/**
 * Entry of the embedded store's writer thread: its own connection to the database file, with the
 * same durability as before (WAL, synchronous = FULL), running the group commit of WriterLoop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { nameThread } from '../../threads/threadName';
import { WriterLoop } from './writerLoop';
import { WRITER_THREAD_NAME } from './writerProtocol';

const { file } = z.object({ file: z.string() }).parse(workerData);
nameThread(WRITER_THREAD_NAME);
const port = parentPort;
if (port === null) throw new Error('writerWorker runs as a worker thread only.');
const db = new Database(file);
// FULL: a write is reported done only after its commit is on disk, also across power loss.
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
const loop = new WriterLoop(db, (message) => port.postMessage(message));
port.on('message', (message: unknown) => {
  if (!loop.receive(message)) port.close();
});
