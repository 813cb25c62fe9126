import { MemoryStorage, TestAdapter } from 'botbuilder';
import type { StoreItems, TurnContext } from 'botbuilder';
import { TextHashedConversationState } from '../../../src/bot/textHashedState';
import { offerReadText, takeWriteText } from '../../../src/store/stateText';

/** MemoryStorage that counts its reads and keeps what each write was given. */
class CountingStorage extends MemoryStorage {
  reads = 0;
  writes: StoreItems[] = [];

  override async read(keys: string[]): Promise<StoreItems> {
    this.reads++;
    return super.read(keys);
  }

  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    return super.write(changes);
  }
}

function harness() {
  const storage = new CountingStorage();
  const state = new TextHashedConversationState(storage);
  const facts = state.createProperty<Record<string, unknown>>('facts');
  /** Runs `work` as one turn of one conversation (TestAdapter's default id), then saves as the bot does. */
  const turn = async (work: (context: TurnContext) => Promise<void>, force = false) => {
    const adapter = new TestAdapter(async (context) => {
      await work(context);
      await state.saveChanges(context, force);
    });
    await adapter.receiveActivity('x');
  };
  return { storage, state, facts, turn };
}

describe('TextHashedConversationState', () => {
  it('writes a changed state, and not a state that was only read or set to the same value', async () => {
    const { storage, facts, turn } = harness();
    await turn(async (c) => facts.set(c, { age: 17, places: ['Utrecht'] }));
    expect(storage.writes).toHaveLength(1);
    await turn(async (c) => {
      await facts.get(c, {});
    });
    await turn(async (c) => facts.set(c, { age: 17, places: ['Utrecht'] }));
    expect(storage.writes).toHaveLength(1);
    await turn(async (c) => {
      const value = await facts.get(c, {});
      (value.places as string[]).push('Zwolle');
    });
    expect(storage.writes).toHaveLength(2);
    await turn(async (c) => {
      expect(await facts.get(c)).toEqual({ age: 17, places: ['Utrecht', 'Zwolle'] });
    });
  });

  it('writes with eTag "*" as the base class does, and the eTag alone is no change', async () => {
    const { storage, facts, turn } = harness();
    await turn(async (c) => facts.set(c, { a: 1 }));
    const written = Object.values(storage.writes[0]!)[0]!;
    expect(written.eTag).toBe('*');
    expect(written.facts).toEqual({ a: 1 });
    // The stored item comes back with a new eTag; reading it is no change.
    await turn(async (c) => {
      await facts.get(c);
    });
    expect(storage.writes).toHaveLength(1);
  });

  it('reads the store once per turn and sees its own changes after a save in the same turn', async () => {
    const { storage, state, facts, turn } = harness();
    await turn(async (c) => {
      await facts.set(c, { a: 1 });
      await state.saveChanges(c);
      await facts.set(c, { a: 2 });
      expect(await facts.get(c)).toEqual({ a: 2 });
    });
    expect(storage.reads).toBe(1);
    // Two saves, each after a change: the mark after the first save is the state as written.
    expect(storage.writes.map((w) => Object.values(w)[0]!.facts)).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('writes an unchanged state when forced, and a cleared state as empty', async () => {
    const { storage, state, facts, turn } = harness();
    await turn(async (c) => facts.set(c, { a: 1 }));
    await turn(async (c) => {
      await facts.get(c);
    }, true);
    expect(storage.writes).toHaveLength(2);
    await turn(async (c) => {
      await state.load(c);
      state.clear(c);
    });
    expect(storage.writes).toHaveLength(3);
    await turn(async (c) => {
      expect(await facts.get(c)).toBeUndefined();
    });
  });

  it('reads again from the store when asked to force the load', async () => {
    const { storage, state, turn } = harness();
    await turn(async (c) => {
      await state.load(c);
      await state.load(c);
      await state.load(c, true);
    });
    expect(storage.reads).toBe(2);
  });

  describe('with a store that hands texts along (as the SQLite store does)', () => {
    /** Keeps each item's JSON text without its eTag, offers it on read, and stores an offered text as given. */
    class TextStorage extends CountingStorage {
      readonly texts = new Map<string, string>();
      offered: Array<string | undefined> = [];

      override async read(keys: string[]): Promise<StoreItems> {
        const items = await super.read(keys);
        for (const key of keys) if (items[key] && this.texts.has(key)) offerReadText(items[key], this.texts.get(key)!);
        return items;
      }

      override async write(changes: StoreItems): Promise<void> {
        for (const [key, item] of Object.entries(changes) as Array<[string, Record<string, unknown>]>) {
          const offered = takeWriteText(item);
          this.offered.push(offered);
          const { eTag: _eTag, ...data } = item;
          this.texts.set(key, offered ?? JSON.stringify(data));
        }
        return super.write(changes);
      }
    }

    function textHarness() {
      const storage = new TextStorage();
      const state = new TextHashedConversationState(storage);
      const facts = state.createProperty<Record<string, unknown>>('facts');
      const turn = async (work: (context: TurnContext) => Promise<void>) => {
        const adapter = new TestAdapter(async (context) => {
          await work(context);
          await state.saveChanges(context);
        });
        await adapter.receiveActivity('x');
      };
      return { storage, facts, turn };
    }

    it('offers the store exactly the JSON of the state without its eTag', async () => {
      const { storage, facts, turn } = textHarness();
      await turn(async (c) => facts.set(c, { age: 17, places: ['Utrecht'] }));
      await turn(async (c) => {
        const value = await facts.get(c, {});
        (value.places as string[]).push('Zwolle');
      });
      expect(storage.offered).toEqual(['{"facts":{"age":17,"places":["Utrecht"]}}', '{"facts":{"age":17,"places":["Utrecht","Zwolle"]}}']);
    });

    it('takes the text a read offered as the mark: unchanged is not written, changed is written as changed', async () => {
      const { storage, facts, turn } = textHarness();
      await turn(async (c) => facts.set(c, { a: 1 }));
      await turn(async (c) => {
        await facts.get(c);
      });
      expect(storage.writes).toHaveLength(1);
      await turn(async (c) => {
        const value = await facts.get(c, {});
        value.a = 2;
      });
      expect(storage.writes).toHaveLength(2);
      expect(storage.texts.get([...storage.texts.keys()][0]!)).toBe('{"facts":{"a":2}}');
    });
  });
});
