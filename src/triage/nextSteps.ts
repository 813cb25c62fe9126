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
  | 'school'
  | 'youth_care'
  | 'zeeland_coordinator';

type RoutingFacts = Pick<TriageSummary, 'acute' | 'suicidal' | 'form' | 'role' | 'region'> & {
  signals?: TriageSummary['signals'];
  minorInvolved?: boolean | null;
  facts?: Pick<TriageSummary['facts'], 'minor' | 'relation'>;
  /** The conversation told of work in plain words (src/triage/workStory.ts), whatever form was read. */
  workTold?: boolean;
  /** The story's school is one for adults (a language school, a university: minorEvidence.ts). */
  adultsSchool?: boolean;
};

/**
 * The referral table of DOMAIN.md as a rule: acute danger first, then the routes that fit the
 * form, the role, the age and the region. Veilig Thuis is always offered (free, 24/7, advice or
 * report). For a minor: Veilig Thuis, the police and school (or youth care); a minor's case is
 * never sent to the adult workers' routes alone; a professional
 * (a teacher is the school) is pointed to youth care instead.
 */
/** Signals of work itself: two of them make a story one about work, whatever form was read. */
const WORK_SIGNALS: ReadonlySet<string> = new Set(['excessive_hours', 'underpaid', 'housing_tied_to_work', 'dangerous_work']);

/**
 * Exploitation at work: the form read, a story with two signals of work in it (long days and
 * little pay in a hotel read as another form), or work told in plain words over the conversation
 * (a van that fetches twelve men at dawn, a boss who says "no doctor"): the labour routes are named
 * either way.
 */
function aboutWork(summary: RoutingFacts): boolean {
  if (summary.form === 'labour_exploitation' || summary.workTold === true) return true;
  return (summary.signals ?? []).filter((s) => WORK_SIGNALS.has(s)).length >= 2;
}

/**
 * Under 18 or not, as the story told it (or the writer guessed it: the safe side). The word signal
 * `minor_involved` alone ("kinderen", "kids", "leerling", a number before "jaar") is kept in
 * `minorInvolved` too, but it points, it does not tell: it fires on the writer's own children ("I
 * have wife and 2 kids"), the children a nanny cares for, a pupil of a language school. With facts
 * kept, only they count; the routes then fit a child and an adult alike until the age is told.
 */
function minorOf(summary: RoutingFacts): boolean | null {
  return summary.facts !== undefined ? summary.facts.minor : (summary.minorInvolved ?? null);
}

export function referralsFor(summary: RoutingFacts): Referral[] {
  const routes: Referral[] = [];
  if (summary.acute) routes.push('emergency');
  if (summary.suicidal) routes.push('suicide');
  const minor = minorOf(summary) === true;
  const adult = minorOf(summary) === false;
  const work = aboutWork(summary);
  if (work && !minor) routes.push('labour_inspectorate');
  routes.push('veilig_thuis');
  if (work && minor) routes.push('labour_inspectorate');
  if (work && !minor) routes.push('fairwork');
  routes.push('police', 'anonymous_tip');
  const isSchool = summary.role === 'professional' || summary.facts?.relation === 'pupil';
  // A pupil or student has the school's care around them whatever their age (an MBO student of 18
  // too); not the pupil of a language school or a university student, unless a minor is told.
  const pupil = (summary.facts?.relation === 'pupil' || summary.facts?.relation === 'classmate') && summary.adultsSchool !== true;
  if (minor || pupil) routes.push(isSchool ? 'youth_care' : 'school');
  if (isVictim(summary.role)) routes.push('comensha', 'victim_support');
  // CoMensha registers and shelters victims whoever writes, and advises professionals: named when
  // trafficking is suspected (a form is read) for anyone not known to be a minor (a customer or a
  // volunteer who saw it too: the victim needs the route, not the writer), for a known adult
  // victim even before the form is clear (not a stranger seen once), and for a professional. A
  // minor's route is Veilig Thuis, the police and school or youth care.
  else if (summary.role === 'professional') routes.push('comensha');
  else if (!minor && (summary.form !== 'unknown' || (adult && summary.facts?.relation !== 'stranger'))) routes.push('comensha');
  if (summary.region === 'zeeland') routes.push('zeeland_coordinator');
  return routes;
}

/** The order in which the routes are named (acute danger first, as in referralsFor). */
const ROUTE_ORDER: readonly Referral[] = [
  'emergency',
  'suicide',
  'labour_inspectorate',
  'veilig_thuis',
  'fairwork',
  'police',
  'anonymous_tip',
  'school',
  'youth_care',
  'comensha',
  'victim_support',
  'zeeland_coordinator',
];

/**
 * The routes for a citizen writing in a language the bot cannot read: those of what was understood
 * (an age, a place), with 112 and 113 always (danger and thoughts of suicide may be in the words it
 * cannot read), and the routes of exploitation at work and of victims (the labour inspectorate and
 * CoMensha; FairWork's advice in many languages for anyone not known to be a minor): people who
 * write in the languages of labour migration are most often workers, or victims themselves, the form
 * of the story is not known, and a fact read from words the bot cannot read may be wrong (a minor's
 * routes are named beside them, never instead).
 */
export function referralsForUnread(summary: RoutingFacts): Referral[] {
  const routes = new Set(referralsFor({ ...summary, acute: true, suicidal: true }));
  const minor = minorOf(summary) === true;
  for (const route of ['labour_inspectorate', 'comensha'] as const) routes.add(route);
  if (!minor) routes.add('fairwork');
  return ROUTE_ORDER.filter((route) => routes.has(route));
}

function isVictim(role: Role | null): boolean {
  return role === 'self';
}
