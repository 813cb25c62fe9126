import { Pseudonymiser } from '../anonymiser';
import type { Clock } from '../clock';
import type { HandoffStore } from '../store/handoffPorts';
import type { ConversationStore, TranscriptStore } from '../store/ports';
import type { AnonymisedTranscript, RetentionStore } from '../store/retentionPorts';

/** The conversation code identifies a citizen (it is what they quote to us): never in a copy. */
const CODE_PLACEHOLDER = '[GESPREKSCODE]';

/**
 * Makes the anonymised copy of one conversation: every line through one Pseudonymiser (so
 * [NAAM-1] stays the same person throughout), the conversation code removed, plus the facts
 * statistics need (triage categories, handoff, wait, outcome). Supervisors only ever see this.
 */
export class AnonymisedCopies {
  constructor(
    private readonly deps: {
      conversations: ConversationStore;
      transcripts: TranscriptStore;
      handoffs: HandoffStore;
      retention: RetentionStore;
      clock: Clock;
    },
  ) {}

  async make(conversationId: string): Promise<AnonymisedTranscript | null> {
    const record = await this.deps.conversations.get(conversationId);
    if (!record) return null;
    const entries = await this.deps.transcripts.listAfter(conversationId, 0, 100_000);
    const pseudonymiser = new Pseudonymiser();
    const lines = entries
      .filter((e) => e.type === 'message' && typeof e.text === 'string' && e.text !== '')
      .map((e) => ({
        seq: e.seq,
        role: e.role,
        text: pseudonymiser.anonymise(e.text!.split(record.code).join(CODE_PLACEHOLDER)).text,
        at: e.at,
      }));
    const history = await this.deps.handoffs.history(conversationId);
    const accepted = history.find((h) => h.acceptedAt !== null);
    const closed = [...history].reverse().find((h) => h.status === 'closed' && h.outcome !== null && h.outcome !== 'quick_exit');
    const copy: AnonymisedTranscript = {
      conversationId,
      createdAt: this.deps.clock.now(),
      startedAt: record.startedAt,
      endedAt: record.endedAt ?? record.lastActivityAt,
      channelId: record.channelId,
      locale: record.locale,
      triage: record.triage,
      handedOff: accepted !== undefined,
      waitSeconds: accepted?.acceptedAt ? Math.round((accepted.acceptedAt.getTime() - accepted.queuedAt.getTime()) / 1000) : null,
      abandoned: history.length > 0 && accepted === undefined,
      outcome: closed?.outcome ?? null,
      lines,
    };
    await this.deps.retention.saveAnonymised(copy);
    return copy;
  }
}
