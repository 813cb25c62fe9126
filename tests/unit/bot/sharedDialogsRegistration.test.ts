import { ComponentRegistration, TurnContext, TestAdapter } from 'botbuilder';
import { DialogContext, DialogSet } from 'botbuilder-dialogs';
import type { DialogState, DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import * as dialogsModule from 'botbuilder-dialogs';
import * as coreModule from 'botbuilder';
import * as registrationModule from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { shareDialogsRegistration } from '../../../src/bot/sharedDialogsRegistration';

type DialogsModule = typeof import('botbuilder-dialogs');
type CoreModule = typeof import('botbuilder');

/** The memory configuration botbuilder-dialogs builds in a turn's first dialog context (no configuration kept). */
function firstTurnConfiguration(dialogs: DialogsModule, core: CoreModule): DialogStateManagerConfiguration {
  const context = new core.TurnContext(new core.TestAdapter(), { type: 'message', text: 'hoi', conversation: { id: 'c' } } as never);
  const state: DialogState = { dialogStack: [] };
  const dc = new dialogs.DialogContext(new dialogs.DialogSet(), context, state);
  return dc.state.configuration;
}

const names = (configuration: DialogStateManagerConfiguration) => ({
  scopes: configuration.memoryScopes.map((s) => `${s.constructor.name}:${s.name}`),
  resolvers: configuration.pathResolvers.map((r) => r.constructor.name),
});

describe('one DialogsComponentRegistration instead of one per dialog context', () => {
  beforeAll(() => {
    expect(shareDialogsRegistration()).toBe(true);
  });

  it('gives the same registration to every `new` and keeps it registered', () => {
    const one = new registrationModule.DialogsComponentRegistration();
    const two = new registrationModule.DialogsComponentRegistration();
    expect(two).toBe(one);
    expect(one).toBeInstanceOf(registrationModule.DialogsComponentRegistration);
    expect(one.getMemoryScopes().length).toBeGreaterThan(0);
    // Dialog contexts (each one's state manager registers it) leave that same object in the registry.
    const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'hoi', conversation: { id: 'c' } } as never);
    new DialogContext(new DialogSet(), context, { dialogStack: [] });
    new DialogContext(new DialogSet(), context, { dialogStack: [] });
    const registered = ComponentRegistration.components.filter((c) => c.constructor.name === 'DialogsComponentRegistration');
    expect(registered).toEqual([one]);
    expect(registered[0]).toBe(one);
  });

  it('is asked once: a second call keeps the shared one', () => {
    const before = new registrationModule.DialogsComponentRegistration();
    expect(shareDialogsRegistration()).toBe(true);
    expect(new registrationModule.DialogsComponentRegistration()).toBe(before);
  });

  it('builds the first turn’s memory configuration with the same scopes and resolvers as botbuilder alone', () => {
    const shared = names(firstTurnConfiguration(dialogsModule, coreModule));
    let alone: ReturnType<typeof names> | undefined;
    jest.isolateModules(() => {
      // A fresh copy of both packages, not shared: what botbuilder does by itself.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const dialogs = require('botbuilder-dialogs') as DialogsModule;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const core = require('botbuilder') as CoreModule;
      alone = names(firstTurnConfiguration(dialogs, core));
    });
    expect(alone!.scopes.length).toBeGreaterThan(5);
    expect(shared).toEqual(alone);
  });
});
