/**
 * SIGKILL under load: the server process dies mid-batch while many citizens post. Every message the
 * server acknowledged is stored exactly once, with its bot reply (a post is answered only after its
 * turn's writes are committed), no message is stored twice, and sequence numbers have no holes.
 * Messages that were not acknowledged may or may not be stored: the client retries those.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom, systemClock } from '../../../src/clock';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { startServerProcess } from '../../support/serverProcess';

jest.setTimeout(180_000);

const CONVERSATIONS = 40;

function post(url: string, pathName: string, token: string, body?: unknown, agent?: http.Agent): Promise<{ status: number; body: string }> {
  const target = new URL(pathName, url);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => resolve({ status: -1, body: '' }));
      },
    );
    req.on('error', () => resolve({ status: -1, body: '' }));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

it('loses and duplicates nothing acknowledged when killed with SIGKILL under load', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-sigkill-'));
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '1000000',
    TOKEN_RATE_LIMIT_PER_MINUTE: '10000',
    POSTS_PER_CONVERSATION_PER_MINUTE: '10000',
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONVERSATIONS * 2 });
  const acknowledged = new Map<string, string>();
  try {
    const chats: Array<{ token: string; conversationId: string }> = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const t = JSON.parse((await post(server.url, '/api/directline/token', '', {}, agent)).body) as {
        token: string;
        conversationId: string;
      };
      expect((await post(server.url, '/v3/directline/conversations', t.token, undefined, agent)).status).toBe(201);
      chats.push(t);
    }
    let killing = false;
    const client = async (chat: { token: string; conversationId: string }, n: number) => {
      for (let i = 0; !killing; i++) {
        const clientActivityID = `c${n}-m${i}`;
        const res = await post(
          server.url,
          `/v3/directline/conversations/${chat.conversationId}/activities`,
          chat.token,
          {
            type: 'message',
            text: i % 2 === 0 ? 'Ik maak me zorgen om mijn buurvrouw.' : 'Ik weet het niet zeker.',
            channelData: { clientActivityID },
          },
          agent,
        );
        if (res.status === 200) acknowledged.set(clientActivityID, chat.conversationId);
        else break; // the server is gone
      }
    };
    const clients = chats.map(client);
    // Let the load build up, then kill the process in the middle of it.
    while (acknowledged.size < CONVERSATIONS * 3) await new Promise((r) => setTimeout(r, 20));
    killing = true;
    server.child.kill('SIGKILL');
    await server.exited;
    await Promise.all(clients);
  } finally {
    agent.destroy();
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  }

  const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(1) });
  try {
    for (const chat of new Set(acknowledged.values())) {
      const entries = await store.transcripts.listAfter(chat, 0, 10_000);
      expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
      const ids = entries.map((e) => e.clientActivityId).filter((id): id is string => id !== null);
      expect(new Set(ids).size).toBe(ids.length);
      for (const [id, conversationId] of acknowledged) {
        if (conversationId !== chat) continue;
        const at = entries.findIndex((e) => e.clientActivityId === id);
        expect(at).toBeGreaterThanOrEqual(0);
        // Its turn ran to the end before the acknowledgement: a bot reply follows it.
        expect(entries[at + 1]?.role).toBe('bot');
        expect(await store.transcripts.isTurnPending(chat, entries[at]!.seq)).toBe(false);
      }
    }
  } finally {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
