/**
 * Live relay for an Azure Bot Service conversation: counsellor messages go out proactively with
 * continueConversationAsync and the stored conversation reference. A local HTTP server speaking
 * the Bot Connector REST shape stands in for Azure (which cannot be reached from here).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { removeDir } from '../../support/server';
import type { TestServer } from '../../support/server';
import { Citizen, ConsoleFeed, Staff, addStaff, startHandoffServer, until } from './harness';

jest.setTimeout(30_000);

interface Sent {
  path: string;
  body: { type: string; name?: string; text?: string; from?: { id: string; name?: string } };
}

interface Connector {
  url: string;
  sent: Sent[];
  /** While true, the connector takes requests but does not answer them (a slow Azure). */
  hold: boolean;
  /** Answers what was held and stops holding. */
  release(): void;
  close(): Promise<void>;
}

async function startConnector(): Promise<Connector> {
  const held: http.ServerResponse[] = [];
  const answer = (res: http.ServerResponse, n: number) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `sent-${n}` }));
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      connector.sent.push({ path: req.url ?? '', body: JSON.parse(raw || '{}') as Sent['body'] });
      if (connector.hold) held.push(res);
      else answer(res, connector.sent.length);
    });
  });
  const connector: Connector = {
    url: '',
    sent: [],
    hold: false,
    release: () => {
      connector.hold = false;
      held.splice(0).forEach((res, i) => answer(res, i));
    },
    close: () => {
      connector.release();
      return new Promise((r) => server.close(() => r()));
    },
  };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  connector.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return connector;
}

function azureCitizen(server: TestServer, connector: Connector, conversationId: string) {
  let n = 0;
  return (overrides: Record<string, unknown>) =>
    fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `a${++n}`,
        channelId: 'emulator',
        serviceUrl: connector.url,
        conversation: { id: conversationId },
        from: { id: 'user-1', name: 'User', role: 'user' },
        recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
        locale: 'nl-NL',
        timestamp: new Date().toISOString(),
        ...overrides,
      }),
    });
}

it('relays both ways for an Azure conversation, under the counsellor name', async () => {
  const connector = await startConnector();
  const server = await startHandoffServer({ env: { BOT_EMULATOR_MODE: 'true' } });
  const conversationId = 'emulator-live-1';
  let annaFeed: ConsoleFeed | undefined;
  try {
    const post = azureCitizen(server, connector, conversationId);
    const texts = (from = 0) => connector.sent.slice(from).map((s) => s.body.text ?? '');
    const anna = await Staff.login(server.url, 'anna', await addStaff(server, 'anna', 'counsellor', 'Anna'));
    await anna.setAvailable(true);
    annaFeed = await ConsoleFeed.open(server.url, anna.cookie);

    expect((await post({ type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }, { id: 'user-1' }] })).status).toBe(200);
    expect((await post({ type: 'message', text: 'hulpverlener' })).status).toBe(200);
    expect(texts().some((t) => t.startsWith('Je staat in de wachtrij'))).toBe(true);

    let mark = connector.sent.length;
    expect((await anna.call('POST', `/staff/api/conversations/${conversationId}/accept`)).status).toBe(200);
    await until(() => texts(mark).some((t) => t === 'Je praat nu met een hulpverlener: Anna.'), 'the accepted notice');
    expect(connector.sent.slice(mark).every((s) => s.path.startsWith(`/v3/conversations/${conversationId}/activities`))).toBe(true);

    mark = connector.sent.length;
    expect((await anna.call('POST', `/staff/api/conversations/${conversationId}/messages`, { text: 'Hoi, met Anna.' })).status).toBe(201);
    const out = connector.sent.slice(mark).find((s) => s.body.text === 'Hoi, met Anna.');
    expect(out?.body.from).toMatchObject({ id: 'bot-1', name: 'Anna' });
    const stored = (await server.store.transcripts.listAfter(conversationId, 0, 200)).find((e) => e.text === 'Hoi, met Anna.');
    expect(stored?.role).toBe('counsellor');

    mark = connector.sent.length;
    expect((await post({ type: 'message', text: 'Fijn dat je er bent' })).status).toBe(200);
    await annaFeed.waitFor((e) => e.kind === 'message' && e.text === 'Fijn dat je er bent', 'the relayed message');
    expect(connector.sent.slice(mark)).toEqual([]);
  } finally {
    annaFeed?.close();
    await server.stop();
    await connector.close();
    removeDir(server.dataDir);
  }
});

it('keeps telling Direct Line citizens while an Azure conversation is slow to answer', async () => {
  const connector = await startConnector();
  const server = await startHandoffServer({ env: { BOT_EMULATOR_MODE: 'true' } });
  let citizen: Citizen | undefined;
  try {
    const anna = await Staff.login(server.url, 'anna', await addStaff(server, 'anna', 'counsellor', 'Anna'));
    await anna.setAvailable(true);
    const post = azureCitizen(server, connector, 'emulator-slow-1');
    await post({ type: 'conversationUpdate', membersAdded: [{ id: 'bot-1' }, { id: 'user-1' }] });
    await post({ type: 'message', text: 'hulpverlener' });
    connector.hold = true;
    const before = connector.sent.length;
    expect((await anna.call('POST', '/staff/api/conversations/emulator-slow-1/accept')).status).toBe(200);
    await until(() => connector.sent.length > before, 'the notice Azure holds');

    citizen = await Citizen.join(server.url);
    await citizen.say('hulpverlener');
    await citizen.expectText('Je staat in de wachtrij');
    expect((await anna.call('POST', `/staff/api/conversations/${citizen.conversationId}/accept`)).status).toBe(200);
    await citizen.expectText('Je praat nu met een hulpverlener: Anna.');

    // And once Azure answers again, its citizen gets the notice too.
    connector.release();
    await until(() => connector.sent.some((s) => s.body.text === 'Je praat nu met een hulpverlener: Anna.'), 'the Azure notice');
  } finally {
    citizen?.end();
    await connector.close();
    await server.stop();
    removeDir(server.dataDir);
  }
});
