import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { DialogSet, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import { DIALOG_MEMORY_KEY, keptDialogMemory } from '../../../src/bot/helplineBot';
import { blankRecognizer, createTestBot, join, say } from '../../support/bot';

/** The dialogs' memory configuration is built by botbuilder once and then handed to every turn. */
describe('keptDialogMemory', () => {
  /** A two-step dialog that notes the memory configuration of every dialog context it runs in. */
  const setUp = () => {
    const state = new ConversationState(new MemoryStorage());
    const accessor = state.createProperty<DialogState>('dialogState');
    const seen: DialogStateManagerConfiguration[] = [];
    const dialogs = new DialogSet(accessor);
    dialogs.add(
      new WaterfallDialog('steps', [
        async (step) => {
          seen.push(step.state.configuration);
          await step.context.sendActivity('first');
          return step.next();
        },
        async (step) => {
          seen.push(step.state.configuration);
          await step.context.sendActivity('second');
          return step.endDialog();
        },
      ]),
    );
    const run = async (context: TurnContext) => {
      const dc = await dialogs.createContext(context);
      seen.push(dc.state.configuration);
      await dc.beginDialog('steps');
      await state.saveChanges(context);
    };
    return { run, seen };
  };

  it('takes the configuration botbuilder built on the first turn and hands it to the next turns', async () => {
    const { run, seen } = setUp();
    let kept: DialogStateManagerConfiguration | undefined;
    const adapter = new TestAdapter(async (context) => {
      kept = await keptDialogMemory(context, kept, () => run(context));
    });
    await adapter.send('one').assertReply('first').assertReply('second');
    const built = kept;
    expect(built).toBeDefined();
    expect(built!.memoryScopes.length).toBeGreaterThan(0);
    expect(built!.pathResolvers.length).toBeGreaterThan(0);
    await adapter.send('two').assertReply('first').assertReply('second');
    expect(kept).toBe(built);
    // Every dialog context of both turns read its memory through the one configuration.
    expect(seen).toHaveLength(6);
    for (const configuration of seen) expect(configuration).toBe(built);
  });

  it('without a kept one leaves the turn to botbuilder and returns what it built', async () => {
    const { run } = setUp();
    const found: Array<unknown> = [];
    const adapter = new TestAdapter(async (context) => {
      found.push(context.turnState.get(DIALOG_MEMORY_KEY));
      found.push(await keptDialogMemory(context, undefined, () => run(context)));
    });
    await adapter.send('one').assertReply('first').assertReply('second');
    expect(found[0]).toBeUndefined();
    expect(found[1]).toBeDefined();
  });

  it('gives the same replies in the bot on turns with a kept configuration as on the first', async () => {
    const conversation = async (adapter: ReturnType<typeof createTestBot>['adapter'], id: string) => {
      adapter.conversation = { ...adapter.conversation, conversation: { ...adapter.conversation.conversation, id } };
      await join(adapter);
      const replies = [];
      for (const text of ['Ik maak me zorgen om mijn buurvrouw.', 'Ze mag het huis niet uit.', 'ja'])
        replies.push((await say(adapter, text)).texts);
      return replies;
    };
    // A fresh bot's first turn builds the configuration; a second conversation of one bot runs on the kept one throughout.
    const { adapter } = createTestBot(blankRecognizer);
    const first = await conversation(adapter, 'c1');
    const second = await conversation(adapter, 'c2');
    expect(first.flat().length).toBeGreaterThan(3);
    expect(second).toEqual(first);
  });
});
