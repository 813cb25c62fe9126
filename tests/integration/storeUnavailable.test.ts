/** When the store cannot be opened the server still starts, says why on /healthz, and refuses chats clearly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fetchToken } from '../support/directline';
import { startTestServer } from '../support/server';

it('answers 503 with the reason, never a crash or a stack trace', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-nostore-'));
  // The folder takes writes (else the server refuses to start at all), but the database file
  // cannot be opened: a folder stands where it should be.
  fs.mkdirSync(path.join(dir, 'helpline.sqlite'));
  const server = await startTestServer({ dataDir: dir });
  try {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { status: string; store: { ok: boolean; kind: string; detail: string } };
    expect(body).toMatchObject({ status: 'unavailable', store: { ok: false, kind: 'sqlite' } });
    expect(body.store.detail).toMatch(/SQLITE_CANTOPEN|unable to open/i);
    expect(body.store.detail).not.toContain(dir);

    const { token } = await fetchToken(server.url);
    const start = await fetch(`${server.url}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(start.status).toBe(503);
    expect(await start.json()).toEqual({ error: { code: 'StoreUnavailable', message: 'The store is not available.' } });
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it('answers 503 (never 500) when the store stops taking writes, and /healthz says so while reads still work', async () => {
  const { default: Database } = await import('better-sqlite3');
  const { removeDir } = await import('../support/server');
  const server = await startTestServer();
  const side = new Database(path.join(server.dataDir, 'helpline.sqlite'));
  try {
    const { token, conversationId } = await fetchToken(server.url);
    await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // What a full disk looks like to SQLite: reads go on, every write fails.
    for (const table of ['transcript', 'settings', 'conversations', 'pending_turns', 'bot_state']) {
      side.exec(`CREATE TRIGGER full_${table}_i BEFORE INSERT ON ${table} BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END;`);
      side.exec(`CREATE TRIGGER full_${table}_u BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END;`);
    }
    const post = await fetch(`${server.url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hallo' }),
    });
    expect(post.status).toBe(503);
    expect(post.headers.get('retry-after')).not.toBeNull();
    expect(((await post.json()) as { error: { code: string } }).error.code).toBe('StoreUnavailable');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the write probe runs at most once a second
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { store: { detail: string } }).store.detail).toBe('write probe failed');
  } finally {
    side.close();
    await server.stop();
    removeDir(server.dataDir);
  }
});
