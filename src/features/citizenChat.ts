/**
 * Citizen chat: the bot (safety screen, recognizer, dialogs) and the self-hosted Direct Line
 * channel that the citizen page's chat client talks to (REST routes and WebSocket streams).
 */
import { standingParams } from '../handoff/hoursText';
import type { TurnContext } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog';
import { Replies } from '../../dialogs/replies';
import { TriageDialog } from '../../dialogs/triageDialog';
import { BOT_ACCOUNT } from '../bot/account';
import { createCounsellorDesk } from '../bot/counsellorDesk';
import { HelplineBot } from '../bot/helplineBot';
import { createLiveRelay } from '../bot/liveRelay';
import { createOnTurnError } from '../bot/onTurnError';
import { hideQueueOfferWhileQueued } from '../bot/queueOffer';
import { TextHashedConversationState } from '../bot/textHashedState';
import { createTriageAccess } from '../bot/triageState';
import { ActivityHub } from '../channels/directline/activityHub';
import { ConversationBudget } from '../channels/directline/conversationBudget';
import { DirectLineAdapter } from '../channels/directline/directLineAdapter';
import { registerDirectLineRoutes } from '../channels/directline/routes';
import { DirectLineStreams } from '../channels/directline/streams';
import { TokenService } from '../channels/directline/tokens';
import type { RandomSource } from '../clock';
import { RateLimiter, requestLimiter } from '../http/rateLimiter';
import type { Logger } from '../log';
import { buildRecognizer } from '../nlu/factory';
import { shareBundle } from '../nlu/model/bundle';
import type { SafetyScreen } from '../safety/screen';
import type { Store } from '../store/ports';
import { ReadingPool, workerThread } from '../understanding/readingPool';
import { createUnderstander } from '../understanding/understander';
import type { HandoffFeature } from './handoff';
import type { AppParts } from './parts';
import { every } from './parts';
import { warmUpCitizenTurns } from './citizenWarmUp';
import type { CitizenBotParts, CitizenTurnLogic } from './citizenWarmUp';

/** No bot turn takes this long (recognizer timeout and delays are seconds): older pending turns are orphans. */
const ORPHANED_TURN_MS = 60_000;

/** Rounds of the understander's warm-up (its own default), also in each reading thread. */
const DEFAULT_WARM_UP_ROUNDS = 2;

/** Rounds of made-up conversations at start, when not told otherwise (see warmUpTurns). */
const WARM_UP_TURN_ROUNDS = 2;
/**
 * No round after the second starts this long after the first ended (a guard should the rounds be
 * raised): a start on a busy machine stays quick. The first round (~56 turns) took 1.9-2.4 s of
 * start-up at load 3-4, ~1.2-1.4 s of it the first question's question cues
 * (src/triage/questionCues.ts), a stall the first citizen asking a question would otherwise cause;
 * later rounds ~0.2-0.4 s each. ADR 0002 round 16.
 */
const WARM_UP_TURN_BUDGET_MS = 300;

/** How any channel hands a citizen's turn to the bot. */
export interface BotTurns {
  logic(context: TurnContext): Promise<void>;
  onTurnError(context: TurnContext, error: Error): Promise<void>;
}

export interface CitizenChatFeature {
  turns: BotTurns;
  directLine: DirectLineAdapter;
  recognizerName: string;
  /** After the server listens: runs the turns that the previous run accepted but did not finish. */
  resumeUnfinishedTurns(): void;
  /** Closes the streams (clients reconnect elsewhere). */
  stop(): void;
  /** After the server closed: waits for the bot turns still running. */
  drain(): Promise<void>;
  /** After the drain: ends the reading threads. */
  close(): Promise<void>;
  /**
   * After the served-path warm-up erased its chats: the token, message, typing and storage limits
   * drop what they counted for its address and chats, so no citizen's limit or place is taken by it.
   */
  forgetWarmUp(address: string, conversationIds: readonly string[]): void;
}

