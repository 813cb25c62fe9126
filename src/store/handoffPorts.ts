/**
 * Ports for live counsellor takeover. Kept beside ports.ts; the Store exposes them as
 * `handoffs`. Every state change is a conditional write, so two counsellors or two instances
 * racing for the same chat cannot both win.
 */
import type { JsonObject, Locale } from './values';

export type HandoffStatus = 'queued' | 'live' | 'released' | 'closed' | 'cancelled' | 'expired';

export interface HandoffRecord {
  id: string;
  conversationId: string;
  status: HandoffStatus;
  acute: boolean;
  locale: Locale;
  queuedAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  counsellorId: string | null;
  outcome: string | null;
}

export interface NewHandoff {
  id: string;
  conversationId: string;
  acute: boolean;
  locale: Locale;
  queuedAt: Date;
}

export interface CounsellorNote {
  conversationId: string;
  counsellorId: string;
  at: Date;
  text: string;
}

export interface PresenceRecord {
  userId: string;
  available: boolean;
  lastSeenAt: Date;
}

export interface HandoffStore {
  /** Opens a handoff unless the conversation already has an open one (queued or live): then null. */
  open(handoff: NewHandoff): Promise<HandoffRecord | null>;
  /** The queued or live handoff of a conversation, if any. */
  current(conversationId: string): Promise<HandoffRecord | null>;
  listByStatus(status: 'queued' | 'live'): Promise<HandoffRecord[]>;
  /** Every handoff of a conversation, oldest first (for anonymised statistics). */
  history(conversationId: string): Promise<HandoffRecord[]>;
  /** Moves a waiting chat to the front group (acute danger showed up while waiting). */
  markAcute(id: string): Promise<void>;
  /** queued → live for this counsellor; false when someone else was first or it is no longer queued. */
  accept(id: string, counsellorId: string, at: Date): Promise<boolean>;
  /** live → live with another counsellor; false unless `from` holds it. */
  transfer(id: string, from: string, to: string): Promise<boolean>;
  /** Ends a handoff that is in one of `from` statuses; false when it was not. */
  finish(
    id: string,
    from: readonly HandoffStatus[],
    to: HandoffStatus,
    at: Date,
    outcome: string | null,
    wrapUp: JsonObject | null,
  ): Promise<boolean>;
  /**
   * Writes the wrap-up of a chat that ended without one (the citizen left while it was live): only
   * for the counsellor who held it, only while its outcome is still empty or 'quick_exit', once.
   */
  recordOutcome(id: string, counsellorId: string, outcome: string, wrapUp: JsonObject | null): Promise<boolean>;
  /** Durations of recent live chats in minutes, newest first (for wait estimates). */
  recentChatMinutes(limit: number): Promise<number[]>;
  addNote(note: CounsellorNote): Promise<void>;
  notes(conversationId: string): Promise<CounsellorNote[]>;
  setPresence(userId: string, available: boolean, at: Date): Promise<void>;
  presence(): Promise<PresenceRecord[]>;
}
