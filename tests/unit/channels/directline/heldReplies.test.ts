/**
 * A citizen's stored turn holds its replies and its end writes (writeAtTurnEnd) and asks for them
 * with the "turn done" mark: one commit for all of them, ids filled in from it, order kept, and a
 * failure that fails them all with the store's error.
 */
import type { ResourceResponse, TurnContext } from 'botbuilder';
import { ActivityHub } from '../../../../src/channels/directline/activityHub';
import { activityId } from '../../../../src/channels/directline/activityIds';
import { HELD_REPLY_ID, storedReplyId } from '../../../../src/channels/directline/directLineAdapter';
import { writeAtTurnEnd } from '../../../../src/channels/turnCompletion';
import { AppError } from '../../../../src/errors';
import type { TranscriptStore } from '../../../../src/store/ports';
import type { SqliteStore } from '../../../../src/store/sqlite/sqliteStore';
import { citizenMessage as message, directLineAdapterOn, openTempStore } from '../../../support/directLineTurns';
import type { TempStore } from '../../../support/directLineTurns';

describe('held replies of a stored turn', () => {
  let temp: TempStore;
  let store: SqliteStore;
  beforeEach(() => {
    temp = openTempStore('helpline-held-');
    store = temp.store;
  });
  afterEach(() => temp.remove());

  const adapterOn = (transcripts: TranscriptStore, hub = new ActivityHub()) => directLineAdapterOn(transcripts, { hub });

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
      expect(responses.map((r) => r?.id)).toEqual([HELD_REPLY_ID, HELD_REPLY_ID, HELD_REPLY_ID]);
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

  it('says in each response whether its reply is held or stored, and the same response carries the stored id after the commit', async () => {
    const adapter = adapterOn(store.transcripts);
    let held: ResourceResponse[] = [];
    let signals: ResourceResponse[] = [];
    let heldIdsDuringTurn: Array<string | null> = [];
    let storedAfterTyping: Array<string | null> = [];
    const logic = async (context: TurnContext) => {
      held = await context.sendActivities([
        { type: 'message', text: 'een' },
        { type: 'message', text: 'twee' },
      ]);
      heldIdsDuringTurn = held.map(storedReplyId);
      // A typing signal stores what is held first: a bot that needs the ids in its turn can have them so.
      signals = await context.sendActivities([{ type: 'typing' }, { type: 'delay', value: 1 }]);
      storedAfterTyping = held.map(storedReplyId);
      const third = await context.sendActivity('drie');
      if (third) held.push(third);
    };
    await adapter.receive('h5', message('hoi'), 'citizen', logic);
    expect(heldIdsDuringTurn).toEqual([null, null]);
    expect(storedAfterTyping).toEqual([activityId('h5', 2), activityId('h5', 3)]);
    expect(held.map(storedReplyId)).toEqual([activityId('h5', 2), activityId('h5', 3), activityId('h5', 4)]);
    expect(held.map((r) => r.id)).toEqual([activityId('h5', 2), activityId('h5', 3), activityId('h5', 4)]);
    // Signals are never stored: the typing signal keeps the id its listeners were told, the pause none.
    expect(signals.map(storedReplyId)).toEqual([null, null]);
    expect(signals[0]!.id).toMatch(/^h5\|t/);
    expect(signals[1]!.id).toBe('');
  });

  it('gives stored ids when the call resolves outside a held turn', async () => {
    const adapter = adapterOn(store.transcripts);
    let responses: ResourceResponse[] = [];
    await adapter.continueConversation(
      { conversation: { id: 'h6', isGroup: false, conversationType: 'personal', name: '' } },
      async (context) => {
        responses = await context.sendActivities([
          { type: 'message', text: 'een' },
          { type: 'message', text: 'twee' },
        ]);
      },
    );
    expect(responses.map(storedReplyId)).toEqual([activityId('h6', 1), activityId('h6', 2)]);
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
    expect(responses.map((r) => r?.id)).toEqual([HELD_REPLY_ID, HELD_REPLY_ID]);
    // Never stored: they stay held, with no stored id to read.
    expect(responses.map((r) => (r ? storedReplyId(r) : undefined))).toEqual([null, null]);
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
