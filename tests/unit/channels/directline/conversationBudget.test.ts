import { ConversationBudget } from '../../../../src/channels/directline/conversationBudget';
import type { StoredActivityText, TranscriptStore } from '../../../../src/store/ports';

/** A transcript of `count` stored activities of one conversation, each the same JSON text. */
function transcripts(count: number, text: string): { store: TranscriptStore; pages: number[] } {
  const pages: number[] = [];
  const rows: StoredActivityText[] = Array.from({ length: count }, (_, i) => ({ seq: i + 1, type: 'message', activityJson: text }));
  const store = {
    listActivityTextAfter: async (_id: string, after: number, limit: number) => {
      pages.push(after);
      return rows.filter((r) => r.seq > after).slice(0, limit);
    },
  } as unknown as TranscriptStore;
  return { store, pages };
}

describe('ConversationBudget', () => {
  it('sums the stored texts in bytes, page by page, the first time a conversation posts', async () => {
    const text = '{"type":"message","text":"één"}'; // 33 bytes in UTF-8
    const { store, pages } = transcripts(1001, text);
    const budget = new ConversationBudget(store, 1001 * 33 + 10);
    await budget.reserve('c1', 10);
    expect(pages).toEqual([0, 500, 1000]);
    await expect(budget.reserve('c1', 1)).rejects.toMatchObject({ code: 'ConversationFull' });
    // Kept in memory after the first sum: no second read of the store.
    expect(pages).toHaveLength(3);
  });

  it('counts what is stored after the first sum', async () => {
    const { store } = transcripts(0, '');
    const budget = new ConversationBudget(store, 100);
    await budget.reserve('c1', 60);
    budget.add('c1', 30);
    await expect(budget.reserve('c1', 11)).rejects.toMatchObject({ code: 'ConversationFull' });
    await budget.reserve('c1', 10);
  });
});
