/** Start-up problems become one sentence that says what to do; anything else passes through. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StartupError, ensureWritableDataDir, listenFailure } from '../../src/startupError';

const systemError = (code: string) => Object.assign(new Error(`listen ${code}`), { code });

it('turns a taken or forbidden port into advice about PORT and HOST', () => {
  const taken = listenFailure(systemError('EADDRINUSE'), '127.0.0.1', 3978);
  expect(taken).toBeInstanceOf(StartupError);
  expect(taken).toMatchObject({ problem: 'port_in_use', systemCode: 'EADDRINUSE' });
  expect((taken as StartupError).advice).toMatch(/^Port 3978 on 127\.0\.0\.1 is already in use: .*set PORT to a free port\.$/);
  expect(listenFailure(systemError('EACCES'), '0.0.0.0', 80)).toMatchObject({ problem: 'port_not_permitted' });
  expect(listenFailure(systemError('EADDRNOTAVAIL'), '10.9.9.9', 3978)).toMatchObject({ problem: 'port_not_permitted' });
  const other = new Error('something else');
  expect(listenFailure(other, '127.0.0.1', 3978)).toBe(other);
});

describe('data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-startup-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates a missing folder and leaves nothing behind', () => {
    const data = path.join(dir, 'a', 'b');
    ensureWritableDataDir(data);
    expect(fs.readdirSync(data)).toEqual([]);
  });

  it('refuses a folder that cannot be written, with advice about DATA_DIR', () => {
    const file = path.join(dir, 'occupied');
    fs.writeFileSync(file, 'a file, not a folder');
    let caught: unknown;
    try {
      ensureWritableDataDir(path.join(file, 'data'));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(StartupError);
    expect(caught).toMatchObject({ problem: 'data_dir_not_writable', systemCode: 'ENOTDIR' });
    expect((caught as StartupError).advice).toContain('set DATA_DIR');
  });
});
