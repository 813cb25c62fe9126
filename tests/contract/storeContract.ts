/**
 * One behavioural contract for every Store adapter. Each adapter's test file calls
 * `describeStoreContract` with a factory; a MongoDB adapter runs the same suite when it exists.
 */
import { ConcurrencyError } from '../../src/errors';
import type { Store } from '../../src/store/ports';

const at = (iso: string) => new Date(iso);

export function describeStoreContract(name: string, open: () => Promise<{ store: Store; cleanup(): Promise<void> }>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    const newConversation = (id: string, code: string) => ({ id, channelId: 'directline', code, locale: 'nl' as const, startedAt: at('2026-03-01T10:00:00Z'), reference: null });

    it('creates a conversation once, finds it by id and by code, and updates it', async () => {
      expect(await store.conversations.create(newConversation('c1', 'ABC-DEF'))).toBe(true);
      expect(await store.conversations.create(newConversation('c1', 'XYZ-XYZ'))).toBe(false);
      const byCode = await store.conversations.getByCode('abc-def');
      expect(byCode).toMatchObject({ id: 'c1', status: 'bot', locale: 'nl', endedAt: null, code: 'ABC-DEF' });
      await store.conversations.update('c1', { status: 'ended', endedAt: at('2026-03-01T11:00:00Z'), locale: 'en', reference: { a: 1 }, triage: { form: 'unknown' } });
      expect(await store.conversations.get('c1')).toMatchObject({ status: 'ended', locale: 'en', endedAt: at('2026-03-01T11:00:00Z'), reference: { a: 1 }, triage: { form: 'unknown' } });
      expect(await store.conversations.get('missing')).toBeNull();
    });

    it('appends transcript entries with consecutive sequence numbers per conversation', async () => {
      const entry = (text: string, clientActivityId: string | null = null) => ({
        role: 'citizen' as const,
        type: 'message',
        text,
        at: at('2026-03-01T10:00:00Z'),
        clientActivityId,
        activity: { type: 'message', text },
      });
      const results = await Promise.all(['a', 'b', 'c'].map((t) => store.transcripts.append('c1', entry(t))));
      expect(results.map((r) => r.entry.seq).sort()).toEqual([1, 2, 3]);
      expect((await store.transcripts.append('c2', entry('other'))).entry.seq).toBe(1);
      expect(await store.transcripts.lastSeq('c1')).toBe(3);
      expect((await store.transcripts.listAfter('c1', 1, 10)).map((e) => e.seq)).toEqual([2, 3]);
      expect((await store.transcripts.listAfter('c1', 0, 2)).map((e) => e.seq)).toEqual([1, 2]);
      expect(await store.transcripts.lastSeq('none')).toBe(0);
    });

    it('makes an append with a known clientActivityId a no-op that returns the first entry', async () => {
      const entry = { role: 'citizen' as const, type: 'message', text: 'hoi', at: at('2026-03-01T10:00:00Z'), clientActivityId: 'x1', activity: { text: 'hoi' } };
      const first = await store.transcripts.append('c1', entry);
      const again = await store.transcripts.append('c1', { ...entry, text: 'changed' });
      expect(first.created).toBe(true);
      expect(again).toMatchObject({ created: false, entry: { seq: first.entry.seq, text: 'hoi' } });
      expect(await store.transcripts.lastSeq('c1')).toBe(1);
    });

    it('tracks pending turns until completed', async () => {
      const entry = (text: string) => ({ role: 'citizen' as const, type: 'message', text, at: at('2026-03-01T10:00:00Z'), clientActivityId: null, activity: { text } });
      const a = await store.transcripts.append('c1', entry('a'), { pendingTurn: true });
      await store.transcripts.append('c1', entry('b'));
      const c = await store.transcripts.append('c2', entry('c'), { pendingTurn: true });
      expect((await store.transcripts.pendingTurns(10)).map((e) => e.text)).toEqual(['a', 'c']);
      expect(await store.transcripts.isTurnPending('c1', a.entry.seq)).toBe(true);
      await store.transcripts.completeTurn('c1', a.entry.seq);
      expect(await store.transcripts.isTurnPending('c1', a.entry.seq)).toBe(false);
      expect((await store.transcripts.pendingTurns(10)).map((e) => e.seq)).toEqual([c.entry.seq]);
    });

    it('keeps bot state with eTags and rejects a stale write', async () => {
      await store.state.write({ k: { value: 1 } });
      const read1 = await store.state.read(['k', 'missing']);
      expect(read1.k).toMatchObject({ value: 1 });
      expect(read1.missing).toBeUndefined();
      const eTag = read1.k!.eTag;
      await store.state.write({ k: { value: 2, eTag } });
      await expect(store.state.write({ k: { value: 3, eTag } })).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await store.state.read(['k'])).k).toMatchObject({ value: 2 });
      await store.state.write({ k: { value: 4, eTag: '*' } });
      expect((await store.state.read(['k'])).k).toMatchObject({ value: 4 });
      await store.state.delete(['k']);
      expect(await store.state.read(['k'])).toEqual({});
    });

    it('writes all state changes of one call or none', async () => {
      await store.state.write({ a: { v: 1 } });
      const stale = 'stale-etag';
      await expect(store.state.write({ b: { v: 1 }, a: { v: 2, eTag: stale } })).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.state.read(['b'])).toEqual({});
    });

    it('sets a setting only when absent', async () => {
      expect(await store.settings.get('s')).toBeNull();
      expect(await store.settings.setIfAbsent('s', 'one')).toBe('one');
      expect(await store.settings.setIfAbsent('s', 'two')).toBe('one');
    });

    it('reports health', async () => {
      expect(await store.health()).toMatchObject({ ok: true });
    });
  });
}
