/**
 * The `helpline` contract as scripts and operators use it: `npm run --silent helpline -- …` in a
 * separate process, JSON on stdout, JSON errors on stderr, exit codes, and `serve` answering until
 * it is sent SIGTERM. The commands' behaviour is tested in-process; this is the process boundary.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { helplineProcess } from '../../support/cli';

jest.setTimeout(60_000);

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-cli-process-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('reads stdin, writes one JSON line, and exits 0; an unknown command is a JSON error with exit 2', async () => {
  const added = await helplineProcess(['staff', 'add', '--username', 'Sam', '--role', 'admin'], dataDir, 'een lang wachtwoord\n');
  expect(added).toEqual({ code: 0, stdout: '{"username":"sam","role":"admin","displayName":"sam"}\n', stderr: '' });

  const unknown = await helplineProcess(['nope'], dataDir);
  expect(unknown.code).toBe(2);
  expect(unknown.stdout).toBe('');
  expect(JSON.parse(unknown.stderr)).toMatchObject({ error: { code: 'UnknownCommand' } });
});

it('reads .env from the working directory, and the real environment wins over it', async () => {
  const root = path.resolve(__dirname, '../../..');
  const work = fs.mkdtempSync(path.join(dataDir, 'cwd-'));
  // STORE=bogus in the file would fail the command, unless the environment's STORE wins.
  fs.writeFileSync(path.join(work, '.env'), 'DATA_DIR=./from-file\nSTORE=bogus\nLOG_LEVEL=silent\n');
  const tsx = pathToFileURL(require.resolve('tsx', { paths: [root] })).href;
  const child = spawn(
    process.execPath,
    [
      '--import',
      tsx,
      '--disable-warning=DEP0111',
      path.join(root, 'src/cli/helpline.ts'),
      'staff',
      'add',
      '--username',
      'ria',
      '--role',
      'admin',
    ],
    { cwd: work, env: { PATH: process.env.PATH, HOME: process.env.HOME, STORE: 'sqlite' }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stdin.end('een lang wachtwoord\n');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect({ code, out }).toEqual({ code: 0, out: '{"username":"ria","role":"admin","displayName":"ria"}\n' });
  expect(fs.existsSync(path.join(work, 'from-file', 'helpline.sqlite'))).toBe(true);
});

it('serves until SIGTERM, then stops cleanly', async () => {
  const child = spawn('npm', ['run', '--silent', 'helpline', '--', 'serve'], {
    cwd: path.resolve(__dirname, '../../..'),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the signal reaches the server as a process manager would send it.
    detached: true,
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const events: string[] = [];
  let url: string | null = null;
  const listening = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const parsed = JSON.parse(line) as { event: string; url?: string };
      events.push(parsed.event);
      if (parsed.event === 'listening') {
        url = parsed.url!;
        resolve();
      }
    });
  });
  try {
    await Promise.race([listening, closed]);
    expect(url).not.toBeNull();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
  await closed;
  expect(events).toEqual(['turns_warmed', 'path_warmed', 'started', 'listening', 'stopped']);
});
