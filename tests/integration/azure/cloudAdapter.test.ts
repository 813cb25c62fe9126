/**
 * The Azure Bot Service channel (/api/messages) with Emulator-style requests: unsigned when no
 * MicrosoftAppId is configured, refused when one is. The "connector" that receives the bot's
 * replies is a local HTTP server speaking the Bot Connector REST shape, standing in for Azure.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { removeDir, startTestServer } from '../../support/server';

interface Captured {
  path: string;
  body: { type: string; text?: string; from?: { id: string } };
}

async function startConnector(): Promise<{ url: string; captured: Captured[]; close(): Promise<void> }> {
  const captured: Captured[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      captured.push({ path: req.url ?? '', body: JSON.parse(raw || '{}') as Captured['body'] });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${captured.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    captured,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function activity(connectorUrl: string, overrides: Record<string, unknown>) {
  return {
    channelId: 'emulator',
    serviceUrl: connectorUrl,
    conversation: { id: 'emulator-conv-1' },
    from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    locale: 'nl-NL',
    timestamp: new Date().toISOString(),
    ...overrides,
  };
}

it('runs the same bot for an unsigned Emulator conversation and keeps its transcript', async () => {
  const connector = await startConnector();
  const server = await startTestServer({ env: { BOT_EMULATOR_MODE: 'true' } });
  try {
    const post = (body: unknown) =>
      fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const join = await post(
      activity(connector.url, { type: 'conversationUpdate', id: 'a1', membersAdded: [{ id: 'bot-1' }, { id: 'user-1' }] }),
    );
    expect(join.status).toBe(200);
    expect(connector.captured.map((c) => c.body.text).join(' ')).toMatch(/chatbot van Veilig Thuis.*112/s);

    const before = connector.captured.length;
    const msg = await post(activity(connector.url, { type: 'message', id: 'a2', text: 'Ik maak me zorgen om mijn nicht' }));
    expect(msg.status).toBe(200);
    const replies = connector.captured.slice(before);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]!.path).toContain('/v3/conversations/emulator-conv-1/activities');
    expect(replies.map((r) => r.body.text)).not.toContain('Ik maak me zorgen om mijn nicht');

    const transcript = await server.store.transcripts.listAfter('emulator-conv-1', 0, 100);
    expect(transcript.filter((e) => e.role === 'citizen').map((e) => e.text)).toEqual(['Ik maak me zorgen om mijn nicht']);
    expect(transcript.filter((e) => e.role === 'bot').length).toBe(connector.captured.length);
    expect((await server.store.conversations.get('emulator-conv-1'))?.channelId).toBe('emulator');
  } finally {
    await server.stop();
    await connector.close();
    removeDir(server.dataDir);
  }
});

it('refuses unsigned requests when a MicrosoftAppId is configured', async () => {
  const connector = await startConnector();
  const server = await startTestServer({
    env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret-for-tests' },
  });
  try {
    const res = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(connector.url, { type: 'message', id: 'a1', text: 'hallo' })),
    });
    expect(res.status).toBe(401);
    expect(connector.captured).toHaveLength(0);
    expect(await server.store.transcripts.listAfter('emulator-conv-1', 0, 10)).toHaveLength(0);
  } finally {
    await server.stop();
    await connector.close();
    removeDir(server.dataDir);
  }
});

describe('without MicrosoftAppId and without emulator mode (the default)', () => {
  it('refuses unsigned activities: nothing stored, nothing sent, no chat in the queue', async () => {
    const connector = await startConnector();
    const server = await startTestServer();
    try {
      const res = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity(connector.url, { type: 'message', id: 'a1', text: 'ik ben in gevaar, help' })),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('Unauthorized');
      // A forged Authorization header changes nothing: no app id means no key to check it against.
      const forged = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' },
        body: JSON.stringify(activity(connector.url, { type: 'message', id: 'a2', text: 'hallo' })),
      });
      expect(forged.status).toBe(401);
      expect(connector.captured).toHaveLength(0);
      expect(await server.store.conversations.get('emulator-conv-1')).toBeNull();
      expect(await server.store.handoffs.listByStatus('queued')).toHaveLength(0);
    } finally {
      await server.stop();
      await connector.close();
      removeDir(server.dataDir);
    }
  });
});

describe('emulator mode', () => {
  it('sends replies only to allowed hosts: an outside serviceUrl is refused before any turn', async () => {
    const server = await startTestServer({ env: { BOT_EMULATOR_MODE: 'true' } });
    try {
      for (const serviceUrl of ['https://evil.example/', 'http://169.254.169.254/latest/', 'file:///etc/passwd', 'https://x@127.0.0.1/']) {
        const res = await fetch(`${server.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity(serviceUrl, { type: 'message', id: 'a1', text: 'hallo' })),
        });
        expect(res.status).toBe(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('ServiceUrlNotAllowed');
      }
      expect(await server.store.conversations.get('emulator-conv-1')).toBeNull();
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('answers malformed activities with 400 and a stable code, never the exception text', async () => {
    const server = await startTestServer({ env: { BOT_EMULATOR_MODE: 'true' } });
    try {
      const bodies = ['{"type":1}', '[]', '"x"', '{"type":"message"}', '['.repeat(5000) + ']'.repeat(5000)];
      for (const body of bodies) {
        const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        expect(res.status).toBe(400);
        const text = await res.text();
        expect(JSON.parse(text)).toMatchObject({ error: { code: expect.stringMatching(/^(BadArgument|MissingProperty)$/) } });
        expect(text).not.toMatch(/req\.body|RangeError|ZodError|middleware/);
      }
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('cannot be switched on unless the server listens on loopback only', async () => {
    const { loadConfig } = await import('../../../src/config');
    expect(() => loadConfig({ BOT_EMULATOR_MODE: 'true', HOST: '0.0.0.0' })).toThrow(/BOT_EMULATOR_MODE/);
    expect(() => loadConfig({ BOT_EMULATOR_MODE: 'true', HOST: '192.168.1.5' })).toThrow(/BOT_EMULATOR_MODE/);
    expect(loadConfig({ BOT_EMULATOR_MODE: 'true', HOST: '127.0.0.1' }).azure.emulatorMode).toBe(true);
  });
});
