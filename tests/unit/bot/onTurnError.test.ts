/** A failing turn resets the dialog only: danger in view, language and triage stay for the next message. */
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import type { Activity, TurnContext } from 'botbuilder';
import { createOnTurnError } from '../../../src/bot/onTurnError';
import { DIALOG_STATE, SESSION_STATE, TRIAGE_STATE } from '../../../src/bot/stateKeys';
import { createLogger } from '../../../src/log';
import { catalog, replies } from '../../support/bot';

function harness() {
  const storage = new MemoryStorage();
  const state = new ConversationState(storage);
  const session = state.createProperty<Record<string, unknown>>(SESSION_STATE);
  const dialog = state.createProperty<Record<string, unknown>>(DIALOG_STATE);
  const triage = state.createProperty<Record<string, unknown>>(TRIAGE_STATE);
  // One adapter, one conversation id for every turn (TestAdapter's default).
  let work: (context: TurnContext) => Promise<void> = async () => undefined;
  const adapter = new TestAdapter(async (context) => {
    await work(context);
    await state.saveChanges(context, false);
  });
  adapter.onTurnError = createOnTurnError({ logger: createLogger('silent'), replies, conversationState: state, defaultLocale: 'nl' });
  const turn = async (text: string, body: (context: TurnContext) => Promise<void>) => {
    work = body;
    await adapter.send({ text, locale: 'en-US' } as Partial<Activity>);
  };
  const replies_ = () => {
    const out: Partial<Activity>[] = [];
    for (let a = adapter.activeQueue.shift(); a; a = adapter.activeQueue.shift()) out.push(a);
    return out;
  };
  return { session, dialog, triage, turn, replies: replies_ };
}

it('keeps the session and the triage summary, drops the dialog stack, and tells the citizen in their language', async () => {
  const h = harness();
  await h.turn('first', async (c) => {
    await h.session.set(c, { locale: 'en', danger: 'acute' });
    await h.triage.set(c, { acute: true, suicidal: true, facts: { age: 15 } });
    await h.dialog.set(c, { dialogStack: [{ id: 'triage' }] });
  });
  h.replies();

  await h.turn('second', async (c) => {
    // The failing turn had changed the session already (as the danger screen does) before it broke.
    await h.session.set(c, { locale: 'en', danger: 'acute', dangerTurns: 2 });
    throw new Error('dialog broke');
  });
  expect(h.replies().map((a) => a.text)).toEqual([catalog.t('en', 'errors.Internal')]);

  let seen: Record<string, unknown> = {};
  await h.turn('third', async (c) => {
    seen = {
      session: await h.session.get(c),
      triage: await h.triage.get(c),
      dialog: await h.dialog.get(c),
    };
  });
  expect(seen).toEqual({
    session: { locale: 'en', danger: 'acute', dangerTurns: 2 },
    triage: { acute: true, suicidal: true, facts: { age: 15 } },
    dialog: undefined,
  });
});
