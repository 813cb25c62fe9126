import { hashSessionId } from '../../../src/staff/sessions';
import { openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

const MINUTE = 60_000;

describe('staff sessions', () => {
  let f: StaffFixture;
  beforeEach(() => {
    f = openStaffFixture();
  });
  afterEach(() => f.cleanup());

  const newUser = () =>
    f.staff.accounts.add({ username: 'anna', role: 'supervisor', displayName: 'Anna', password: 'een lang wachtwoord' }, 'cli');

  it('logs in with a random id, stores only its hash, and resolves to the principal', async () => {
    const user = await newUser();
    const login = await f.staff.sessions.login(user);
    expect(login.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(login.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(login.csrfToken).not.toBe(login.sessionId);
    expect(await f.store.sessions.get(login.sessionId)).toBeNull();
    expect(await f.store.sessions.get(hashSessionId(login.sessionId))).toMatchObject({ userId: user.id, csrfToken: login.csrfToken });
    expect(await f.staff.sessions.resolve(login.sessionId)).toMatchObject({
      userId: user.id,
      username: 'anna',
      displayName: 'Anna',
      role: 'supervisor',
      csrfToken: login.csrfToken,
    });
  });

  it('ignores unknown and malformed ids', async () => {
    expect(await f.staff.sessions.resolve('x'.repeat(43))).toBeNull();
    expect(await f.staff.sessions.resolve("' OR 1=1 --")).toBeNull();
    expect(await f.staff.sessions.resolve('')).toBeNull();
  });

  it('does not slide the idle timeout for a look-up that is not activity', async () => {
    const login = await f.staff.sessions.login(await newUser());
    f.clock.advance(20 * MINUTE);
    expect(await f.staff.sessions.resolve(login.sessionId, { activity: false })).not.toBeNull();
    f.clock.advance(10 * MINUTE);
    expect(await f.staff.sessions.resolve(login.sessionId, { activity: false })).toBeNull();
  });

  it('expires after 30 idle minutes', async () => {
    const login = await f.staff.sessions.login(await newUser());
    f.clock.advance(30 * MINUTE - 1);
    expect(await f.staff.sessions.resolve(login.sessionId)).not.toBeNull();
    f.clock.advance(30 * MINUTE);
    expect(await f.staff.sessions.resolve(login.sessionId)).toBeNull();
    // An expired session is gone for good, also if the clock were to go back.
    f.clock.advance(-30 * MINUTE);
    expect(await f.staff.sessions.resolve(login.sessionId)).toBeNull();
  });

  it('slides the idle timeout while in use, up to the 12-hour absolute lifetime', async () => {
    const login = await f.staff.sessions.login(await newUser());
    for (let elapsed = 0; elapsed < 11 * 60 + 40; elapsed += 20) {
      f.clock.advance(20 * MINUTE);
      expect(await f.staff.sessions.resolve(login.sessionId)).not.toBeNull();
    }
    // 11 h 40 min after login; activity keeps it alive, but not past 12 h after login.
    f.clock.advance(19 * MINUTE);
    const principal = await f.staff.sessions.resolve(login.sessionId);
    expect(principal?.expiresAt.toISOString()).toBe('2026-03-02T21:00:00.000Z');
    f.clock.advance(1 * MINUTE);
    expect(await f.staff.sessions.resolve(login.sessionId)).toBeNull();
  });

  it('takes configured timeouts', async () => {
    const custom = openStaffFixture({ idleTimeoutMs: 5 * MINUTE, absoluteLifetimeMs: 8 * MINUTE });
    try {
      const user = await custom.staff.accounts.add({ username: 'bram', role: 'admin', password: 'een lang wachtwoord' }, 'cli');
      const login = await custom.staff.sessions.login(user);
      custom.clock.advance(4 * MINUTE);
      expect(await custom.staff.sessions.resolve(login.sessionId)).not.toBeNull();
      custom.clock.advance(4 * MINUTE);
      expect(await custom.staff.sessions.resolve(login.sessionId)).toBeNull();
    } finally {
      await custom.cleanup();
    }
  });

  it('ends on logout and for a disabled user', async () => {
    const user = await newUser();
    const a = await f.staff.sessions.login(user);
    const b = await f.staff.sessions.login(user);
    await f.staff.sessions.logout(a.sessionId);
    expect(await f.staff.sessions.resolve(a.sessionId)).toBeNull();
    expect(await f.staff.sessions.resolve(b.sessionId)).not.toBeNull();
    // Even if something flipped the flag without ending sessions, a disabled user gets nothing.
    await f.store.staff.setDisabled(user.id, true);
    expect(await f.staff.sessions.resolve(b.sessionId)).toBeNull();
  });

  it('clears expired sessions from the store on the next login', async () => {
    const user = await newUser();
    const old = await f.staff.sessions.login(user);
    f.clock.advance(31 * MINUTE);
    await f.staff.sessions.login(user);
    expect(await f.store.sessions.get(hashSessionId(old.sessionId))).toBeNull();
  });
});
