import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { startApp } from '../../src/main';
import type { AppDeps, RunningApp } from '../../src/main';
import { testScreen } from './screen';
import { TEST_SCRYPT_COST } from './staff';
import { testAssets } from './assets';

export interface TestServer extends RunningApp {
  dataDir: string;
}

/** Starts the real server on a free loopback port with a fresh (or given) data folder. */
export async function startTestServer(
  options: { dataDir?: string; env?: Record<string, string>; deps?: AppDeps; warmUp?: boolean } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-test-'));
  // Tests drive many requests from one address under a manual clock whose minute never ends; the
  // per-address limit is tested on its own with a low value.
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
    // Messages read on the event loop, as before the reading threads: a thread per test server would
    // load the models again in each. Tests of the threads ask for them.
    READING_THREADS: '0',
    ...options.env,
  });
  // No warm-up unless asked: it only makes a fresh server's first turns fast, and it cost each start
  // about a second of CPU (tests/unit/understanding covers it; the tests that start `helpline serve`
  // as a process run it). Tests whose first turns race each other under the store's turn lock
  // ask for it, as production always has it.
  // Accounts made by the test helpers use the cheap test cost; at the server's default every sign-in
  // would rehash them at full cost (seconds each on a loaded machine, dozens per file).
  const app = await startApp(config, {
    warmUpRounds: options.warmUp ? undefined : 0,
    screen: testScreen(),
    scryptCost: TEST_SCRYPT_COST,
    assets: testAssets(),
    ...options.deps,
  });
  return { ...app, dataDir };
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * One real server for the tests of a file: started before them, stopped and its data folder removed
 * after. Returns a getter, since the server exists only once beforeAll has run.
 */
export function useTestServer(options: Parameters<typeof startTestServer>[0] = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options);
  });
  afterAll(async () => {
    if (!server) return;
    await server.stop();
    removeDir(server.dataDir);
  });
  return () => {
    if (!server) throw new Error('useTestServer: the server is only there once beforeAll has run');
    return server;
  };
}
