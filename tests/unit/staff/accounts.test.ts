import { StaffAccounts } from '../../../src/staff/accounts';
import { PasswordHasher } from '../../../src/staff/passwords';
import { TEST_SCRYPT_COST, openStaffFixture } from '../../support/staff';
import type { StaffFixture } from '../../support/staff';

describe('staff accounts', () => {
  let f: StaffFixture;
  beforeEach(() => {
    f = openStaffFixture();
  });
  afterEach(() => f.cleanup());

  const add = (username = 'Anna.Berg', role: 'counsellor' | 'supervisor' | 'admin' = 'counsellor', displayName?: string) =>
    f.staff.accounts.add({ username, role, displayName, password: 'een lang wachtwoord' }, 'cli');

  it('adds a username with an underscore and no display name (shown with a space)', async () => {
    expect((await add('anna_de_vries')).displayName).toBe('anna de vries');
  });

  it('adds a user with a lower-cased username, a hashed password and an audit entry', async () => {
    const user = await add('Anna.Berg', 'counsellor', 'Anna');
    expect(user).toMatchObject({
      username: 'anna.berg',
      displayName: 'Anna',
      role: 'counsellor',
      disabled: false,
      createdAt: f.clock.now(),
    });
    expect(user).not.toHaveProperty('passwordHash');
    const stored = await f.store.staff.getByUsername('ANNA.BERG');
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    expect(stored?.passwordHash).not.toContain('wachtwoord');
    const [entry] = await f.store.audit.search({ limit: 10, offset: 0 });
    expect(entry).toMatchObject({ actor: 'cli', action: 'staff_added', detail: { userId: user.id, role: 'counsellor' } });
  });

  it('uses the username as display name when none is given', async () => {
    expect((await add('pieter2')).displayName).toBe('pieter2');
  });

  it('refuses a taken username regardless of case, short passwords and bad names', async () => {
    await add('anna.berg');
    await expect(add('ANNA.berg')).rejects.toMatchObject({ code: 'UsernameTaken', status: 409 });
    await expect(f.staff.accounts.add({ username: 'kort', role: 'admin', password: 'te kort' }, 'cli')).rejects.toMatchObject({
      code: 'PasswordTooWeak',
    });
    await expect(add('a b')).rejects.toMatchObject({ code: 'BadArgument' });
    await expect(add('ok.name', 'counsellor', '<script>')).rejects.toMatchObject({ code: 'BadArgument' });
    await expect(
      f.staff.accounts.add({ username: 'rolf', role: 'root' as 'admin', password: 'een lang wachtwoord' }, 'cli'),
    ).rejects.toMatchObject({ code: 'BadArgument' });
    expect((await f.staff.accounts.list()).map((u) => u.username)).toEqual(['anna.berg']);
  });

  it('authenticates the right password only, for enabled accounts only', async () => {
    await add('anna.berg');
    expect(await f.staff.accounts.authenticate('Anna.Berg', 'een lang wachtwoord')).toMatchObject({ username: 'anna.berg' });
    expect(await f.staff.accounts.authenticate('anna.berg', 'een ander wachtwoord')).toBeNull();
    expect(await f.staff.accounts.authenticate('nobody', 'een lang wachtwoord')).toBeNull();
    expect(await f.staff.accounts.authenticate('not a valid name!', 'een lang wachtwoord')).toBeNull();
    expect(await f.staff.accounts.check('anna.berg', 'fout wachtwoord')).toMatchObject({ ok: false, reason: 'wrong_password' });
    expect(await f.staff.accounts.check('nobody', 'x')).toEqual({ ok: false, reason: 'unknown_user', user: null });

    await f.staff.accounts.disable('anna.berg', 'cli');
    expect(await f.staff.accounts.authenticate('anna.berg', 'een lang wachtwoord')).toBeNull();
    expect(await f.staff.accounts.check('anna.berg', 'een lang wachtwoord')).toMatchObject({ ok: false, reason: 'disabled' });
  });

  it('hashes once also for unknown users, so timing does not reveal which usernames exist', async () => {
    const passwords = new PasswordHasher(f.random, TEST_SCRYPT_COST);
    const accounts = new StaffAccounts({
      staff: f.store.staff,
      sessions: f.store.sessions,
      passwords,
      audit: f.staff.audit,
      clock: f.clock,
      random: f.random,
    });
    await accounts.add({ username: 'anna.berg', role: 'counsellor', password: 'een lang wachtwoord' }, 'cli');
    const spy = jest.spyOn(passwords, 'verify');
    await accounts.authenticate('nobody', 'een lang wachtwoord');
    await accounts.authenticate('anna.berg', 'fout wachtwoord');
    await accounts.authenticate('!!', 'fout wachtwoord');
    expect(spy).toHaveBeenCalledTimes(3);
    // The dummy hash has the same cost as real ones, so each check does the same work.
    const dummy = spy.mock.calls[0]![1];
    const real = (await f.store.staff.getByUsername('anna.berg'))!.passwordHash;
    expect(dummy.split('$').slice(0, 4)).toEqual(real.split('$').slice(0, 4));
  });

  it('upgrades a hash made with an older cost on the next successful login', async () => {
    const anna = await add('anna.berg');
    const old = await new PasswordHasher(f.random, { N: 512, r: 8, p: 1 }).hash('een lang wachtwoord');
    await f.store.staff.setPassword(anna.id, old);
    expect(await f.staff.accounts.authenticate('anna.berg', 'een lang wachtwoord')).not.toBeNull();
    expect((await f.store.staff.getById(anna.id))!.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await f.staff.accounts.authenticate('anna.berg', 'een lang wachtwoord')).not.toBeNull();
  });

  it('disabling ends every session of the user and is audited', async () => {
    const anna = await add('anna.berg');
    const other = await add('bram');
    const a1 = await f.staff.sessions.login(anna);
    const a2 = await f.staff.sessions.login(anna);
    const b1 = await f.staff.sessions.login(other);
    const disabled = await f.staff.accounts.disable('Anna.Berg', 'admin-1');
    expect(disabled.disabled).toBe(true);
    expect(await f.staff.sessions.resolve(a1.sessionId)).toBeNull();
    expect(await f.staff.sessions.resolve(a2.sessionId)).toBeNull();
    expect(await f.staff.sessions.resolve(b1.sessionId)).not.toBeNull();
    const [entry] = await f.store.audit.search({ action: 'staff_disabled', limit: 1, offset: 0 });
    expect(entry).toMatchObject({ actor: 'admin-1', detail: { userId: anna.id, sessionsEnded: 2 } });
    await expect(f.staff.accounts.disable('nobody', 'cli')).rejects.toMatchObject({ code: 'NotFound' });
  });

  it('changing a password ends existing sessions', async () => {
    const anna = await add('anna.berg');
    const login = await f.staff.sessions.login(anna);
    await f.staff.accounts.setPassword('anna.berg', 'een nieuw lang wachtwoord', anna.id);
    expect(await f.staff.sessions.resolve(login.sessionId)).toBeNull();
    expect(await f.staff.accounts.authenticate('anna.berg', 'een nieuw lang wachtwoord')).not.toBeNull();
    expect(await f.staff.accounts.authenticate('anna.berg', 'een lang wachtwoord')).toBeNull();
  });
});
