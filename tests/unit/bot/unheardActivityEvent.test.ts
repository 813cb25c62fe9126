import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, DialogContext, DialogSet, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import type { DialogEvent, DialogState, DialogTurnResult } from 'botbuilder-dialogs';
import { activityEventMark, mayHearDialogEvents, withUnheardActivityEvent } from '../../../src/bot/unheardActivityEvent';
import { MainDialog } from '../../../dialogs/mainDialog';
import { TriageDialog } from '../../../dialogs/triageDialog';
import { createTriageAccess } from '../../../src/bot/triageState';
import { blankRecognizer, createTestBot, join, replies, say } from '../../support/bot';

/** A leaf that answers every message with the turn's number, as the bot's story dialog does with its own state. */
class CountingDialog extends Dialog<object> {
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.continueDialog(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as { turns?: number };
    state.turns = (state.turns ?? 0) + 1;
    await dc.context.sendActivity(`turn ${state.turns}`);
    return Dialog.EndOfTurn;
  }
}

class Inner extends ComponentDialog {
  constructor(leaf: Dialog) {
    super('inner');
    this.addDialog(leaf);
  }
}

/** A leaf that hears the event before it bubbles (as botbuilder's prompts do). */
class ListeningDialog extends CountingDialog {
  heard: string[] = [];
  protected override async onPreBubbleEvent(_dc: DialogContext, e: DialogEvent): Promise<boolean> {
    this.heard.push(e.name);
    return false;
  }
}

const setUp = (leaf: Dialog) => {
  const state = new ConversationState(new MemoryStorage());
  const accessor = state.createProperty<DialogState>('dialogState');
  const root = new Inner(leaf);
  const unheard = !mayHearDialogEvents(root);
  let mark: symbol | undefined;
  const marks: Array<symbol | undefined> = [];
  const run = async (context: TurnContext) => {
    mark = await withUnheardActivityEvent(context, mark, unheard, async () => {
      const dialogs = new DialogSet(accessor);
      dialogs.add(root);
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === 'empty') await dc.beginDialog(root.id);
    });
    marks.push(mark);
    await state.saveChanges(context);
  };
  return { run, marks, unheard };
};

describe('mayHearDialogEvents', () => {
  it("is false for the bot's dialogs and for containers and leaves that keep botbuilder's event hooks", () => {
    const triage = createTriageAccess(new ConversationState(new MemoryStorage()), async () => undefined);
    const desk = {
      request: async () => undefined,
      cancel: async () => undefined,
      stopWaiting: async () => undefined,
      chatOpen: () => false,
    };
    const retention = { rawBotOnlyDays: 30, rawWithCounsellorDays: 90, anonymisedDays: 365, privacyUrl: 'https://example.org/privacy' };
    const main = new MainDialog(new TriageDialog(replies, retention, triage, desk));
    expect(mayHearDialogEvents(main)).toBe(false);
    expect(mayHearDialogEvents(new Inner(new CountingDialog('leaf')))).toBe(false);
    expect(mayHearDialogEvents(new WaterfallDialog('steps', [async (step) => step.endDialog()]))).toBe(false);
  });

  it('is true when any dialog in the tree, however deep, overrides a hook (a prompt, a listening leaf)', () => {
    expect(mayHearDialogEvents(new Inner(new TextPrompt('ask')))).toBe(true);
    expect(mayHearDialogEvents(new Inner(new ListeningDialog('leaf')))).toBe(true);
    class Outer extends ComponentDialog {
      constructor() {
        super('outer');
        this.addDialog(new Inner(new ListeningDialog('leaf')));
      }
    }
    expect(mayHearDialogEvents(new Outer())).toBe(true);
  });
});

describe('withUnheardActivityEvent', () => {
  it('skips raising the event after the first turn when no dialog hears it, with the same replies', async () => {
    const emitted = jest.spyOn(DialogContext.prototype, 'emitEvent');
    try {
      const { run, marks, unheard } = setUp(new CountingDialog('leaf'));
      expect(unheard).toBe(true);
      const adapter = new TestAdapter(run);
      await adapter.send('one').assertReply('turn 1');
      const raisedOnFirst = emitted.mock.calls.filter(([name]) => name === 'activityReceived').length;
      expect(raisedOnFirst).toBeGreaterThan(0);
      await adapter.send('two').assertReply('turn 2');
      await adapter.send('three').assertReply('turn 3');
      expect(emitted.mock.calls.filter(([name]) => name === 'activityReceived').length).toBe(raisedOnFirst);
      // botbuilder's own key, found on the first turn and kept.
      expect(marks[0]).toBeDefined();
      expect(marks[0]!.description).toBe('ActivityReceivedEmitted');
      expect(new Set(marks).size).toBe(1);
    } finally {
      emitted.mockRestore();
    }
  });

  it('raises the event on every turn when a dialog hears it', async () => {
    const leaf = new ListeningDialog('leaf');
    const { run, marks, unheard } = setUp(leaf);
    expect(unheard).toBe(false);
    const adapter = new TestAdapter(run);
    await adapter.send('one').assertReply('turn 1');
    await adapter.send('two').assertReply('turn 2');
    await adapter.send('three').assertReply('turn 3');
    // Turn 1 begins the dialog (nothing on the stack to hear it); turns 2 and 3 reach the leaf.
    expect(leaf.heard).toEqual(['activityReceived', 'activityReceived']);
    expect(marks).toEqual([undefined, undefined, undefined]);
  });

  it('finds no mark in a turn whose dialogs never ran', async () => {
    const adapter = new TestAdapter(async (context) => {
      expect(activityEventMark(context)).toBeUndefined();
      await context.sendActivity('no dialogs');
    });
    await adapter.send('one').assertReply('no dialogs');
  });

  it('gives the same replies in the bot on turns that skip the event as on a fresh bot', async () => {
    const conversation = async (adapter: ReturnType<typeof createTestBot>['adapter'], id: string) => {
      adapter.conversation = { ...adapter.conversation, conversation: { ...adapter.conversation.conversation, id } };
      await join(adapter);
      const replies = [];
      for (const text of ['Ik maak me zorgen om mijn buurvrouw.', 'Ze mag het huis niet uit.', 'ja', 'Hij houdt haar paspoort.'])
        replies.push((await say(adapter, text)).texts);
      return replies;
    };
    const emitted = jest.spyOn(DialogContext.prototype, 'emitEvent');
    try {
      // A fresh bot raises the event on its first dialog turn; a second conversation of one bot skips it throughout.
      const { adapter } = createTestBot(blankRecognizer);
      const first = await conversation(adapter, 'c1');
      const raised = emitted.mock.calls.filter(([name]) => name === 'activityReceived').length;
      const second = await conversation(adapter, 'c2');
      expect(emitted.mock.calls.filter(([name]) => name === 'activityReceived').length).toBe(raised);
      expect(second).toEqual(first);
      const fresh = await conversation(createTestBot(blankRecognizer).adapter, 'c3');
      expect(fresh).toEqual(first);
    } finally {
      emitted.mockRestore();
    }
  });
});
