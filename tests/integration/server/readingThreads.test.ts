/**
 * The server with a reading thread (READING_THREADS=1) answers a
 * conversation word for word as the server that reads every message on its event loop, 112
 * included, and its stop() leaves no thread or port behind.
 */
import { Citizen, startHandoffServer } from '../handoff/harness';
import { removeDir, type TestServer } from '../../support/server';
import { capturedLogger } from '../../support/logs';
import { threadNames, threadNamesShown } from '../../support/threads';
import { SeededRandom } from '../../../src/clock';
import { READING_THREAD_NAME } from '../../../src/understanding/readingProtocol';

jest.setTimeout(120_000);

const CONVERSATION = [
  'Ik maak me zorgen om mijn buurvrouw, ze werkt elke dag tot laat en mag het huis niet uit.',
  'Haar baas heeft haar paspoort en ze krijgt bijna geen loon.',
  'ja',
  'Hij staat nu voor de deur en zegt dat hij haar gaat slaan.',
  'nee',
  'Is dit anoniem?',
  'My neighbour is not allowed to leave the house.',
];

const OWNED = new Set(['Worker', 'MessagePort']);
const resources = () => process.getActiveResourcesInfo().filter((r) => OWNED.has(r)).length;
const linux = threadNamesShown;

/** The bot's side of the conversation as stored, after each message's turn has run. */
async function converse(server: TestServer): Promise<string[][]> {
  const citizen = await Citizen.join(server.url, 'nl');
  const turns: string[][] = [];
  let seq = 0;
  for (const text of CONVERSATION) {
    await citizen.say(text);
    const after = await server.store.transcripts.listAfter(citizen.conversationId, seq, 100);
    seq = after.length > 0 ? after[after.length - 1]!.seq : seq;
    turns.push(after.filter((e) => e.role === 'bot').map((e) => e.text ?? `(${e.type})`));
  }
  citizen.end();
  return turns;
}

it('answers as the server that reads on its event loop, and leaves nothing behind when stopped', async () => {
  const before = resources();
  // One seed for both: the conversation code is the same too.
  const onLoop = await startHandoffServer({ env: { READING_THREADS: '0' }, deps: { random: new SeededRandom(30) } });
  const expected = await converse(onLoop);
  await onLoop.stop();
  removeDir(onLoop.dataDir);

  const { logger, lines } = capturedLogger('info');
  // A deadline no loaded test machine reaches: every turn here takes the thread's reading.
  const threaded = await startHandoffServer({
    env: { READING_THREADS: '1', READING_DEADLINE_MS: '5000' },
    deps: { logger, random: new SeededRandom(30) },
  });
  expect(lines.find((l) => l.event === 'reading_threads_started')).toMatchObject({ threads: 1, ready: 1 });
  if (linux) expect(threadNames()).toContain(READING_THREAD_NAME);
  const answered = await converse(threaded);
  await threaded.stop();
  removeDir(threaded.dataDir);

  expect(answered).toEqual(expected);
  expect(expected[3]!.join(' ')).toContain('112');
  // Every message was read by the thread and its reading taken by its turn.
  expect(lines.find((l) => l.event === 'reading_threads_stopped')).toMatchObject({
    read: CONVERSATION.length,
    fellBack: 0,
    taken: CONVERSATION.length,
    restarts: 0,
  });
  expect(resources()).toBe(before);
  if (linux) expect(threadNames()).not.toContain(READING_THREAD_NAME);
});
