/**
 * A message that was stored but whose bot turn never ran (the process died in between) is
 * answered after the next start, and a client's retry of it is answered too, never ignored.
 */
import { SeededRandom, systemClock } from '../../../src/clock';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { fetchToken } from '../../support/directline';
import { removeDir, startTestServer } from '../../support/server';

// Each test starts the server twice (models, store, pending-turn pick-up); on a loaded 2-core CI
// machine that took longer than jest's default 30 s (cis13). Not a timing assert: only a ceiling.
jest.setTimeout(90_000);

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('runs unfinished turns at start-up', async () => {
  const first = await startTestServer();
  const { token, conversationId } = await fetchToken(first.url);
  await fetch(`${first.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  await first.stop();

  // What a crash between "stored" and "answered" leaves behind.
  const store = SqliteStore.open({ dataDir: first.dataDir, clock: systemClock, random: new SeededRandom(3) });
  const { entry } = await store.transcripts.append(
    conversationId,
    {
      role: 'citizen',
      type: 'message',
      text: 'Is er iemand?',
      at: new Date(),
      clientActivityId: 'lost-1',
      activity: {
        type: 'message',
        text: 'Is er iemand?',
        from: { id: 'dl_x', role: 'user' },
        conversation: { id: conversationId },
        channelId: 'directline',
        recipient: { id: 'veilig-thuis-bot' },
        locale: 'nl-NL',
      },
    },
    { pendingTurn: true },
  );
  await store.close();

  const second = await startTestServer({ dataDir: first.dataDir });
  try {
    // The reply is stored (and shown) before the turn's end is: wait for both.
    const reply = await waitFor(async () =>
      (await second.store.transcripts.isTurnPending(conversationId, entry.seq))
        ? undefined
        : (await second.store.transcripts.listAfter(conversationId, entry.seq, 10)).find((e) => e.role === 'bot'),
    );
    expect(reply.text).toBeTruthy();
  } finally {
    await second.stop();
    removeDir(first.dataDir);
  }
});

it('does not run a resumed turn again when it had already answered before the crash (no repeated reply)', async () => {
  const first = await startTestServer();
  const { token, conversationId } = await fetchToken(first.url);
  await fetch(`${first.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  await first.stop();

  // The process died after the bot's first reply was stored but before the turn was marked done.
  const store = SqliteStore.open({ dataDir: first.dataDir, clock: systemClock, random: new SeededRandom(4) });
  const activity = {
    type: 'message',
    text: 'Is er iemand?',
    from: { id: 'dl_x', role: 'user' },
    conversation: { id: conversationId },
    channelId: 'directline',
    recipient: { id: 'veilig-thuis-bot' },
    locale: 'nl-NL',
  };
  const citizen = {
    role: 'citizen' as const,
    type: 'message',
    text: 'Is er iemand?',
    at: new Date(),
    clientActivityId: 'half-1',
    activity,
  };
  const { entry } = await store.transcripts.append(conversationId, citizen, { pendingTurn: true });
  await store.transcripts.append(conversationId, {
    role: 'bot',
    type: 'message',
    text: 'Ja, ik ben er.',
    at: new Date(),
    clientActivityId: null,
    activity: { type: 'message', text: 'Ja, ik ben er.' },
  });
  await store.close();

  const second = await startTestServer({ dataDir: first.dataDir });
  try {
    await waitFor(async () => ((await second.store.transcripts.isTurnPending(conversationId, entry.seq)) ? undefined : true));
    // The client's retry of the same message (same clientActivityID) does not run it either.
    const retry = await fetch(`${second.url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Is er iemand?', channelData: { clientActivityID: 'half-1' } }),
    });
    expect(retry.status).toBe(200);
    const after = await second.store.transcripts.listAfter(conversationId, entry.seq, 50);
    expect(after.filter((e) => e.role === 'bot').map((e) => e.text)).toEqual(['Ja, ik ben er.']);
  } finally {
    await second.stop();
    removeDir(first.dataDir);
  }
});
