import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';

/**
 * Direct Line tokens: HS256 JWTs signed with a server secret. A token is bound to one conversation
 * and one user; the client cannot choose either. The `user` claim lets the official client read
 * the user id from the token, as it does with Azure's Direct Line tokens. A `stream` token is a
 * short-lived ticket for one WebSocket upgrade, so the long-lived token never sits in a URL.
 */
const claimsSchema = z.object({
  kind: z.enum(['conversation', 'stream']),
  conv: z.string().min(1),
  user: z.string().min(1),
  locale: z.enum(['nl', 'en']),
  iat: z.number().int(),
  exp: z.number().int(),
  /** Stream tickets only: a unique id (a ticket opens one socket) and when the token it came from expires. */
  jti: z.string().max(64).optional(),
  until: z.number().int().optional(),
});

export type TokenClaims = z.infer<typeof claimsSchema>;
export type TokenSubject = Pick<TokenClaims, 'conv' | 'user' | 'locale'>;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
/** Long enough for a slow client to open the socket after it got the URL, and no longer. */
export const STREAM_TICKET_SECONDS = 60;

export class TokenService {
  constructor(
    private readonly secret: string,
    private readonly clock: Clock,
    readonly ttlSeconds: number,
  ) {}

  issue(subject: TokenSubject): string {
    return this.sign({ conv: subject.conv, user: subject.user, locale: subject.locale, kind: 'conversation' }, this.ttlSeconds);
  }

  /**
   * A ticket for one WebSocket upgrade. `jti` makes it single-use (the stream server remembers the
   * ids it saw until they expire); `until` is when the conversation token it came from expires,
   * and the stream closes then, so a socket never outlives its token.
   */
  issueStreamTicket(subject: TokenSubject & { exp?: number }, jti: string): string {
    const { conv, user, locale } = subject;
    const until = subject.exp ?? Math.floor(this.clock.now().getTime() / 1000) + this.ttlSeconds;
    return this.sign({ conv, user, locale, kind: 'stream', jti, until }, STREAM_TICKET_SECONDS);
  }

  /** Verifies signature, kind and expiry; throws Unauthorized (bad token) or TokenExpired. */
  verify(token: string, kind: TokenClaims['kind'] = 'conversation'): TokenClaims {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) throw new AppError('Unauthorized', 'Malformed token.');
    const expected = this.signature(`${parts[0]}.${parts[1]}`);
    const given = Buffer.from(parts[2]!, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('Unauthorized', 'Bad token signature.');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    } catch {
      throw new AppError('Unauthorized', 'Malformed token payload.');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success || claims.data.kind !== kind) throw new AppError('Unauthorized', 'Wrong token kind.');
    if (claims.data.exp * 1000 <= this.clock.now().getTime()) throw new AppError('TokenExpired');
    return claims.data;
  }

  private sign(claims: Omit<TokenClaims, 'iat' | 'exp'>, ttlSeconds: number): string {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds })).toString('base64url');
    const body = `${HEADER}.${payload}`;
    return `${body}.${this.signature(body).toString('base64url')}`;
  }

  private signature(body: string): Buffer {
    return createHmac('sha256', this.secret).update(body).digest();
  }
}

/** Reads `Authorization: Bearer <token>`; throws Unauthorized when absent. */
export function bearerToken(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new AppError('Unauthorized', 'Missing bearer token.');
  return match[1]!;
}
