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

const AT_END = Symbol('helpline.turnEndWrites');

/**
 * A write of the turn that nothing later in the turn reads back (the triage summary's copy on the
 * conversation record): a channel that offered its turn completion asks for it together with the
 * turn's end (the state save, the replies and the "turn done" mark), so the turn does not wait for
 * a commit of its own; elsewhere it runs now. Under one `key` the last write asked for wins.
 */
export async function writeAtTurnEnd(context: TurnContext, key: string, write: () => Promise<void>): Promise<void> {
  const held = context.turnState.get(AT_END) as Map<string, () => Promise<void>> | undefined;
  if (held === undefined) return write();
  held.set(key, write);
}

/** For the channel: from now on writes of this turn are held for its end (`writeAtTurnEnd`). */
export function holdTurnEndWrites(context: TurnContext): void {
  context.turnState.set(AT_END, new Map<string, () => Promise<void>>());
}

/**
 * For the channel, at the turn's end: asks for the held writes all at once (in one tick, so the
 * embedded store commits them with the end's other writes) and stops holding; a write asked for
 * after this runs at once. Rejects with the first failure.
 */
export function runHeldWrites(context: TurnContext): Promise<void> {
  const held = context.turnState.get(AT_END) as Map<string, () => Promise<void>> | undefined;
  context.turnState.delete(AT_END);
  if (held === undefined || held.size === 0) return Promise.resolve();
  return Promise.all([...held.values()].map((write) => write())).then(() => undefined);
}
