import { ConversationBudget } from '../../../../src/channels/directline/conversationBudget';
import type { TranscriptStore } from '../../../../src/store/ports';

/** A transcript whose stored activities add up to `bytes`; counts how often the store is asked. */
function transcripts(bytes: number): { store: TranscriptStore; asked: string[] } {
  const asked: string[] = [];
  const store = {
    storedActivityBytes: async (conversationId: string) => {
      asked.push(conversationId);
      return bytes;
    },
  } as unknown as TranscriptStore;
  return { store, asked };
}

describe('ConversationBudget', () => {
  it('asks the store for the stored bytes the first time a conversation posts, then keeps the sum', async () => {
    const { store, asked } = transcripts(1001 * 33);
    const budget = new ConversationBudget(store, 1001 * 33 + 10);
    await budget.reserve('c1', 10);
    expect(asked).toEqual(['c1']);
    await expect(budget.reserve('c1', 1)).rejects.toMatchObject({ code: 'ConversationFull' });
    // Kept in memory after the first sum: no second read of the store.
    expect(asked).toEqual(['c1']);
  });

  it('counts what is stored after the first sum', async () => {
    const { store } = transcripts(0);
    const budget = new ConversationBudget(store, 100);
    await budget.reserve('c1', 60);
    budget.add('c1', 30);
    await expect(budget.reserve('c1', 11)).rejects.toMatchObject({ code: 'ConversationFull' });
    await budget.reserve('c1', 10);
  });

  it('forgets the oldest conversation when full and asks the store again when it comes back', async () => {
    const { store, asked } = transcripts(5);
    const budget = new ConversationBudget(store, 100, 2);
    await budget.reserve('a', 1);
    await budget.reserve('b', 1);
    await budget.reserve('c', 1);
    await budget.reserve('b', 1);
    await budget.reserve('a', 1);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });

  it('forgets a conversation when told (an erased warm-up chat): it holds no place and is summed again', async () => {
    const { store, asked } = transcripts(5);
    const budget = new ConversationBudget(store, 100, 2);
    await budget.reserve('a', 1);
    await budget.reserve('warm', 1);
    budget.forget('warm');
    // Two places and one taken: 'b' does not push the older 'a' out, so 'a' is not summed again.
    await budget.reserve('b', 1);
    await budget.reserve('a', 1);
    await budget.reserve('warm', 1);
    expect(asked).toEqual(['a', 'warm', 'b', 'warm']);
  });
});
