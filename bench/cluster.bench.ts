/**
 * `npm run bench:cluster`: citizen turns per second and turn latency (p50/p99, the POST of a
 * message until its bot turn has run) for one server on SQLite and for two servers on one
 * PostgreSQL. Each server is its own process. In the two-instance run every message goes to the
 * next instance in turn (no sticky sessions), as behind a round-robin load balancer.
 * Needs PostgreSQL: TEST_DATABASE_URL, or the local helpline_test database (see .ci/run).
 * Workload: CITIZENS concurrent citizens, each opening a conversation and sending TURNS messages
 * one after another; one warm-up conversation per instance first. Prints JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestSchema, testDatabaseUrl } from '../tests/support/postgres';
import { startServerProcess, stopServerProcess } from '../tests/support/serverProcess';
import type { ServerProcess } from '../tests/support/serverProcess';

const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 16);
const TURNS = Number(process.env.BENCH_TURNS ?? 8);
const MESSAGES = [
  'Mijn buurman werkt elke dag 14 uur voor bijna niks',
  'Hij mag zijn paspoort niet zelf houden',
  'Ze woont bij de baas in huis en mag niet weg',
  'Ik weet niet zo goed wat ik moet doen',
  'Het is in een kas in het Westland',
  'Ze moet geld terugbetalen voor de reis',
  'Ik ben een collega van haar',
  'dank je wel',
];

const COMMON_ENV = { TOKEN_RATE_LIMIT_PER_MINUTE: '10000', HANDOFF_OPENING_HOURS: 'mon-sun 00:00-24:00', LOG_LEVEL: 'error' };

interface Conversation {
  token: string;
  conversationId: string;
}

async function json(res: Response): Promise<Record<string, unknown>> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

async function open(base: string): Promise<Conversation> {
  const token = await json(
    await fetch(`${base}/api/directline/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"locale":"nl"}',
    }),
  );
  const conv = { token: String(token.token), conversationId: String(token.conversationId) };
  await json(await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${conv.token}` } }));
  return conv;
}

async function say(base: string, conv: Conversation, text: string, id: string): Promise<number> {
  const started = performance.now();
  await json(
    await fetch(`${base}/v3/directline/conversations/${conv.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text, from: { id: 'bench' }, channelData: { clientActivityID: id } }),
    }),
  );
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 10) / 10;
}

/** Runs the workload against `bases`; message n of a citizen goes to bases[(citizen + n) % length]. */
async function load(bases: string[]): Promise<{ turns: number; seconds: number; turnsPerSecond: number; p50Ms: number; p99Ms: number }> {
  for (const base of bases) {
    const warm = await open(base);
    await say(base, warm, MESSAGES[0]!, 'warm');
  }
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CITIZENS }, async (_, c) => {
      const conv = await open(bases[c % bases.length]!);
      for (let n = 0; n < TURNS; n++) {
        latencies.push(await say(bases[(c + n) % bases.length]!, conv, MESSAGES[n % MESSAGES.length]!, `c${c}-${n}`));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    turns: sorted.length,
    seconds: Math.round(seconds * 100) / 100,
    turnsPerSecond: Math.round((sorted.length / seconds) * 10) / 10,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}

async function main(): Promise<void> {
  const dataDirs: string[] = [];
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-bench-'));
    dataDirs.push(dir);
    return dir;
  };
  const servers: ServerProcess[] = [];
  const schema = await createTestSchema();
  try {
    const sqlite = await startServerProcess({ ...COMMON_ENV, DATA_DIR: dataDir() });
    servers.push(sqlite);
    const single = await load([sqlite.url]);
    await stopServerProcess(sqlite);

    const pgEnv = () => ({
      ...COMMON_ENV,
      DATA_DIR: dataDir(),
      STORE: 'postgres',
      DATABASE_URL: testDatabaseUrl(),
      DATABASE_SCHEMA: schema.schema,
    });
    const first = await startServerProcess(pgEnv());
    servers.push(first);
    const second = await startServerProcess(pgEnv());
    servers.push(second);
    const pair = await load([first.url, second.url]);

    console.log(
      JSON.stringify(
        {
          workload: { citizens: CITIZENS, turnsPerCitizen: TURNS, cpus: os.cpus().length },
          sqliteOneInstance: single,
          postgresTwoInstances: pair,
        },
        null,
        2,
      ),
    );
  } finally {
    await Promise.all(servers.map((s) => stopServerProcess(s)));
    await schema.drop();
    dataDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
