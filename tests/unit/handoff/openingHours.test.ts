import { OpeningHours, OpeningHoursError, parseHolidays, parseWeeklyHours } from '../../../src/handoff/openingHours';

const hours = new OpeningHours(parseWeeklyHours('mon-fri 09:00-17:00; sat 10:00-12:30'), parseHolidays('2026-12-25'), 'Europe/Amsterdam');

it('is open on weekdays within hours, in Dutch local time (also across daylight saving)', () => {
  expect(hours.isOpen(new Date('2026-03-02T08:00:00Z'))).toBe(true); // Mon 09:00 CET
  expect(hours.isOpen(new Date('2026-03-02T07:59:00Z'))).toBe(false);
  expect(hours.isOpen(new Date('2026-03-02T15:59:00Z'))).toBe(true); // 16:59 CET
  expect(hours.isOpen(new Date('2026-03-02T16:00:00Z'))).toBe(false); // 17:00 CET
  expect(hours.isOpen(new Date('2026-07-06T07:00:00Z'))).toBe(true); // Mon 09:00 CEST
  expect(hours.isOpen(new Date('2026-07-06T15:30:00Z'))).toBe(false); // 17:30 CEST
});

it('knows weekends, extra windows and holidays', () => {
  expect(hours.isOpen(new Date('2026-03-07T10:00:00Z'))).toBe(true); // Sat 11:00
  expect(hours.isOpen(new Date('2026-03-07T11:30:00Z'))).toBe(false); // Sat 12:30
  expect(hours.isOpen(new Date('2026-03-08T10:00:00Z'))).toBe(false); // Sun
  expect(hours.isOpen(new Date('2026-12-25T10:00:00Z'))).toBe(false); // Friday, Christmas
});

it('rejects bad specifications with a clear message', () => {
  expect(() => parseWeeklyHours('weekdays 9-5')).toThrow(OpeningHoursError);
  expect(() => parseWeeklyHours('mon 17:00-09:00')).toThrow(/after the start/);
  expect(() => parseWeeklyHours('mon 25:00-26:00')).toThrow(/not a time/);
  expect(() => parseHolidays('25-12-2026')).toThrow(/not a date/);
  expect(parseWeeklyHours('sun-mon 00:00-24:00')[0]!.days).toEqual(new Set([0, 1]));
});

it('refuses holidays that are shaped like a date but do not exist', () => {
  for (const day of ['2026-25-12', '2026-00-10', '2026-12-00', '2026-04-31', '2026-02-29', '2100-02-29']) {
    expect(() => parseHolidays(day)).toThrow(new OpeningHoursError(`"${day}" is not a date like 2026-12-25`));
  }
  expect(parseHolidays('2028-02-29, 2026-12-31')).toEqual(new Set(['2028-02-29', '2026-12-31']));
});
