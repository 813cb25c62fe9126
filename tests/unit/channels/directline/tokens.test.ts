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

  it('reads bearer headers strictly', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(() => bearerToken(undefined)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
    expect(() => bearerToken('Basic abc')).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
  });
});
