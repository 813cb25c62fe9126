import type { ConversationState, TurnContext } from 'botbuilder';
import type { TriageAccess } from '../../dialogs/triageAccess';
import { emptyTriage, triageSummarySchema } from '../triage/summary';
import type { TriageSummary } from '../triage/summary';
import { TRIAGE_STATE } from './stateKeys';

const SAVED = Symbol('helpline.triageSaved');

/** What the record holds for a summary loaded with the state; undefined before the first set ever. */
const stored = (loaded: TriageSummary | undefined) => (loaded === undefined ? undefined : JSON.stringify(loaded));

/**
 * The triage summary lives in bot state (for the dialogs) and is copied to the conversation
 * record on every change (for the counsellor's queue and for statistics).
 */
export function createTriageAccess(
  conversationState: ConversationState,
  save: (conversationId: string, summary: TriageSummary) => Promise<void>,
): TriageAccess {
  const property = conversationState.createProperty<TriageSummary>(TRIAGE_STATE);
  return {
    // The default is not put into the state, so "never set" stays visible to `set` below.
    get: async (context: TurnContext) => triageSummarySchema.parse((await property.get(context)) ?? emptyTriage()),
    set: async (context: TurnContext, summary: TriageSummary) => {
      // Most turns end by setting the summary they read: unchanged, the record needs no write.
      // Compared as text with what the record last got (in this turn, or as loaded with the
      // state), so a caller changing its object after a set cannot make a change look old.
      const saved = (context.turnState.get(SAVED) as string | undefined) ?? stored(await property.get(context));
      const json = JSON.stringify(summary);
      await property.set(context, summary);
      if (json === saved) return;
      await save(context.activity.conversation.id, summary);
      context.turnState.set(SAVED, json);
    },
  };
}
