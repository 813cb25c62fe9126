/** The single-process cluster parts behind the SQLite store: the same promises, in memory. */
import { localCluster } from '../../../src/store/localCluster';

it('runs exclusive work once at a time and says when it did not run', async () => {
  const { locks } = localCluster();
  let release!: () => void;
  const first = locks.runExclusive('retention', () => new Promise<string>((r) => (release = () => r('a'))));
  expect(await locks.runExclusive('retention', async () => 'b')).toEqual({ ran: false });
  expect(await locks.runExclusive('other', async () => 'c')).toEqual({ ran: true, value: 'c' });
  release();
  expect(await first).toEqual({ ran: true, value: 'a' });
  expect(await locks.runExclusive('retention', async () => 'd')).toEqual({ ran: true, value: 'd' });
});

it('serialises work per name, also after a failure', async () => {
  const { locks } = localCluster();
  const log: string[] = [];
  const slow = locks.serialize('turn:c1', async () => {
    await new Promise((r) => setImmediate(r));
    log.push('first');
    throw new Error('boom');
  });
  const next = locks.serialize('turn:c1', async () => void log.push('second'));
  await expect(slow).rejects.toThrow('boom');
  await next;
  expect(log).toEqual(['first', 'second']);
});

it('counts per key and window, and swaps marks returning the previous value', async () => {
  const { counters, marks, shared } = localCluster();
  expect(shared).toBe(false);
  const window = new Date('2026-03-02T10:00:00Z');
  expect([
    await counters.hit('k', window, 60_000),
    await counters.hit('k', window, 60_000),
    await counters.hit('j', window, 60_000),
  ]).toEqual([1, 2, 1]);
  expect(await counters.hit('k', new Date('2026-03-02T10:01:00Z'), 60_000)).toBe(1);
  expect(await marks.swap('m', 3, window)).toBeNull();
  expect(await marks.swap('m', 2, window)).toBe(3);
  expect(await marks.swap('m', 2, window)).toBe(2);
});
