/**
 * jest's order of test files, with one change for the group entries (`<dir>.group.ts`,
 * tests/support/testGroup.ts). On a run without jest's timing cache (CI always starts cold) jest
 * runs the biggest files first, by bytes; a group's entry is a few hundred bytes but runs a whole
 * directory, so it would be started last and its minutes would end the run on one worker. Here a
 * group counts as big as the test files it runs. With timings cached, jest's own order (failed
 * first, then longest first) is kept unchanged.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const GROUP_SUFFIX = '.group.ts';
const TEST_SUFFIX = '.test.ts';

function groupedBytes(groupPath) {
  const dir = path.dirname(groupPath);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(TEST_SUFFIX))
    .reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

class GroupSequencer extends Sequencer {
  sort(tests) {
    const bytes = new Map();
    const size = (test) => {
      if (!bytes.has(test.path)) {
        bytes.set(test.path, test.path.endsWith(GROUP_SUFFIX) ? groupedBytes(test.path) : (test.context.hasteFS.getSize(test.path) ?? 0));
      }
      return bytes.get(test.path);
    };
    for (const test of tests) test.duration = this.time(test);
    return [...tests].sort((a, b) => {
      const failedA = this.hasFailed(a);
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1;
      const timedA = a.duration != null;
      if (timedA !== (b.duration != null)) return timedA ? 1 : -1;
      if (timedA) return b.duration - a.duration;
      return size(b) - size(a) || (a.path < b.path ? -1 : 1);
    });
  }
}

module.exports = GroupSequencer;
