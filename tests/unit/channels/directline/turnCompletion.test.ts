import { ConversationState } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { takeTurnCompletion } from '../../../../src/channels/turnCompletion';
import { ActivityHub } from '../../../../src/channels/directline/activityHub';
import { activityId } from '../../../../src/channels/directline/activityIds';
import { PACED_TEXT_CHARS } from '../../../../src/channels/directline/directLineAdapter';
import type { DirectLineAdapter } from '../../../../src/channels/directline/directLineAdapter';
import { TurnPacer } from '../../../../src/channels/turnPacer';
import { SeededRandom } from '../../../../src/clock';
import type { SqliteStore } from '../../../../src/store/sqlite/sqliteStore';
import { citizenMessage as message, directLineAdapterOn, openTempStore } from '../../../support/directLineTurns';
import type { TempStore } from '../../../support/directLineTurns';

describe('Direct Line turn completion', () => {
  let temp: TempStore;
  let store: SqliteStore;
  let adapter: DirectLineAdapter;
  beforeEach(() => {
    temp = openTempStore('helpline-turn-');
    store = temp.store;
    adapter = directLineAdapterOn(store.transcripts);
  });
  afterEach(() => temp.remove());

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
    // Append in, then the held reply, the state and turn-done in one commit; no second turn-done write.
    expect({ writes: after.writes - before.writes, commits: after.commits - before.commits }).toEqual({ writes: 4, commits: 2 });
  });

  it('paces the turns of long messages, after they are stored, and runs them in order', async () => {
    let deferred: Array<() => void> = [];
    // A pacer whose slice is always used up: every paced turn waits until the test lets it go.
    const pacer = new TurnPacer({ sliceMs: 0, later: (work) => deferred.push(work) });
    const asked = jest.spyOn(pacer, 'turn');
    const paced = directLineAdapterOn(store.transcripts, { random: new SeededRandom(6), pacer });
    const ran: string[] = [];
    const logic = async (context: TurnContext) => {
      ran.push(context.activity.text!.slice(0, 5));
      await context.sendActivity('ok');
    };
    await paced.receive('c5', message('kort'), 'citizen', logic);
    expect(asked).toHaveBeenCalledTimes(0);
    const long = (start: string) => `${start} ${'lang bericht '.repeat(Math.ceil(PACED_TEXT_CHARS / 13))}`;
    const first = paced.receive('c5', message(long('eerst')), 'citizen', logic);
    const second = paced.receive('c5', message(long('later')), 'citizen', logic);
    while (ran.length < 3) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const due = deferred;
      deferred = [];
      for (const work of due) work();
    }
    await Promise.all([first, second]);
    expect(asked).toHaveBeenCalledTimes(2);
    expect(ran).toEqual(['kort', 'eerst', 'later']);
    expect(await store.transcripts.pendingTurns(10)).toEqual([]);
  });

  it('runs a message it has just stored without reading its pending mark, and a retry of it not at all', async () => {
    const asked = jest.spyOn(store.transcripts, 'isTurnPending');
    const ran: string[] = [];
    const logic = async (context: TurnContext) => {
      ran.push(context.activity.text ?? '');
      await context.sendActivity('ok');
    };
    const retried = { ...message('een keer'), channelData: { clientActivityID: 'once-1' } };
    // The post and its retry in the same moment: one row, one turn; only the retry reads the mark.
    const [first, second] = await Promise.all([
      adapter.receive('c6', retried, 'citizen', logic),
      adapter.receive('c6', retried, 'citizen', logic),
    ]);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.id).toBe(first.id);
    expect(ran).toEqual(['een keer']);
    expect(asked.mock.calls.length).toBeGreaterThan(0);
    expect(asked.mock.calls.every(([conversation, seq]) => conversation === 'c6' && seq === Number(first.id.split('|')[1]))).toBe(true);
    asked.mockClear();
    await adapter.receive('c6', message('nieuw'), 'citizen', logic);
    expect(asked).not.toHaveBeenCalled();
    expect(ran).toEqual(['een keer', 'nieuw']);
    expect(await store.transcripts.pendingTurns(10)).toEqual([]);
  });

  it('reads the mark of every turn when several instances share the store (a turn lock)', async () => {
    const locked = directLineAdapterOn(store.transcripts, { turnLock: (_id, work) => work() });
    const asked = jest.spyOn(store.transcripts, 'isTurnPending');
    const { id } = await locked.receive('c7', message('hoi'), 'citizen', async () => undefined);
    // Another instance may have run it as orphaned while this one waited for the lock.
    expect(asked).toHaveBeenCalledWith('c7', Number(id.split('|')[1]));
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

  it('stores the replies sent together with one write, in order, and tells listeners after they are stored', async () => {
    const hub = new ActivityHub();
    const told: number[] = [];
    // The store reads synchronously when asked: the seq is the one stored when the event came.
    hub.subscribe('c3', (event) => {
      if (event.kind === 'appended') void store.transcripts.lastSeq('c3').then((seq) => told.push(seq));
    });
    const replying = directLineAdapterOn(store.transcripts, { hub });
    let responses: Array<{ id: string }> = [];
    const logic = async (context: TurnContext) => {
      const before = store.writeStats().writes;
      responses = await context.sendActivities([
        { type: 'message', text: 'een' },
        { type: 'message', text: 'twee' },
        { type: 'typing' },
        { type: 'message', text: 'drie' },
      ]);
      // One write for the two replies before the typing signal; the reply after it is held for the turn's end.
      expect(store.writeStats().writes - before).toBe(1);
    };
    await replying.receive('c3', message('hoi'), 'citizen', logic);
    const ids = responses.map((r) => r.id);
    expect([ids[0], ids[1], ids[3]]).toEqual([activityId('c3', 2), activityId('c3', 3), activityId('c3', 4)]);
    expect(ids[2]).toMatch(/^c3\|t/);
    const stored = await store.transcripts.listAfter('c3', 1, 10);
    expect(stored.map((e) => [e.role, e.text])).toEqual([
      ['bot', 'een'],
      ['bot', 'twee'],
      ['bot', 'drie'],
    ]);
    expect(stored[0]!.activity).toMatchObject({ type: 'message', text: 'een', from: { id: 'bot', role: 'bot' }, channelId: 'directline' });
    // The citizen's message, then each stored group: every listener saw its rows already stored.
    expect(told).toEqual([1, 3, 4]);
  });
});
