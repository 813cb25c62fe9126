import { ActionTypes, ActivityTypes, MessageFactory } from 'botbuilder';
import type { Activity, CardAction } from 'botbuilder';
import type { Catalog, Locale, Params } from '../src/i18n/catalog';

/**
 * Builds the bot's activities from locale keys. Each key becomes its own short message, which
 * reads better in a chat than one long block.
 */
export class Replies {
  /**
   * `standing`: placeholders any text may use, per locale (the chat hours from config), so a
   * dialog need not thread them through; a call's own params win.
   */
  constructor(
    private readonly catalog: Catalog,
    private readonly standing: Readonly<Record<Locale, Params>>,
  ) {}

  text(locale: Locale, key: string, params: Params = {}): Partial<Activity> {
    return { ...MessageFactory.text(this.t(locale, key, params)), locale: webLocale(locale) };
  }

  /** A message with buttons; a click sends the button's label back as text. */
  withChoices(locale: Locale, key: string, choiceKeys: string[], params: Params = {}): Partial<Activity> {
    const actions: CardAction[] = choiceKeys.map((choice) => {
      const title = this.catalog.t(locale, choice);
      return { type: ActionTypes.ImBack, title, value: title };
    });
    return { ...MessageFactory.suggestedActions(actions, this.t(locale, key, params)), locale: webLocale(locale) };
  }

  typing(): Partial<Activity> {
    return { type: ActivityTypes.Typing };
  }

  t(locale: Locale, key: string, params: Params = {}): string {
    return this.catalog.t(locale, key, { ...this.standing[locale], ...params });
  }

  /** Whether the catalog has a text for `key` (a shorter wording that exists for some answers only). */
  has(locale: Locale, key: string): boolean {
    return this.catalog.has(locale, key);
  }

  list(locale: Locale, key: string): string[] {
    return this.catalog.list(locale, key);
  }
}

function webLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-US';
}
