import type { TurnContext } from 'botbuilder';

const KEY = Symbol('helpline.turnCompletion');

/**
 * A channel that records in the store that a turn is done (the self-hosted Direct Line: its
 * pending-turn mark) offers that write here, so the bot can ask for it in the same moment as its
 * state save, passing that save as `after`. With the embedded store's group commit both then share
 * one commit, which also makes "state saved" and "turn done" one atomic step there; PostgreSQL
 * stores the mark only after the save. The write runs at most once.
 */
export type CompleteTurn = (after?: Promise<unknown>) => Promise<void>;

export function offerTurnCompletion(context: TurnContext, complete: CompleteTurn): void {
  context.turnState.set(KEY, complete);
}

/** The channel's turn-done write, if it offered one; taken, so the channel does not ask again. */
export function takeTurnCompletion(context: TurnContext): CompleteTurn | undefined {
  const complete = context.turnState.get(KEY) as CompleteTurn | undefined;
  context.turnState.delete(KEY);
  return complete;
}
