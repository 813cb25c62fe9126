/**
 * The served-path warm-up's wiring (see channels/directline/pathWarmUp.ts): made-up chats over
 * in-process HTTP through the real routes before the port opens, erased again; the logs carry
 * counts only, never a message.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { warmUpDirectLinePath } from '../channels/directline/pathWarmUp';
import { fileLedger } from '../channels/directline/warmUpLedger';
import { inProcessClient } from '../http/inProcessRequest';
import type { AppParts } from './parts';

/**
 * Chats side by side per round, rounds at most, and the time after which no round starts. warm27
 * grew this to 20 chats × 10 rounds in 2.5 s (V8 optimises after some hundreds of calls, and 425
 * optimisations still came after the first 200 answers); on a quiet host the start grew to 5.3 s and
 * the p99 at 200 concurrent did not move (lead, round 27: 300 / 271 ms against 291 / 303), so the
 * size is back to what it was. The limiters' forgetting of the warm-up (below) stays.
 */
const PATH_WARM_UP = { conversations: 10, rounds: 2, budgetMs: 1_500 };
/** Rounds when the configuration does not switch the warm-up off. */
export const PATH_WARM_UP_ROUNDS = PATH_WARM_UP.rounds;
/** The address the warm-up's requests come from: per-address limits count them under a key no client has. */
const WARM_UP_ADDRESS = 'in-process-warm-up';
/** In the data folder: the warm-up chats not erased yet (see channels/directline/warmUpLedger.ts). */
const WARM_UP_LEDGER = 'warm-up-chats.json';

/**
 * Before the port opens, so no citizen meets it. Several instances on one store skip it: their
 * turns take a shared lock and tell the others of every write, which made-up chats should not.
 */
export async function warmUpServedPath(
  app: AppParts,
  { rounds, budgetMs = PATH_WARM_UP.budgetMs }: { rounds: number; budgetMs?: number },
  chat: { forgetWarmUp(address: string, conversationIds: readonly string[]): void },
): Promise<void> {
  const { store, web, logger, config } = app;
  if (rounds === 0 || store.cluster.shared) return;
  const started = performance.now();
  const outcome = await warmUpDirectLinePath(
    {
      send: inProcessClient(web.server.server, WARM_UP_ADDRESS),
      erase: (id) => store.retention.erase(id),
      now: () => performance.now(),
      forget: (ids) => {
        web.forgetAddress(WARM_UP_ADDRESS);
        chat.forgetWarmUp(WARM_UP_ADDRESS, ids);
      },
      ledger: fileLedger(path.join(config.dataDir, WARM_UP_LEDGER), () =>
        logger.warn({ event: 'path_warm_up_ledger_failed' }, 'could not write the list of warm-up chats to erase'),
      ),
    },
    {
      ...PATH_WARM_UP,
      rounds,
      budgetMs,
      limits: { tokensPerMinute: config.directLine.tokenRateLimitPerMinute, requestsPerMinute: config.limits.perAddressPerMinute },
    },
  );
  // The made-up chats are garbage now: collected before the first real wave, not during it.
  (globalThis as { gc?: () => void }).gc?.();
  const ms = Math.round(performance.now() - started);
  logger.info({ event: 'path_warmed', ...outcome, ms }, 'ran made-up chats through the served path before listening');
  if (outcome.failed > 0) logger.warn({ event: 'path_warm_up_failed', failed: outcome.failed }, 'some warm-up requests failed');
  if (outcome.notErased > 0)
    logger.error({ event: 'path_warm_up_not_erased', count: outcome.notErased }, 'made-up warm-up chats could not be erased');
}
