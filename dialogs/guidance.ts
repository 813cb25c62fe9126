import type { Activity } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import { referralsForUnread, type Referral } from '../src/triage/nextSteps';
import { minorGuessedOnly, minorTold } from '../src/triage/questionPolicy';
import { guidanceForm, type TriageSummary } from '../src/triage/summary';
import type { Replies } from './replies';

/**
 * The signals to look for (of the form if known), and that only a combination counts: one message,
 * since the reminder belongs to the list (and a guidance turn of many bubbles is hard to follow).
 */
export function signalsActivity(replies: Replies, locale: Locale, form: TriageSummary['form']): Partial<Activity> {
  const signals = replies.list(locale, `guidance.signals.${form}`);
  const list = [replies.t(locale, 'guidance.signalsTitle'), ...signals.map((s) => `- ${s}`)].join('\n');
  return { ...replies.text(locale, 'guidance.signalsTitle'), text: `${list}\n\n${replies.t(locale, 'guidance.combination')}` };
}

/** Recognition guidance tailored to form and role: what to look for, what to do and not to do. */
export function guidanceActivities(
  replies: Replies,
  locale: Locale,
  summary: TriageSummary,
  situation: {
    lostContact?: boolean;
    signalsGiven?: boolean;
    signalsSaidBefore?: boolean;
    volunteer?: boolean;
    /**
     * The role the readers guessed where `summary.role` is left out for the wording (a guess not yet
     * borne out by a story): the line for a minor has no wording for both, so it follows the guess.
     */
    guessedRole?: TriageSummary['role'];
  } = {},
): Partial<Activity>[] {
  // The signals once per reply: the answer to "what are the signs?" in this same turn gave them.
  // Given in an earlier turn (the same list), a short pointer back instead of the list again.
  const before = situation.signalsSaidBefore === true && !situation.signalsGiven;
  // The form told, else the one the citizen's question asked about (form49).
  const form = guidanceForm(summary);
  const signals = situation.signalsGiven
    ? []
    : before
      ? [replies.text(locale, 'guidance.signalsAbove')]
      : [signalsActivity(replies, locale, form)];
  // Someone who asked for help and cannot be reached: what to do now (112, the police, keep the
  // message), not signals to watch for; a known form still says what it may be.
  const out: Partial<Activity>[] = situation.lostContact
    ? [...(form !== 'unknown' ? [replies.text(locale, `guidance.intro.${form}`)] : []), replies.text(locale, 'guidance.lostContact')]
    : summary.role === 'self' || summary.role === null
      ? // The signals are for recognising it in someone else; who lives it is told what it may be and
        // that it is not their fault (below), not what to look out for. Who it is about not known:
        // neither, but words that fit both (below).
        // ("Below are common signals" only where they follow.)
        [replies.text(locale, form === 'unknown' ? 'guidance.unknownFormAlone' : `guidance.intro.${form}`)]
      : [replies.text(locale, before && form === 'unknown' ? 'guidance.unknownFormAlone' : `guidance.intro.${form}`), ...signals];
  // Under 18 only when told: an adult worker told "you are under 18" was not heard.
  const minorRole = summary.role ?? situation.guessedRole ?? null;
  if (minorTold(summary)) out.push(replies.text(locale, minorRole === 'self' ? 'guidance.minorSelf' : 'guidance.minor'));
  // Only guessed ("looks maybe 16"): the help for a minor still comes, said as the guess it is.
  else if (minorGuessedOnly(summary)) out.push(replies.text(locale, 'guidance.minorGuessed'));
  if (summary.role === 'self') {
    out.push(replies.text(locale, 'guidance.self'));
  } else if (summary.role === null) {
    if (!situation.lostContact) out.push(replies.text(locale, 'guidance.neutral'));
  } else if (!situation.lostContact) {
    // What to do and what not to do belong together: one message.
    out.push({
      ...replies.text(locale, 'guidance.dos'),
      text: `${replies.t(locale, 'guidance.dos')}\n\n${replies.t(locale, 'guidance.donts')}`,
    });
  }
  // The Meldcode binds professionals with a client, pupil or patient of their own (care, school,
  // youth work), not a roofer or meter reader who saw something at work: they are bystanders. Nor a
  // volunteer (a food bank, a church meal, language lessons): the Meldcode is for paid professionals.
  if (
    summary.role === 'professional' &&
    !situation.volunteer &&
    (summary.facts.relation === 'pupil' || summary.facts.relation === 'client')
  ) {
    out.push({
      ...replies.text(locale, 'guidance.meldcode.title'),
      text: [replies.t(locale, 'guidance.meldcode.title'), ...replies.list(locale, 'guidance.meldcode.steps')].join('\n'),
    });
  }
  return out;
}

/**
 * Where to go, for a citizen writing in a language the bot cannot read: the routes such a story may
 * need (see referralsForUnread), in English and then Dutch in one message, so whoever reads or
 * translates for them has every number.
 */
export function unreadReferralActivity(replies: Replies, summary: TriageSummary): Partial<Activity> {
  const routes = referralsForUnread(summary);
  const text = (['en', 'nl'] as const).map((locale) => referralText(replies, locale, routes)).join('\n\n');
  return { ...replies.text('en', 'referrals.title'), text };
}

/**
 * The routes of the routing rule (src/triage/nextSteps.ts) in the citizen's language: the whole
 * list the first time (`named` empty); later only the routes not named before, with a pointer back
 * to the list above, or when nothing is new only the pointer back (with the number that is always
 * open), so the list is not read out again at every turn.
 */
export function routesActivity(
  replies: Replies,
  locale: Locale,
  routes: readonly Referral[],
  named: readonly Referral[],
): Partial<Activity> {
  if (named.length === 0) return { ...replies.text(locale, 'referrals.title'), text: referralText(replies, locale, routes) };
  const fresh = routes.filter((route) => !named.includes(route));
  if (fresh.length === 0) return replies.text(locale, 'referrals.above');
  return {
    ...replies.text(locale, 'referrals.title'),
    text: `${referralText(replies, locale, fresh)}\n- ${replies.t(locale, 'referrals.andAbove')}`,
  };
}

function referralText(replies: Replies, locale: Locale, routes: readonly string[]): string {
  return [replies.t(locale, 'referrals.title'), ...routes.map((route) => `- ${replies.t(locale, `referrals.${route}`)}`)].join('\n');
}
