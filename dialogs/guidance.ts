import type { Activity } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import { referralsFor } from '../src/triage/nextSteps';
import type { TriageSummary } from '../src/triage/summary';
import type { Replies } from './replies';

/** The signals to look for (of the form if known), and that only a combination counts. */
export function signalsActivities(replies: Replies, locale: Locale, form: TriageSummary['form']): Partial<Activity>[] {
  const signals = replies.list(locale, `guidance.signals.${form}`);
  return [
    {
      ...replies.text(locale, 'guidance.signalsTitle'),
      text: [replies.t(locale, 'guidance.signalsTitle'), ...signals.map((s) => `- ${s}`)].join('\n'),
    },
    replies.text(locale, 'guidance.combination'),
  ];
}

/** Recognition guidance tailored to form and role: what to look for, what to do and not to do. */
export function guidanceActivities(replies: Replies, locale: Locale, summary: TriageSummary): Partial<Activity>[] {
  const out: Partial<Activity>[] = [
    replies.text(locale, `guidance.intro.${summary.form}`),
    ...signalsActivities(replies, locale, summary.form),
  ];
  if (summary.minorInvolved) out.push(replies.text(locale, 'guidance.minor'));
  if (summary.role === 'self') {
    out.push(replies.text(locale, 'guidance.self'));
  } else {
    out.push(replies.text(locale, 'guidance.dos'), replies.text(locale, 'guidance.donts'));
  }
  if (summary.role === 'professional') {
    out.push({
      ...replies.text(locale, 'guidance.meldcode.title'),
      text: [replies.t(locale, 'guidance.meldcode.title'), ...replies.list(locale, 'guidance.meldcode.steps')].join('\n'),
    });
  }
  return out;
}

/** The referral list from the routing rule, in the citizen's language. */
export function referralActivity(replies: Replies, locale: Locale, summary: TriageSummary): Partial<Activity> {
  const lines = referralsFor(summary).map((route) => `- ${replies.t(locale, `referrals.${route}`)}`);
  return { ...replies.text(locale, 'referrals.title'), text: [replies.t(locale, 'referrals.title'), ...lines].join('\n') };
}
