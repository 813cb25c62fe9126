/**
 * `npm run bench:turn-writes`: how many store writes and commits a bot turn costs on the embedded
 * store, counted by the store's group commit. Runs the real app in this process and posts the
 * bench's messages through Direct Line, first one conversation at a time (commits per turn = the
 * turn's writes that wait on the disk one after another), then many at once (commits shared).
 * Figures, not assertions.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { startApp } from '../src/main';
import { SqliteStore } from '../src/store/sqlite/sqliteStore';

const MESSAGES = [
  'Ik maak me zorgen om mijn buurvrouw, ze werkt elke dag tot laat en mag het huis niet uit.',
  'Mijn nicht moet haar paspoort afgeven aan haar baas en krijgt geen loon.',
  'Ik weet het niet zeker, misschien is het niks.',
  'Hij zegt dat ze een schuld moet terugbetalen voor de reis.',
];

async function post(url: string, pathName: string, token: string, body?: unknown): Promise<unknown> {
  const res = await fetch(new URL(pathName, url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${pathName}: ${res.status}`);
  return res.json();
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-writes-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
    TOKEN_RATE_LIMIT_PER_MINUTE: '10000',
    POSTS_PER_CONVERSATION_PER_MINUTE: '10000',
  });
  const app = await startApp(config);
  const store = app.store;
  if (!(store instanceof SqliteStore)) throw new Error('This bench counts the embedded store.');
  const calls = countWriteCalls(store);
  try {
    const chat = async (): Promise<{ token: string; conversationId: string }> => {
      const t = (await (await fetch(`${app.url}/api/directline/token`, { method: 'POST' })).json()) as {
        token: string;
        conversationId: string;
      };
      await post(app.url, '/v3/directline/conversations', t.token);
      return t;
    };
    const turns = async (c: { token: string; conversationId: string }) => {
      for (const text of MESSAGES)
        await post(app.url, `/v3/directline/conversations/${c.conversationId}/activities`, c.token, { type: 'message', text });
    };
    const measure = async (name: string, work: () => Promise<number>) => {
      const before = store.writeStats();
      calls.clear();
      const count = await work();
      const after = store.writeStats();
      const per = (n: number) => Math.round((n / count) * 100) / 100;
      const byCall = Object.fromEntries([...calls].map(([k, n]) => [k, per(n)]));
      console.log(
        JSON.stringify({
          figure: name,
          turns: count,
          writesPerTurn: per(after.writes - before.writes),
          commitsPerTurn: per(after.commits - before.commits),
          byCall,
        }),
      );
    };

    await measure('conversation_start_alone', async () => {
      await chat();
      return 1;
    });
    const alone = await chat();
    await measure('message_turn_alone', async () => {
      await turns(alone);
      return MESSAGES.length;
    });
    const many = await Promise.all(Array.from({ length: 50 }, chat));
    // BENCH_PROFILE=file.cpuprofile: a CPU profile of this part only (the client runs in this process too).
    const profile = process.env.BENCH_PROFILE;
    const session = new Session();
    if (profile) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    await measure('message_turn_50_at_once', async () => {
      await Promise.all(many.map(turns));
      return many.length * MESSAGES.length;
    });
    if (profile) {
      const { profile: data } = await session.post('Profiler.stop');
      fs.writeFileSync(profile, JSON.stringify(data));
      session.disconnect();
    }
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Counts calls of the store's methods on the turn path (writes and the frequent reads), by method (and by patched columns). */
function countWriteCalls(store: SqliteStore): Map<string, number> {
  const calls = new Map<string, number>();
  const bump = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1);
  const wrap = <T extends object>(target: T, name: string, methods: Array<keyof T & string>) => {
    for (const method of methods) {
      const original = target[method] as unknown as (...args: unknown[]) => unknown;
      Object.assign(target, {
        [method]: (...args: unknown[]) => {
          const patch = method === 'update' ? `(${Object.keys(args[1] as object).join(',')})` : '';
          bump(`${name}.${method}${patch}`);
          return original.apply(target, args);
        },
      });
    }
  };
  wrap(store.transcripts, 'transcripts', ['append', 'appendOutgoing', 'completeTurn', 'isTurnPending', 'listAfter', 'lastSeq']);
  wrap(store.state, 'state', ['write', 'delete', 'read']);
  wrap(store.conversations, 'conversations', ['create', 'update', 'get', 'getByCode']);
  wrap(store.handoffs, 'handoffs', ['current']);
  return calls;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
