/** When the store cannot be opened the server still starts, says why on /healthz, and refuses chats clearly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fetchToken } from '../support/directline';
import { startTestServer } from '../support/server';

it('answers 503 with the reason, never a crash or a stack trace', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-nostore-'));
  const notADirectory = path.join(dir, 'occupied');
  fs.writeFileSync(notADirectory, 'this is a file, not a folder');
  const server = await startTestServer({ dataDir: notADirectory });
  try {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { status: string; store: { ok: boolean; kind: string; detail: string } };
    expect(body).toMatchObject({ status: 'unavailable', store: { ok: false, kind: 'sqlite' } });
    expect(body.store.detail).toMatch(/EEXIST|ENOTDIR|exist|directory/i);
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