export async function wireCitizenChat(
  app: AppParts,
  needs: { handoff: HandoffFeature; warmUpRounds?: number; screen?: SafetyScreen },
): Promise<CitizenChatFeature> {
  const { config, store, clock, random, logger, catalog, conversations: registry, web } = app;
  const { service: handoff, events } = needs.handoff;
  const replies = new Replies(catalog, standingParams(catalog, config.handoff.openingHours.weekly()));
  const retention = { ...config.retention, privacyUrl: config.web.privacyUrl };

  const { recognizer, local, screen } = await buildRecognizer(config.recognizer, logger, needs.screen);
  const conversationState = new TextHashedConversationState(store.state);
  const triage = createTriageAccess(conversationState, (id, summary) => registry.saveTriage(id, summary));
  const desk = createCounsellorDesk({ handoff, replies, triage });
  // Started first (READING_THREADS, 0 by default): the threads load and warm up on the other core while this one warms up below
  // (the understander finds the pool here once it is open).
  const threads: { pool?: ReadingPool } = {};
  const opening =
    config.reading.threads > 0
      ? ReadingPool.open({
          threads: config.reading.threads,
          deadlineMs: config.reading.deadlineMs,
          logger,
          start: workerThread({
            warmUpRounds: needs.warmUpRounds ?? DEFAULT_WARM_UP_ROUNDS,
            staleAfterMs: config.reading.deadlineMs,
            // The threads share the loop's model weights instead of each holding a copy.
            models: shareBundle(screen.bundle),
          }),
        })
      : undefined;
  const understander = createUnderstander({
    safety: screen,
    recognizer,
    // The same local recognizer as `recognizer` when it is the local one: then the first look's
    // reading is reused instead of reading the message a second time.
    local,
    onRecognizerError: (err) =>
      logger.error({ event: 'recognizer_failed', err: { name: (err as Error).name } }, 'recognizer failed; continuing without it'),
    prepared: { readingOf: (text) => threads.pool?.readingOf(text) },
  });
  await understander.warmUp(needs.warmUpRounds);
  const readings = await opening;
  threads.pool = readings;
  const offerTitles = (['nl', 'en'] as const).map((locale) => catalog.t(locale, 'choices.counsellor'));
  // One way to build the citizen's turn logic, for the real chats and for the warm-up's made-up ones.
  const citizenLogic = (parts: CitizenBotParts): CitizenTurnLogic => {
    const bot = new HelplineBot({
      conversationState: parts.conversationState,
      mainDialog: new MainDialog(new TriageDialog(replies, retention, parts.triage, parts.desk)),
      triage: parts.triage,
      replies,
      understander,
      live: parts.live,
      facts: parts.facts,
      retention,
      defaultLocale: config.defaultLocale,
      logger: parts.logger,
    });
    const queueOffer = hideQueueOfferWhileQueued({ offerTitles, hasCounsellorOrWaits: parts.hasCounsellorOrWaits });
    return (context) => {
      context.onSendActivities(queueOffer);
      return bot.run(context);
    };
  };
  await warmUpTurns(citizenLogic, { replies, logger }, config.warmUpTurns ? needs.warmUpRounds : 0);
  const turns: BotTurns = {
    logic: citizenLogic({
      conversationState,
      triage,
      desk,
      live: createLiveRelay({ handoff, events }),
      facts: {
        code: (id) => registry.code(id),
        setLocale: (id, locale) => registry.setLocale(id, locale),
      },
      logger,
      hasCounsellorOrWaits: async (id) => (await handoff.current(id)) !== null,
    }),
    onTurnError: createOnTurnError({ logger, replies, conversationState, defaultLocale: config.defaultLocale }),
  };

  const tokenSecret = config.directLine.tokenSecret ?? (await persistentSecret(store, random, logger));
  const tokens = new TokenService(tokenSecret, clock, config.directLine.tokenTtlSeconds);
  const hub = new ActivityHub(
    store.cluster.shared
      ? { bus: store.cluster.bus, onError: () => logger.error({ event: 'hub_publish_failed' }, 'could not tell other instances') }
      : undefined,
  );
  const budget = new ConversationBudget(store.transcripts, config.limits.conversationMaxBytes);
  const directLine = new DirectLineAdapter({
    transcripts: store.transcripts,
    hub,
    clock,
    random,
    logger,
    bot: BOT_ACCOUNT,
    serviceUrl: 'urn:helpline:directline',
    turnLock: store.cluster.shared ? (id, work) => store.cluster.locks.serialize(`turn:${id}`, work) : undefined,
    onStored: (id, bytes) => budget.add(id, bytes),
    readings,
  });
  directLine.onTurnError = turns.onTurnError;
  const tokenLimiter = requestLimiter(store.cluster, clock, 'directline-token', config.directLine.tokenRateLimitPerMinute);
  const postLimiter = new RateLimiter(clock, config.limits.postsPerConversationPerMinute);
  const typingLimiter = new RateLimiter(clock, config.limits.postsPerConversationPerMinute * 2);
  registerDirectLineRoutes(web.server, {
    tokens,
    registry,
    transcripts: store.transcripts,
    adapter: directLine,
    hub,
    logic: turns.logic,
    clock,
    random,
    logger,
    tokenLimiter,
    postLimiter,
    typingLimiter,
    budget,
    hooks: {
      citizenTyping: (id) => events.emit({ kind: 'typing', conversationId: id, role: 'citizen' }),
      quickExit: (id) => handoff.quickExit(id),
      citizenLeft: (id) => handoff.citizenLeft(id),
    },
    options: {
      messageMaxBytes: config.directLine.messageMaxBytes,
      messageMaxChars: config.directLine.messageMaxChars,
      secret: config.directLine.secret,
      publicUrl: config.http.publicUrl,
      trustProxy: config.http.trustProxy,
      allowedHosts: config.allowedHosts,
      defaultLocale: config.defaultLocale,
    },
  });
  let stopResuming = () => undefined as void;
  const streams = new DirectLineStreams({
    tokens,
    registry,
    transcripts: store.transcripts,
    hub,
    logger,
    heartbeatMs: 15_000,
    clock,
    ...web.upgradeGuards,
    limits: { perConversation: config.limits.streamsPerConversation, perAddress: config.limits.socketsPerAddress },
  });
  web.onUpgrade((req, socket, head) => streams.handleUpgrade(req, socket, head));

  return {
    turns,
    directLine,
    recognizerName: recognizer.name,
    resumeUnfinishedTurns() {
      const report = (count: number) =>
        count > 0 && logger.warn({ event: 'resumed_turns', count }, 'ran bot turns left unfinished by the previous run');
      const failed = () => logger.error({ event: 'resume_turns_failed' }, 'could not resume unfinished turns');
      if (!store.cluster.shared) {
        void directLine.resumePendingTurns(turns.logic).then(report, failed);
        return;
      }
      // Several instances: a turn left behind by one that died is taken up by another, once it is
      // older than any turn still running could be; one instance at a time looks.
      const resumeOrphans = () =>
        void store.cluster.locks
          .runExclusive('resume-turns', () =>
            directLine.resumePendingTurns(turns.logic, { storedBefore: new Date(clock.now().getTime() - ORPHANED_TURN_MS) }),
          )
          .then((result) => result.ran && report(result.value), failed);
      resumeOrphans();
      stopResuming = every(ORPHANED_TURN_MS / 2, resumeOrphans);
    },
    stop: () => {
      stopResuming();
      streams.close();
    },
    drain: () => directLine.drain(),
    close: async () => {
      await readings?.close();
    },
    forgetWarmUp(address, conversationIds) {
      // A shared limiter counts in the store; instances on a shared store never run the warm-up.
      if (tokenLimiter instanceof RateLimiter) tokenLimiter.forget(address);
      for (const id of conversationIds) {
        postLimiter.forget(id);
        typingLimiter.forget(id);
        budget.forget(id);
      }
    },
  };
}

