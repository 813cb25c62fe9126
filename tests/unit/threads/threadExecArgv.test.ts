import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBundledThread, withoutTsx } from '../../../src/threads/threadBundle';

const TSX = '/app/node_modules/tsx/dist';

describe('withoutTsx', () => {
  it("drops tsx's require hook and ESM loader, in both spellings, and keeps every other option", () => {
    const execArgv = [
      '--disable-warning=DEP0111',
      '--require',
      `${TSX}/preflight.cjs`,
      '--import',
      `file://${TSX}/loader.mjs`,
      '--require=/srv/apm/register.js',
      '-r',
      'tsx/cjs',
      '--loader=tsx',
      '--expose-gc',
    ];
    expect(withoutTsx(execArgv)).toEqual(['--disable-warning=DEP0111', '--require=/srv/apm/register.js', '--expose-gc']);
  });

  it('keeps a preload whose path only mentions tsx outside a tsx package, and a last option without its module', () => {
    const execArgv = ['--require', '/srv/tsx-tools/hook.js', '--import', 'file:///srv/node_modules/tsxish/x.mjs', '--require'];
    expect(withoutTsx(execArgv)).toEqual(execArgv);
  });
});

describe('startBundledThread and the process options', () => {
  let dir: string;
  let entry: string;
  let runner: string;
  let preload: string;
  const original = process.execArgv;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thread-exec-argv-'));
    // A stand-in for tsx's preload, at the place a tsx package has it: it marks the thread that loads it.
    preload = path.join(dir, 'node_modules', 'tsx', 'dist', 'preflight.cjs');
    fs.mkdirSync(path.dirname(preload), { recursive: true });
    fs.writeFileSync(preload, 'globalThis.loadedByTsx = true;\n');
    entry = path.join(dir, 'entry.js');
    fs.writeFileSync(
      entry,
      "require('node:worker_threads').parentPort.postMessage({ tsx: globalThis.loadedByTsx === true, execArgv: process.execArgv });\n",
    );
    // No bundle beside the entry: the runner runs the entry itself (threadRunner.ts), compiled from the sources.
    runner = path.join(dir, 'runner.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { workerScript } = require('../../../src/threads/workerSource') as typeof import('../../../src/threads/workerSource');
    fs.writeFileSync(runner, workerScript(path.resolve(__dirname, '../../../src/threads/threadRunner.ts')));
  });

  afterEach(() => {
    process.execArgv = original;
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function answerWith(execArgv: string[], given?: string[]): Promise<{ tsx: boolean; execArgv: string[] }> {
    process.execArgv = execArgv;
    const thread = startBundledThread(entry, given === undefined ? {} : { execArgv: given }, runner);
    process.execArgv = original;
    const ended = new Promise((resolve) => thread.once('exit', resolve));
    try {
      return await new Promise((resolve, reject) => {
        thread.once('message', resolve);
        thread.once('error', reject);
      });
    } finally {
      await ended;
    }
  }

  it("starts a thread without tsx's preload, with the process's other thread options", async () => {
    // The stand-in does mark a thread that is given it.
    expect(await answerWith(original, ['--require', preload])).toEqual({ tsx: true, execArgv: ['--require', preload] });
    const answer = await answerWith([...original, '--require', preload, '--no-deprecation']);
    expect(answer).toEqual({ tsx: false, execArgv: [...original, '--no-deprecation'] });
  });

  it('starts a thread with the inherited options where the rest holds an option a thread may not be given', async () => {
    const answer = await answerWith([...original, '--require', preload, '--expose-gc']);
    // Inherited: the options the process was started with, which hold no stand-in preload.
    expect(answer.tsx).toBe(false);
    expect(answer.execArgv).toEqual(original);
  });
});
