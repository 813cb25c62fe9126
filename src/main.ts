/**
 * The composition root: the only place that knows every part. It builds the store, the bot,
 * both channels and the web pages from one validated Config, and can stop them again.
 */
import path from 'node:path';
import { ConversationState } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog';
import { Replies } from '../dialogs/replies';
import { TriageDialog } from '../dialogs/triageDialog';
import { createChannelBridge } from './bot/channelBridge';
import { startCitizenNotifier } from './bot/citizenNotifier';
import { createCounsellorDesk } from './bot/counsellorDesk';
import { createLiveRelay } from './bot/liveRelay';
import { createTriageAccess } from './bot/triageState';
import { HandoffEvents } from './handoff/events';
import { HandoffService } from './handoff/service';
import { buildRecognizer } from './nlu/factory';
import { createRetention } from './retention';
import { ConversationAdmin } from './retention/conversationAdmin';
import { SYSTEM_ACTOR } from './staff/audit';
import { SafetyScreen } from './safety/screen';
import { createUnderstander } from './understanding/understander';
import { createStaffServices } from './staff';
import { registerConsoleApi } from './staff/http/consoleApi';
import { registerAdminApi } from './staff/http/adminApi';
import { registerExportApi } from './staff/http/exportApi';
import { registerReviewApi } from './staff/http/reviewApi';
import { ConsoleSocket } from './staff/http/consoleSocket';
import { registerStaffApi } from './staff/http/staffApi';
import { createOnTurnError } from './bot/onTurnError';
import { HelplineBot } from './bot/helplineBot';
import { createCloudAdapter, registerAzureChannel } from './channels/azure/azureChannel';
import { azureTranscriptMiddleware } from './channels/azure/transcriptMiddleware';
import { ActivityHub } from './channels/directline/activityHub';
import { DirectLineAdapter } from './channels/directline/directLineAdapter';
import { registerDirectLineRoutes } from './channels/directline/routes';
import { DirectLineStreams } from './channels/directline/streams';
import { TokenService } from './channels/directline/tokens';
import { cryptoRandom, systemClock } from './clock';
import type { Clock, RandomSource } from './clock';
import type { Config } from './config';
import { ConversationRegistry } from './conversations/registry';
import { registerCitizenPage } from './http/citizenPage';
import { registerStaffPage } from './http/staffPage';
import { registerReviewPages } from './http/reviewPage';
import { registerHealth } from './http/health';
import { RateLimiter } from './http/rateLimiter';
import { createHttpServer, listen } from './http/server';
import { Catalog } from './i18n/catalog';
import { createLogger } from './log';
import type { Logger } from './log';
import { projectRoot } from './paths';
import type { Store } from './store/ports';
import { SqliteStore } from './store/sqlite/sqliteStore';
import { unavailableStore } from './store/unavailableStore';

export interface AppDeps {
  clock?: Clock;
  random?: RandomSource;
  logger?: Logger;
}

export interface RunningApp {
  url: string;
  port: number;
  store: Store;
  stop(): Promise<void>;
}

const BOT_ACCOUNT = { id: 'veilig-thuis-bot', name: 'Veilig Thuis' };

