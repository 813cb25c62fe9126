import { TypingSignal } from '../../../../../src/web/browser/chat/typingSignal';

describe('TypingSignal', () => {
  let now = 0;
  const signal = () => new TypingSignal(() => now);
  beforeEach(() => {
    now = 1_000_000;
  });

  it('signals the first keystroke, then at most once every few seconds while typing goes on', () => {
    const typing = signal();
    expect(typing.changed('H')).toBe(true);
    now += 500;
    expect(typing.changed('Ha')).toBe(false);
    now += TypingSignal.EVERY_MS - 501;
    expect(typing.changed('Hal')).toBe(false);
    now += 1;
    expect(typing.changed('Hall')).toBe(true);
  });

  it('signals again at once after a message was sent, however soon', () => {
    const typing = signal();
    expect(typing.changed('Ze woont naast mij')).toBe(true);
    typing.reset();
    now += 200;
    expect(typing.changed('E')).toBe(true);
  });

  it('does not signal an emptied box', () => {
    const typing = signal();
    expect(typing.changed('')).toBe(false);
    expect(typing.changed('a')).toBe(true);
  });

  it('signals at the very start of the clock too (no special first time)', () => {
    now = 0;
    expect(signal().changed('a')).toBe(true);
  });
});
