/**
 * The self-hosted Direct Line channel against the official botframework-directlinejs client,
 * over WebSocket and over polling, with resume after a network drop and after a restart.
 */
import { RecordingClient, fetchToken } from '../../support/directline';
import { removeDir, startTestServer } from '../../support/server';
import type { TestServer } from '../../support/server';
import { TcpProxy } from '../../support/tcpProxy';

jest.setTimeout(60_000);

const botTexts = (client: RecordingClient) => client.messagesFrom('bot').map((m) => m.text ?? '');

describe.each([
  ['WebSocket', true],
  ['polling', false],
])('Direct Line over %s', (_name, webSocket) => {
  let server: TestServer;
  let client: RecordingClient | undefined;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    client?.end();
    await server.stop();
    removeDir(server.dataDir);
  });

  it('welcomes in Dutch, echoes the citizen message with its id, and answers without echoing', async () => {
    const { token } = await fetchToken(server.url, 'nl');
    client = RecordingClient.connect({ baseUrl: server.url, token, webSocket });
    await client.waitFor(() => botTexts(client!).some((t) => t.includes('112')));
    expect(botTexts(client)[0]).toMatch(/chatbot van Veilig Thuis/);
    const welcomeCount = botTexts(client).length;

    const id = await client.post('Mijn buurman werkt elke dag 14 uur voor bijna niks', 'client-1');
    expect(id).toMatch(/\|\d{7}$/);
    await client.waitFor(() =>
      botTexts(client!)
        .slice(welcomeCount)
        .some((t) => t.endsWith('?')),
    );
    const echo = client.messagesFrom('user').find((m) => m.id === id);
    expect(echo?.channelData).toMatchObject({ clientActivityID: 'client-1' });
    const reply = botTexts(client).slice(welcomeCount);
    expect(reply.join(' ')).toMatch(/\?/);
    expect(reply).not.toContain('Mijn buurman werkt elke dag 14 uur voor bijna niks');
  });

  it('answers in English when the widget asks for English', async () => {
    const { token } = await fetchToken(server.url, 'en');
    client = RecordingClient.connect({ baseUrl: server.url, token, webSocket });
    await client.waitFor(() => botTexts(client!).some((t) => t.includes('112')));
    expect(botTexts(client)[0]).toMatch(/I am the Veilig Thuis chatbot/);
  });
});

describe('resuming a conversation', () => {
  it('reconnects after a forced network drop and loses nothing', async () => {
    const server = await startTestServer();
    const proxy = new TcpProxy(server.port);
    const base = await proxy.start();
    const { token } = await fetchToken(base);
    const client = RecordingClient.connect({ baseUrl: base, token, webSocket: true });
    try {
      await client.waitFor(() => botTexts(client).some((t) => t.includes('112')));
      const before = botTexts(client).length;
      proxy.dropAll();
      // The client notices the drop, fetches a fresh streamUrl and continues after its watermark.
      const id = await client.post('Ben je er nog?', 'after-drop');
      await client.waitFor(() => client.messagesFrom('user').some((m) => m.id === id) && botTexts(client).length > before);
      const ids = client.activities.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      client.end();
      await proxy.stop();
      await server.stop();
      removeDir(server.dataDir);
    }
  });

  it('continues the same conversation after a server restart on the same data folder', async () => {
    const first = await startTestServer();
    const port = first.port;
    const { token, conversationId } = await fetchToken(first.url);
    const client = RecordingClient.connect({ baseUrl: first.url, token, webSocket: true });
    let second: TestServer | undefined;
    try {
      await client.waitFor(() => botTexts(client).some((t) => t.includes('112')));
      const welcomeCount = botTexts(client).length;
      await client.post('Eerste bericht', 'before-restart');
      await client.waitFor(() => botTexts(client).length > welcomeCount);
      const seen = client.activities.length;
      await first.stop();

      second = await startTestServer({ dataDir: first.dataDir, env: { PORT: String(port) } });
      const id = await client.post('Tweede bericht', 'after-restart');
      await client.waitFor(() => client.messagesFrom('user').some((m) => m.id === id) && client.activities.length >= seen + 2);
      const ids = client.activities.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      const record = await second.store.conversations.get(conversationId);
      expect(record?.status).toBe('bot');
      const transcript = await second.store.transcripts.listAfter(conversationId, 0, 100);
      expect(transcript.filter((e) => e.role === 'citizen').map((e) => e.text)).toEqual(['Eerste bericht', 'Tweede bericht']);
    } finally {
      client.end();
      await second?.stop();
      removeDir(first.dataDir);
    }
  });

  it('resumes from a watermark with a new client, replaying only what came after it', async () => {
    const server = await startTestServer();
    try {
      const { token, conversationId } = await fetchToken(server.url);
      const first = RecordingClient.connect({ baseUrl: server.url, token, webSocket: true });
      await first.waitFor(() => botTexts(first).some((t) => t.includes('112')));
      const lastId = first.activities.at(-1)!.id!;
      const watermark = String(Number(lastId.split('|')[1]));
      first.end();

      const second = RecordingClient.connect({ baseUrl: server.url, token, conversationId, watermark, webSocket: true });
      await second.post('Nog een vraag', 'resume-1');
      await second.waitFor(() => botTexts(second).length > 0);
      expect(second.activities.every((a) => Number(a.id!.split('|')[1]) > Number(watermark))).toBe(true);
      second.end();
    } finally {
      await server.stop();
      removeDir(server.dataDir);
    }
  });
});
