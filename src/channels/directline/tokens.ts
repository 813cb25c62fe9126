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

/** How many verified conversation tokens are remembered: more than the conversations active at once on one instance. */
export const VERIFIED_TOKENS_KEPT = 2048;

export class TokenService {
  /**
   * Conversation tokens whose signature and claims this service has checked, with their claims.
   * Every request of a chat carries the same token until it is refreshed, and checking it again
   * (HMAC, base64 and JSON decoding, zod) cost ~1.5 % of the event loop and garbage under load.
   * Only a token that passed the full check gets in, under its exact text; the expiry is checked
   * on every use, and an expired one leaves. Oldest first out when full. Nothing else ends a token
   * early: tokens are not stored, and an ended or erased conversation is refused by its record,
   * which every route reads on every request.
   */
  private readonly verified = new Map<string, TokenClaims>();

  constructor(
    private readonly secret: string,
    private readonly clock: Clock,
    readonly ttlSeconds: number,
    private readonly keep: number = VERIFIED_TOKENS_KEPT,
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
    const known = kind === 'conversation' ? this.verified.get(token) : undefined;
    if (known) {
      if (this.expired(known)) {
        this.verified.delete(token);
        throw new AppError('TokenExpired');
      }
      return known;
    }
    const claims = this.check(token, kind);
    // Stream tickets are single-use: remembering them would only push conversation tokens out.
    if (kind === 'conversation') {
      if (this.verified.size >= this.keep) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, claims);
    }
    return claims;
  }

  private expired(claims: TokenClaims): boolean {
    return claims.exp * 1000 <= this.clock.now().getTime();
  }

  private check(token: string, kind: TokenClaims['kind']): TokenClaims {
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
    if (this.expired(claims.data)) throw new AppError('TokenExpired');
    // Frozen: the same object answers every later request with this token.
    return Object.freeze(claims.data);
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
