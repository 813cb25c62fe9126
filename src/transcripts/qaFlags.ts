/** What a supervisor can mark in a reviewed conversation. Ids are stored; labels live in locales. */
export const QA_FLAGS = ['good_practice', 'missed_signal', 'wrong_referral', 'tone', 'too_slow', 'other'] as const;
export type QaFlagKind = (typeof QA_FLAGS)[number];
