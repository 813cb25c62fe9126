/** Idempotency keys on the real SQLite store and the in-process lock, with a manual clock. */
import { IdempotencyKeys } from '../../../src/http/idempotency';
import { localCluster } from '../../../src/store/localCluster';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

describe('idempotency keys', () => {
  let f: StaffFixture;
  let keys: IdempotencyKeys;
  const { locks } = localCluster();
  beforeEach(() => {
    f = openStaffFixture();
    keys = new IdempotencyKeys({ store: f.store.idempotency, locks, clock: f.clock, ttlMs: 60_000 });
  });
  afterEach(() => f.cleanup());

  it('does the work once per scope and key, and always without a key', async () => {
    let runs = 0;
    const work = async () => void runs++;
    expect(await keys.once('u1|c1', 'key-0001', work)).toEqual({ replayed: false });
    expect(await keys.once('u1|c1', 'key-0001', work)).toEqual({ replayed: true });
    expect(await keys.once('u2|c1', 'key-0001', work)).toEqual({ replayed: false });
    await keys.once('u1|c1', null, work);
    await keys.once('u1|c1', null, work);
    expect(runs).toBe(4);
  });

  it('makes a retry that arrives during the first attempt wait for it, then replay', async () => {
    let runs = 0;
    let finish!: () => void;
    const first = keys.once('u1|c1', 'key-0002', () => {
      runs++;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    const retry = keys.once('u1|c1', 'key-0002', async () => void runs++);
    await new Promise((r) => setImmediate(r));
    finish();
    expect(await Promise.all([first, retry])).toEqual([{ replayed: false }, { replayed: true }]);
    expect(runs).toBe(1);
  });

  it('forgets a failed attempt, so the retry does the work', async () => {
    await expect(keys.once('u1|c1', 'key-0003', async () => Promise.reject(new Error('network')))).rejects.toThrow('network');
    let runs = 0;
    expect(await keys.once('u1|c1', 'key-0003', async () => void runs++)).toEqual({ replayed: false });
    expect(runs).toBe(1);
  });

  it('remembers a key for its lifetime only', async () => {
    await keys.once('u1|c1', 'key-0004', async () => undefined);
    f.clock.advance(59_999);
    expect(await keys.once('u1|c1', 'key-0004', async () => undefined)).toEqual({ replayed: true });
    f.clock.advance(1);
    expect(await keys.once('u1|c1', 'key-0004', async () => undefined)).toEqual({ replayed: false });
  });

  it('is shared by every holder of the same store, as instances on one database are', async () => {
    const other = new IdempotencyKeys({ store: f.store.idempotency, locks, clock: f.clock });
    await keys.once('u1|c1', 'key-0005', async () => undefined);
    expect(await other.once('u1|c1', 'key-0005', async () => undefined)).toEqual({ replayed: true });
  });

  it('accepts only well-formed keys', () => {
    expect(IdempotencyKeys.keyFrom(undefined)).toBeNull();
    expect(IdempotencyKeys.keyFrom('msg-0001_abcd')).toBe('msg-0001_abcd');
    for (const bad of ['kort', 'x'.repeat(101), 'met spatie!', ['a', 'b']]) {
      expect(() => IdempotencyKeys.keyFrom(bad)).toThrow(expect.objectContaining({ code: 'BadArgument' }));
    }
  });
});
