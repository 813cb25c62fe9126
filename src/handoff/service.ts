import type { Clock, RandomSource } from '../clock';
import { randomId } from '../clock';
import { AppError } from '../errors';
import type { HandoffRecord, HandoffStore } from '../store/handoffPorts';
import type { ConversationStore, Locale } from '../store/ports';
import { leftByCitizen, type HandoffEvents } from './events';
import type { OpeningHours } from './openingHours';
import { capWaitMinutes, estimateWaitMinutes, orderQueue } from './queue';
import type { Staffing } from './queue';

export interface HandoffSettings {
  /** After this wait the citizen gets the phone line instead. */
  maxWaitMinutes: number;
  /** Used for estimates until enough chats were measured. */
  defaultChatMinutes: number;
  /** A counsellor whose console dropped counts as available for this long. */
  presenceGraceSeconds: number;
}

export type RequestOutcome =
  | { kind: 'queued'; position: number; waitMinutes: number | null; waitCapped: boolean; alreadyWaiting: boolean }
  | { kind: 'live' }
  | { kind: 'closed' }
  | { kind: 'nobody_available' };

export interface QueueItem {
  handoff: HandoffRecord;
  position: number;
  /** Never more than what is left of the maximum wait for this chat. */
  waitMinutes: number | null;
  /** True when the estimate was longer than the time left and was cut to it. */
  waitCapped: boolean;
}

/**
 * How long after the citizen left a live chat (closed the page or used the quick exit) the
 * counsellor who held it may still record its outcome, wrap-up and notes.
 */
export const WRAP_UP_MINUTES = 60;

