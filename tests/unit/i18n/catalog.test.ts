import path from 'node:path';
import { Catalog, MissingMessageError, toLocale } from '../../../src/i18n/catalog';

const root = path.resolve(__dirname, '../../../locales');

describe('locales', () => {
  const catalog = Catalog.load(root, ['messages', 'web', 'guidance', 'referrals', 'console']);

  it('Dutch and English say the same things (same keys)', () => {
    expect(catalog.keys('en')).toEqual(catalog.keys('nl'));
  });

  it('fills placeholders and fails loudly on a missing key', () => {
    expect(catalog.t('nl', 'welcome.privacy', { botDays: 30, counsellorDays: 90 })).toMatch(/30 dagen.*90 dagen/s);
    expect(() => catalog.t('nl', 'no.such.key')).toThrow(MissingMessageError);
  });

  it('keeps Dutch sentences short (B1: at most 20 words a sentence)', () => {
    for (const key of catalog.keys('nl')) {
      if (key.startsWith('commands.')) continue;
      let values: string[];
      try {
        values = [catalog.t('nl', key)];
      } catch {
        values = catalog.list('nl', key);
      }
      for (const value of values) {
        for (const sentence of value.split(/[.?!]\s/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
      }
    }
  });
});

it('maps channel locales to supported ones', () => {
  expect(toLocale('nl-NL', 'en')).toBe('nl');
  expect(toLocale('en_GB', 'nl')).toBe('en');
  expect(toLocale('pl-PL', 'nl')).toBe('nl');
  expect(toLocale(undefined, 'en')).toBe('en');
});
