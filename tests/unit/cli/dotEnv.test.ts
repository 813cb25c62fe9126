/** The .env file operators make from .env.example: read when present, the real environment wins. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DotEnvError, withDotEnv } from '../../../src/cli/dotEnv';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-dotenv-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('adds the settings of .env under the environment, which wins key by key, also when empty', () => {
  fs.writeFileSync(
    path.join(dir, '.env'),
    '# comment\nPORT=4000\nDATA_DIR=./from-file\nLOG_LEVEL=debug\nHANDOFF_OPENING_HOURS="mon-fri 09:00-17:00; sat 10:00-14:00"\n',
  );
  const env = withDotEnv(dir, { PORT: '5000', LOG_LEVEL: '', HOME: '/home/x', UNSET: undefined });
  expect(env).toEqual({
    PORT: '5000',
    DATA_DIR: './from-file',
    LOG_LEVEL: '',
    HANDOFF_OPENING_HOURS: 'mon-fri 09:00-17:00; sat 10:00-14:00',
    HOME: '/home/x',
  });
});

it('is the environment itself when there is no .env', () => {
  const env = { PORT: '5000' };
  expect(withDotEnv(dir, env)).toBe(env);
});

it('says which file cannot be read when .env is there but unreadable', () => {
  fs.mkdirSync(path.join(dir, '.env'));
  expect(() => withDotEnv(dir, {})).toThrow(DotEnvError);
  expect(() => withDotEnv(dir, {})).toThrow(/\.env cannot be read/);
});
