/**
 * A citizen's stored turn holds its replies and its end writes (writeAtTurnEnd) and asks for them
 * with the "turn done" mark: one commit for all of them, ids filled in from it, order kept, and a
 * failure that fails them all with the store's error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TurnContext } from 'botbuilder';
import { ActivityHub } from '../../../../src/channels/directline/activityHub';
import { activityId } from '../../../../src/channels/directline/activityIds';
import { DirectLineAdapter } from '../../../../src/channels/directline/directLineAdapter';
import { writeAtTurnEnd } from '../../../../src/channels/turnCompletion';
import { SeededRandom, systemClock } from '../../../../src/clock';
import { AppError } from '../../../../src/errors';
import type { TranscriptStore } from '../../../../src/store/ports';
import { SqliteStore } from '../../../../src/store/sqlite/sqliteStore';

describe('held replies of a stored turn', () => {
  let dataDir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-held-'));
    store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(4) });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const message = (text: string) => ({ type: 'message', text, from: { id: 'u1', name: '', role: 'user' } });
  const adapterOn = (transcripts: TranscriptStore, hub = new ActivityHub()) =>
    new DirectLineAdapter({
      transcripts,
      hub,
      clock: systemClock,
      random: new SeededRandom(5),
      logger: pino({ level: 'silent' }),
      bot: { id: 'bot', name: 'Bot' },
      serviceUrl: 'urn:test',
    });

  it('stores the replies of several calls with one write in the turn-done commit, in order, ids from that commit', async () => {
    const hub = new ActivityHub();
    const told: number[] = [];
    hub.subscribe('h1', (event) => {
      if (event.kind === 'appended') void store.transcripts.lastSeq('h1').then((seq) => told.push(seq));
    });
    const adapter = adapterOn(store.transcripts, hub);
    const responses: Array<{ id: string } | undefined> = [];
    let writesDuringTurn = -1;
    const logic = async (context: TurnContext) => {
      const before = store.writeStats().writes;
      responses.push(await context.sendActivity('een'));
      responses.push(
        ...(await context.sendActivities([
          { type: 'message', text: 'twee' },
          { type: 'message', text: 'drie' },
        ])),
      );
      let recorded = 0;
      await writeAtTurnEnd(context, 'record', async () => {
        recorded++;
      });
      await writeAtTurnEnd(context, 'record', async () => {
        recorded += 10;
      });
      // Held, not asked for yet: nothing written, no id known, the later end write replaced the first.
      writesDuringTurn = store.writeStats().writes - before;
      expect(responses.map((r) => r?.id)).toEqual(['', '', '']);
      expect(recorded).toBe(0);
    };
    const before = store.writeStats();
    await adapter.receive('h1', message('hoi'), 'citizen', logic);
    const after = store.writeStats();
    expect(writesDuringTurn).toBe(0);
    // The message; then the three replies (one write) and the turn-done mark in one commit.
    expect({ writes: after.writes - before.writes, commits: after.commits - before.commits }).toEqual({ writes: 3, commits: 2 });
    expect(responses.map((r) => r?.id)).toEqual([activityId('h1', 2), activityId('h1', 3), activityId('h1', 4)]);
    expect((await store.transcripts.listAfter('h1', 1, 10)).map((e) => e.text)).toEqual(['een', 'twee', 'drie']);
    expect(await store.transcripts.pendingTurns(10)).toEqual([]);
    expect(told).toEqual([1, 4]);
  });

  it('stores what is held before a pause, so the citizen sees it first', async () => {
    const adapter = adapterOn(store.transcripts);
    let storedBeforePause: string[] = [];
    const logic = async (context: TurnContext) => {
      await context.sendActivity('een');
      await context.sendActivities([{ type: 'delay', value: 1 }]);
      storedBeforePause = (await store.transcripts.listAfter('h2', 1, 10)).map((e) => e.text ?? '');
      await context.sendActivity('twee');
    };
    await adapter.receive('h2', message('hoi'), 'citizen', logic);
    expect(storedBeforePause).toEqual(['een']);
    expect((await store.transcripts.listAfter('h2', 1, 10)).map((e) => e.text)).toEqual(['een', 'twee']);
  });

  it('fails all held replies with the store error and tells no stream', async () => {
    const refused = new AppError('StoreUnavailable', 'The store is not available.');
    const failing: TranscriptStore = Object.create(store.transcripts) as TranscriptStore;
    failing.appendOutgoing = () => Promise.reject(refused);
    const hub = new ActivityHub();
    const events: string[] = [];
    hub.subscribe('h3', (event) => events.push(event.kind));
    const adapter = adapterOn(failing, hub);
    const errors: unknown[] = [];
    adapter.onTurnError = async (_context, err) => {
      errors.push(err);
    };
    const responses: Array<{ id: string } | undefined> = [];
    const logic = async (context: TurnContext) => {
      responses.push(await context.sendActivity('een'));
      responses.push(await context.sendActivity('twee'));
    };
    await expect(adapter.receive('h3', message('hoi'), 'citizen', logic)).rejects.toBe(refused);
    expect(responses.map((r) => r?.id)).toEqual(['', '']);
    expect(await store.transcripts.listAfter('h3', 1, 10)).toEqual([]);
    expect(events).toEqual(['appended']);
    // As after any failed turn the mark is written: running it again would fail the same way.
    expect(await store.transcripts.pendingTurns(10)).toEqual([]);
  });

  it('writes at once outside a held turn', async () => {
    const adapter = adapterOn(store.transcripts);
    let ran = false;
    let textAtOnce = '';
    await adapter.continueConversation(
      { conversation: { id: 'h4', isGroup: false, conversationType: 'personal', name: '' } },
      async (context) => {
        await writeAtTurnEnd(context, 'x', async () => {
          ran = true;
        });
        await context.sendActivity('buiten een beurt');
        textAtOnce = (await store.transcripts.listAfter('h4', 0, 10)).map((e) => e.text).join();
      },
    );
    expect(ran).toBe(true);
    expect(textAtOnce).toBe('buiten een beurt');
  });
});
