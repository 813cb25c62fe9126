import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';

type SendHandler = (
  context: TurnContext,
  activities: Partial<Activity>[],
  next: () => Promise<ResourceResponse[]>,
) => Promise<ResourceResponse[]>;

/**
 * A citizen who already waits for (or talks with) a counsellor must not be offered the queue
 * again: the dialogs' choice lists do not know about the queue, so the "talk to a counsellor"
 * button is taken out of outgoing suggested actions here, on the way to the channel.
 */
export function hideQueueOfferWhileQueued(deps: {
  /** The button titles that ask for a counsellor, in every language. */
  offerTitles: readonly string[];
  hasCounsellorOrWaits(conversationId: string): Promise<boolean>;
}): SendHandler {
  const titles = new Set(deps.offerTitles);
  const offersQueue = (a: Partial<Activity>) => (a.suggestedActions?.actions ?? []).some((action) => titles.has(String(action.title)));
  return async (context, activities, next) => {
    if (!activities.some(offersQueue)) return next();
    if (!(await deps.hasCounsellorOrWaits(context.activity.conversation.id))) return next();
    for (const activity of activities) {
      if (!activity.suggestedActions || !offersQueue(activity)) continue;
      const actions = activity.suggestedActions.actions.filter((action) => !titles.has(String(action.title)));
      activity.suggestedActions = actions.length > 0 ? { ...activity.suggestedActions, actions } : undefined;
    }
    return next();
  };
}
