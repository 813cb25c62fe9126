/** The login delays on the real SQLite store with a manual clock: the rules, and that they are shared. */
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle, waitMs } from '../../../src/staff/loginThrottle';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

describe('login throttle', () => {
  let f: StaffFixture;
  let throttle: LoginThrottle;
  beforeEach(() => {
    f = openStaffFixture();
    throttle = new LoginThrottle(f.store.loginFailures, f.clock);
  });
  afterEach(() => f.cleanup());

  /** A patient guesser: waits out each delay, then tries again; every admitted attempt fails. */
  const failWith = async (t: LoginThrottle, times: number, username = 'anna', address = '10.0.0.1') => {
    for (let i = 0; i < times; i++) {
      const refusal = await t.admit(username, address);
      if (refusal === null) continue;
      f.clock.advance(refusal.retryAfterSeconds * 1000);
      expect(await t.admit(username, address)).toBeNull();
    }
  };
  const fail = (times: number, username?: string, address?: string) => failWith(throttle, times, username, address);

  it('lets the free failures pass, then doubles the delay with each failure', async () => {
    await fail(5);
    expect(await throttle.check('anna', '10.0.0.1')).toBeNull();
    await fail(1);
    const refusal = await throttle.check('anna', '10.0.0.1');
    expect(refusal).toMatchObject({ scope: 'account', retryAfterSeconds: 1 });
    // Names the counter for the audit limiter without the username or the address.
    expect(refusal?.key).toMatch(/^[0-9a-f]{64}$/);
    await fail(2);
    expect(await throttle.check('Anna ', '10.0.0.1')).toMatchObject({ scope: 'account', retryAfterSeconds: 4 });
    f.clock.advance(4_000);
    expect(await throttle.check('anna', '10.0.0.1')).toBeNull();
  });

  it('caps what a stranger can do to an account at 30 s, while their own address waits far longer', async () => {
    await fail(15, 'anna', '192.0.2.66');
    expect(await throttle.check('anna', '10.0.0.1')).toMatchObject({ scope: 'account', retryAfterSeconds: 30 });
    expect(await throttle.check('anna', '192.0.2.66')).toMatchObject({ scope: 'pair', retryAfterSeconds: 512 });
    f.clock.advance(30_000);
    expect(await throttle.check('anna', '10.0.0.1')).toBeNull();
  });

  it('clears the account and the pair on success, not the address', async () => {
    const strict = new LoginThrottle(f.store.loginFailures, f.clock, {
      ...DEFAULT_LOGIN_THROTTLE,
      address: { free: 2, baseDelayMs: 1_000, maxDelayMs: 60_000 },
    });
    await failWith(strict, 6);
    // The seventh attempt is right: admitted, then taken back.
    await failWith(strict, 1);
    await strict.recordSuccess('anna', '10.0.0.1');
    expect(await strict.check('bert', '10.0.0.1')).toMatchObject({ scope: 'address', retryAfterSeconds: 8 });
    expect(await strict.check('anna', '10.0.0.2')).toBeNull();
  });

  it('forgets failures an hour after the last one', async () => {
    await fail(7);
    f.clock.advance(DEFAULT_LOGIN_THROTTLE.forgetAfterMs);
    expect(await throttle.check('anna', '10.0.0.1')).toBeNull();
    await fail(1);
    expect(await throttle.check('anna', '10.0.0.1')).toBeNull();
  });

  it('shares the counts between throttles on one store, as instances on one database do', async () => {
    const other = new LoginThrottle(f.store.loginFailures, f.clock);
    for (let i = 0; i < 6; i++) await failWith(i % 2 === 0 ? throttle : other, 1);
    expect(await other.check('anna', '10.0.0.1')).toMatchObject({ scope: 'account', retryAfterSeconds: 1 });
    expect(await throttle.check('anna', '10.0.0.1')).toMatchObject({ scope: 'account', retryAfterSeconds: 1 });
  });

  it('lets through no more of many parallel attempts than of the same attempts one by one', async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => throttle.admit('anna', '10.0.0.1')));
    // Five free failures, and the sixth attempt is still checked: then the delay runs.
    expect(outcomes.filter((o) => o === null)).toHaveLength(6);
    expect(outcomes.filter((o) => o !== null).every((o) => o?.scope === 'account' && o.retryAfterSeconds === 1)).toBe(true);
    expect(await throttle.check('anna', '10.0.0.1')).toMatchObject({ scope: 'account', retryAfterSeconds: 1 });
  });

  it('does not count a refused attempt: a stranger hammering an account cannot keep its delay running', async () => {
    await fail(6, 'anna', '192.0.2.66');
    for (let i = 0; i < 50; i++) expect(await throttle.admit('anna', '192.0.2.66')).not.toBeNull();
    f.clock.advance(1_000);
    expect(await throttle.check('anna', '10.0.0.1')).toBeNull();
  });

  it('computes the delay left from the count and the last failure', () => {
    const rule = { free: 2, baseDelayMs: 1_000, maxDelayMs: 5_000 };
    const lastAt = new Date(10_000);
    expect(waitMs(rule, { count: 2, lastAt }, 10_000)).toBe(0);
    expect(waitMs(rule, { count: 3, lastAt }, 10_400)).toBe(600);
    expect(waitMs(rule, { count: 100, lastAt }, 10_000)).toBe(5_000);
  });
});
