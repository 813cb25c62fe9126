import { ANONYMISER_VERSION } from '../anonymiser';
import type { ConversationAnonymiser } from '../anonymiser/conversationAnonymiser';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { triageForStatistics } from '../triage/summary';
import type { HandoffStore } from '../store/handoffPorts';
import type { ConversationStore, TranscriptStore } from '../store/ports';
import { maskConversationCode } from './codeMask';
import type { AnonymisedLine, AnonymisedTranscript, RetentionStore } from '../store/retentionPorts';

/** The conversation code identifies a citizen (it is what they quote to us): never in a copy. */

/**
 * Makes the anonymised copy of one conversation: the whole transcript through one Pseudonymiser
 * (so [NAAM-1] stays the same person throughout, and a name given away in one line is masked in
 * every line), the conversation code removed, plus the facts statistics need (triage categories,
 * handoff, wait, outcome). Supervisors only ever see this.
 *
 * Each copy records the anonymiser version that made it. A copy made by an older anonymiser is
 * made again, by the retention run in batches and before any read through `current`: from the
 * raw transcript while that still exists, otherwise from the copy's own text (its placeholders
 * stay, and what the older anonymiser missed is masked now). Making a copy again never moves its
 * creation date, so it never lives longer than the retention policy allows.
 *
 * The anonymiser is a port: the server gives a pool of worker threads (src/anonymiser/pool.ts), so
 * no copy is made on its event loop, the CLI and tests the in-process one; both answer the same
 * texts. A copy is saved once, whole, after every text came back: a failed or refused anonymisation
 * saves nothing and the caller (the retention run, a review read) fails as before.
 */
export class AnonymisedCopies {
  constructor(
    private readonly deps: {
      conversations: ConversationStore;
      transcripts: TranscriptStore;
      handoffs: HandoffStore;
      retention: RetentionStore;
      clock: Clock;
      anonymiser: ConversationAnonymiser;
    },
  ) {}

  async make(conversationId: string): Promise<AnonymisedTranscript | null> {
    const record = await this.deps.conversations.get(conversationId);
    if (!record) return null;
    const existing = await this.deps.retention.getAnonymised(conversationId);
    const entries = (await this.deps.transcripts.listAfter(conversationId, 0, 100_000)).filter(
      (e) => e.type === 'message' && typeof e.text === 'string' && e.text !== '',
    );
    const texts = entries.map((e) => maskConversationCode(e.text!, record.code));
    const anonymised = await this.anonymise(texts, false);
    const lines = entries.map((e, i) => ({ seq: e.seq, role: e.role, text: anonymised[i]!, at: e.at }));
    const history = await this.deps.handoffs.history(conversationId);
    const accepted = history.find((h) => h.acceptedAt !== null);
    const closed = [...history].reverse().find((h) => h.status === 'closed' && h.outcome !== null && h.outcome !== 'quick_exit');
    const copy: AnonymisedTranscript = {
      conversationId,
      createdAt: existing?.createdAt ?? this.deps.clock.now(),
      startedAt: record.startedAt,
      endedAt: record.endedAt ?? record.lastActivityAt,
      channelId: record.channelId,
      locale: record.locale,
      triage: triageForStatistics(record.triage ?? existing?.triage ?? null),
      handedOff: accepted !== undefined,
      waitSeconds: accepted?.acceptedAt ? Math.round((accepted.acceptedAt.getTime() - accepted.queuedAt.getTime()) / 1000) : null,
      abandoned: history.length > 0 && accepted === undefined,
      outcome: closed?.outcome ?? null,
      anonymiserVersion: ANONYMISER_VERSION,
      lines,
    };
    await this.deps.retention.saveAnonymised(copy);
    return copy;
  }

  /** The copy as the current anonymiser would make it; made again first when an older one made it. */
  async current(conversationId: string): Promise<AnonymisedTranscript | null> {
    const existing = await this.deps.retention.getAnonymised(conversationId);
    if (!existing || existing.anonymiserVersion >= ANONYMISER_VERSION) return existing;
    return this.remake(existing);
  }

  /**
   * Makes again up to `limit` copies that an older anonymiser made; returns how many. All are asked
   * at once: the anonymiser thread reads the conversations that reach it together as one batch,
   * which costs each less than one at a time (src/anonymiser/poolBatch.ts). Each copy is saved on
   * its own; the first failure is the call's, after every other copy was made or failed.
   */
  async refreshOutdated(limit: number): Promise<number> {
    const ids = await this.deps.retention.outdatedAnonymised(ANONYMISER_VERSION, limit);
    const made = await Promise.allSettled(
      ids.map(async (id) => {
        const copy = await this.deps.retention.getAnonymised(id);
        if (copy) await this.remake(copy);
      }),
    );
    const failed = made.find((m): m is PromiseRejectedResult => m.status === 'rejected');
    if (failed) throw failed.reason;
    return ids.length;
  }

  private async remake(old: AnonymisedTranscript): Promise<AnonymisedTranscript> {
    const raw = await this.deps.transcripts.listAfter(old.conversationId, 0, 1);
    if (raw.length > 0) {
      const made = await this.make(old.conversationId);
      if (made) return made;
    }
    // The raw transcript is gone: run the current anonymiser over the old copy's own text.
    const texts = await this.anonymise(
      old.lines.map((l) => l.text),
      true,
    );
    const lines: AnonymisedLine[] = old.lines.map((l, i) => ({ ...l, text: texts[i]! }));
    const copy: AnonymisedTranscript = { ...old, lines, anonymiserVersion: ANONYMISER_VERSION };
    await this.deps.retention.saveAnonymised(copy);
    return copy;
  }

  /** Every text's anonymised text, or a failure: never a copy with a line missing or out of place. */
  private async anonymise(texts: string[], continuing: boolean): Promise<string[]> {
    const anonymised = await this.deps.anonymiser.anonymise({ texts, continuing });
    if (anonymised.length !== texts.length) throw new AppError('Internal', 'The anonymiser answered a different number of texts.');
    return anonymised;
  }
}
