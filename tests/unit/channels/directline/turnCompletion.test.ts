import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { ConversationState } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { takeTurnCompletion } from '../../../../src/bot/turnCompletion';
import { ActivityHub } from '../../../../src/channels/directline/activityHub';
import { DirectLineAdapter } from '../../../../src/channels/directline/directLineAdapter';
import { SeededRandom, systemClock } from '../../../../src/clock';
import { SqliteStore } from '../../../../src/store/sqlite/sqliteStore';

describe('Direct Line turn completion', () => {
  let dataDir: string;
  let store: SqliteStore;
  let adapter: DirectLineAdapter;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-turn-'));
    store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(4) });
    adapter = new DirectLineAdapter({
      transcripts: store.transcripts,
      hub: new ActivityHub(),
      clock: systemClock,
      random: new SeededRandom(5),
      logger: pino({ level: 'silent' }),
      bot: { id: 'bot', name: 'Bot' },
      serviceUrl: 'urn:test',
    });
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const message = (text: string) => ({ type: 'message', text, from: { id: 'u1', name: '', role: 'user' } });

  it('lets the bot commit its state and the turn-done mark together, once', async () => {
    const state = new ConversationState(store.state);
    const seen = state.createProperty<number>('seen');
    const logic = async (context: TurnContext) => {
      await context.sendActivity('hallo');
      await seen.set(context, 1);
      const complete = takeTurnCompletion(context)!;
      // As the bot does: the mark follows the save, and here still shares its commit.
      const saved = state.saveChanges(context, false);
      await Promise.all([saved, complete(saved)]);
    };
    const before = store.writeStats();
    const { id } = await adapter.receive('c1', message('hoi'), 'citizen', logic);
    const after = store.writeStats();
    const seq = Number(id.split('|')[1]);
    expect(await store.transcripts.isTurnPending('c1', seq)).toBe(false);
    // Append in, append reply, then state and turn-done in one commit; no second turn-done write.
    expect({ writes: after.writes - before.writes, commits: after.commits - before.commits }).toEqual({ writes: 4, commits: 3 });
  });

  it('marks the turn done itself when the logic does not take the offer, also after a failure', async () => {
    adapter.onTurnError = async () => undefined;
    const failing = async () => {
      throw new Error('boom');
    };
    const { id } = await adapter.receive('c2', message('hoi'), 'citizen', failing);
    expect(await store.transcripts.isTurnPending('c2', Number(id.split('|')[1]))).toBe(false);
    const { id: second } = await adapter.receive('c2', message('nog een'), 'citizen', async () => undefined);
    expect(await store.transcripts.isTurnPending('c2', Number(second.split('|')[1]))).toBe(false);
  });
});