export const OUTCOMES = [
  'advice_given',
  'referred_police',
  'referred_veilig_thuis',
  'referred_labour_or_support',
  'no_trafficking',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The takeover rules: who may wait, in which order, for how long; who takes a chat; how it
 * ends. State lives in the store so a restart or a second instance sees the same queue.
 */
export class HandoffService {
  constructor(
    private readonly deps: {
      handoffs: HandoffStore;
      conversations: ConversationStore;
      events: HandoffEvents;
      hours: OpeningHours;
      clock: Clock;
      random: RandomSource;
      settings: HandoffSettings;
    },
  ) {}

  async request(conversationId: string, options: { acute: boolean; locale: Locale }): Promise<RequestOutcome> {
    const { handoffs, clock } = this.deps;
    const existing = await handoffs.current(conversationId);
    if (existing?.status === 'live') return { kind: 'live' };
    if (existing) {
      // Danger learnt since the chat was queued (say from the recognizer) still moves it forward.
      if (options.acute) await this.markAcute(conversationId);
      return { ...(await this.positionOf(conversationId)), kind: 'queued', alreadyWaiting: true };
    }
    if (!this.deps.hours.isOpen(clock.now())) return { kind: 'closed' };
    const staffing = await this.staffing();
    if (staffing.free + staffing.busy === 0) return { kind: 'nobody_available' };
    const opened = await handoffs.open({
      id: randomId(this.deps.random, 12),
      conversationId,
      acute: options.acute,
      locale: options.locale,
      queuedAt: clock.now(),
    });
    if (!opened) return { ...(await this.positionOf(conversationId)), kind: 'queued', alreadyWaiting: true };
    await this.deps.conversations.update(conversationId, { status: 'queued' });
    this.deps.events.emit({ kind: 'queue_changed' });
    if (options.acute) this.deps.events.emit({ kind: 'alert', conversationId, reason: 'acute_waiting' });
    return { ...(await this.positionOf(conversationId)), kind: 'queued', alreadyWaiting: false };
  }

  /** Whether counsellors take chats now: within opening hours (whether one is free the request tells). */
  isOpenNow(): boolean {
    return this.deps.hours.isOpen(this.deps.clock.now());
  }

  /** Raises the priority of a waiting chat when danger shows up while it waits. */
  async markAcute(conversationId: string): Promise<void> {
    const current = await this.deps.handoffs.current(conversationId);
    if (current?.status === 'live') this.deps.events.emit({ kind: 'alert', conversationId, reason: 'acute_in_live_chat' });
    if (current?.status === 'queued' && !current.acute) {
      await this.deps.handoffs.markAcute(current.id);
      this.deps.events.emit({ kind: 'queue_changed' });
      this.deps.events.emit({ kind: 'alert', conversationId, reason: 'acute_waiting' });
    }
  }

  async queue(): Promise<QueueItem[]> {
    const staffing = await this.staffing();
    const average = await this.averageChatMinutes();
    const ordered = orderQueue((await this.deps.handoffs.listByStatus('queued')).map((h) => ({ ...h, handoff: h })));
    const now = this.deps.clock.now().getTime();
    return ordered.map((entry, position) => {
      const minutesLeft = this.deps.settings.maxWaitMinutes - (now - entry.handoff.queuedAt.getTime()) / 60_000;
      const wait = capWaitMinutes(estimateWaitMinutes(position, staffing, average), minutesLeft);
      return { handoff: entry.handoff, position, waitMinutes: wait.minutes, waitCapped: wait.capped };
    });
  }

  async current(conversationId: string): Promise<HandoffRecord | null> {
    return this.deps.handoffs.current(conversationId);
  }

  /** The live chat of a conversation, but only for the counsellor holding it. */
  async heldBy(conversationId: string, counsellorId: string): Promise<HandoffRecord> {
    return liveHeldBy(await this.deps.handoffs.current(conversationId), counsellorId);
  }

  /**
   * The chat this counsellor may still write the wrap-up and notes of: the live chat they hold, or
   * the one they held when the citizen left it (page closed or quick exit) without an outcome, for
   * WRAP_UP_MINUTES after it ended. Anyone else gets HeldByAnotherCounsellor; an erased, released or
   * finished chat is NotFound.
   */
  async finishableBy(conversationId: string, counsellorId: string): Promise<HandoffRecord> {
    const current = await this.deps.handoffs.current(conversationId);
    if (current) return liveHeldBy(current, counsellorId);
    const last = (await this.deps.handoffs.history(conversationId)).at(-1);
    const record = await this.deps.conversations.get(conversationId);
    const cutoff = this.deps.clock.now().getTime() - WRAP_UP_MINUTES * 60_000;
    if (
      !last ||
      !leftByCitizen(record?.endedReason) ||
      last.status !== 'closed' ||
      last.acceptedAt === null ||
      (last.outcome !== null && last.outcome !== 'quick_exit') ||
      (last.endedAt?.getTime() ?? 0) < cutoff
    )
      throw new AppError('NotFound', 'No live chat for this conversation.');
    if (last.counsellorId !== counsellorId) throw new AppError('HeldByAnotherCounsellor');
    return last;
  }

  async accept(conversationId: string, counsellorId: string): Promise<HandoffRecord> {
    const current = await this.deps.handoffs.current(conversationId);
    if (!current) throw new AppError('NotFound', 'Nothing waiting for this conversation.');
    if (current.status !== 'queued' || !(await this.deps.handoffs.accept(current.id, counsellorId, this.deps.clock.now()))) {
      throw new AppError('AlreadyTaken');
    }
    await this.deps.conversations.update(conversationId, { status: 'live' });
    this.deps.events.emit({ kind: 'accepted', conversationId, counsellorId });
    this.deps.events.emit({ kind: 'queue_changed' });
    return { ...current, status: 'live', counsellorId, acceptedAt: this.deps.clock.now() };
  }

  async transfer(conversationId: string, from: string, to: string): Promise<void> {
    const current = await this.heldBy(conversationId, from);
    if (!(await this.deps.handoffs.transfer(current.id, from, to))) throw new AppError('ChatChangedHands');
    this.deps.events.emit({ kind: 'transferred', conversationId, from, to });
  }

  /** Back to the bot: the conversation goes on with guidance or a closing question. */
  async release(conversationId: string, counsellorId: string): Promise<void> {
    const current = await this.heldBy(conversationId, counsellorId);
    await this.end(current, ['live'], 'released', null, null, 'bot');
  }

  /**
   * Ends a live chat with its outcome, or records the outcome of one the citizen left meanwhile
   * (see finishableBy). Resolves with whether the chat had already ended.
   */
  async close(conversationId: string, counsellorId: string, outcome: Outcome, note: string | null): Promise<{ endedEarlier: boolean }> {
    const chat = await this.finishableBy(conversationId, counsellorId);
    const wrapUp = note === null ? null : { note };
    // The citizen may leave between the look-up and the write: then the outcome is recorded late.
    if (chat.status === 'live' && (await this.end(chat, ['live'], 'closed', outcome, wrapUp, 'ended'))) return { endedEarlier: false };
    if (!(await this.deps.handoffs.recordOutcome(chat.id, counsellorId, outcome, wrapUp))) throw new AppError('OutcomeAlreadyRecorded');
    return { endedEarlier: true };
  }

  /** The citizen stops waiting (and keeps talking to the bot). */
  async cancel(conversationId: string): Promise<boolean> {
    const current = await this.deps.handoffs.current(conversationId);
    if (current?.status !== 'queued') return false;
    return this.end(current, ['queued'], 'cancelled', null, null, 'bot');
  }

  /** The citizen left with the quick exit: end whatever was waiting or live, at once. */
  async quickExit(conversationId: string): Promise<void> {
    const current = await this.deps.handoffs.current(conversationId);
    if (current)
      await this.end(
        current,
        ['queued', 'live'],
        current.status === 'live' ? 'closed' : 'cancelled',
        'quick_exit',
        null,
        'ended',
        'quick_exit',
      );
  }

  /**
   * An admin erases the conversation on request: whatever was waiting or live ends at once, and
   * the counsellor is told it was erased (not that the citizen left).
   */
  async erased(conversationId: string): Promise<void> {
    const current = await this.deps.handoffs.current(conversationId);
    if (current)
      await this.end(current, ['queued', 'live'], current.status === 'live' ? 'closed' : 'cancelled', null, null, 'ended', 'erased');
  }

  /**
   * The citizen closed or reloaded the page: the chat ends, a waiting place goes to the next
   * citizen and the counsellor of a live chat is told (the `ended` event says why).
   */
  async citizenLeft(conversationId: string): Promise<void> {
    const current = await this.deps.handoffs.current(conversationId);
    if (current)
      await this.end(current, ['queued', 'live'], current.status === 'live' ? 'closed' : 'cancelled', null, null, 'ended', 'citizen_left');
  }

  /** Ends waits past the limit; returns them so the citizens can be given the phone line. */
  async expireWaits(): Promise<HandoffRecord[]> {
    const limit = this.deps.clock.now().getTime() - this.deps.settings.maxWaitMinutes * 60_000;
    const expired: HandoffRecord[] = [];
    for (const h of await this.deps.handoffs.listByStatus('queued')) {
      if (h.queuedAt.getTime() <= limit && (await this.end(h, ['queued'], 'expired', null, null, 'bot'))) expired.push(h);
    }
    return expired;
  }

  /**
   * Live chats whose counsellor's console has been gone longer than the grace period go back to
   * the bot (which says so and gives the phone line), so no citizen waits for someone who left.
   */
  async releaseAbandoned(): Promise<HandoffRecord[]> {
    const cutoff = this.deps.clock.now().getTime() - this.deps.settings.presenceGraceSeconds * 1000;
    const lastSeen = new Map((await this.deps.handoffs.presence()).map((p) => [p.userId, p.lastSeenAt.getTime()]));
    const released: HandoffRecord[] = [];
    for (const h of await this.deps.handoffs.listByStatus('live')) {
      const seen = Math.max(lastSeen.get(h.counsellorId ?? '') ?? 0, h.acceptedAt?.getTime() ?? 0);
      if (seen < cutoff && (await this.end(h, ['live'], 'released', null, null, 'bot', 'counsellor_gone'))) released.push(h);
    }
    return released;
  }

  async setAvailability(counsellorId: string, available: boolean): Promise<void> {
    await this.deps.handoffs.setPresence(counsellorId, available, this.deps.clock.now());
    this.deps.events.emit({ kind: 'queue_changed' });
  }

  /**
   * A console heartbeat: keeps an available counsellor counted while their browser is connected,
   * and keeps a counsellor who never switched "available" on counted as present for the chats they
   * hold (accepting does not need availability), so releaseAbandoned never takes their chat away
   * while their console is open. Availability itself is left as it was.
   */
  async seen(counsellorId: string): Promise<void> {
    const mine = (await this.deps.handoffs.presence()).find((p) => p.userId === counsellorId);
    await this.deps.handoffs.setPresence(counsellorId, mine?.available ?? false, this.deps.clock.now());
  }

  async isAvailable(counsellorId: string): Promise<boolean> {
    return (await this.availableCounsellors()).has(counsellorId);
  }

  async staffing(): Promise<Staffing> {
    const available = await this.availableCounsellors();
    const busyIds = new Set((await this.deps.handoffs.listByStatus('live')).map((h) => h.counsellorId));
    const busy = [...available].filter((id) => busyIds.has(id)).length;
    return { free: available.size - busy, busy };
  }

  private async availableCounsellors(): Promise<Set<string>> {
    const cutoff = this.deps.clock.now().getTime() - this.deps.settings.presenceGraceSeconds * 1000;
    return new Set(
      (await this.deps.handoffs.presence()).filter((p) => p.available && p.lastSeenAt.getTime() >= cutoff).map((p) => p.userId),
    );
  }

  private async averageChatMinutes(): Promise<number> {
    const recent = await this.deps.handoffs.recentChatMinutes(50);
    if (recent.length < 5) return this.deps.settings.defaultChatMinutes;
    const sorted = [...recent].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  }

  private async positionOf(conversationId: string): Promise<{ position: number; waitMinutes: number | null; waitCapped: boolean }> {
    const item = (await this.queue()).find((q) => q.handoff.conversationId === conversationId);
    return { position: item?.position ?? 0, waitMinutes: item?.waitMinutes ?? null, waitCapped: item?.waitCapped ?? false };
  }

  private async end(
    handoff: HandoffRecord,
    from: ('queued' | 'live')[],
    to: 'released' | 'closed' | 'cancelled' | 'expired',
    outcome: string | null,
    wrapUp: { note: string } | null,
    conversationStatus: 'bot' | 'ended',
    reason?: 'quick_exit' | 'counsellor_gone' | 'citizen_left' | 'erased',
  ): Promise<boolean> {
    const now = this.deps.clock.now();
    if (!(await this.deps.handoffs.finish(handoff.id, from, to, now, outcome, wrapUp))) return false;
    await this.deps.conversations.update(
      handoff.conversationId,
      conversationStatus === 'ended' ? { status: 'ended', endedAt: now, endedReason: reason ?? to } : { status: 'bot' },
    );
    this.deps.events.emit({
      kind: 'ended',
      conversationId: handoff.conversationId,
      reason: reason ?? to,
      counsellorId: handoff.counsellorId,
      wrapUp: handoff.status === 'live' && conversationStatus === 'ended' && leftByCitizen(reason),
    });
    this.deps.events.emit({ kind: 'queue_changed' });
    return true;
  }
}

/** A handoff record, if it is live and held by this counsellor (else the error a caller answers with). */
function liveHeldBy(current: HandoffRecord | null, counsellorId: string): HandoffRecord {
  if (!current || current.status !== 'live') throw new AppError('NotFound', 'No live chat for this conversation.');
  if (current.counsellorId !== counsellorId) throw new AppError('HeldByAnotherCounsellor');
  return current;
}
