import { randomKey, SendKeys } from '../../../../../src/web/browser/console/sendKeys';

describe('the Idempotency-Key of a counsellor message', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${String(++n).padStart(4, '0')}`;
  };

  it('keeps the key of a failed attempt for a retry of the same text', () => {
    const keys = new SendKeys(counter());
    const first = keys.keyFor('Hallo, ik ben Sanne.');
    expect(keys.keyFor('Hallo, ik ben Sanne.')).toBe(first);
  });

  it('gives changed text and the next message after a sent one a new key', () => {
    const keys = new SendKeys(counter());
    const first = keys.keyFor('Hallo');
    const edited = keys.keyFor('Hallo, ik ben Sanne.');
    expect(edited).not.toBe(first);
    keys.sent();
    expect(keys.keyFor('Hallo, ik ben Sanne.')).not.toBe(edited);
  });

  it('writes 16 random bytes as 32 hex characters, a key the server accepts', () => {
    const key = randomKey((bytes) => Uint8Array.from({ length: bytes }, (_, i) => i * 17));
    expect(key).toBe('00112233445566778899aabbccddeeff');
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
  });
});
