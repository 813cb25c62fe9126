import { ConversationRegistry } from '../../../src/conversations/registry';
import type { ConversationStore } from '../../../src/store/ports';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

let f: StaffFixture;

beforeEach(() => {
  f = openStaffFixture();
});

afterEach(() => f.cleanup());

/** The fixture's conversation store, counting the reads of a code. */
function counting(store: ConversationStore): { store: ConversationStore; reads: string[] } {
  const reads: string[] = [];
  const counted = Object.create(store) as ConversationStore;
  counted.codeOf = (id) => (reads.push(id), store.codeOf(id));
  return { store: counted, reads };
}

describe('the conversation registry', () => {
  it("reads a conversation's code from the store once, then gives the same code every turn", async () => {
    const { store, reads } = counting(f.store.conversations);
    const registry = new ConversationRegistry(store, f.clock, f.random);
    const { record } = await registry.open({ id: 'conv-1', channelId: 'directline', locale: 'nl' });
    expect(await registry.code('conv-1')).toBe(record.code);
    expect(await registry.code('conv-1')).toBe(record.code);
    expect(reads).toEqual(['conv-1']);
  });

  it('keeps no code for a conversation that does not exist, and reads it again once it does', async () => {
    const { store, reads } = counting(f.store.conversations);
    const registry = new ConversationRegistry(store, f.clock, f.random);
    expect(await registry.code('conv-2')).toBeNull();
    const { record } = await registry.open({ id: 'conv-2', channelId: 'directline', locale: 'nl' });
    expect(await registry.code('conv-2')).toBe(record.code);
    expect(reads).toEqual(['conv-2', 'conv-2']);
  });
});
