import type { Activity } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import type { Replies } from './replies';

/** What the bot tells about keeping the conversation, and where the privacy statement is. */
export interface RetentionFacts {
  rawBotOnlyDays: number;
  rawWithCounsellorDays: number;
  /** How long the copy without names and numbers (for review and statistics) is kept. */
  anonymisedDays: number;
  privacyUrl: string;
}

export function retentionParams(retention: RetentionFacts): Record<string, string | number> {
  return {
    botDays: retention.rawBotOnlyDays,
    counsellorDays: retention.rawWithCounsellorDays,
    anonymisedDays: retention.anonymisedDays,
    privacyUrl: retention.privacyUrl,
  };
}

/**
 * The opening, two bubbles before the citizen can type: who the bot is with the 112 line and one
 * line on privacy with a link; then one open question. Anything more waits until it is needed.
 */
export function welcomeActivities(replies: Replies, locale: Locale, retention: RetentionFacts): Partial<Activity>[] {
  const intro = [
    `${replies.t(locale, 'welcome.intro')} ${replies.t(locale, 'welcome.danger')}`,
    replies.t(locale, 'welcome.privacy', retentionParams(retention)),
  ].join('\n\n');
  // The open question keeps one button: the way to a person, for those who want no bot at all.
  return [
    { ...replies.text(locale, 'welcome.intro'), text: intro },
    replies.withChoices(locale, 'welcome.question', ['choices.counsellor']),
  ];
}
