/**
 * The composition root: builds the parts every feature shares from one validated Config, lists the
 * features in the order they depend on each other, starts listening, and stops them in a set order.
 * Each feature's wiring lives in src/features/; adding one means adding a line here.
 */
import path from 'node:path';
import { cryptoRandom, systemClock } from './clock';
import type { Clock, RandomSource } from './clock';
import type { Config } from './config';
import { ConversationRegistry } from './conversations/registry';
import { wireAdmin } from './features/admin';
import { wireAzureChannel } from './features/azureChannel';
import { PATH_WARM_UP_ROUNDS, warmUpServedPath } from './features/servedPathWarmUp';
import { wireCitizenChat } from './features/citizenChat';
import { wireHandoff } from './features/handoff';
import { wirePages } from './features/pages';
import type { AppParts } from './features/parts';
import { wireRetention } from './features/retention';
import { wireReview } from './features/review';
import { wireStaffAccess } from './features/staffAccess';
import { wireStaffConsole } from './features/staffConsole';
import { processQuietCollector } from './http/quietCollector';
import { RateLimiter } from './http/rateLimiter';
import { createWebHost } from './http/webHost';
import { Catalog } from './i18n/catalog';
import { createLogger } from './log';
import type { Logger } from './log';
import { projectRoot } from './paths';
import type { SafetyScreen } from './safety/screen';
import { acquireServeLock } from './store/sqlite/serveLock';
import type { ServeLock } from './store/sqlite/serveLock';
import { ensureWritableDataDir, listenFailure } from './startupError';
import type { Store } from './store/ports';
import { openStore } from './store/openStore';
import { storeErrorForLog } from './store/healthReason';
import { unavailableStore } from './store/unavailableStore';
import type { ScryptCost } from './staff/passwords';
import type { StaticAssets } from './web/citizen/staticAssets';

export interface AppDeps {
  clock?: Clock;
  random?: RandomSource;
  logger?: Logger;
  /**
   * Rounds of the understander's warm-up before listening (its default when absent). 0 skips it:
   * for in-process starts that never measure the first request's latency, such as tests.
   */
  warmUpRounds?: number;
  /**
   * Rounds of made-up chats through the served Direct Line path before listening (see
   * channels/directline/pathWarmUp.ts). Absent: none when `warmUpRounds` is 0 or WARM_UP_TURNS is
   * false, else PATH_WARM_UP_ROUNDS. Tests set it to run this warm-up alone.
   */
  pathWarmUpRounds?: number;
  /**
   * The served-path warm-up's time budget (ms; PATH_WARM_UP's when absent). Tests that count what
   * it did set a large one, so a busy machine cannot cut its chats short.
   */
  pathWarmUpBudgetMs?: number;
  /**
   * The safety screen with its trained models, read from models/ when absent. It holds no state
   * between messages, so in-process starts in one process (tests) may share one instead of each
   * reading and compiling the models again.
   */
  screen?: SafetyScreen;
  /**
   * The password hash cost for staff accounts (scrypt's default when absent). Only in-process test
   * starts lower it: at the default every sign-in costs a full hash (tens of milliseconds quiet,
   * seconds on a loaded machine), and a test file signs in dozens of times.
   */
  scryptCost?: ScryptCost;
  /**
   * The pages' static files, read and compressed at start when absent. They do not change while the
   * process runs, so in-process starts in one process (tests) may share one load.
   */
  assets?: StaticAssets;
}

export interface RunningApp {
  url: string;
  port: number;
  store: Store;
  stop(): Promise<void>;
}

const CATALOG_NAMESPACES = ['messages', 'web', 'guidance', 'referrals', 'console', 'review'];

