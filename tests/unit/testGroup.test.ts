/**
 * The jest group entries (tests/support/testGroup.ts) run every test file of their directory once:
 * the files found by reading the directory, sorted, nothing else and no subdirectory, and the
 * reverse order only when asked (the order check of ADR 0002 round 40).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupFiles } from '../support/testGroup';

describe('test group files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'test-group-'));
    for (const name of ['b.test.ts', 'a.test.ts', 'c.test.ts', 'dir.group.ts', 'helper.ts', 'notes.md']) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'sub.test.ts'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'd.test.ts'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes every test file of the directory itself, sorted by name', () => {
    expect(groupFiles(dir, undefined)).toEqual(['a.test.ts', 'b.test.ts', 'c.test.ts']);
  });

  it('runs them the other way round only when asked', () => {
    expect(groupFiles(dir, 'reverse')).toEqual(['c.test.ts', 'b.test.ts', 'a.test.ts']);
    expect(groupFiles(dir, 'forward')).toEqual(['a.test.ts', 'b.test.ts', 'c.test.ts']);
  });

  it('finds every test file of a grouped directory of this repository', () => {
    const safety = join(__dirname, 'safety');
    const files = groupFiles(safety, undefined);
    expect(files.length).toBeGreaterThan(1);
    expect(files).toContain('screen.test.ts');
    expect(files.every((f) => f.endsWith('.test.ts'))).toBe(true);
  });
});
