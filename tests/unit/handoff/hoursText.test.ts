import path from 'node:path';
import { describeOpeningHours, standingParams } from '../../../src/handoff/hoursText';
import { parseWeeklyHours } from '../../../src/handoff/openingHours';
import { Catalog } from '../../../src/i18n/catalog';

const catalog = Catalog.load(path.resolve(__dirname, '../../../locales'), ['messages']);
const say = (locale: 'nl' | 'en') => ({
  t: (key: string, params?: Record<string, string | number>) => catalog.t(locale, key, params),
  list: (key: string) => catalog.list(locale, key),
});
const hours = (spec: string, locale: 'nl' | 'en') => describeOpeningHours(parseWeeklyHours(spec), say(locale));

describe('the chat hours in words', () => {
  it('says working days for Monday to Friday', () => {
    expect(hours('mon-fri 09:00-17:00', 'nl')).toBe('op werkdagen van 9.00 tot 17.00 uur');
    expect(hours('mon-fri 09:00-17:00', 'en')).toBe('on working days from 9:00 to 17:00');
  });

  it('names a run of days, a single day and every day', () => {
    expect(hours('mon-thu 09:00-17:00; sat 10:00-14:30', 'nl')).toBe(
      'op maandag tot en met donderdag van 9.00 tot 17.00 uur en op zaterdag van 10.00 tot 14.30 uur',
    );
    expect(hours('mon-thu 09:00-17:00; sat 10:00-14:30', 'en')).toBe(
      'on Monday to Thursday from 9:00 to 17:00 and on Saturday from 10:00 to 14:30',
    );
    expect(hours('mon-sun 08:00-22:00', 'nl')).toBe('elke dag van 8.00 tot 22.00 uur');
  });

  it('lists two days side by side and runs across Sunday in week order', () => {
    expect(hours('sat-sun 10:00-14:00', 'nl')).toBe('op zaterdag en zondag van 10.00 tot 14.00 uur');
    expect(hours('fri-mon 12:00-20:00', 'en')).toBe('on Friday to Monday from 12:00 to 20:00');
  });

  it('joins three or more windows with commas and one "and"', () => {
    expect(hours('mon 09:00-12:00; wed 09:00-12:00; fri 13:00-16:00', 'en')).toBe(
      'on Monday from 9:00 to 12:00, on Wednesday from 9:00 to 12:00 and on Friday from 13:00 to 16:00',
    );
  });

  it('gives every locale the {chatHours} placeholder from the configured hours', () => {
    const params = standingParams(catalog, parseWeeklyHours('mon-fri 10:00-18:00'));
    expect(params.nl.chatHours).toBe('op werkdagen van 10.00 tot 18.00 uur');
    expect(params.en.chatHours).toBe('on working days from 10:00 to 18:00');
  });
});
