import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { main } from '../../src/cli/helpline';

const root = path.resolve(__dirname, '../..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment operators give the command, reduced to a data folder and quiet logs. */
const cliEnv = (dataDir: string) => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

/**
 * Runs `helpline <args>` in this process through `main(argv, env, io)`: the same commands,
 * arguments, JSON and exit codes, without a process start (and its TypeScript compile) per call.
 */
export async function helpline(args: string[], dataDir: string, stdin = ''): Promise<CliRun> {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  let stdout = '';
  let stderr = '';
  io.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  io.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  io.stdin.end(stdin);
  const code = await main(args, cliEnv(dataDir), {
    ...io,
    onShutdown: () => {
      throw new Error('only serve waits for a shutdown; use helplineProcess for it');
    },
  });
  return { code, stdout, stderr };
}

/** tsx's loader, as `npm run helpline` (tsx src/cli/helpline.ts) gives it to the node that runs the command. */
const tsxLoader = pathToFileURL(require.resolve('tsx', { paths: [root] })).href;

/**
 * Runs the command `npm run --silent helpline -- <args>` runs, as its own process with `stdin` piped
 * in: node with tsx's loader on src/cli/helpline.ts. npm and tsx's own CLI are left out: each is a
 * node start of its own in front of the same command (three starts a call instead of one), and
 * neither changes its arguments, output or exit code. Signals through npm are proven where they
 * matter (tests/integration/cli/process.test.ts, tests/integration/server/shutdown.test.ts).
 */
export function helplineProcess(args: string[], dataDir: string, stdin = '', env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', tsxLoader, '--disable-warning=DEP0111', path.join(root, 'src/cli/helpline.ts'), ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...cliEnv(dataDir), ...env },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