export async function startApp(config: Config, deps: AppDeps = {}): Promise<RunningApp> {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? cryptoRandom;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const root = projectRoot();

  const store = openStore(config, clock, random, logger);
  const catalog = Catalog.load(path.join(root, 'locales'), ['messages', 'web', 'guidance', 'referrals', 'console', 'review']);
  const replies = new Replies(catalog);
  const registry = new ConversationRegistry(store.conversations, clock, random);

  const { recognizer } = await buildRecognizer(config.recognizer, path.join(root, 'locales'), logger);
  const conversationState = new ConversationState(store.state);
  const triage = createTriageAccess(conversationState, (id, summary) => registry.saveTriage(id, summary));

  const staff = createStaffServices(store, clock, random, {
    idleTimeoutMs: config.staff.idleTimeoutMinutes * 60_000,
    absoluteLifetimeMs: config.staff.sessionMaxHours * 3_600_000,
  });
  const events = new HandoffEvents();
  const handoff = new HandoffService({
    handoffs: store.handoffs,
    conversations: store.conversations,
    events,
    hours: config.handoff.openingHours,
    clock,
    random,
    settings: config.handoff,
  });
  const retention = createRetention(store, clock, staff.audit, config.retention);
  const conversationAdmin = new ConversationAdmin({
    conversations: store.conversations,
    retention: store.retention,
    handoff,
    audit: staff.audit,
    clock,
  });
  const desk = createCounsellorDesk({ handoff, replies, triage, transcripts: store.transcripts });

  const bot = new HelplineBot({
    conversationState,
    mainDialog: new MainDialog(new TriageDialog(replies, config.retention, triage, desk)),
    triage,
    replies,
    understander: createUnderstander({
      safety: new SafetyScreen(),
      recognizer,
      onRecognizerError: (err) =>
        logger.error({ event: 'recognizer_failed', err: { name: (err as Error).name } }, 'recognizer failed; continuing without it'),
    }),
    live: createLiveRelay({ handoff, events }),
    facts: {
      code: async (id) => (await registry.get(id))?.code ?? null,
      setLocale: (id, locale) => registry.setLocale(id, locale),
    },
    retention: config.retention,
    defaultLocale: config.defaultLocale,
    logger,
  });
  const logic = (context: Parameters<HelplineBot['run']>[0]) => bot.run(context);
  const onTurnError = createOnTurnError({ logger, replies, conversationState, defaultLocale: config.defaultLocale });

  const tokenSecret = config.directLine.tokenSecret ?? (await persistentSecret(store, random, logger));
  const tokens = new TokenService(tokenSecret, clock, config.directLine.tokenTtlSeconds);
  const hub = new ActivityHub();
  const directLine = new DirectLineAdapter({
    transcripts: store.transcripts,
    hub,
    clock,
    random,
    logger,
    bot: BOT_ACCOUNT,
    serviceUrl: 'urn:helpline:directline',
  });
  directLine.onTurnError = onTurnError;

  const cloudAdapter = createCloudAdapter(config.azure);
  cloudAdapter.use(
    azureTranscriptMiddleware({
      registry,
      transcripts: store.transcripts,
      clock,
      defaultLocale: config.defaultLocale,
      maxChars: config.directLine.messageMaxChars,
    }),
  );
  cloudAdapter.onTurnError = onTurnError;
  const bridge = createChannelBridge({ registry, directLine, cloud: cloudAdapter, appId: config.azure.appId, bot: BOT_ACCOUNT });
  // What citizens see of a counsellor: their display name (first name or pseudonym) or a generic title.
  const counsellorName = async (id: string, locale: 'nl' | 'en') =>
    config.handoff.counsellorNameMode === 'generic'
      ? replies.t(locale, 'handoff.genericName')
      : ((await staff.accounts.get(id))?.displayName ?? replies.t(locale, 'handoff.genericName'));
  const stopNotifier = startCitizenNotifier({
    events,
    handoff,
    conversations: store.conversations,
    bridge,
    replies,
    counsellorName,
    logger,
  });

  const server = createHttpServer(logger);
  registerHealth(server, { store, recognizer: recognizer.name });
  registerCitizenPage(server, { catalog, quickExitUrl: config.web.quickExitUrl, defaultLocale: config.defaultLocale, logger });
  registerStaffPage(server, { catalog, defaultLocale: config.defaultLocale });
  registerDirectLineRoutes(server, {
    tokens,
    registry,
    transcripts: store.transcripts,
    adapter: directLine,
    hub,
    logic,
    clock,
    random,
    logger,
    tokenLimiter: new RateLimiter(clock, config.directLine.tokenRateLimitPerMinute),
    hooks: {
      citizenTyping: (id) => events.emit({ kind: 'typing', conversationId: id, role: 'citizen' }),
      quickExit: (id) => handoff.quickExit(id),
    },
    options: {
      messageMaxBytes: config.directLine.messageMaxBytes,
      messageMaxChars: config.directLine.messageMaxChars,
      secret: config.directLine.secret,
      publicUrl: config.http.publicUrl,
      trustProxy: config.http.trustProxy,
      defaultLocale: config.defaultLocale,
    },
  });
  registerAzureChannel(server, { adapter: cloudAdapter, logic, logger, maxBytes: config.directLine.messageMaxBytes * 4 });
  const streams = new DirectLineStreams({ tokens, registry, transcripts: store.transcripts, hub, logger, heartbeatMs: 15_000 });

  const staffKit = registerStaffApi(server, {
    services: staff,
    clock,
    logger,
    options: { trustProxy: config.http.trustProxy, publicUrl: config.http.publicUrl },
  });
  registerConsoleApi(server, {
    kit: staffKit,
    handoff,
    handoffs: store.handoffs,
    events,
    bridge,
    registry,
    transcripts: store.transcripts,
    accounts: staff.accounts,
    catalog,
    clock,
    counsellorName,
    maxBodyBytes: config.directLine.messageMaxBytes,
  });
  registerReviewApi(server, { kit: staffKit, retention: store.retention, accounts: staff.accounts, clock });
  registerAdminApi(server, {
    kit: staffKit,
    retention: store.retention,
    retentionService: retention.service,
    conversationAdmin,
    accounts: staff.accounts,
  });
  registerExportApi(server, {
    kit: staffKit,
    conversations: store.conversations,
    transcripts: store.transcripts,
    handoffs: store.handoffs,
    accounts: staff.accounts,
    catalog,
    defaultLocale: config.defaultLocale,
    clock,
  });
  registerReviewPages(server, { catalog, defaultLocale: config.defaultLocale });
  const consoleSocket = new ConsoleSocket({ kit: staffKit, handoff, events, logger, heartbeatMs: 15_000, clock });
  server.server.on('upgrade', (req, socket, head) => {
    if (!streams.handleUpgrade(req, socket, head) && !consoleSocket.handleUpgrade(req, socket, head)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });
  // Waits past the limit end with the phone line, and chats whose counsellor is gone go back to
  // the bot; checked often enough to be on time.
  const expiry = setInterval(() => {
    void handoff.expireWaits().catch(() => logger.error({ event: 'expire_waits_failed' }, 'could not expire waits'));
    void handoff.releaseAbandoned().catch(() => logger.error({ event: 'release_abandoned_failed' }, 'could not release abandoned chats'));
  }, 30_000);
  expiry.unref();
  const retentionTimer =
    config.retention.runEveryMinutes > 0
      ? setInterval(() => {
          void retention.service
            .run({ dryRun: false, actor: SYSTEM_ACTOR })
            .catch(() => logger.error({ event: 'retention_run_failed' }, 'scheduled retention run failed'));
        }, config.retention.runEveryMinutes * 60_000)
      : null;
  retentionTimer?.unref();

  const port = await listen(server, config.http.port, config.http.host);
  void directLine.resumePendingTurns(logic).then(
    (count) => count > 0 && logger.warn({ event: 'resumed_turns', count }, 'ran bot turns left unfinished by the previous run'),
    () => logger.error({ event: 'resume_turns_failed' }, 'could not resume unfinished turns'),
  );
  const shownHost = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
  const url = `http://${shownHost}:${port}`;
  logger.info({ event: 'started', port, store: store.kind, recognizer: recognizer.name }, 'helpline server started');

  let stopped = false;
  return {
    url,
    port,
    store,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(expiry);
      if (retentionTimer) clearInterval(retentionTimer);
      stopNotifier();
      consoleSocket.close();
      streams.close();
      await new Promise<void>((resolve) => {
        server.server.close(() => resolve());
        server.server.closeAllConnections();
      });
      await directLine.drain();
      await store.close();
      logger.info({ event: 'stopped' }, 'helpline server stopped');
    },
  };
}

function openStore(config: Config, clock: Clock, random: RandomSource, logger: Logger): Store {
  try {
    return SqliteStore.open({ dataDir: config.dataDir, clock, random });
  } catch (err) {
    const store = unavailableStore(config.store.kind, err);
    logger.error({ event: 'store_unavailable', store: config.store.kind }, 'store could not be opened; serving 503');
    return store;
  }
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
