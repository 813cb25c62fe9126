import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Locale } from '../i18n/catalog';
import { toLocale } from '../i18n/catalog';

/** What the bot remembers about one conversation between turns (kept in bot state). */
export interface Session {
  locale: Locale;
  welcomed: boolean;
}

/** Reads the session, initialising the locale from the channel's locale on first use. */
export async function loadSession(accessor: StatePropertyAccessor<Session>, context: TurnContext, fallback: Locale): Promise<Session> {
  return accessor.get(context, { locale: toLocale(context.activity.locale, fallback), welcomed: false });
}
