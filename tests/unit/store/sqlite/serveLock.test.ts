/** One serve process per SQLite data folder, by an operating-system lock that dies with its holder. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireServeLock } from '../../../../src/store/sqlite/serveLock';
import { StartupError } from '../../../../src/startupError';
import { helpline } from '../../../support/cli';

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusal(): unknown {
  try {
    acquireServeLock(dir).release();
    return null;
  } catch (err) {
    return err;
  }
}

it('refuses a second holder with one sentence for the operator, and frees the folder on release', () => {
  const first = acquireServeLock(dir);
  const err = refusal();
  expect(err).toBeInstanceOf(StartupError);
  expect(err).toMatchObject({ problem: 'data_dir_in_use', systemCode: 'SQLITE_BUSY' });
  expect((err as StartupError).advice).toMatch(/^Another server process is already using the data folder .*STORE=postgres.*\.$/);
  first.release();
  expect(refusal()).toBeNull();
});

it('is free again once the holding process is killed with SIGKILL', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '../../../support/holdServeLock.ts'), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  expect(refusal()).toMatchObject({ problem: 'data_dir_in_use' });
  child.kill('SIGKILL');
  await exited;
  expect(refusal()).toBeNull();
});

it('leaves the data open to the other commands while a server holds the lock', async () => {
  const server = acquireServeLock(dir);
  try {
    const run = await helpline(['retention', 'run', '--dry-run'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  } finally {
    server.release();
  }
});
