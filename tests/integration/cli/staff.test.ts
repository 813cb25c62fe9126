/** `helpline staff add|disable` through the CLI's `main`, password on stdin, on a data folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SeededRandom, systemClock } from '../../../src/clock';
import { SqliteStore } from '../../../src/store/sqlite/sqliteStore';
import { helpline } from '../../support/cli';
import type { CliRun } from '../../support/cli';

const errorCode = (run: CliRun) => (JSON.parse(run.stderr.trim().split('\n').pop()!) as { error: { code: string } }).error.code;

describe('helpline staff', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helpline-cli-staff-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('adds a user with the password from stdin, then disables it', async () => {
    const added = await helpline(
      ['staff', 'add', '--username', 'Anna.Berg', '--role', 'counsellor', '--display-name', 'Anna'],
      dataDir,
      'een lang wachtwoord\nnext line is ignored\n',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ username: 'anna.berg', role: 'counsellor', displayName: 'Anna' });

    const again = await helpline(['staff', 'add', '--username', 'ANNA.berg', '--role', 'admin'], dataDir, 'een ander lang wachtwoord\n');
    expect(again.code).not.toBe(0);
    expect(again.stdout).toBe('');
    expect(errorCode(again)).toBe('UsernameTaken');

    const disabled = await helpline(['staff', 'disable', '--username', 'anna.berg'], dataDir);
    expect(disabled.code).toBe(0);
    expect(JSON.parse(disabled.stdout)).toEqual({ username: 'anna.berg', disabled: true });

    const store = SqliteStore.open({ dataDir, clock: systemClock, random: new SeededRandom(1) });
    try {
      const user = await store.staff.getByUsername('anna.berg');
      expect(user).toMatchObject({ displayName: 'Anna', role: 'counsellor', disabled: true });
      expect(user!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
      const entries = await store.audit.search({ actor: 'cli', limit: 10, offset: 0 });
      expect(entries.map((e) => e.action)).toEqual(['staff_disabled', 'staff_added']);
      expect(JSON.stringify(entries)).not.toContain('wachtwoord');
    } finally {
      await store.close();
    }
  });

  it('refuses short or missing passwords and bad arguments with JSON on stderr', async () => {
    const short = await helpline(['staff', 'add', '--username', 'bram', '--role', 'admin'], dataDir, 'te kort\n');
    expect(short.code).toBe(1);
    expect(errorCode(short)).toBe('PasswordTooWeak');

    const none = await helpline(['staff', 'add', '--username', 'bram', '--role', 'admin'], dataDir, '');
    expect(none.code).toBe(2);
    expect(errorCode(none)).toBe('PasswordRequired');

    const role = await helpline(['staff', 'add', '--username', 'bram', '--role', 'boss'], dataDir, 'een lang wachtwoord\n');
    expect(role.code).toBe(2);
    expect(errorCode(role)).toBe('BadArguments');

    const unknownFlag = await helpline(['staff', 'disable', '--username', 'bram', '--force', 'yes'], dataDir);
    expect(unknownFlag.code).toBe(2);
    expect(errorCode(unknownFlag)).toBe('BadArguments');

    const missing = await helpline(['staff', 'disable', '--username', 'niemand'], dataDir);
    expect(missing.code).toBe(1);
    expect(errorCode(missing)).toBe('NotFound');

    const sub = await helpline(['staff', 'remove'], dataDir);
    expect(sub.code).toBe(2);
    expect(errorCode(sub)).toBe('BadArguments');
  });
});
