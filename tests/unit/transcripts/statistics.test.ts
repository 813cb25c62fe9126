import { computeStatistics, percentile, ratio, weeksBetween } from '../../../src/transcripts/statistics';
import type { StatsRow } from '../../../src/transcripts/statistics';
import { isoWeekOf, localIsoWeek, localParts, startOfLocalDay } from '../../../src/transcripts/localTime';

function row(startedAt: string, extra: Partial<StatsRow> = {}): StatsRow {
  return {
    conversationId: `c-${startedAt}`,
    createdAt: new Date(startedAt),
    startedAt: new Date(startedAt),
    endedAt: new Date(startedAt),
    channelId: 'directline',
    locale: 'nl',
    triage: { form: 'labour_exploitation', acute: false },
    handedOff: false,
    waitSeconds: null,
    anonymiserVersion: 1,
    abandoned: false,
    outcome: null,
    ...extra,
  };
}

describe('local time on the Amsterdam clock', () => {
  it('knows ISO weeks, also around the turn of the year', () => {
    expect(isoWeekOf(2026, 3, 2)).toBe('2026-W10');
    expect(isoWeekOf(2026, 1, 1)).toBe('2026-W01'); // a Thursday
    expect(isoWeekOf(2027, 1, 1)).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeekOf(2024, 12, 30)).toBe('2025-W01');
  });

  it('uses local dates and hours, with summer time', () => {
    // Sunday 23:30 UTC in winter is Monday 00:30 in Amsterdam: the next ISO week.
    expect(localIsoWeek(new Date('2026-03-01T23:30:00Z'))).toBe('2026-W10');
    expect(localParts(new Date('2026-01-15T12:00:00Z')).hour).toBe(13);
    expect(localParts(new Date('2026-07-15T12:00:00Z')).hour).toBe(14);
  });

  it('finds local midnight in winter, in summer and on the day the clocks change', () => {
    expect(startOfLocalDay(2026, 1, 15).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfLocalDay(2026, 7, 15).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(startOfLocalDay(2026, 3, 29).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay(2026, 10, 25).toISOString()).toBe('2026-10-24T22:00:00.000Z');
  });
});

describe('helpers', () => {
  it('interpolates percentiles so the 50th is the usual median', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(percentile([10, 20, 30], 0.5)).toBe(20);
    expect(percentile([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
  });

  it('rounds shares to 4 decimals and never divides by zero', () => {
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(0, 0)).toBe(0);
  });

  it('lists every week of a period, quiet ones too', () => {
    expect(weeksBetween(new Date('2026-03-01T23:00:00Z'), new Date('2026-03-22T23:00:00Z'))).toEqual(['2026-W10', '2026-W11', '2026-W12']);
    expect(weeksBetween(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-10T00:00:00Z'))).toEqual([]);
  });
});

describe('computeStatistics', () => {
  const period = { from: new Date('2026-03-01T23:00:00Z'), to: new Date('2026-03-22T23:00:00Z') };
  const rows: StatsRow[] = [
    // week 10: three chats, one acute, one handed off after 60 s (closed: advice), one abandoned
    row('2026-03-02T09:15:00Z', {
      triage: { form: 'sexual_exploitation', acute: true },
      handedOff: true,
      waitSeconds: 60,
      outcome: 'advice_given',
    }),
    row('2026-03-03T09:40:00Z', { abandoned: true }),
    row('2026-03-04T15:00:00Z', { triage: null }),
    // week 12: two handed off (120 s and 300 s), one referred to the police
    row('2026-03-16T09:05:00Z', { handedOff: true, waitSeconds: 120, outcome: 'referred_police' }),
    row('2026-03-17T19:30:00Z', {
      triage: { form: 'criminal_exploitation', acute: false },
      handedOff: true,
      waitSeconds: 300,
      outcome: 'advice_given',
    }),
    // outside the period: ignored
    row('2026-02-20T10:00:00Z', { handedOff: true, waitSeconds: 9999 }),
    row('2026-03-23T10:00:00Z'),
  ];
  const stats = computeStatistics(rows, period);

  it('counts conversations per ISO week, with empty weeks as zero', () => {
    expect(stats.total).toBe(5);
    expect(stats.perWeek).toEqual([
      { week: '2026-W10', count: 3 },
      { week: '2026-W11', count: 0 },
      { week: '2026-W12', count: 2 },
    ]);
  });

  it('gives the share per form (no triage counts as unknown), most frequent first', () => {
    expect(stats.forms).toEqual([
      { key: 'labour_exploitation', count: 2, share: 0.4 },
      { key: 'criminal_exploitation', count: 1, share: 0.2 },
      { key: 'sexual_exploitation', count: 1, share: 0.2 },
      { key: 'unknown', count: 1, share: 0.2 },
    ]);
  });

  it('gives the acute share, handoff rate, waits and abandoned chats', () => {
    expect(stats.acute).toEqual({ count: 1, share: 0.2 });
    expect(stats.handoff).toEqual({ requested: 4, handedOff: 3, rate: 0.6 });
    expect(stats.waiting).toEqual({ measured: 3, medianSeconds: 120, p90Seconds: 264 });
    expect(stats.abandoned).toEqual({ count: 1, shareOfRequests: 0.25 });
  });

  it('counts outcomes, with "none" for chats without a wrap-up', () => {
    expect(stats.outcomes).toEqual([
      { key: 'advice_given', count: 2, share: 0.4 },
      { key: 'none', count: 2, share: 0.4 },
      { key: 'referred_police', count: 1, share: 0.2 },
    ]);
  });

  it('finds the busiest hour on the Amsterdam clock', () => {
    expect(stats.hours).toHaveLength(24);
    // 09:15, 09:40 and 09:05 UTC in winter are 10:xx in Amsterdam.
    expect(stats.hours[10]).toEqual({ hour: 10, count: 3 });
    expect(stats.hours[16]!.count).toBe(1);
    expect(stats.hours[20]!.count).toBe(1);
    expect(stats.busiestHour).toBe(10);
    expect(stats.period).toEqual({ from: period.from.toISOString(), to: period.to.toISOString(), timeZone: 'Europe/Amsterdam' });
  });

  it('answers an empty period with zeros, not errors', () => {
    const empty = computeStatistics([], period);
    expect(empty.total).toBe(0);
    expect(empty.perWeek.map((w) => w.count)).toEqual([0, 0, 0]);
    expect(empty.acute).toEqual({ count: 0, share: 0 });
    expect(empty.waiting).toEqual({ measured: 0, medianSeconds: null, p90Seconds: null });
    expect(empty.busiestHour).toBeNull();
    expect(empty.forms).toEqual([]);
  });
});
