import type { RetentionClass } from '../store/retentionPorts';

/** How long each class of data is kept, in days (from config). */
export interface RetentionPolicy {
  rawBotOnlyDays: number;
  rawWithCounsellorDays: number;
  anonymisedDays: number;
  auditDays: number;
  /** An open conversation quiet for this long is ended (and copied, and later purged). */
  idleMinutes: number;
}

const DAY = 86_400_000;

export function cutoffs(policy: RetentionPolicy, now: Date) {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  return {
    raw: { raw_bot_only: before(policy.rawBotOnlyDays), raw_with_counsellor: before(policy.rawWithCounsellorDays) } satisfies Record<
      RetentionClass,
      Date
    >,
    anonymised: before(policy.anonymisedDays),
    audit: before(policy.auditDays),
    idle: new Date(now.getTime() - policy.idleMinutes * 60_000),
  };
}
