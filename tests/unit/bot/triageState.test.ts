import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { createTriageAccess } from '../../../src/bot/triageState';
import { holdTurnEndWrites, runHeldWrites } from '../../../src/channels/turnCompletion';
import { emptyTriage, triageSummarySchema } from '../../../src/triage/summary';
import { TRIAGE_STATE } from '../../../src/bot/stateKeys';
import type { TriageSummary } from '../../../src/triage/summary';

/** Runs `work` as one turn, then saves the state as the bot does. */
function harness() {
  const state = new ConversationState(new MemoryStorage());
  const saved: TriageSummary[] = [];
  const triage = createTriageAccess(state, async (_id, summary) => {
    saved.push(JSON.parse(JSON.stringify(summary)) as TriageSummary);
  });
  const turn = async (work: (context: TurnContext) => Promise<void>) => {
    const adapter = new TestAdapter(async (context) => {
      await work(context);
      await state.saveChanges(context, false);
    });
    // One conversation id for every turn (TestAdapter's default).
    await adapter.receiveActivity('x');
  };
  return { triage, saved, turn, state };
}

describe('triage access', () => {
  it("keeps the summary under its key in the turn's conversation state, as a property accessor would", async () => {
    const { triage, turn, state } = harness();
    const accessor = state.createProperty<TriageSummary>(TRIAGE_STATE);
    await turn(async (c) => {
      expect(await accessor.get(c)).toBeUndefined();
      await triage.set(c, { ...emptyTriage(), acute: true });
      expect((await accessor.get(c))?.acute).toBe(true);
      expect((state.get(c) as Record<string, unknown>)[TRIAGE_STATE]).toEqual({ ...emptyTriage(), acute: true });
    });
    await turn(async (c) => {
      expect((await triage.get(c)).acute).toBe(true);
      await accessor.set(c, { ...emptyTriage(), suicidal: true });
      expect((await triage.get(c)).suicidal).toBe(true);
    });
  });

  it('writes the record the first time, then only when the summary changed', async () => {
    const { triage, saved, turn } = harness();
    await turn(async (c) => triage.set(c, emptyTriage()));
    expect(saved).toHaveLength(1);
    await turn(async (c) => triage.set(c, await triage.get(c)));
    expect(saved).toHaveLength(1);
    await turn(async (c) => triage.set(c, { ...(await triage.get(c)), acute: true }));
    expect(saved).toHaveLength(2);
    expect(saved.at(-1)!.acute).toBe(true);
  });

  it('writes again when a caller changes its object after a set and sets it again', async () => {
    const { triage, saved, turn } = harness();
    await turn(async (c) => {
      const summary = await triage.get(c);
      await triage.set(c, summary);
      summary.acute = true;
      await triage.set(c, summary);
    });
    expect(saved.map((s) => s.acute)).toEqual([false, true]);
  });

  it("writes the record with the turn's end where the channel holds such writes, the last summary set", async () => {
    const { triage, saved, turn } = harness();
    await turn(async (c) => {
      holdTurnEndWrites(c);
      const summary = await triage.get(c);
      await triage.set(c, { ...summary, acute: true });
      await triage.set(c, { ...summary, acute: true, suicidal: true });
      expect(saved).toHaveLength(0);
      await runHeldWrites(c);
      expect(saved.map((s) => [s.acute, s.suicidal])).toEqual([[true, true]]);
      // After the end, a write is no longer held.
      await triage.set(c, summary);
      expect(saved).toHaveLength(2);
    });
  });

  describe('reading once per turn', () => {
    afterEach(() => jest.restoreAllMocks());

    it('checks the stored summary where it enters, once a turn, and gives later reads the same one', async () => {
      const { triage, turn } = harness();
      await turn(async (c) => triage.set(c, { ...emptyTriage(), form: 'labour_exploitation' }));
      const parse = jest.spyOn(triageSummarySchema, 'parse');
      await turn(async (c) => {
        const first = await triage.get(c);
        expect(await triage.get(c)).toBe(first);
        expect(first.form).toBe('labour_exploitation');
      });
      expect(parse).toHaveBeenCalledTimes(1);
      await turn(async (c) => {
        await triage.get(c);
      });
      expect(parse).toHaveBeenCalledTimes(2);
    });

    it('reads what the turn set, and never the parse of a replaced state', async () => {
      const { triage, turn, state } = harness();
      await turn(async (c) => triage.set(c, emptyTriage()));
      await turn(async (c) => {
        await triage.get(c);
        const changed = { ...emptyTriage(), acute: true };
        await triage.set(c, changed);
        expect(await triage.get(c)).toBe(changed);
        // The state read again from storage (a forced load) is read and checked again.
        await state.load(c, true);
        expect((await triage.get(c)).acute).toBe(false);
      });
    });

    it('fills the defaults of an older stored summary and refuses a broken one', async () => {
      const { triage, turn, state } = harness();
      const property = state.createProperty<unknown>(TRIAGE_STATE);
      const { facts: _facts, ...older } = emptyTriage();
      await turn(async (c) => property.set(c, older));
      await turn(async (c) => {
        expect((await triage.get(c)).facts).toEqual(emptyTriage().facts);
      });
      await turn(async (c) => property.set(c, { ...emptyTriage(), form: 'no such form' }));
      await turn(async (c) => {
        await expect(triage.get(c)).rejects.toThrow();
      });
    });

    it('gives a new empty summary each read before any was set', async () => {
      const { triage, turn } = harness();
      await turn(async (c) => {
        const first = await triage.get(c);
        expect(first).toEqual(emptyTriage());
        expect(await triage.get(c)).not.toBe(first);
      });
    });
  });
});
