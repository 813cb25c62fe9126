/** Supervisor review: anonymised transcripts, QA flags and statistics under /staff/api/review. */
import { registerReviewApi } from '../staff/http/reviewApi';
import type { AppParts } from './parts';
import type { StaffAccessFeature } from './staffAccess';

export function wireReview({ store, clock, web }: AppParts, needs: { staff: StaffAccessFeature }): void {
  registerReviewApi(web.server, { kit: needs.staff.kit, retention: store.retention, accounts: needs.staff.services.accounts, clock });
}
