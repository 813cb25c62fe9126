/**
 * A stopped server leaves no thread behind it: its store's writer thread (and that thread's message
 * port) and its listening socket are gone when stop() resolves, also after a citizen chatted and a
 * counsellor's console was connected (what tests/integration/handoff does in every test). Jest's
 * "A worker process has failed to exit gracefully" came from the writer thread outliving stop().
 * Client-side sockets and timers (fetch's keep-alive pool, the WebSocket client) close on their own
 * schedule and are not counted.
 */
import { Citizen, ConsoleFeed, Staff, addStaff, startHandoffServer } from '../handoff/harness';
import { removeDir } from '../../support/server';

jest.setTimeout(60_000);

const SERVER_OWNED = new Set(['Worker', 'MessagePort', 'TCPServerWrap']);

function counts(): Map<string, number> {
  const all = new Map<string, number>();
  for (const r of process.getActiveResourcesInfo()) if (SERVER_OWNED.has(r)) all.set(r, (all.get(r) ?? 0) + 1);
  return all;
}

it('stop() resolves only once the store writer thread, its message port and the listening socket are gone', async () => {
  const before = counts();
  const server = await startHandoffServer();
  const anna = await Staff.login(server.url, 'anna', await addStaff(server, 'anna', 'counsellor', 'Anna'));
  const feed = await ConsoleFeed.open(server.url, anna.cookie);
  const citizen = await Citizen.join(server.url, 'nl');
  const seen = citizen.botTexts().length;
  await citizen.say('hallo');
  await citizen.expectText('', seen);
  citizen.end();
  feed.close();
  await server.stop();
  const left = [...counts()].filter(([kind, n]) => n > (before.get(kind) ?? 0)).map(([kind]) => kind);
  expect(left).toEqual([]);
  removeDir(server.dataDir);
});
