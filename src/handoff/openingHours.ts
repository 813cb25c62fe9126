/**
 * When counsellors chat: weekly hours in a time zone, minus holidays. Parsed from config such as
 * "mon-fri 09:00-17:00; sat 10:00-14:00" so regions can differ without code changes.
 */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
type Day = (typeof DAYS)[number];

export interface WeeklyWindow {
  days: ReadonlySet<number>;
  /** Minutes after midnight, start inclusive, end exclusive. */
  from: number;
  to: number;
}

export class OpeningHoursError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpeningHoursError';
  }
}

export function parseWeeklyHours(spec: string): WeeklyWindow[] {
  return spec
    .split(';')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(part);
      if (!match) throw new OpeningHoursError(`"${part}" is not like "mon-fri 09:00-17:00"`);
      const first = dayIndex(match[1]!);
      const last = match[2] ? dayIndex(match[2]) : first;
      const days = new Set<number>();
      for (let d = first; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === last) break;
      }
      const from = minutes(match[3]!, match[4]!);
      const to = minutes(match[5]!, match[6]!);
      if (to <= from) throw new OpeningHoursError(`"${part}": the end must be after the start`);
      return { days, from, to };
    });
}

export function parseHolidays(spec: string): ReadonlySet<string> {
  const days = spec
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  for (const day of days) if (!isCalendarDate(day)) throw new OpeningHoursError(`"${day}" is not a date like 2026-12-25`);
  return new Set(days);
}

/** YYYY-MM-DD naming a day that exists (no month 13, no 31 April, 29 February only in leap years). */
function isCalendarDate(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls an impossible day over into the next month; a real one comes back unchanged.
  const back = new Date(Date.UTC(year, month - 1, date));
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === date;
}

/** The hours when no HANDOFF_OPENING_HOURS is set (config) and where a bench or test needs real ones. */
export const DEFAULT_OPENING_HOURS = 'mon-fri 09:00-17:00';

export class OpeningHours {
  private readonly format: Intl.DateTimeFormat;

  constructor(
    private readonly windows: readonly WeeklyWindow[],
    private readonly holidays: ReadonlySet<string>,
    timeZone: string,
  ) {
    this.format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
  }

  /** The weekly windows, for texts that tell a citizen when counsellors chat. */
  weekly(): readonly WeeklyWindow[] {
    return this.windows;
  }

  isOpen(at: Date): boolean {
    const local = this.local(at);
    if (this.holidays.has(local.date)) return false;
    return this.windows.some((w) => w.days.has(local.day) && local.minutes >= w.from && local.minutes < w.to);
  }

  private local(at: Date): { date: string; day: number; minutes: number } {
    const parts = Object.fromEntries(this.format.formatToParts(at).map((p) => [p.type, p.value]));
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      day: dayIndex(String(parts.weekday).toLowerCase().slice(0, 3)),
      minutes: Number(parts.hour) * 60 + Number(parts.minute),
    };
  }
}

function dayIndex(name: string): number {
  const index = DAYS.indexOf(name as Day);
  if (index < 0) throw new OpeningHoursError(`"${name}" is not a day (mon, tue, …)`);
  return index;
}

function minutes(h: string, m: string): number {
  const hours = Number(h);
  const mins = Number(m);
  if (hours > 24 || mins > 59 || (hours === 24 && mins > 0)) throw new OpeningHoursError(`${h}:${m} is not a time`);
  return hours * 60 + mins;
}
