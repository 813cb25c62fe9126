import type { Request, Response, Server } from 'restify';
import type { Activity } from 'botbuilder';
import type { Clock, RandomSource } from '../../clock';
import { randomId } from '../../clock';
import type { ConversationRegistry } from '../../conversations/registry';
import { AppError } from '../../errors';
import { toLocale } from '../../i18n/catalog';
import type { Locale } from '../../i18n/catalog';
import { parseWith, readJsonBody } from '../../http/jsonBody';
import { publicBaseUrl } from '../../http/hosts';
import { sendJson, sendJsonText } from '../../http/jsonResponse';
import type { RateLimiter, RequestLimiter } from '../../http/rateLimiter';
import { clientAddress, route } from '../../http/route';
import type { Logger } from '../../log';
import type { TranscriptStore } from '../../store/ports';
import type { ActivityHub } from './activityHub';
import { parseWatermark } from './activityIds';
import { deliverableText, directLineActivityText, readableAfterEnd } from './delivery';
import { DIRECTLINE_CHANNEL_ID } from './directLineAdapter';
import type { DirectLineAdapter, TurnLogic } from './directLineAdapter';
import { limitIncoming } from '../incomingLimits';
import { citizenEventAllowed } from './citizenEvents';
import type { ConversationBudget } from './conversationBudget';
import { exitRequestSchema, postedActivitySchema, tokenRequestSchema } from './schemas';
import type { TokenClaims, TokenService } from './tokens';
import { bearerToken } from './tokens';

export interface DirectLineRouteDeps {
  tokens: TokenService;
  registry: ConversationRegistry;
  transcripts: TranscriptStore;
  adapter: DirectLineAdapter;
  hub: ActivityHub;
  logic: TurnLogic;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  tokenLimiter: RequestLimiter;
  /** Messages and events per conversation (a token is bound to one, so this is also per token). */
  postLimiter: RateLimiter;
  /** Typing signals per conversation: not stored, but relayed to a counsellor's console. */
  typingLimiter: RateLimiter;
  budget: ConversationBudget;
  /** Told when a citizen types (live chat), leaves with the quick exit, or closes the page. */
  hooks: {
    citizenTyping(conversationId: string): void;
    quickExit(conversationId: string): Promise<void>;
    citizenLeft(conversationId: string): Promise<void>;
  };
  options: {
    messageMaxBytes: number;
    messageMaxChars: number;
    secret: string | null;
    publicUrl: string | null;
    trustProxy: boolean;
    allowedHosts: readonly string[];
    defaultLocale: Locale;
  };
}

const BASE = '/v3/directline';
const PAGE_SIZE = 500;
/** A typing signal from the citizen page is a few hundred bytes; more is never a typing signal. */
const TYPING_MAX_BYTES = 4096;

