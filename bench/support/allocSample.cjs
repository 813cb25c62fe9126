/**
 * Allocation by site in the server, for the server bench only (`BENCH_ALLOC=1`): loaded into the
 * built server with `--require`, it starts V8's sampling heap profiler at the first SIGUSR2 (the
 * bench sends it as the concurrent run starts) and at the second one stops it and writes the profile
 * to ALLOC_SAMPLE_FILE (the bench sends it when the run's last turn was answered). Objects collected
 * since are kept in the samples, so the profile counts what was allocated, not what was left.
 * The event loop's isolate only; nothing of a message is kept: call sites and sizes.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload for the built (CommonJS) server */
'use strict';
const fs = require('node:fs');
const inspector = require('node:inspector');
const { isMainThread } = require('node:worker_threads');

const file = process.env.ALLOC_SAMPLE_FILE;
if (file && isMainThread) {
  const session = new inspector.Session();
  session.connect();
  let sampling = false;
  process.on('SIGUSR2', () => {
    if (!sampling) {
      sampling = true;
      session.post('HeapProfiler.startSampling', {
        samplingInterval: 8192,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
      return;
    }
    sampling = false;
    session.post('HeapProfiler.stopSampling', (err, result) => {
      // Written whole under another name first: the bench waits for the file to appear.
      if (!err) {
        fs.writeFileSync(`${file}.part`, JSON.stringify(result.profile));
        fs.renameSync(`${file}.part`, file);
      }
    });
  });
}
