import type { Audit, AuditActor } from '../staff/audit';
import { AppError } from '../errors';
import type { Clock } from '../clock';
import type { HandoffService } from '../handoff/service';
import type { ConversationRecord, ConversationStore } from '../store/ports';
import type { RetentionStore } from '../store/retentionPorts';

/**
 * Admin actions on one conversation, found by the code the citizen quotes: legal hold (pauses all
 * deletion) and erasure on request (deletes raw and anonymised data at once). Every action is
 * audited with its reason; a conversation on hold cannot be erased until the hold is lifted.
 */
export class ConversationAdmin {
  constructor(
    private readonly deps: {
      conversations: ConversationStore;
      retention: RetentionStore;
      handoff: HandoffService;
      audit: Audit;
      clock: Clock;
    },
  ) {}

  async find(idOrCode: string): Promise<ConversationRecord> {
    const record = (await this.deps.conversations.get(idOrCode)) ?? (await this.deps.conversations.getByCode(idOrCode.trim()));
    if (!record) throw new AppError('NotFound', 'No conversation with that id or code.');
    return record;
  }

  async hold(idOrCode: string, reason: string, actor: AuditActor): Promise<ConversationRecord> {
    const record = await this.find(idOrCode);
    await this.deps.retention.setLegalHold(record.id, { reason, at: this.deps.clock.now() });
    await this.deps.audit.record(actor, 'legal_hold', record.id, { hold: true, reason: reason.slice(0, 120) });
    return record;
  }

  async release(idOrCode: string, reason: string, actor: AuditActor): Promise<ConversationRecord> {
    const record = await this.find(idOrCode);
    await this.deps.retention.setLegalHold(record.id, null);
    await this.deps.audit.record(actor, 'legal_hold', record.id, { hold: false, reason: reason.slice(0, 120) });
    return record;
  }

  async erase(idOrCode: string, reason: string, actor: AuditActor): Promise<{ conversationId: string }> {
    const record = await this.find(idOrCode);
    if (await this.deps.retention.legalHold(record.id)) throw new AppError('Conflict', 'The conversation is on legal hold.');
    // A chat still waiting or live ends first, so nobody keeps talking into a deleted conversation.
    await this.deps.handoff.erased(record.id);
    await this.deps.retention.erase(record.id);
    await this.deps.audit.record(actor, 'erasure', record.id, { reason: reason.slice(0, 120) });
    return { conversationId: record.id };
  }
}
