/**
 * Ports for transcripts under retention: anonymised copies for supervisors, raw-data purge,
 * legal hold and erasure. Each purge or erasure of one conversation is one transaction, so a run
 * can be interrupted at any point and simply run again.
 */
import type { JsonObject, Locale, SenderRole } from './values';

export interface AnonymisedLine {
  seq: number;
  role: SenderRole;
  text: string;
  at: Date;
}

export interface AnonymisedTranscript {
  conversationId: string;
  createdAt: Date;
  startedAt: Date;
  endedAt: Date;
  channelId: string;
  locale: Locale;
  triage: JsonObject | null;
  handedOff: boolean;
  /** Seconds from the first request for a counsellor until one accepted (null: no request or never taken). */
  waitSeconds: number | null;
  /**
   * Asked for a counsellor but never spoke to one: the citizen stopped waiting or left, or the wait
   * limit passed. Review labels it that way ("Wachtte, maar sprak geen hulpverlener"), not as the
   * citizen's choice, because an expired wait is the helpline's capacity, not the citizen giving up.
   */
  abandoned: boolean;
  outcome: string | null;
  /** The anonymiser version that made the lines (src/anonymiser ANONYMISER_VERSION); 1 for copies made before versions. */
  anonymiserVersion: number;
  lines: AnonymisedLine[];
}

export interface ReviewFilter {
  from?: Date;
  to?: Date;
  form?: string;
  acute?: boolean;
  outcome?: string;
  handedOff?: boolean;
  limit: number;
  offset: number;
}

export interface QaFlag {
  conversationId: string;
  at: Date;
  reviewerId: string;
  flag: string;
  comment: string;
}

export type RetentionClass = 'raw_bot_only' | 'raw_with_counsellor';

export interface RetentionCandidate {
  conversationId: string;
  retentionClass: RetentionClass;
}

export interface RetentionStore {
  /** Ended conversations without an anonymised copy yet (oldest first). */
  endedWithoutCopy(limit: number): Promise<string[]>;
  /** Open conversations with no activity since `before`: to be ended as idle. */
  idleSince(before: Date, limit: number): Promise<string[]>;
  saveAnonymised(copy: AnonymisedTranscript): Promise<void>;
  getAnonymised(conversationId: string): Promise<AnonymisedTranscript | null>;
  listAnonymised(filter: ReviewFilter): Promise<{ total: number; items: Omit<AnonymisedTranscript, 'lines'>[] }>;
  /** Every anonymised copy's header in a period (for statistics). */
  statsRows(from: Date, to: Date): Promise<Omit<AnonymisedTranscript, 'lines'>[]>;
  addFlag(flag: QaFlag): Promise<void>;
  flags(conversationId: string): Promise<QaFlag[]>;
  /** Raw transcripts past their class's cutoff, not on hold and not purged yet. */
  rawExpired(cutoffs: Record<RetentionClass, Date>, limit: number): Promise<RetentionCandidate[]>;
  /** Deletes the raw transcript, notes, bot state and pending turns of one conversation. */
  purgeRaw(conversationId: string, at: Date): Promise<void>;
  /** Anonymised copies created before `before`, not on hold. */
  anonymisedExpired(before: Date, limit: number): Promise<string[]>;
  /** Copies made by an anonymiser older than `version` (oldest first), to be made again. */
  outdatedAnonymised(version: number, limit: number): Promise<string[]>;
  deleteAnonymised(conversationId: string): Promise<void>;
  /** Removes every trace of a conversation (raw, anonymised, handoffs, notes, flags, state). */
  erase(conversationId: string): Promise<void>;
  setLegalHold(conversationId: string, hold: { reason: string; at: Date } | null): Promise<void>;
  legalHold(conversationId: string): Promise<{ reason: string; at: Date } | null>;
  listLegalHolds(): Promise<{ conversationId: string; code: string; reason: string; at: Date }[]>;
}
