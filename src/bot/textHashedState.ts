import { ConversationState } from 'botbuilder';
import type { Storage, TurnContext } from 'botbuilder';
import { offerWriteText, takeReadText } from '../store/stateText';

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
 * store writes anyway): one stringify before the save and none after it; none at load when the
 * store offers the text it parsed, and none in the store, which is offered the text compared here
 * (`src/store/stateText.ts`). Same rules as
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
    // The store's text is this mark already (the state's JSON without its eTag, as saved below).
    context.turnState.set(this.turnStateKey(), { state, hash: takeReadText(state) ?? changeMark(state) } satisfies CachedState);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get(this.turnStateKey()) as CachedState | undefined;
    if (!force && !cached) return;
    // The key first: the mark is made right before the write that is offered it (no await between),
    // so the store writes exactly the text compared here instead of serialising the state again.
    const key = await this.storageKey(context);
    const mark = cached ? changeMark(cached.state) : '';
    if (!force && cached!.hash === mark) return;
    cached ??= { state: {}, hash: '' };
    cached.state.eTag = '*';
    if (mark !== '') offerWriteText(cached.state, mark);
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
