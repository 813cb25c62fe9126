const fs = require('node:fs');
const path = require('node:path');

// A directory of tests/unit with a `*.group.ts` entry runs its test files through that entry, in one
// module registry (tests/support/testGroup.ts, ADR 0002 round 40); its own `*.test.ts` files are then
// left out of the run so no test runs twice. Naming a test file on the command line
// (`npx jest tests/unit/dialogs/foo.test.ts`) or JEST_UNGROUPED=1 (`npm run test:file -- <path>`)
// runs the files themselves instead, each alone as before.
const unitDir = path.join(__dirname, 'tests', 'unit');
const groupedDirs = fs
  .readdirSync(unitDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.readdirSync(path.join(unitDir, d.name)).some((f) => f.endsWith('.group.ts')))
  .map((d) => d.name)
  .sort();
const namesATestFile = process.argv.slice(2).some((arg) => !arg.startsWith('-') && arg.endsWith('.test.ts'));
const ungrouped = process.env.JEST_UNGROUPED === '1' || namesATestFile;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/tests/unit/*/*.group.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    ...(ungrouped ? ['\\.group\\.ts$'] : groupedDirs.length > 0 ? [`/tests/unit/(${groupedDirs.join('|')})/[^/]+\\.test\\.ts$`] : []),
  ],
  transform: {
    '^.+\\.ts$': '<rootDir>/tests/support/sucraseTransform.js',
  },
  // Browser and server tests share two cores with CI: keep parallelism modest and timeouts honest.
  maxWorkers: 2,
  // A worker's heap grows with each test file's module registry (the models load in each): past
  // ~500 MB its teardown at the end of the run outlasted jest's 500 ms ("a worker process has failed
  // to exit gracefully", traced as ~2,000 heap pages unmapped until the SIGTERM). Jest starts a fresh
  // worker between files once the heap passes this.
  workerIdleMemoryLimit: '512MB',
  // Cold runs start the group entries by the size of the files they run, not their own (see there).
  testSequencer: '<rootDir>/tests/support/groupSequencer.js',
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  testTimeout: 30000,
};