export async function startApp(config: Config, deps: AppDeps = {}): Promise<RunningApp> {
  // A folder that takes no writes is a set-up mistake to fix before starting, not a store outage;
  // so is a folder another server already serves from (see store/sqlite/serveLock.ts).
  let lock: ServeLock | null = null;
  if (config.store.kind === 'sqlite') {
    ensureWritableDataDir(config.dataDir);
    lock = acquireServeLock(config.dataDir);
  }
  let app: AppParts;
  try {
    app = await buildParts(config, deps);
  } catch (err) {
    lock?.release();
    throw err;
  }
  const { logger, store, web } = app;

  const staff = wireStaffAccess(app, { scryptCost: deps.scryptCost });
  const handoff = wireHandoff(app);
  const retention = wireRetention(app, { audit: staff.services.audit });
  const chat = await wireCitizenChat(app, { handoff, warmUpRounds: deps.warmUpRounds, screen: deps.screen });
  const azure = wireAzureChannel(app, { turns: chat.turns });
  const staffConsole = wireStaffConsole(app, {
    staff,
    handoff,
    retention,
    channels: { directLine: chat.directLine, azure: azure.adapter },
  });
  wireReview(app, { staff, retention });
  wireAdmin(app, { staff, handoff, retention });
  wirePages(app, { recognizerName: chat.recognizerName, assets: deps.assets });
  await warmUpServedPath(app, { rounds: pathWarmUpRounds(config, deps), budgetMs: deps.pathWarmUpBudgetMs }, chat);

  let port: number;
  try {
    port = await web.listen(config.http.port, config.http.host);
  } catch (err) {
    // Nothing was served yet: stop the timers and close the store, so the process can exit.
    handoff.stop();
    retention.stop();
    staffConsole.stop();
    chat.stop();
    await chat.close();
    await web.close();
    await retention.close();
    await store.close();
    lock?.release();
    throw listenFailure(err, config.http.host, config.http.port);
  }
  chat.resumeUnfinishedTurns();
  // Gives back the heap a burst left behind once the server is quiet (inert without --expose-gc).
  const collector = processQuietCollector();
  const shownHost = config.http.host === '0.0.0.0' || config.http.host === '::' ? 'localhost' : config.http.host;
  logger.info({ event: 'started', port, store: store.kind, recognizer: chat.recognizerName }, 'helpline server started');

  let stopped = false;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    store,
    async stop() {
      if (stopped) return;
      stopped = true;
      const graceMs = config.shutdownGraceSeconds * 1000;
      const deadline = Date.now() + graceMs;
      // Timers first, then the port: requests still arriving get 503 with Retry-After while the
      // ones running (and their bot turns) finish; streams and feeds close with the reconnect code.
      handoff.stop();
      retention.stop();
      collector.stop();
      const requestsDone = web.drain(graceMs);
      staffConsole.stop();
      chat.stop();
      await requestsDone;
      await withDeadline(chat.drain(), deadline);
      await chat.close();
      await web.close();
      // No request runs now: a copy still being made (a retention run) is refused, nothing of it saved.
      await retention.close();
      // Only now does the store close, under no running turn; SQLite checkpoints its WAL on close.
      await store.close();
      lock?.release();
      logger.info({ event: 'stopped' }, 'helpline server stopped');
    },
  };
}

function pathWarmUpRounds(config: Config, deps: AppDeps): number {
  if (deps.pathWarmUpRounds !== undefined) return deps.pathWarmUpRounds;
  return deps.warmUpRounds === 0 || !config.warmUpTurns ? 0 : PATH_WARM_UP_ROUNDS;
}

/** Waits for `work`, but never past `deadline` (ms since epoch): a stuck turn must not hold up a stop. */
function withDeadline(work: Promise<unknown>, deadline: number): Promise<void> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, left);
    void work.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function buildParts(config: Config, deps: AppDeps): Promise<AppParts> {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? cryptoRandom;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const store = await openConfiguredStore(config, clock, random, logger);
  return {
    config,
    clock,
    random,
    logger,
    store,
    catalog: Catalog.load(path.join(projectRoot(), 'locales'), CATALOG_NAMESPACES),
    conversations: new ConversationRegistry(store.conversations, clock, random),
    web: createWebHost(
      logger,
      {
        allowedHosts: config.allowedHosts,
        publicUrl: config.http.publicUrl,
        trustProxy: config.http.trustProxy,
      },
      { limiter: new RateLimiter(clock, config.limits.perAddressPerMinute), trustProxy: config.http.trustProxy },
    ),
  };
}

async function openConfiguredStore(config: Config, clock: Clock, random: RandomSource, logger: Logger): Promise<Store> {
  try {
    return await openStore(config.store, {
      dataDir: config.dataDir,
      clock,
      random,
      onProblem: (event) => logger.warn({ event, store: config.store.kind }, 'store connection trouble'),
    });
  } catch (err) {
    const store = unavailableStore(config.store.kind, err);
    logger.error(
      { event: 'store_unavailable', store: config.store.kind, reason: storeErrorForLog(err) },
      'store could not be opened; serving 503',
    );
    return store;
  }
}
