/**
 * Garbage collections of the server's event loop, for the server bench only (`BENCH_GC=1`): loaded
 * into the built server with `--require`, it observes Node's `gc` performance entries and, when the
 * process exits, writes one line per collection to GC_MARKS_FILE: start (ms since the epoch, from
 * performance.timeOrigin + the entry's start, the clock of the bench's send and read times), duration
 * in ms and kind (minor: a scavenge; major: a mark-compact's final pause; incremental: a step of its
 * marking; weakcb: weak callbacks). The writer thread's heap is its own and not observed. Nothing of
 * a message is kept.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload for the built (CommonJS) server */
'use strict';
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const { PerformanceObserver, constants } = require('node:perf_hooks');

const file = process.env.GC_MARKS_FILE;
if (file && isMainThread) {
  const KINDS = new Map([
    [constants.NODE_PERFORMANCE_GC_MINOR, 'minor'],
    [constants.NODE_PERFORMANCE_GC_MAJOR, 'major'],
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL, 'incremental'],
    [constants.NODE_PERFORMANCE_GC_WEAKCB, 'weakcb'],
  ]);
  const lines = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const at = performance.timeOrigin + entry.startTime;
      lines.push(`${at.toFixed(2)}\t${entry.duration.toFixed(3)}\t${KINDS.get(entry.detail?.kind) ?? 'other'}`);
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('exit', () => fs.writeFileSync(file, lines.length > 0 ? lines.join('\n') + '\n' : ''));
}
