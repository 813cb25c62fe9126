/**
 * A restart in the middle of a live chat, on the same data folder and port (as a process manager
 * would restart it): the queue and the chat survive, the counsellor's session still works, and
 * no message in either direction is lost or arrives twice.
 */
import { removeDir } from '../../support/server';
import type { TestServer } from '../../support/server';
import { Citizen, ConsoleFeed, Staff, addStaff, startHandoffServer, until } from './harness';

jest.setTimeout(40_000);

const chatPath = (id: string, action = '') => `/staff/api/conversations/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

it('keeps the queue and the live chat across a restart, losing and doubling nothing', async () => {
  const first = await startHandoffServer();
  const port = first.port;
  let second: TestServer | undefined;
  const closers: (() => void)[] = [];
  try {
    const anna = await Staff.login(first.url, 'anna', await addStaff(first, 'anna', 'counsellor', 'Anna'));
    await anna.setAvailable(true);
    const beforeFeed = await ConsoleFeed.open(first.url, anna.cookie);
    closers.push(() => beforeFeed.close());

    const live = await Citizen.join(first.url);
    closers.push(() => live.end());
    await live.say('hulpverlener');
    await live.expectText('Je staat in de wachtrij');
    expect((await anna.call('POST', chatPath(live.conversationId, 'accept'))).status).toBe(200);
    await live.expectText('Je praat nu met een hulpverlener: Anna');
    expect((await anna.call('POST', chatPath(live.conversationId, 'messages'), { text: 'Anna voor de herstart' })).status).toBe(201);
    await live.expectText('Anna voor de herstart');
    await live.say('Burger voor de herstart');
    await beforeFeed.waitFor((e) => e.kind === 'message' && e.text === 'Burger voor de herstart', 'the first citizen message');

    const waiting = await Citizen.join(first.url);
    closers.push(() => waiting.end());
    await waiting.say('hulpverlener');
    await waiting.expectText('Je bent nummer 1');

    await first.stop();
    second = await startHandoffServer({ dataDir: first.dataDir, env: { PORT: String(port) } });

    // Same cookie, same queue, same chat.
    const queue = await anna.call('GET', '/staff/api/queue');
    expect(queue.status).toBe(200);
    expect(queue.body).toMatchObject({ myChats: [live.conversationId], items: [{ conversationId: waiting.conversationId, position: 1 }] });
    const view = await anna.call('GET', chatPath(live.conversationId));
    expect(view.status).toBe(200);
    const texts = (view.body.transcript as { text: string }[]).map((l) => l.text);
    expect(texts.filter((t) => t === 'Anna voor de herstart')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Burger voor de herstart')).toHaveLength(1);

    const afterFeed = await ConsoleFeed.open(second.url, anna.cookie);
    closers.push(() => afterFeed.close());
    expect((await anna.call('POST', chatPath(live.conversationId, 'messages'), { text: 'Anna na de herstart' })).status).toBe(201);
    await live.expectText('Anna na de herstart');
    await live.say('Burger na de herstart');
    await afterFeed.waitFor((e) => e.kind === 'message' && e.text === 'Burger na de herstart', 'the citizen message after the restart');

    // Each message once, on both sides, and the bot stayed silent throughout the live chat.
    await until(() => live.client.messagesFrom('user').some((m) => m.text === 'Burger na de herstart'), 'the echo of the last message');
    const seen = live.client.activities.filter((a) => a.type === 'message').map((a) => (a as { text?: string }).text);
    for (const text of ['Anna voor de herstart', 'Burger voor de herstart', 'Anna na de herstart', 'Burger na de herstart']) {
      expect([text, seen.filter((t) => t === text).length]).toEqual([text, 1]);
    }
    const ids = live.client.activities.filter((a) => a.type !== 'typing').map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const entries = await second.store.transcripts.listAfter(live.conversationId, 0, 500);
    const accepted = entries.findIndex((e) => (e.text ?? '').startsWith('Je praat nu met een hulpverlener'));
    expect(entries.slice(accepted + 1).map((e) => [e.role, e.text])).toEqual([
      ['counsellor', 'Anna voor de herstart'],
      ['citizen', 'Burger voor de herstart'],
      ['counsellor', 'Anna na de herstart'],
      ['citizen', 'Burger na de herstart'],
    ]);
    await until(
      async () => (await second!.store.handoffs.current(live.conversationId))?.counsellorId === anna.id,
      'the chat still with Anna',
    );
  } finally {
    for (const close of closers) close();
    await second?.stop();
    await first.stop();
    removeDir(first.dataDir);
  }
});
