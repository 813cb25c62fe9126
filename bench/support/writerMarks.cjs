/**
 * The writer thread's batches, for the server bench only (`BENCH_WRITER=1`): loaded into the built
 * server with `--require` (node runs a preload in each worker thread too), it acts only in the
 * store's writer thread and writes one line per batch as it goes (a worker's `exit` is not
 * reliable): start (ms since the epoch, performance.timeOrigin + performance.now(), the clock of
 * the bench's send and read times), ms from the flush's start until its answer was posted, writes
 * in it, and whether the database file changed meanwhile (a WAL checkpoint on the answer's path:
 * SQLite's automatic one inside the COMMIT, ADR 0002 round 46). A checkpoint the loop runs on its
 * own after the answer (round 46's `checkpointWhenIdle`) is a line `checkpoint` with its ms. No
 * production code knows of it; nothing of a message is kept, only times and counts.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload for the built (CommonJS) server */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { isMainThread, workerData } = require('node:worker_threads');

const file = process.env.WRITER_MARKS_FILE;
if (file && !isMainThread && typeof workerData?.file === 'string') {
  const root = path.resolve(__dirname, '../..');
  const { WriterLoop } = require(path.join(root, 'dist/server/src/store/sqlite/writerLoop.js'));
  const database = workerData.file;
  const fd = fs.openSync(file, 'a');
  const now = () => performance.timeOrigin + performance.now();
  const changedAt = () => {
    try {
      return fs.statSync(database).mtimeMs;
    } catch {
      return 0;
    }
  };
  const loop = WriterLoop.prototype;
  const flush = loop.flush;
  loop.flush = function () {
    const writes = this.queue.length;
    if (writes === 0) return flush.call(this);
    const send = this.send;
    const before = changedAt();
    const start = now();
    let answeredMs = NaN;
    let changed = false;
    // The answer's moment: what a checkpoint after it (the loop's own, past its bound) costs is not the answer's.
    this.send = (message) => {
      answeredMs = now() - start;
      changed = changedAt() !== before;
      return send(message);
    };
    try {
      return flush.call(this);
    } finally {
      this.send = send;
      fs.writeSync(fd, `flush\t${start.toFixed(2)}\t${answeredMs.toFixed(2)}\t${writes}\t${changed ? 1 : 0}\n`);
    }
  };
  if (typeof loop.checkpointWhenIdle === 'function') {
    const idle = loop.checkpointWhenIdle;
    loop.checkpointWhenIdle = function () {
      const before = changedAt();
      const start = now();
      try {
        return idle.call(this);
      } finally {
        if (changedAt() !== before) fs.writeSync(fd, `checkpoint\t${start.toFixed(2)}\t${(now() - start).toFixed(2)}\n`);
      }
    };
  }
}
