import { ConversationState } from 'botbuilder';
import type { Storage, TurnContext } from 'botbuilder';

/** What BotState keeps in the turn state under its (private) key: the state and its change mark. */
interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

/**
 * ConversationState that tells a changed state by its JSON text. botbuilder's `BotState` marks the
 * state with `calculateChangeHash` at load, before the save and again after it: each a
 * `JSON.stringify` with a replacer function called for every value (for circular structures and
 * `_replacer` hooks that plain dialog state never has) and a SHA-256 of the text, about 2.6 % of
 * the event loop under load plus its garbage. Here the mark is the plain JSON text itself (what the
 * store writes anyway): one stringify at load, one before the save, none after it. Same rules as
 * the base class otherwise: an unchanged state is not written, a changed one is written with eTag
 * '*', `force` writes always, and the turn-state entry keeps the base class's shape, so its
 * `clear`, `delete`, `get` and property accessors work unchanged.
 */
export class TextHashedConversationState extends ConversationState {
  constructor(storage: Storage, namespace = '') {
    super(storage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.turnStateKey()) as CachedState | undefined;
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    context.turnState.set(this.turnStateKey(), { state, hash: changeMark(state) } satisfies CachedState);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get(this.turnStateKey()) as CachedState | undefined;
    const mark = cached ? changeMark(cached.state) : '';
    if (!force && (!cached || cached.hash === mark)) return;
    const key = await this.storageKey(context);
    cached ??= { state: {}, hash: '' };
    cached.state.eTag = '*';
    await this.storage.write({ [key]: cached.state });
    // The eTag is not part of the mark; the store does not change the state it writes.
    cached.hash = mark === '' ? changeMark(cached.state) : mark;
    context.turnState.set(this.turnStateKey(), cached);
  }

  /** The base class's turn-state key (a private symbol of BotState, made in its constructor). */
  private turnStateKey(): symbol {
    return (this as unknown as { stateKey: symbol }).stateKey;
  }
}

/** The state's JSON text without its eTag: equal texts, equal states (JSON-able bot state). */
function changeMark(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}
