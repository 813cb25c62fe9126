import type { TurnContext } from 'botbuilder';

const KEY = Symbol('helpline.turnCompletion');

/**
 * A channel that records in the store that a turn is done (the self-hosted Direct Line: its
 * pending-turn mark) offers that write here, so the bot can ask for it in the same moment as its
 * state save. With the embedded store's group commit both then share one commit, which also
 * makes "state saved" and "turn done" one atomic step there. The write runs at most once.
 */
export function offerTurnCompletion(context: TurnContext, complete: () => Promise<void>): void {
  context.turnState.set(KEY, complete);
}

/** The channel's turn-done write, if it offered one; taken, so the channel does not ask again. */
export function takeTurnCompletion(context: TurnContext): (() => Promise<void>) | undefined {
  const complete = context.turnState.get(KEY) as (() => Promise<void>) | undefined;
  context.turnState.delete(KEY);
  return complete;
}
