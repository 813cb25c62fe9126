import { inProcessAnonymiser, type ConversationAnonymiser } from '../anonymiser/conversationAnonymiser';
import type { Clock } from '../clock';
import type { Audit } from '../staff/audit';
import type { Store } from '../store/ports';
import { AnonymisedCopies } from '../transcripts/anonymisedCopy';
import type { RetentionPolicy } from './policy';
import { RetentionService } from './retentionService';

/**
 * Retention parts built from a store; the composition root and the CLI share this. The server gives
 * its pool of anonymiser threads; the CLI and tests make copies on their own thread.
 */
export function createRetention(
  store: Store,
  clock: Clock,
  audit: Audit,
  policy: RetentionPolicy,
  anonymiser: ConversationAnonymiser = inProcessAnonymiser,
): { copies: AnonymisedCopies; service: RetentionService } {
  const copies = new AnonymisedCopies({
    conversations: store.conversations,
    transcripts: store.transcripts,
    handoffs: store.handoffs,
    retention: store.retention,
    clock,
    anonymiser,
  });
  const service = new RetentionService({
    retention: store.retention,
    conversations: store.conversations,
    handoffs: store.handoffs,
    auditLog: store.audit,
    audit,
    copies,
    policy,
    clock,
    locks: store.cluster.locks,
  });
  return { copies, service };
}
