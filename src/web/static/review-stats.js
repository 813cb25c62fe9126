/*
 * The statistics section of the review page: key figures as a definition list and four charts
 * (per week, per form, outcomes, busiest hours), all from /staff/api/review/stats.
 */
(function () {
  'use strict';

  var HR = window.helplineReview;
  var el = HR.el;
  var t = HR.t;
  var $ = HR.byId;

  function tile(term, value) {
    return el('div', { className: 'tile' }, [el('dt', { text: term }), el('dd', { text: value })]);
  }

  function countShare(count, share) {
    return t('stats.countShare', { count: count, share: HR.percent(share) });
  }

  function hourRange(hour) {
    return t('format.hourRange', { from: hour, to: (hour + 1) % 24 });
  }

  function renderTiles(stats) {
    var tiles = $('stats-tiles');
    HR.clear(tiles);
    var measured = stats.waiting.measured > 0;
    [
      tile(t('stats.tiles.total'), String(stats.total)),
      tile(t('stats.tiles.acute'), countShare(stats.acute.count, stats.acute.share)),
      tile(t('stats.tiles.handoffRate'), countShare(stats.handoff.handedOff, stats.handoff.rate)),
      tile(t('stats.tiles.medianWait'), measured ? HR.duration(stats.waiting.medianSeconds) : t('stats.noWaits')),
      tile(t('stats.tiles.p90Wait'), measured ? HR.duration(stats.waiting.p90Seconds) : t('stats.noWaits')),
      tile(t('stats.tiles.abandoned'), countShare(stats.abandoned.count, stats.abandoned.shareOfRequests)),
      tile(t('stats.tiles.busiestHour'), stats.busiestHour === null ? t('format.none') : hourRange(stats.busiestHour)),
    ].forEach((node) => tiles.appendChild(node));
  }

  function shares(list, group) {
    return list.map(function (c) {
      var label = HR.label(group, c.key);
      return { label: label, value: c.count, valueText: countShare(c.count, c.share), cells: [String(c.count), HR.percent(c.share)] };
    });
  }

  function renderCharts(stats) {
    var charts = $('stats-charts');
    HR.clear(charts);
    var weekNumber = (week) => week.slice(week.indexOf('W') + 1).replace(/^0/, '');
    charts.appendChild(
      HR.chart({
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
      }),
    );
    charts.appendChild(
      HR.chart({
        orientation: 'horizontal',
        title: t('stats.charts.forms'),
        description: t('stats.charts.formsDesc'),
        columns: [t('stats.columns.form'), t('stats.columns.count'), t('stats.columns.share')],
        items: shares(stats.forms, 'forms'),
      }),
    );
    charts.appendChild(
      HR.chart({
        orientation: 'horizontal',
        title: t('stats.charts.outcomes'),
        description: t('stats.charts.outcomesDesc'),
        columns: [t('stats.columns.outcome'), t('stats.columns.count'), t('stats.columns.share')],
        items: shares(stats.outcomes, 'outcomes'),
      }),
    );
    charts.appendChild(
      HR.chart({
        orientation: 'vertical',
        title: t('stats.charts.hours'),
        description: t('stats.charts.hoursDesc'),
        columns: [t('stats.columns.hour'), t('stats.columns.count')],
        items: stats.hours.map((h) => ({
          label: hourRange(h.hour),
          shortLabel: String(h.hour),
          value: h.count,
          valueText: String(h.count),
          cells: [String(h.count)],
        })),
      }),
    );
  }

  /** Loads and draws the statistics for the period in `form` (empty fields: the last 30 days). */
  HR.loadStats = function (form) {
    $('stats-error').textContent = '';
    $('stats-status').textContent = t('stats.loading');
    HR.api('GET', '/staff/api/review/stats?' + HR.query(form)).then(function (result) {
      if (result.status !== 200) {
        $('stats-status').textContent = '';
        $('stats-error').textContent = HR.errorText(result);
        return;
      }
      var stats = result.body;
      var lastDay = new Date(new Date(stats.period.to).getTime() - 1).toISOString();
      var shown = t('stats.shown', { from: HR.day(stats.period.from), to: HR.day(lastDay) });
      $('stats-status').textContent = stats.total === 0 ? shown + ' ' + t('stats.empty') : shown;
      renderTiles(stats);
      renderCharts(stats);
    });
  };
})();
