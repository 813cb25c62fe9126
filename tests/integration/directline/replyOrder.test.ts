/**
 * A turn's replies reach the official Direct Line client (botframework-directlinejs over
 * WebSocket) in the order they were stored, also when several are stored with one write and the
 * next reply follows at once: the real SQLite store, the Direct Line adapter and stream, and the
 * official client. The client hands out the activities of one frame one per timer tick and merges
 * frames as they arrive, so a frame of several activities followed closely by another frame was
 * received out of order (speed5's batched reply writes, reverted in f0595ae).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { ActivityHub } from '../../../src/channels/directline/activityHub';
import { DirectLineAdapter } from '../../../src/channels/directline/directLineAdapter';
import { DirectLineStreams } from '../../../src/channels/directline/streams';
import { TokenService } from '../../../src/channels/directline/tokens';
import { SeededRandom, systemClock } from '../../../src/clock';
import { ConversationRegistry } from '../../../src/conversations/registry';
import { SocketCounter } from '../../../src/http/socketLimits';
import { createLogger } from '../../../src/log';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { RecordingClient } from '../../support/directline';

jest.setTimeout(30_000);

const CONVERSATION = 'conv-order';
let dataDir: string;
let store: SqliteStore;
let hub: ActivityHub;
let streams: DirectLineStreams;
let server: http.Server;
let client: RecordingClient | undefined;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-order-'));
  store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(3) });
  const registry = new ConversationRegistry(store.conversations, systemClock, new SeededRandom(4));
  await registry.open({ id: CONVERSATION, channelId: 'directline', locale: 'nl' });
  const tokens = new TokenService('s'.repeat(32), systemClock, 1200);
  hub = new ActivityHub();
  streams = new DirectLineStreams({
    tokens,
    registry,
    transcripts: store.transcripts,
    hub,
    logger: createLogger('silent'),
    heartbeatMs: 3_600_000,
    clock: systemClock,
    sockets: new SocketCounter(),
    originAllowed: () => true,
    clientAddress: () => '127.0.0.1',
    limits: { perConversation: 2, perAddress: 2 },
  });
  let ticket = 0;
  // Only the start of a conversation, which the client asks for before it opens its stream.
  server = http.createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    const t = tokens.issueStreamTicket({ conv: CONVERSATION, user: 'dl_u', locale: 'nl' }, `ticket-${++ticket}`);
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        conversationId: CONVERSATION,
        token: 'token',
        expires_in: 1200,
        streamUrl: `ws://127.0.0.1:${port}/v3/directline/conversations/${CONVERSATION}/stream?t=${t}`,
      }),
    );
  });
  streams.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterEach(async () => {
  client?.end();
  streams.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('delivers a turn of replies stored together, then the next reply, in stored order', async () => {
  const adapter = new DirectLineAdapter({
    transcripts: store.transcripts,
    hub,
    clock: systemClock,
    random: new SeededRandom(5),
    logger: createLogger('silent'),
    bot: { id: 'bot', name: 'Bot' },
    serviceUrl: 'urn:test',
  });
  const { port } = server.address() as AddressInfo;
  client = RecordingClient.connect({ baseUrl: `http://127.0.0.1:${port}`, token: 'token', webSocket: true });
  // The stream is open once the client has its (empty) replay; wait for the socket before the turn.
  await waitUntil(() => streams.openCount === 1);

  const texts = Array.from({ length: 8 }, (_, i) => `antwoord ${i + 1}`);
  const logic = async (context: TurnContext) => {
    for (let round = 0; round < 3; round++) {
      await context.sendActivities(texts.map((text) => ({ type: 'message', text: `${round}: ${text}` })));
      await context.sendActivity(`${round}: vraag?`);
    }
  };
  await adapter.receive(CONVERSATION, { type: 'message', text: 'hoi', from: { id: 'u1', name: '', role: 'user' } }, 'citizen', logic);

  const stored = (await store.transcripts.listAfter(CONVERSATION, 0, 100)).map((e) => e.text);
  expect(stored).toHaveLength(1 + 3 * 9);
  await client.waitFor((all) => all.length >= stored.length);
  const received = client.activities.map((a) => (a as { text?: string }).text);
  expect(received).toEqual(stored);
  const seqs = client.activities.map((a) => Number(a.id?.split('|')[1]));
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
});

async function waitUntil(done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!done()) throw new Error('condition never met');
}