/** Direct Line 3.0 REST routes, compatible with botframework-directlinejs and the citizen page's client. */
export function registerDirectLineRoutes(server: Server, deps: DirectLineRouteDeps): void {
  const { tokens, registry, logger, options } = deps;
  const small = 4096;

  const authorize = (req: Request, conversationId?: string): TokenClaims => {
    const claims = tokens.verify(bearerToken(req.headers.authorization));
    // 404 as the Direct Line reference answers: a token never learns whether another conversation exists.
    if (conversationId !== undefined && claims.conv !== conversationId)
      throw new AppError('NotFound', 'Token is for another conversation.');
    return claims;
  };

  /** Posting needs an open conversation; reading also works after a counsellor closed it, never after a quick exit. */
  const openConversation = async (claims: TokenClaims, purpose: 'read' | 'write') => {
    const record = await registry.standing(claims.conv);
    if (!record || (record.status === 'ended' && (purpose === 'write' || !readableAfterEnd(record.endedReason)))) {
      throw new AppError('NotFound', 'Conversation not found or ended.');
    }
    return record;
  };

  /**
   * The limits are checked before the body is read: a conversation over both of its limits is
   * refused while its body is still unread (drained, never parsed), and one over its message limit
   * may only send what a typing signal needs. Returns the most the body may hold.
   */
  const admissibleBodyBytes = (req: Request, conversationId: string): number => {
    const messagesWait = deps.postLimiter.blocked(conversationId);
    if (messagesWait === null) return options.messageMaxBytes;
    const typingWait = deps.typingLimiter.blocked(conversationId);
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (typingWait !== null || (Number.isFinite(declared) && declared > TYPING_MAX_BYTES)) {
      req.resume();
      const retryAfterSeconds = typingWait === null ? messagesWait : Math.min(messagesWait, typingWait);
      throw new AppError('TooManyRequests', 'Too many messages in this conversation.', { retryAfterSeconds });
    }
    return TYPING_MAX_BYTES;
  };

  /**
   * Counts a post against its own limit. One refused after its body was read is also charged to
   * the other limit: which limit applies is known only after parsing, and this way a conversation
   * gets at most both limits' worth of bodies read per window, then admissibleBodyBytes refuses
   * the rest unread.
   */
  const countPost = (conversationId: string, typing: boolean): void => {
    const [own, other] = typing ? [deps.typingLimiter, deps.postLimiter] : [deps.postLimiter, deps.typingLimiter];
    try {
      own.enforce(conversationId, typing ? 'typing signals' : 'messages in this conversation');
    } catch (err) {
      other.take(conversationId);
      throw err;
    }
  };

  const conversationBody = (req: Request, claims: TokenClaims, watermark: number) => {
    const base = publicBaseUrl(req, options).replace(/^http/, 'ws');
    // The ticket's stream lives as long as the fresh token in this same answer.
    const ticket = tokens.issueStreamTicket({ conv: claims.conv, user: claims.user, locale: claims.locale }, randomId(deps.random, 12));
    const query = new URLSearchParams({ watermark: String(watermark), t: ticket });
    return {
      conversationId: claims.conv,
      token: tokens.issue(claims),
      expires_in: tokens.ttlSeconds,
      streamUrl: `${base}${BASE}/conversations/${encodeURIComponent(claims.conv)}/stream?${query.toString()}`,
      referenceGrammarId: '',
    };
  };

  const newTokenFor = (locale: Locale) => {
    const subject = { conv: randomId(deps.random, 18), user: `dl_${randomId(deps.random, 12)}`, locale };
    return { conversationId: subject.conv, token: tokens.issue(subject), expires_in: tokens.ttlSeconds };
  };

  // The citizen page's token service: no secret in the page, a new conversation per token.
  server.post(
    '/api/directline/token',
    route('token', logger, async (req, res) => {
      await deps.tokenLimiter.enforce(clientAddress(req, options.trustProxy), 'token requests');
      const body = req.headers['content-length'] === '0' || req.headers['content-type'] === undefined ? {} : await readJsonBody(req, small);
      const { locale } = parseWith(tokenRequestSchema, body);
      sendJson(req, res, newTokenFor(toLocale(locale, options.defaultLocale)), { secret: true });
    }),
  );

  // Direct Line's own token generation, for server-to-server use with the configured secret.
  server.post(
    `${BASE}/tokens/generate`,
    route('tokens.generate', logger, async (req, res) => {
      if (!options.secret || bearerToken(req.headers.authorization) !== options.secret)
        throw new AppError('Forbidden', 'Bad Direct Line secret.');
      sendJson(req, res, newTokenFor(options.defaultLocale), { secret: true });
    }),
  );

  server.post(
    `${BASE}/tokens/refresh`,
    route('tokens.refresh', logger, async (req, res) => {
      const claims = authorize(req);
      sendJson(req, res, { conversationId: claims.conv, token: tokens.issue(claims), expires_in: tokens.ttlSeconds }, { secret: true });
    }),
  );

  server.post(
    `${BASE}/conversations`,
    route('conversations.start', logger, async (req, res) => {
      const claims = authorize(req);
      const { record, created } = await registry.open({ id: claims.conv, channelId: DIRECTLINE_CHANNEL_ID, locale: claims.locale });
      if (record.status === 'ended') throw new AppError('NotFound', 'Conversation ended.');
      if (created) {
        await deps.adapter.receive(
          claims.conv,
          {
            type: 'conversationUpdate',
            from: { id: claims.user, name: '', role: 'user' },
            membersAdded: [
              { id: deps.adapter.botAccount.id, name: deps.adapter.botAccount.name },
              { id: claims.user, name: '' },
            ],
            locale: claims.locale,
          },
          'system',
          deps.logic,
        );
      }
      sendJson(req, res, conversationBody(req, claims, 0), { status: created ? 201 : 200, secret: true });
    }),
  );

  server.get(
    `${BASE}/conversations/:conversationId`,
    route('conversations.reconnect', logger, async (req, res) => {
      const claims = authorize(req, req.params.conversationId);
      await openConversation(claims, 'read');
      sendJson(req, res, conversationBody(req, claims, parseWatermark(req.query?.watermark)), { secret: true });
    }),
  );

  server.post(
    `${BASE}/conversations/:conversationId/activities`,
    route('activities.post', logger, async (req, res) => {
      const claims = authorize(req, req.params.conversationId);
      const posted = parseWith(postedActivitySchema, await readJsonBody(req, admissibleBodyBytes(req, claims.conv)));
      countPost(claims.conv, posted.type === 'typing');
      if (posted.type === 'event' && !citizenEventAllowed(posted.name, posted.value)) {
        throw new AppError('BadArgument', 'Event name not accepted from the page.');
      }
      const record = await openConversation(claims, 'write');
      const incoming = limitIncoming(
        { ...(posted as Partial<Activity>), from: { id: claims.user, name: '', role: 'user' }, locale: posted.locale ?? record.locale },
        options.messageMaxChars,
      );
      if (posted.type === 'typing') {
        // Typing is a signal, not a message: relayed to listeners, not written to the transcript.
        deps.hub.publish(claims.conv, { kind: 'ephemeral', activity: { ...incoming, id: `${claims.conv}|t${randomId(deps.random, 6)}` } });
        deps.hooks.citizenTyping(claims.conv);
        sendJson(req, res, { id: '' });
        return;
      }
      await deps.budget.reserve(claims.conv, Buffer.byteLength(JSON.stringify(incoming)));
      // Asked for in the same moment as the message's append, so both share one commit; the last
      // activity is when the citizen wrote.
      const [{ id }] = await Promise.all([deps.adapter.receive(claims.conv, incoming, 'citizen', deps.logic), registry.touch(claims.conv)]);
      sendJson(req, res, { id });
    }),
  );

  server.get(
    `${BASE}/conversations/:conversationId/activities`,
    route('activities.get', logger, async (req, res) => {
      const claims = authorize(req, req.params.conversationId);
      await openConversation(claims, 'read');
      const after = parseWatermark(req.query?.watermark);
      const entries = await deps.transcripts.listActivityTextAfter(claims.conv, after, PAGE_SIZE);
      const last = entries.at(-1)?.seq ?? after;
      const activities = entries.filter(deliverableText).map((entry) => directLineActivityText(claims.conv, entry));
      sendJsonText(req, res, `{"activities":[${activities.join(',')}],"watermark":"${last}"}`);
    }),
  );

  server.post(
    `${BASE}/conversations/:conversationId/upload`,
    route('activities.upload', logger, async (req) => {
      authorize(req, req.params.conversationId);
      req.resume();
      throw new AppError('BadArgument', 'File uploads are not accepted in this chat.');
    }),
  );

  /** Ends a conversation for a reason the citizen's page gave; a second call changes nothing. */
  const endByCitizen = async (token: string, reason: 'quick_exit' | 'citizen_left') => {
    const claims = tokens.verify(token);
    const record = await registry.get(claims.conv);
    if (!record || record.status === 'ended') return;
    await registry.end(claims.conv, reason);
    await deps.transcripts.append(claims.conv, {
      role: 'system',
      type: 'event',
      text: null,
      at: deps.clock.now(),
      clientActivityId: null,
      activity: { type: 'event', name: reason === 'quick_exit' ? 'helpline.quickExit' : 'helpline.citizenLeft' },
    });
    deps.hub.publish(claims.conv, { kind: 'ended' });
    if (reason === 'quick_exit') await deps.hooks.quickExit(claims.conv);
    else await deps.hooks.citizenLeft(claims.conv);
    logger.info(
      { event: reason },
      reason === 'quick_exit' ? 'conversation ended by quick exit' : 'conversation ended: citizen left the page',
    );
  };

  // Quick exit: the citizen page ends its conversation with a beacon while it navigates away.
  server.post(
    '/api/directline/exit',
    route('exit', logger, async (req, res) => {
      const { token } = parseWith(exitRequestSchema, await readJsonBody(req, small));
      await endByCitizen(token, 'quick_exit');
      res.status(204);
      res.end();
    }),
  );

  // The page is closed or reloaded (a reload starts a new chat): end the old one, so no counsellor
  // waits for a citizen who is gone and a queue place goes to the next citizen.
  server.post(
    '/api/directline/end',
    route('end', logger, async (req, res) => {
      const { token } = parseWith(exitRequestSchema, await readJsonBody(req, small));
      await endByCitizen(token, 'citizen_left');
      res.status(204);
      res.end();
    }),
  );
}

export type { Response };
