/** Supervisor review: anonymised transcripts, QA flags and statistics under /staff/api/review. */
import { createRetention } from '../retention';
import { registerReviewApi } from '../staff/http/reviewApi';
import type { AppParts } from './parts';
import type { StaffAccessFeature } from './staffAccess';

export function wireReview({ config, store, clock, web }: AppParts, needs: { staff: StaffAccessFeature }): void {
  // Copies are read through the current anonymiser: one made by an older version is made again first.
  const { copies } = createRetention(store, clock, needs.staff.services.audit, config.retention);
  registerReviewApi(web.server, {
    kit: needs.staff.kit,
    retention: store.retention,
    copies,
    accounts: needs.staff.services.accounts,
    clock,
  });
}
