/**
 * Administration under /staff/api/admin: the audit log, legal holds, erasure on a citizen's
 * request and retention runs on demand.
 */
import { ConversationAdmin } from '../retention/conversationAdmin';
import { registerAdminApi } from '../staff/http/adminApi';
import type { HandoffFeature } from './handoff';
import type { AppParts } from './parts';
import type { RetentionFeature } from './retention';
import type { StaffAccessFeature } from './staffAccess';

export function wireAdmin(
  { store, clock, web }: AppParts,
  needs: { staff: StaffAccessFeature; handoff: HandoffFeature; retention: RetentionFeature },
): void {
  const { kit, services: staff } = needs.staff;
  const conversationAdmin = new ConversationAdmin({
    conversations: store.conversations,
    retention: store.retention,
    handoff: needs.handoff.service,
    audit: staff.audit,
    clock,
  });
  registerAdminApi(web.server, {
    kit,
    retention: store.retention,
    retentionService: needs.retention.service,
    conversationAdmin,
    accounts: staff.accounts,
  });
}
