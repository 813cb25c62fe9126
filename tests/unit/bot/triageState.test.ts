import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { createTriageAccess } from '../../../src/bot/triageState';
import { emptyTriage } from '../../../src/triage/summary';
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
  return { triage, saved, turn };
}

describe('triage access', () => {
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
});
