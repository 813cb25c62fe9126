import { SeededRandom } from '../../../src/clock';
import { AppError } from '../../../src/errors';
import { DEFAULT_SCRYPT_COST, PasswordHasher, checkPasswordPolicy } from '../../../src/staff/passwords';
import { TEST_SCRYPT_COST } from '../../support/staff';

describe('password hashing', () => {
  const hasher = new PasswordHasher(new SeededRandom(1), TEST_SCRYPT_COST);

  it('encodes algorithm, cost, salt and hash, and verifies only the right password', async () => {
    const encoded = await hasher.hash('lange zin met spaties');
    expect(encoded).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(encoded).not.toContain('lange');
    expect(await hasher.verify('lange zin met spaties', encoded)).toBe(true);
    expect(await hasher.verify('lange zin met spatieS', encoded)).toBe(false);
    expect(await hasher.verify('', encoded)).toBe(false);
  });

  it('uses a fresh salt per hash, so equal passwords give different hashes', async () => {
    const a = await hasher.hash('hetzelfde wachtwoord');
    const b = await hasher.hash('hetzelfde wachtwoord');
    expect(a).not.toBe(b);
    expect(await hasher.verify('hetzelfde wachtwoord', b)).toBe(true);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const encoded = await hasher.hash('cr\u00e8me br\u00fbl\u00e9e!!');
    expect(await hasher.verify('cre\u0300me bru\u0302le\u0301e!!', encoded)).toBe(true);
  });

  it('defaults to scrypt N=2^15, r=8, p=1', async () => {
    const strong = new PasswordHasher(new SeededRandom(2));
    expect(strong.cost).toEqual(DEFAULT_SCRYPT_COST);
    const encoded = await strong.hash('een sterk wachtwoord');
    expect(encoded.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await strong.verify('een sterk wachtwoord', encoded)).toBe(true);
  });

  it('verifies hashes made with another cost and says they need rehashing', async () => {
    const old = await new PasswordHasher(new SeededRandom(3), { N: 2 ** 11, r: 8, p: 1 }).hash('oud maar goed wachtwoord');
    expect(await hasher.verify('oud maar goed wachtwoord', old)).toBe(true);
    expect(hasher.needsRehash(old)).toBe(true);
    expect(hasher.needsRehash(await hasher.hash('nieuw wachtwoord!'))).toBe(false);
  });

  it('rejects malformed or absurd stored hashes without throwing', async () => {
    const valid = await hasher.hash('wachtwoord1234');
    const withPart = (index: number, value: string) =>
      valid
        .split('$')
        .map((part, i) => (i === index ? value : part))
        .join('$');
    for (const bad of [
      '',
      'plain',
      'bcrypt$x',
      withPart(1, '1000'),
      withPart(1, String(2 ** 24)),
      withPart(3, '0'),
      withPart(5, 'short'),
    ]) {
      expect(await hasher.verify('wachtwoord1234', bad)).toBe(false);
      expect(hasher.needsRehash(bad)).toBe(true);
    }
  });
});

describe('password policy', () => {
  it('needs at least 12 characters, counted as people count them', () => {
    expect(() => checkPasswordPolicy('elf tekens!')).toThrow(AppError);
    expect(() => checkPasswordPolicy('elf tekens!')).toThrow(expect.objectContaining({ code: 'PasswordTooWeak', status: 400 }));
    expect(() => checkPasswordPolicy('twaalf tekens')).not.toThrow();
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(() => checkPasswordPolicy('\u{1F511}'.repeat(11))).toThrow(expect.objectContaining({ code: 'PasswordTooWeak' }));
    expect(() => checkPasswordPolicy('x'.repeat(513))).toThrow(expect.objectContaining({ code: 'BadArgument' }));
  });
});
