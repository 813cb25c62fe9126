import crypto from 'node:crypto';
import { ManualClock } from '../../../../src/clock';
import { TokenService, bearerToken } from '../../../../src/channels/directline/tokens';

const subject = { conv: 'conv-1', user: 'dl_user', locale: 'nl' as const };

describe('TokenService', () => {
  const clock = new ManualClock('2026-05-01T12:00:00Z');
  const tokens = new TokenService('s'.repeat(32), clock, 600);

  it('issues a JWT whose claims the official client can read (user) and the server verifies', () => {
    const token = tokens.issue(subject);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ user: 'dl_user', conv: 'conv-1', kind: 'conversation' });
    expect(tokens.verify(token)).toMatchObject(subject);
  });

  it('rejects tampered payloads, other secrets, wrong kinds and expired tokens', () => {
    const token = tokens.issue(subject);
    const [h, p, s] = token.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), conv: 'other' })).toString(
      'base64url',
    );
    expect(() => tokens.verify(`${h}.${tampered}.${s}`)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => new TokenService('t'.repeat(32), clock, 600).verify(token)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => tokens.verify(tokens.issueStreamTicket(subject, 'ticket-1'))).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => tokens.verify('garbage')).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    const later = new TokenService('s'.repeat(32), new ManualClock('2026-05-01T12:10:01Z'), 600);
    expect(() => later.verify(token)).toThrow(expect.objectContaining({ code: 'TokenExpired' }));
  });

  it('gives stream tickets a short life', () => {
    const ticket = tokens.issueStreamTicket(subject, 'ticket-1');
    expect(tokens.verify(ticket, 'stream').conv).toBe('conv-1');
    const later = new TokenService('s'.repeat(32), new ManualClock('2026-05-01T12:02:01Z'), 600);
    expect(() => later.verify(ticket, 'stream')).toThrow(expect.objectContaining({ code: 'TokenExpired' }));
  });

  describe('remembering verified tokens', () => {
    afterEach(() => jest.restoreAllMocks());
    const signatureChecks = () => jest.spyOn(crypto, 'createHmac');

    it('checks a conversation token once and answers its later requests from memory', () => {
      const service = new TokenService('s'.repeat(32), new ManualClock('2026-05-01T12:00:00Z'), 600);
      const token = service.issue(subject);
      const hmac = signatureChecks();
      const first = service.verify(token);
      const again = service.verify(token);
      expect(hmac).toHaveBeenCalledTimes(1);
      expect(again).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
    });

    it('never answers an expired token from memory', () => {
      const clock = new ManualClock('2026-05-01T12:00:00Z');
      const service = new TokenService('s'.repeat(32), clock, 600);
      const token = service.issue(subject);
      expect(service.verify(token).conv).toBe('conv-1');
      clock.advance(600_000);
      expect(() => service.verify(token)).toThrow(expect.objectContaining({ code: 'TokenExpired' }));
      expect(() => service.verify(token)).toThrow(expect.objectContaining({ code: 'TokenExpired' }));
    });

    it('remembers only what passed the full check, under the exact text, and not as another kind', () => {
      const service = new TokenService('s'.repeat(32), new ManualClock('2026-05-01T12:00:00Z'), 600);
      const token = service.issue(subject);
      service.verify(token);
      const [h, p, s] = token.split('.');
      expect(() => service.verify(`${h}.${p}.${s!.slice(0, -2)}AA`)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
      expect(() => service.verify(token, 'stream')).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
      // A service with another secret (a rotated one) has its own memory: the token is checked and refused.
      expect(() => new TokenService('t'.repeat(32), new ManualClock('2026-05-01T12:00:00Z'), 600).verify(token)).toThrow(
        expect.objectContaining({ code: 'Unauthorized' }),
      );
    });

    it('does not remember stream tickets, which are single-use', () => {
      const service = new TokenService('s'.repeat(32), new ManualClock('2026-05-01T12:00:00Z'), 600);
      const ticket = service.issueStreamTicket(subject, 'ticket-1');
      const hmac = signatureChecks();
      service.verify(ticket, 'stream');
      service.verify(ticket, 'stream');
      expect(hmac).toHaveBeenCalledTimes(2);
    });

    it('keeps a bounded number, the oldest leaving first', () => {
      const clock = new ManualClock('2026-05-01T12:00:00Z');
      const service = new TokenService('s'.repeat(32), clock, 600, 2);
      const tokens = ['a', 'b', 'c'].map((conv) => service.issue({ ...subject, conv }));
      for (const token of tokens) service.verify(token);
      const hmac = signatureChecks();
      service.verify(tokens[2]!);
      service.verify(tokens[1]!);
      expect(hmac).toHaveBeenCalledTimes(0);
      service.verify(tokens[0]!);
      expect(hmac).toHaveBeenCalledTimes(1);
    });
  });

  it('reads bearer headers strictly', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(() => bearerToken(undefined)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => bearerToken('Basic abc')).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
  });
});
