import type { ConversationState, TurnContext } from 'botbuilder';
import type { TriageAccess } from '../../dialogs/triageAccess';
import { emptyTriage, triageSummarySchema } from '../triage/summary';
import type { TriageSummary } from '../triage/summary';

/**
 * The triage summary lives in bot state (for the dialogs) and is copied to the conversation
 * record on every change (for the counsellor's queue and for statistics).
 */
export function createTriageAccess(
  conversationState: ConversationState,
  save: (conversationId: string, summary: TriageSummary) => Promise<void>,
): TriageAccess {
  const property = conversationState.createProperty<TriageSummary>('triage');
  return {
    get: async (context: TurnContext) => triageSummarySchema.parse(await property.get(context, emptyTriage())),
    set: async (context: TurnContext, summary: TriageSummary) => {
      await property.set(context, summary);
      await save(context.activity.conversation.id, summary);
    },
  };
}
