/**
 * `npm start` as an operator runs it: compiled JavaScript under plain node (built here once, as
 * prestart would), stopped with SIGTERM under load, both to the whole process group and to npm
 * alone. Every request the server had received is answered with 2xx or 503, the process exits 0
 * within 10 s, and the port is closed afterwards.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../../..');
const CONVERSATIONS = 30;

beforeAll(() => {
  // What `prestart` runs first; --ignore-scripts below then starts exactly this build. Emit only
  // (--noCheck): `npm test` type-checks first, and with isolatedModules the emitted JavaScript is the
  // same byte for byte, while checking took most of this file's time on a loaded machine. tsc's
  // own script under this node, not npx, saves a process start.
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--noCheck'], { cwd: ROOT, stdio: 'ignore' });
});

interface Started {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the server logs that it stopped cleanly (right before it exits 0). */
  stopped: Promise<void>;
  /** Resolves once the server has logged `count` received requests since this call. */
  received(count: number): Promise<void>;
  dataDir: string;
}

async function startServer(): Promise<Started> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-shutdown-'));
  const child = spawn('npm', ['start', '--silent', '--ignore-scripts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '100000',
      TOKEN_RATE_LIMIT_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, as a process manager starts it
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let receivedCount = 0;
  const waiters: { target: number; resolve: () => void }[] = [];
  let url = '';
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  const listening = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let parsed: { event?: string; url?: string };
      try {
        parsed = JSON.parse(line) as typeof parsed;
      } catch {
        return;
      }
      if (parsed.event === 'listening') {
        url = parsed.url!;
        resolve();
      }
      if (parsed.event === 'stopped') markStopped();
      if (parsed.event === 'request_received') {
        receivedCount++;
        for (const w of waiters.filter((w) => receivedCount >= w.target)) w.resolve();
      }
    });
  });
  await Promise.race([listening, exited.then(() => Promise.reject(new Error('server exited before listening')))]);
  return {
    child,
    url,
    exited,
    stopped,
    dataDir,
    received: (count) => new Promise<void>((resolve) => waiters.push({ target: receivedCount + count, resolve })),
  };
}

function request(agent: http.Agent, url: string, method: string, pathName: string, token?: string, body?: unknown) {
  return new Promise<{ status: number } | { error: string }>((resolve) => {
    const target = new URL(pathName, url);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method,
        agent,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function portClosed(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const probe = net.connect(Number(port), hostname);
    probe.on('connect', () => (probe.destroy(), resolve(false)));
    probe.on('error', () => resolve(true));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function underLoad(target: 'group' | 'npm'): Promise<void> {
  const server = await startServer();
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONVERSATIONS });
  try {
    const chats: { token: string; conversationId: string }[] = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const tokenRes = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
      const t = (await tokenRes.json()) as { token: string; conversationId: string };
      await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${t.token}` } });
      chats.push(t);
    }
    const arrived = server.received(CONVERSATIONS);
    const posts = chats.map((c, i) =>
      request(agent, server.url, 'POST', `/v3/directline/conversations/${c.conversationId}/activities`, c.token, {
        type: 'message',
        text: `Ik maak me zorgen om mijn buurvrouw ${i}, ze werkt elke dag en mag niet weg.`,
      }),
    );
    await arrived;
    const signalledAt = Date.now();
    process.kill(target === 'group' ? -server.child.pid! : server.child.pid!, 'SIGTERM');
    const answers = await Promise.all(posts);
    await server.stopped;
    // npm passes the server's exit code on when the signal went to npm alone; when the whole group
    // got it, npm itself dies of the signal (as any npm does) while the server exits 0.
    const { code, signal } = await server.exited;
    // npm exits when its script does; the server (npm's grandchild) must be gone too.
    const deadline = Date.now() + 10_000;
    while (!(await portClosed(server.url)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(answers.filter((a) => !('status' in a) || (a.status !== 200 && a.status !== 503))).toEqual([]);
    if (target === 'npm') expect(code).toBe(0);
    else expect(code === 0 || signal === 'SIGTERM').toBe(true);
    expect(await portClosed(server.url)).toBe(true);
    expect(alive(-server.child.pid!)).toBe(false); // no process left in the group
  } finally {
    agent.destroy();
    if (server.child.pid && alive(server.child.pid)) process.kill(-server.child.pid, 'SIGKILL');
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}

it('SIGTERM to the process group under load: every received request answered 2xx or 503, exit 0, port closed', () => underLoad('group'));

it('SIGTERM to npm alone reaches the server: same outcome', () => underLoad('npm'));
