/** The takeover part of the store contract: every adapter must make races impossible. */
import type { Store } from '../../src/store/ports';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

export function describeHandoffContract(name: string, open: () => Promise<{ store: Store; cleanup(): Promise<void> }>): void {
  describe(`${name} handoff store contract`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    const handoff = (id: string, conversationId: string, minute = 0) => ({
      id,
      conversationId,
      acute: false,
      locale: 'nl' as const,
      queuedAt: at(minute),
    });

    it('keeps at most one open handoff per conversation', async () => {
      expect(await store.handoffs.open(handoff('h1', 'c1'))).toMatchObject({ id: 'h1', status: 'queued' });
      expect(await store.handoffs.open(handoff('h2', 'c1'))).toBeNull();
      expect((await store.handoffs.current('c1'))?.id).toBe('h1');
      expect(await store.handoffs.open(handoff('h3', 'c2', 1))).not.toBeNull();
      expect((await store.handoffs.listByStatus('queued')).map((h) => h.id)).toEqual(['h1', 'h3']);
    });

    it('lets exactly one counsellor accept, and only the holder transfer', async () => {
      await store.handoffs.open(handoff('h1', 'c1'));
      const results = await Promise.all([store.handoffs.accept('h1', 'u1', at(2)), store.handoffs.accept('h1', 'u2', at(2))]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const holder = (await store.handoffs.current('c1'))!.counsellorId!;
      expect(await store.handoffs.transfer('h1', holder === 'u1' ? 'u2' : 'u1', 'u3')).toBe(false);
      expect(await store.handoffs.transfer('h1', holder, 'u3')).toBe(true);
      expect((await store.handoffs.current('c1'))?.counsellorId).toBe('u3');
    });

    it('finishes only from the expected states and records outcome and duration', async () => {
      await store.handoffs.open(handoff('h1', 'c1'));
      expect(await store.handoffs.finish('h1', ['live'], 'closed', at(5), 'advice_given', null)).toBe(false);
      await store.handoffs.accept('h1', 'u1', at(1));
      expect(await store.handoffs.finish('h1', ['live'], 'closed', at(21), 'advice_given', { note: 'n' })).toBe(true);
      expect(await store.handoffs.current('c1')).toBeNull();
      expect(await store.handoffs.recentChatMinutes(10)).toEqual([20]);
      expect(await store.handoffs.open(handoff('h2', 'c1', 30))).not.toBeNull();
    });

    it('records a late outcome once, only for the holder of a chat that ended without one', async () => {
      await store.handoffs.open(handoff('h1', 'c1'));
      await store.handoffs.accept('h1', 'u1', at(1));
      expect(await store.handoffs.recordOutcome('h1', 'u1', 'advice_given', null)).toBe(false); // still live
      await store.handoffs.finish('h1', ['live'], 'closed', at(9), 'quick_exit', null);
      expect(await store.handoffs.recordOutcome('h1', 'u2', 'advice_given', null)).toBe(false);
      expect(await store.handoffs.recordOutcome('h1', 'u1', 'referred_police', { note: 'n' })).toBe(true);
      expect(await store.handoffs.recordOutcome('h1', 'u1', 'other', null)).toBe(false);
      expect((await store.handoffs.history('c1')).map((h) => [h.status, h.outcome])).toEqual([['closed', 'referred_police']]);
    });

    it('marks a waiting chat acute', async () => {
      await store.handoffs.open(handoff('h1', 'c1'));
      await store.handoffs.markAcute('h1');
      expect((await store.handoffs.current('c1'))?.acute).toBe(true);
    });

    it('keeps notes in order and presence per counsellor', async () => {
      await store.handoffs.addNote({ conversationId: 'c1', counsellorId: 'u1', at: at(1), text: 'eerste' });
      await store.handoffs.addNote({ conversationId: 'c1', counsellorId: 'u1', at: at(2), text: 'tweede' });
      expect((await store.handoffs.notes('c1')).map((n) => n.text)).toEqual(['eerste', 'tweede']);
      await store.handoffs.setPresence('u1', true, at(1));
      await store.handoffs.setPresence('u1', false, at(2));
      expect(await store.handoffs.presence()).toEqual([{ userId: 'u1', available: false, lastSeenAt: at(2) }]);
    });
  });
}
