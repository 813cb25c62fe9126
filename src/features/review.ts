/** Supervisor review: anonymised transcripts, QA flags and statistics under /staff/api/review. */
import { registerReviewApi } from '../staff/http/reviewApi';
import type { AppParts } from './parts';
import type { RetentionFeature } from './retention';
import type { StaffAccessFeature } from './staffAccess';

export function wireReview(
  { store, clock, web }: AppParts,
  needs: { staff: StaffAccessFeature; retention: Pick<RetentionFeature, 'copies'> },
): void {
  registerReviewApi(web.server, {
    kit: needs.staff.kit,
    retention: store.retention,
    // Read through the current anonymiser (one made by an older version is made again first), in
    // the retention feature's threads.
    copies: needs.retention.copies,
    accounts: needs.staff.services.accounts,
    clock,
  });
}
