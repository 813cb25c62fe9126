/**
 * Runs every test file of one directory in a single jest test file, so the directory pays the
 * module load (botbuilder, the safety screen's model, the transform) once instead of once per file:
 * jest gives each test file its own module registry, and that load was most of a small file's time
 * (ADR 0002, round 40). Each file is required inside its own describe, so its top-level hooks
 * (beforeEach, afterAll) stay scoped to its own tests.
 *
 * The files are found by reading the directory (a new file joins without editing the entry), sorted
 * by name; TEST_GROUP_ORDER=reverse runs them the other way round, only to show the tests do not
 * depend on each other's order. Subdirectories are not read: their files run as files of their own.
 *
 * One file alone: `npx jest tests/unit/<dir>/<file>.test.ts` (jest.config.js then runs the files
 * named, not the groups), or `npm run test:file -- <path>`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const TEST_FILE_SUFFIX = '.test.ts';

/** The test files of a directory that its entry runs, in the order it runs them. */
export function groupFiles(dir: string, order = process.env.TEST_GROUP_ORDER): string[] {
  const all = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(TEST_FILE_SUFFIX))
    .map((entry) => entry.name)
    .sort();
  return order === 'reverse' ? all.reverse() : all;
}

/** Registers each test file of `dir` inside a describe named after the file. */
export function registerGroup(dir: string): void {
  for (const file of groupFiles(dir)) {
    describe(file, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(join(dir, file));
    });
  }
}
