/**
 * `helpline serve` as operators start it, where it cannot run: a taken port, a data folder that
 * takes no writes, a data folder another server already serves from. Each ends with a non-zero exit, one JSON log line and one plain sentence, and
 * no stack trace.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { helplineProcess } from '../../support/cli';
import { startServerProcess } from '../../support/serverProcess';

jest.setTimeout(90_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-startup-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectOneLineEach(run: { code: number | null; stdout: string; stderr: string }, problem: string, advice: RegExp): void {
  expect(run.code).toBe(1);
  const logLines = run.stdout.split('\n').filter((l) => l !== '');
  expect(logLines).toHaveLength(1);
  expect(JSON.parse(logLines[0]!)).toMatchObject({ level: 60, event: 'start_failed', problem });
  const sentences = run.stderr.split('\n').filter((l) => l !== '');
  expect(sentences).toHaveLength(1);
  expect(sentences[0]).toMatch(advice);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |Error:/);
}

it('says the port is taken and what to do', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const run = await helplineProcess(['serve'], path.join(dir, 'data'), '', {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WARM_UP_TURNS: 'false',
    });
    expectOneLineEach(run, 'port_in_use', new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use: .*set PORT to a free port\\.$`));
  } finally {
    blocker.close();
  }
});

it('says the data folder cannot be written and what to do', async () => {
  const file = path.join(dir, 'occupied');
  fs.writeFileSync(file, 'a file where the data folder should be');
  const run = await helplineProcess(['serve'], path.join(file, 'data'), '', { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
  expectOneLineEach(run, 'data_dir_not_writable', /^The data folder .* cannot be written: .*set DATA_DIR to one\.$/);
});

it('refuses a second server on the same data folder, and frees it when the first is killed', async () => {
  const data = path.join(dir, 'shared');
  // The lock is what is tested here, not the made-up turns before listening (warmUp.test.ts).
  const noWarmUp = { WARM_UP_TURNS: 'false' };
  const first = await startServerProcess({ DATA_DIR: data, ...noWarmUp });
  try {
    const second = await helplineProcess(['serve'], data, '', { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...noWarmUp });
    expectOneLineEach(second, 'data_dir_in_use', /^Another server process is already using the data folder .*: stop it first, .*\.$/);
  } finally {
    first.child.kill('SIGKILL');
    await first.exited;
  }
  const third = await startServerProcess({ DATA_DIR: data, ...noWarmUp });
  third.child.kill('SIGTERM');
  await third.exited;
}, 240_000);
