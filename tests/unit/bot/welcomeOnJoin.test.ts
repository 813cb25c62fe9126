import type { Activity } from 'botbuilder';
import { blankRecognizer, createTestBot, join } from '../../support/bot';

/** The conversation update goes to the welcome without botbuilder's event chain: the same answers as through it. */
describe('HelplineBot conversation update', () => {
  const messages = (adapter: ReturnType<typeof createTestBot>['adapter']) =>
    adapter.activeQueue.splice(0).filter((a) => a.type === 'message');

  it('welcomes the citizen who joins, once per conversation', async () => {
    const { adapter } = createTestBot(blankRecognizer);
    const first = await join(adapter);
    expect(first.texts.length).toBeGreaterThan(0);
    const again = await join(adapter);
    expect(again.texts).toEqual([]);
  });

  it('says nothing when only the bot itself is added, or nobody', async () => {
    const { adapter } = createTestBot(blankRecognizer);
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'Bot' }] } as Partial<Activity>);
    await adapter.receiveActivity({ type: 'conversationUpdate', membersRemoved: [{ id: 'user', name: 'User' }] } as Partial<Activity>);
    expect(messages(adapter)).toEqual([]);
    // The citizen's own arrival afterwards still gets the welcome (nothing was marked as welcomed).
    expect((await join(adapter)).texts.length).toBeGreaterThan(0);
  });
});
