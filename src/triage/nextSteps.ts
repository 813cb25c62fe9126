import type { Role, TriageSummary } from './summary';

/** Referral ids; their names, numbers and opening times live in locales/<lang>/referrals.json. */
export type Referral =
  | 'emergency'
  | 'suicide'
  | 'veilig_thuis'
  | 'police'
  | 'anonymous_tip'
  | 'labour_inspectorate'
  | 'fairwork'
  | 'comensha'
  | 'victim_support'
  | 'zeeland_coordinator';

/**
 * The referral table of DOMAIN.md as a rule: acute danger first, then the routes that fit the
 * form, the role and the region. Veilig Thuis is always offered (free, 24/7, advice or report).
 */
export function referralsFor(summary: Pick<TriageSummary, 'acute' | 'suicidal' | 'form' | 'role' | 'region'>): Referral[] {
  const routes: Referral[] = [];
  if (summary.acute) routes.push('emergency');
  if (summary.suicidal) routes.push('suicide');
  routes.push('veilig_thuis');
  if (summary.form === 'labour_exploitation') routes.push('labour_inspectorate', 'fairwork');
  routes.push('police', 'anonymous_tip');
  if (isVictim(summary.role)) routes.push('comensha', 'victim_support');
  if (summary.region === 'zeeland') routes.push('zeeland_coordinator');
  return routes;
}

function isVictim(role: Role | null): boolean {
  return role === 'self';
}
