/**
 * The statistics section of the review page: key figures and four charts (per week, per form,
 * outcomes, busiest hours), all from /staff/api/review/stats.
 */
import { el } from '../shared/dom';
import { longDay } from '../shared/format';
import { statisticsSchema, type Statistics } from '../shared/schemas';
import type { Texts } from '../shared/texts';
import { chartFigure, type ChartItem } from './charts';
import { formQuery, type PageContext } from './session';

export function percent(texts: Texts, share: number): string {
  const value = Math.round(share * 1000) / 10;
  return texts.t('format.percent', { value: value.toLocaleString(texts.intlLocale) });
}

export function duration(texts: Texts, seconds: number | null): string {
  if (seconds === null) return texts.t('format.none');
  const s = Math.round(seconds);
  if (s < 60) return texts.t('format.seconds', { seconds: s });
  return texts.t('format.minutesSeconds', { minutes: Math.floor(s / 60), seconds: s % 60 });
}

function countShare(texts: Texts, count: number, share: number): string {
  return texts.t('stats.countShare', { count, share: percent(texts, share) });
}

function hourRange(texts: Texts, hour: number): string {
  return texts.t('format.hourRange', { from: hour, to: (hour + 1) % 24 });
}

/** Chart items for counts with shares, labelled with the group's words. */
export function shareItems(texts: Texts, list: Statistics['forms'], group: string): ChartItem[] {
  return list.map((c) => ({
    label: texts.label(group, c.key),
    value: c.count,
    valueText: countShare(texts, c.count, c.share),
    cells: [String(c.count), percent(texts, c.share)],
  }));
}

/** "2026-W09" → "9". */
export function weekNumber(week: string): string {
  return week.slice(week.indexOf('W') + 1).replace(/^0/, '');
}

function tiles(texts: Texts, stats: Statistics): HTMLElement[] {
  const t = (key: string) => texts.t(key);
  const measured = stats.waiting.measured > 0;
  const tile = (term: string, value: string) => el('div', { className: 'tile' }, [el('dt', { text: term }), el('dd', { text: value })]);
  return [
    tile(t('stats.tiles.total'), String(stats.total)),
    tile(t('stats.tiles.acute'), countShare(texts, stats.acute.count, stats.acute.share)),
    tile(t('stats.tiles.handoffRate'), countShare(texts, stats.handoff.handedOff, stats.handoff.rate)),
    tile(t('stats.tiles.medianWait'), measured ? duration(texts, stats.waiting.medianSeconds) : t('stats.noWaits')),
    tile(t('stats.tiles.p90Wait'), measured ? duration(texts, stats.waiting.p90Seconds) : t('stats.noWaits')),
    tile(t('stats.tiles.abandoned'), countShare(texts, stats.abandoned.count, stats.abandoned.shareOfRequests)),
    tile(t('stats.tiles.busiestHour'), stats.busiestHour === null ? t('format.none') : hourRange(texts, stats.busiestHour)),
  ];
}

function charts(texts: Texts, stats: Statistics): HTMLElement[] {
  const t = (key: string, params?: Record<string, string | number>) => texts.t(key, params);
  return [
    chartFigure(
      {
        orientation: 'vertical',
        title: t('stats.charts.perWeek'),
        description: t('stats.charts.perWeekDesc'),
        columns: [t('stats.columns.week'), t('stats.columns.count')],
        items: stats.perWeek.map((w) => ({
          label: t('stats.week', { week: w.week }),
          shortLabel: t('stats.weekShort', { week: weekNumber(w.week) }),
          value: w.count,
          valueText: String(w.count),
          cells: [String(w.count)],
        })),
      },
      texts,
    ),
    chartFigure(
      {
        orientation: 'horizontal',
        title: t('stats.charts.forms'),
        description: t('stats.charts.formsDesc'),
        columns: [t('stats.columns.form'), t('stats.columns.count'), t('stats.columns.share')],
        items: shareItems(texts, stats.forms, 'forms'),
      },
      texts,
    ),
    chartFigure(
      {
        orientation: 'horizontal',
        title: t('stats.charts.outcomes'),
        description: t('stats.charts.outcomesDesc'),
        columns: [t('stats.columns.outcome'), t('stats.columns.count'), t('stats.columns.share')],
        items: shareItems(texts, stats.outcomes, 'outcomes'),
      },
      texts,
    ),
    chartFigure(
      {
        orientation: 'vertical',
        title: t('stats.charts.hours'),
        description: t('stats.charts.hoursDesc'),
        columns: [t('stats.columns.hour'), t('stats.columns.count')],
        items: stats.hours.map((h) => ({
          label: hourRange(texts, h.hour),
          shortLabel: String(h.hour),
          value: h.count,
          valueText: String(h.count),
          cells: [String(h.count)],
        })),
      },
      texts,
    ),
  ];
}

export interface StatsNodes {
  form: HTMLFormElement;
  error: HTMLElement;
  status: HTMLElement;
  tiles: HTMLElement;
  charts: HTMLElement;
}

/** Loads and draws the statistics for the period in the form (empty fields: the last 30 days). */
export async function loadStats(ctx: PageContext, nodes: StatsNodes): Promise<void> {
  const { texts } = ctx;
  nodes.error.textContent = '';
  nodes.status.textContent = texts.t('stats.loading');
  let stats: Statistics;
  try {
    stats = await ctx.api.get(`/staff/api/review/stats?${formQuery(nodes.form)}`, statisticsSchema);
  } catch (err) {
    nodes.status.textContent = '';
    nodes.error.textContent = ctx.errorText(err);
    return;
  }
  const lastDay = new Date(new Date(stats.period.to).getTime() - 1).toISOString();
  const shown = texts.t('stats.shown', { from: longDay(stats.period.from, texts.intlLocale), to: longDay(lastDay, texts.intlLocale) });
  nodes.status.textContent = stats.total === 0 ? `${shown} ${texts.t('stats.empty')}` : shown;
  nodes.tiles.replaceChildren(...tiles(texts, stats));
  nodes.charts.replaceChildren(...charts(texts, stats));
}
