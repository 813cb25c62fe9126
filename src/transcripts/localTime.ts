/**
 * Dates as the helpline lives them: statistics count weeks and hours on the Amsterdam wall
 * clock (summer time included), not in UTC, or the busiest hour would shift twice a year.
 */
export const HELPLINE_TIME_ZONE = 'Europe/Amsterdam';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(at: Date, timeZone = HELPLINE_TIME_ZONE): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** The instant the given local calendar day starts (00:00 on the wall clock). */
export function startOfLocalDay(year: number, month: number, day: number, timeZone = HELPLINE_TIME_ZONE): Date {
  const target = Date.UTC(year, month - 1, day);
  let guess = target;
  // Two rounds settle on the right offset, also on the days the clocks change (at 02:00/03:00).
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone);
    const shownAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += target - shownAsUtc;
  }
  return new Date(guess);
}

/** ISO 8601 week of a calendar date, e.g. "2026-W10" (weeks start on Monday; week 1 holds 4 January). */
export function isoWeekOf(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides which year the week belongs to.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week an instant falls in on the local wall clock. */
export function localIsoWeek(at: Date, timeZone = HELPLINE_TIME_ZONE): string {
  const p = localParts(at, timeZone);
  return isoWeekOf(p.year, p.month, p.day);
}
