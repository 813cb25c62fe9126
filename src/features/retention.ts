/** Retention: the scheduled purge and anonymised copies (the admin API runs it on demand too). */
import { inProcessAnonymiser, type ConversationAnonymiser } from '../anonymiser/conversationAnonymiser';
import { AnonymiserPool } from '../anonymiser/pool';
import type { Config } from '../config';
import { AppError } from '../errors';
import { logJobFailure } from '../log';
import { createRetention } from '../retention';
import type { RetentionService } from '../retention/retentionService';
import type { AnonymisedCopies } from '../transcripts/anonymisedCopy';
import { SYSTEM_ACTOR } from '../staff/audit';
import type { Audit } from '../staff/audit';
import type { AppParts } from './parts';
import { every } from './parts';

export interface RetentionFeature {
  service: RetentionService;
  /** Every anonymised copy the server makes or reads (retention runs, review) goes through these. */
  copies: AnonymisedCopies;
  /** Stops the scheduled runs. */
  stop(): void;
  /** Ends the anonymiser's threads; a copy still being made is refused and nothing of it saved. */
  close(): Promise<void>;
}

export function wireRetention({ config, store, clock, logger }: AppParts, needs: { audit: Audit }): RetentionFeature {
  const anonymiser = anonymiserFor(config, logger);
  const { service, copies } = createRetention(store, clock, needs.audit, config.retention, anonymiser);
  const stop =
    config.retention.runEveryMinutes > 0
      ? every(config.retention.runEveryMinutes * 60_000, () => {
          // Every instance has the timer; the service's lock lets one of them run at a time.
          void service.run({ dryRun: false, actor: SYSTEM_ACTOR }).catch((err: unknown) => {
            if (err instanceof AppError && err.code === 'RetentionBusy')
              logger.info({ event: 'retention_run_skipped' }, 'another instance is running retention');
            else logJobFailure(logger, 'retention_run_failed', 'scheduled retention run failed')(err);
          });
        })
      : () => undefined;
  return { service, copies, stop, close: () => anonymiser.close() };
}

/** Copies are made off the event loop, in the pool's threads, unless ANONYMISER_WORKERS=0. */
function anonymiserFor(config: Config, logger: AppParts['logger']): ConversationAnonymiser {
  if (config.anonymiser.workers === 0) return inProcessAnonymiser;
  return new AnonymiserPool({
    workers: config.anonymiser.workers,
    idleStopMs: config.anonymiser.idleStopMinutes * 60_000,
    onIdleStop: (thread) =>
      logger.info(
        { event: 'anonymiser_thread_idle_stop', thread },
        'an idle anonymiser thread was ended; it starts again for the next job',
      ),
    onThreadStopped: (stopped) =>
      logger.warn({ event: 'anonymiser_thread_stopped', ...stopped }, 'an anonymiser thread stopped; it is started again for the next job'),
  });
}
