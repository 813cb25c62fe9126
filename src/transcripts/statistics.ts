/**
 * The figures a helpline manager asks for, computed from the anonymised copies' headers every
 * time they are asked for: nothing is counted by hand, so the figures cannot drift from the data.
 * Weeks and hours are on the Amsterdam wall clock.
 */
import type { AnonymisedTranscript } from '../store/retentionPorts';
import { HELPLINE_TIME_ZONE, isoWeekOf, localParts } from './localTime';

export type StatsRow = Omit<AnonymisedTranscript, 'lines'>;

export interface Count {
  key: string;
  count: number;
  /** count / the group's total, 0..1 (4 decimals); 0 when the group is empty. */
  share: number;
}

export interface ReviewStatistics {
  period: { from: string; to: string; timeZone: string };
  total: number;
  perWeek: { week: string; count: number }[];
  forms: Count[];
  acute: { count: number; share: number };
  handoff: {
    /** Conversations in which the citizen asked for a counsellor (taken or not). */
    requested: number;
    handedOff: number;
    /** handedOff / total. */
    rate: number;
  };
  waiting: { measured: number; medianSeconds: number | null; p90Seconds: number | null };
  /** Asked for a counsellor but left (or gave up) before one took the chat. */
  abandoned: { count: number; shareOfRequests: number };
  /** Wrap-up outcome of the counsellor; `none` when there was none (bot only, or not closed). */
  outcomes: Count[];
  /** 24 entries, hour 0..23 on the local clock. */
  hours: { hour: number; count: number }[];
  busiestHour: number | null;
}

export const NO_OUTCOME = 'none';
export const UNKNOWN_FORM = 'unknown';

const DAY_MS = 86_400_000;

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * Percentile with linear interpolation between the closest ranks (so the 50th is the usual
 * median, also for an even count). `sorted` must be ascending; null when empty.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Every ISO week touched by [from, to), in order, so quiet weeks show as zero rather than vanish. */
export function weeksBetween(from: Date, to: Date, timeZone = HELPLINE_TIME_ZONE): string[] {
  if (to.getTime() <= from.getTime()) return [];
  const first = localParts(from, timeZone);
  const last = localParts(new Date(to.getTime() - 1), timeZone);
  const end = Date.UTC(last.year, last.month - 1, last.day);
  const weeks: string[] = [];
  for (let day = Date.UTC(first.year, first.month - 1, first.day); day <= end; day += DAY_MS) {
    const d = new Date(day);
    const week = isoWeekOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (weeks[weeks.length - 1] !== week) weeks.push(week);
  }
  return weeks;
}

function tally(keys: readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count, share: ratio(count, keys.length) }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function formOf(row: StatsRow): string {
  const form = row.triage?.form;
  return typeof form === 'string' && form !== '' ? form : UNKNOWN_FORM;
}

export function computeStatistics(
  rows: readonly StatsRow[],
  period: { from: Date; to: Date },
  timeZone = HELPLINE_TIME_ZONE,
): ReviewStatistics {
  const inPeriod = rows.filter((r) => r.startedAt.getTime() >= period.from.getTime() && r.startedAt.getTime() < period.to.getTime());
  const total = inPeriod.length;

  const perWeek = new Map(weeksBetween(period.from, period.to, timeZone).map((w) => [w, 0]));
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0 }));
  for (const row of inPeriod) {
    const local = localParts(row.startedAt, timeZone);
    const week = isoWeekOf(local.year, local.month, local.day);
    perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    hours[local.hour]!.count++;
  }

  const acute = inPeriod.filter((r) => r.triage?.acute === true).length;
  const handedOff = inPeriod.filter((r) => r.handedOff).length;
  const abandoned = inPeriod.filter((r) => r.abandoned).length;
  const requested = inPeriod.filter((r) => r.handedOff || r.abandoned).length;
  const waits = inPeriod
    .map((r) => r.waitSeconds)
    .filter((w): w is number => w !== null)
    .sort((a, b) => a - b);
  const round = (value: number | null) => (value === null ? null : Math.round(value));
  const peak = hours.reduce((best, h) => (h.count > best.count ? h : best), { hour: -1, count: 0 });

  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString(), timeZone },
    total,
    perWeek: [...perWeek].map(([week, count]) => ({ week, count })),
    forms: tally(inPeriod.map(formOf)),
    acute: { count: acute, share: ratio(acute, total) },
    handoff: { requested, handedOff, rate: ratio(handedOff, total) },
    waiting: { measured: waits.length, medianSeconds: round(percentile(waits, 0.5)), p90Seconds: round(percentile(waits, 0.9)) },
    abandoned: { count: abandoned, shareOfRequests: ratio(abandoned, requested) },
    outcomes: tally(inPeriod.map((r) => r.outcome ?? NO_OUTCOME)),
    hours,
    busiestHour: peak.hour >= 0 ? peak.hour : null,
  };
}
