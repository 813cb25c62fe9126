import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Replies } from '../../../dialogs/replies';
import { Catalog } from '../../../src/i18n/catalog';
import { replies } from '../../support/bot';

const LOCALES = path.resolve(__dirname, '../../../locales');

describe('placeholders every text may use (the chat hours)', () => {
  const tiny = new Catalog({
    nl: { hours: 'Chatten kan {chatHours}.', pick: 'Kies {what}.', yes: 'ja' },
    en: { hours: 'You can chat {chatHours}.', pick: 'Pick {what}.', yes: 'yes' },
  });
  const standing = { nl: { chatHours: 'op werkdagen', what: 'iets' }, en: { chatHours: 'on working days', what: 'something' } };

  it('fills them in texts and in texts with buttons, per locale', () => {
    const own = new Replies(tiny, standing);
    expect(own.text('nl', 'hours').text).toBe('Chatten kan op werkdagen.');
    expect(own.text('en', 'hours').text).toBe('You can chat on working days.');
    expect(own.withChoices('nl', 'hours', ['yes']).text).toBe('Chatten kan op werkdagen.');
  });

  it("lets a call's own params win", () => {
    expect(new Replies(tiny, standing).t('nl', 'pick', { what: 'een knop' })).toBe('Kies een knop.');
  });

  it('leaves no {chatHours} unfilled in any citizen text that uses it', () => {
    for (const locale of ['nl', 'en'] as const) {
      const users = textKeys(JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Tree).filter(([, text]) =>
        text.includes('{chatHours}'),
      );
      expect(users.length).toBeGreaterThan(0);
      for (const [key] of users) expect(replies.t(locale, key)).not.toMatch(/\{chatHours\}/);
    }
  });
});

type Tree = { [key: string]: string | string[] | Tree };

/** Every single text of a locale file with its dotted key. */
function textKeys(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[`${prefix}${key}`, value]];
    if (Array.isArray(value)) return [];
    return textKeys(value, `${prefix}${key}.`);
  });
}
