/**
 * The stored protections every adapter must keep alike: idempotency keys with expiry and
 * failed-login counters that forget, count every concurrent failure and clear on request.
 */
import type { Store } from '../../src/store/ports';

const at = (iso: string) => new Date(iso);

export function describeRequestGuardsContract(name: string, open: () => Promise<{ store: Store; cleanup(): Promise<void> }>): void {
  describe(`${name} request guards contract`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    it('remembers an idempotency key until it expires, and prunes only expired keys', async () => {
      const { idempotency } = store;
      expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:00:00Z'))).toBe(false);
      await idempotency.record('u1|c1|key-0001', at('2026-03-01T10:10:00Z'));
      await idempotency.record('u1|c1|key-0002', at('2026-03-01T10:20:00Z'));
      expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:09:59Z'))).toBe(true);
      expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:10:00Z'))).toBe(false);
      expect(await idempotency.deleteExpired(at('2026-03-01T10:15:00Z'))).toBe(1);
      expect(await idempotency.has('u1|c1|key-0002', at('2026-03-01T10:15:00Z'))).toBe(true);
      // Recorded again (a retry after expiry did the work once more): remembered anew.
      await idempotency.record('u1|c1|key-0001', at('2026-03-01T10:30:00Z'));
      expect(await idempotency.has('u1|c1|key-0001', at('2026-03-01T10:15:00Z'))).toBe(true);
    });

    it('counts failed logins per key, forgets old ones, and clears on request', async () => {
      const { loginFailures } = store;
      const account = { scope: 'account', key: 'a'.repeat(64) };
      const address = { scope: 'address', key: 'b'.repeat(64) };
      const since = (iso: string) => new Date(at(iso).getTime() - 60 * 60_000);
      await loginFailures.add([account, address], at('2026-03-01T10:00:00Z'), since('2026-03-01T10:00:00Z'));
      await loginFailures.add([account, address], at('2026-03-01T10:01:00Z'), since('2026-03-01T10:01:00Z'));
      await loginFailures.add([address], at('2026-03-01T10:02:00Z'), since('2026-03-01T10:02:00Z'));
      const counts = await loginFailures.get([account, address, { scope: 'pair', key: 'c' }], since('2026-03-01T10:02:00Z'));
      expect(counts.sort((x, y) => x.scope.localeCompare(y.scope))).toEqual([
        { ...account, count: 2, lastAt: at('2026-03-01T10:01:00Z') },
        { ...address, count: 3, lastAt: at('2026-03-01T10:02:00Z') },
      ]);
      // An hour after the last failure it counts as none, and the next failure starts again at 1.
      expect(await loginFailures.get([account], since('2026-03-01T11:01:00Z'))).toEqual([]);
      await loginFailures.add([account], at('2026-03-01T11:01:00Z'), since('2026-03-01T11:01:00Z'));
      expect(await loginFailures.get([account], since('2026-03-01T11:01:00Z'))).toEqual([
        { ...account, count: 1, lastAt: at('2026-03-01T11:01:00Z') },
      ]);

      await loginFailures.clear([account]);
      expect(await loginFailures.get([account, address], since('2026-03-01T10:30:00Z'))).toEqual([
        { ...address, count: 3, lastAt: at('2026-03-01T10:02:00Z') },
      ]);
      expect(await loginFailures.deleteBefore(at('2026-03-01T10:03:00Z'))).toBe(1);
      expect(await loginFailures.get([address], since('2026-03-01T10:30:00Z'))).toEqual([]);
    });

    it('counts every one of many concurrent failures', async () => {
      const key = { scope: 'address', key: 'd'.repeat(64) };
      const now = at('2026-03-01T10:00:00Z');
      const since = at('2026-03-01T09:00:00Z');
      await Promise.all(Array.from({ length: 20 }, () => store.loginFailures.add([key], now, since)));
      expect(await store.loginFailures.get([key], since)).toEqual([{ ...key, count: 20, lastAt: now }]);
    });
  });
}
