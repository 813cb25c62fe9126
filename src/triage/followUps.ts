import type { FollowUp, TriageSummary } from './summary';

/**
 * Which follow-up questions still matter, in the order a counsellor would ask them: only what is
 * missing and relevant for the form. At most three, so the citizen is not interrogated.
 */
const RELEVANT: Record<TriageSummary['form'], readonly FollowUp[]> = {
  labour_exploitation: ['canLeave', 'documentsHeld', 'debts', 'housingTiedToWork', 'minorInvolved'],
  sexual_exploitation: ['minorInvolved', 'canLeave', 'documentsHeld', 'debts'],
  criminal_exploitation: ['minorInvolved', 'canLeave', 'debts'],
  organ_removal: ['canLeave', 'documentsHeld', 'debts'],
  unknown: ['minorInvolved', 'canLeave', 'documentsHeld'],
};

export const MAX_FOLLOW_UPS = 3;

export function pendingFollowUps(summary: TriageSummary, alreadyAsked: readonly FollowUp[]): FollowUp[] {
  const room = MAX_FOLLOW_UPS - alreadyAsked.length;
  if (room <= 0) return [];
  return RELEVANT[summary.form].filter((q) => summary[q] === null && !alreadyAsked.includes(q)).slice(0, room);
}
