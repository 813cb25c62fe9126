import { ManualClock } from '../../../src/clock';
import { RateLimiter } from '../../../src/http/rateLimiter';

it('allows `limit` requests per key per window, then refuses until the next window', () => {
  const clock = new ManualClock('2026-01-01T00:00:00Z');
  const limiter = new RateLimiter(clock, 2, 60_000);
  expect([limiter.take('a'), limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([true, true, false, true]);
  clock.advance(60_000);
  expect(limiter.take('a')).toBe(true);
});

it('bounds memory: new keys are refused once the window tracks maxKeys', () => {
  const limiter = new RateLimiter(new ManualClock(), 5, 60_000, 2);
  expect([limiter.take('a'), limiter.take('b'), limiter.take('c'), limiter.take('a')]).toEqual([true, true, false, true]);
});

it('says how long to wait (Retry-After) until the window ends', () => {
  const clock = new ManualClock('2026-01-01T00:00:00Z');
  const limiter = new RateLimiter(clock, 1, 60_000);
  expect(limiter.check('a')).toBeNull();
  clock.advance(45_500);
  expect(limiter.check('a')).toBe(15);
  expect(() => limiter.enforce('a')).toThrow(expect.objectContaining({ code: 'TooManyRequests', retryAfterSeconds: 15 }));
});

it('blocked() answers what check() would, without counting the request', () => {
  const clock = new ManualClock('2026-01-01T00:00:00Z');
  const limiter = new RateLimiter(clock, 1, 60_000);
  expect([limiter.blocked('a'), limiter.blocked('a')]).toEqual([null, null]);
  expect(limiter.check('a')).toBeNull();
  clock.advance(30_000);
  expect(limiter.blocked('a')).toBe(30);
  expect(limiter.blocked('b')).toBeNull();
  clock.advance(30_000);
  expect(limiter.blocked('a')).toBeNull();
});

it('forget() drops what a key counted and frees its place among maxKeys', () => {
  const clock = new ManualClock('2026-01-01T00:00:00Z');
  const limiter = new RateLimiter(clock, 2, 60_000, 2);
  expect([limiter.take('warm'), limiter.take('warm'), limiter.take('warm')]).toEqual([true, true, false]);
  expect(limiter.take('a')).toBe(true);
  // Full: a third key is refused while the warm-up's key holds a place.
  expect(limiter.take('b')).toBe(false);
  limiter.forget('warm');
  expect(limiter.take('b')).toBe(true);
  limiter.forget('b');
  expect([limiter.take('warm'), limiter.take('warm'), limiter.take('warm')]).toEqual([true, true, false]);
  // Other keys keep their counts.
  expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false]);
});