/** The token signing secret survives restarts (so open chats can resume) without being configured. */
async function persistentSecret(store: Store, random: RandomSource, logger: Logger): Promise<string> {
  try {
    return await store.settings.setIfAbsent('directline.tokenSecret', random.bytes(32).toString('hex'));
  } catch {
    logger.warn({ event: 'ephemeral_token_secret' }, 'store unavailable: tokens will not survive a restart');
    return random.bytes(32).toString('hex');
  }
}

/**
 * Warms the whole citizen turn path (see citizenWarmUp.ts) after the understanding step's own
 * warm-up: `warmUpRounds` 0 skips both (in-process test starts), WARM_UP_TURNS=false this one.
 */
async function warmUpTurns(
  citizenLogic: (parts: CitizenBotParts) => CitizenTurnLogic,
  deps: { replies: Replies; logger: Logger },
  warmUpRounds: number | undefined,
): Promise<void> {
  const started = performance.now();
  const rounds = warmUpRounds === 0 ? 0 : WARM_UP_TURN_ROUNDS;
  const outcome = await warmUpCitizenTurns(citizenLogic, deps, { rounds, budgetMs: WARM_UP_TURN_BUDGET_MS });
  if (outcome.turns === 0) return;
  // The made-up chats' state is garbage now: collected before the first real wave, not during it.
  (globalThis as { gc?: () => void }).gc?.();
  const ms = Math.round(performance.now() - started);
  deps.logger.info({ event: 'turns_warmed', ...outcome, ms }, 'ran made-up conversations through the bot before listening');
  if (outcome.failed > 0) deps.logger.warn({ event: 'warm_up_turns_failed', failed: outcome.failed }, 'some warm-up turns failed');
}
