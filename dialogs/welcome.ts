import type { Activity } from 'botbuilder';
import type { Locale } from '../src/i18n/catalog';
import type { Replies } from './replies';

export interface RetentionFacts {
  rawBotOnlyDays: number;
  rawWithCounsellorDays: number;
}

export const START_CHOICES = [
  'choices.aboutMe',
  'choices.aboutSomeoneElse',
  'choices.professional',
  'choices.counsellor',
  'choices.otherLanguage',
];

/** The opening: who the bot is, what it can do, privacy and retention, 112, then a first choice. */
export function welcomeActivities(replies: Replies, locale: Locale, retention: RetentionFacts): Partial<Activity>[] {
  const params = { botDays: retention.rawBotOnlyDays, counsellorDays: retention.rawWithCounsellorDays };
  return [
    replies.text(locale, 'welcome.intro'),
    replies.text(locale, 'welcome.purpose'),
    replies.text(locale, 'welcome.privacy', params),
    replies.text(locale, 'welcome.danger'),
    replies.withChoices(locale, 'welcome.question', START_CHOICES),
  ];
}
