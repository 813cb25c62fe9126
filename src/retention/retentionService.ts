import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { Audit, AuditActor } from '../staff/audit';
import type { ClusterLocks } from '../store/clusterPorts';
import type { AuditLog, ConversationStore } from '../store/ports';
import type { RetentionStore } from '../store/retentionPorts';
import type { HandoffStore } from '../store/handoffPorts';
import type { AnonymisedCopies } from '../transcripts/anonymisedCopy';
import { cutoffs } from './policy';
import type { RetentionPolicy } from './policy';

export interface RetentionSummary {
  dryRun: boolean;
  now: string;
  endedIdle: number;
  anonymisedCopiesMade: number;
  /** Copies made by an older anonymiser and made again by the current one. */
  anonymisedCopiesRefreshed: number;
  deleted: { rawBotOnly: number; rawWithCounsellor: number; anonymised: number; audit: number };
}

const BATCH = 200;

/**
 * One retention run: end idle conversations, make the anonymised copies that are due, then delete
 * what is past its time, in batches. Conversations on legal hold are never touched. Each step
 * commits per conversation, so an interrupted run loses nothing and the next run finishes it.
 */
export class RetentionService {
  constructor(
    private readonly deps: {
      retention: RetentionStore;
      conversations: ConversationStore;
      handoffs: HandoffStore;
      auditLog: AuditLog;
      audit: Audit;
      copies: AnonymisedCopies;
      policy: RetentionPolicy;
      clock: Clock;
      locks: ClusterLocks;
    },
  ) {}

  /**
   * One run at a time across every instance and the CLI, whoever starts it (the timer, an admin,
   * `helpline retention run`): two runs side by side could remake a copy from a raw transcript the
   * other is deleting. A run already going makes this one fail with RetentionBusy.
   */
  async run(options: { dryRun: boolean; now?: Date; actor: AuditActor }): Promise<RetentionSummary> {
    const result = await this.deps.locks.runExclusive('retention', () => this.runNow(options));
    if (!result.ran) throw new AppError('RetentionBusy');
    return result.value;
  }

  private async runNow(options: { dryRun: boolean; now?: Date; actor: AuditActor }): Promise<RetentionSummary> {
    const now = options.now ?? this.deps.clock.now();
    const cut = cutoffs(this.deps.policy, now);
    const { retention } = this.deps;
    const summary: RetentionSummary = {
      dryRun: options.dryRun,
      now: now.toISOString(),
      endedIdle: 0,
      anonymisedCopiesMade: 0,
      anonymisedCopiesRefreshed: 0,
      deleted: { rawBotOnly: 0, rawWithCounsellor: 0, anonymised: 0, audit: 0 },
    };

    const idle = await retention.idleSince(cut.idle, 100_000);
    if (options.dryRun) {
      // The same rule as endIdle's: a chat a counsellor holds live is not ended, so not counted.
      for (const id of idle) if ((await this.deps.handoffs.current(id))?.status !== 'live') summary.endedIdle++;
    } else {
      for (const id of idle) if (await this.endIdle(id, now)) summary.endedIdle++;
      for (let batch = await retention.endedWithoutCopy(BATCH); batch.length > 0; batch = await retention.endedWithoutCopy(BATCH)) {
        for (const id of batch) {
          await this.deps.copies.make(id);
          summary.anonymisedCopiesMade++;
        }
      }
      // Before raw transcripts go: a copy that an older anonymiser made is made again while the raw text still exists.
      for (let n = await this.deps.copies.refreshOutdated(BATCH); n > 0; n = await this.deps.copies.refreshOutdated(BATCH)) {
        summary.anonymisedCopiesRefreshed += n;
      }
    }

    // In a dry run nothing changes, so one large look-up counts what a real run would delete.
    const rawLimit = options.dryRun ? 1_000_000 : BATCH;
    for (
      let batch = await retention.rawExpired(cut.raw, rawLimit);
      batch.length > 0;
      batch = options.dryRun ? [] : await retention.rawExpired(cut.raw, rawLimit)
    ) {
      for (const candidate of batch) {
        if (!options.dryRun) {
          // Never lose the copy: a conversation that ended before copies existed gets one first.
          if (!(await retention.getAnonymised(candidate.conversationId))) await this.deps.copies.make(candidate.conversationId);
          await retention.purgeRaw(candidate.conversationId, now);
        }
        if (candidate.retentionClass === 'raw_bot_only') summary.deleted.rawBotOnly++;
        else summary.deleted.rawWithCounsellor++;
      }
    }

    const anonLimit = options.dryRun ? 1_000_000 : BATCH;
    for (
      let batch = await retention.anonymisedExpired(cut.anonymised, anonLimit);
      batch.length > 0;
      batch = options.dryRun ? [] : await retention.anonymisedExpired(cut.anonymised, anonLimit)
    ) {
      for (const id of batch) {
        if (!options.dryRun) await retention.deleteAnonymised(id);
        summary.deleted.anonymised++;
      }
    }

    summary.deleted.audit = options.dryRun ? await this.countAuditBefore(cut.audit) : await this.deps.auditLog.deleteBefore(cut.audit);
    await this.deps.audit.record(options.actor, 'retention_run', undefined, {
      dryRun: options.dryRun,
      endedIdle: summary.endedIdle,
      copies: summary.anonymisedCopiesMade,
      copiesRefreshed: summary.anonymisedCopiesRefreshed,
      rawBotOnly: summary.deleted.rawBotOnly,
      rawWithCounsellor: summary.deleted.rawWithCounsellor,
      anonymised: summary.deleted.anonymised,
      audit: summary.deleted.audit,
    });
    return summary;
  }

  /**
   * Ends one conversation that went quiet. A citizen who went quiet while waiting for a counsellor
   * leaves the queue as well: otherwise a counsellor could still take an ended chat from the queue,
   * and the wait limit would later hand it back to the bot. A counsellor who takes the chat at this
   * very moment wins (the finish is conditional), and the conversation stays open.
   */
  private async endIdle(id: string, now: Date): Promise<boolean> {
    // The chat ended when it went quiet, not when this run noticed: the retention clock starts there.
    const endedAt = (await this.deps.conversations.get(id))?.lastActivityAt ?? now;
    const open = await this.deps.handoffs.current(id);
    if (open?.status === 'live') return false;
    if (open?.status === 'queued') {
      const leftAt = new Date(Math.max(endedAt.getTime(), open.queuedAt.getTime()));
      if (!(await this.deps.handoffs.finish(open.id, ['queued'], 'cancelled', leftAt, null, null))) return false;
    }
    await this.deps.conversations.update(id, { status: 'ended', endedAt, endedReason: 'idle' });
    return true;
  }

  private async countAuditBefore(before: Date): Promise<number> {
    let count = 0;
    for (let offset = 0; ; offset += 1000) {
      const page = await this.deps.auditLog.search({ to: before, limit: 1000, offset });
      count += page.length;
      if (page.length < 1000) return count;
    }
  }
}
