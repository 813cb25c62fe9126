/*
 * The supervisor's review page: the list of anonymised conversations with filters, one
 * conversation (who said what, when, the triage summary) with its quality notes, and the
 * statistics with charts. Everything comes from /staff/api/review/*; text only via textContent.
 */
(function () {
  'use strict';

  var HR = window.helplineReview;
  var el = HR.el;
  var t = HR.t;
  var $ = HR.byId;
  var PAGE = 20;
  var state = { offset: 0, total: 0, openId: null, opener: null };

  function yesNo(value) {
    return HR.label('answers', value === true ? 'yes' : value === false ? 'no' : 'unknown');
  }

  // ---- list ----------------------------------------------------------------------------

  function loadList() {
    $('list-error').textContent = '';
    $('list-status').textContent = t('list.loading');
    HR.api('GET', '/staff/api/review/transcripts?' + HR.query($('filters'), { limit: PAGE, offset: state.offset })).then(function (result) {
      if (result.status !== 200) {
        $('list-status').textContent = '';
        $('list-error').textContent = HR.errorText(result);
        return;
      }
      renderList(result.body);
    });
  }

  function renderList(page) {
    state.total = page.total;
    var body = $('list-body');
    HR.clear(body);
    page.items.forEach(function (item) {
      var when = HR.dateTime(item.startedAt);
      var triage = item.triage || {};
      var open = el('button', {
        type: 'button',
        className: 'button button--small',
        'aria-label': t('list.openLabel', { date: when }),
        'data-id': item.conversationId,
        onclick: onOpen,
        text: t('list.open'),
      });
      body.appendChild(
        el('tr', {}, [
          el('td', { text: when }),
          el('td', { text: HR.label('forms', triage.form || 'unknown') }),
          el('td', {}, [triage.acute ? el('strong', { className: 'tag tag--acute', text: yesNo(true) }) : yesNo(false)]),
          el('td', { text: yesNo(item.handedOff) }),
          el('td', { text: HR.label('outcomes', item.outcome || 'none') }),
          el('td', { text: HR.duration(item.waitSeconds) }),
          el('td', {}, [open]),
        ]),
      );
    });
    $('list-table').hidden = page.items.length === 0;
    $('list-status').textContent =
      page.items.length === 0
        ? t('list.empty')
        : t('list.count', { from: page.offset + 1, to: page.offset + page.items.length, total: page.total });
    $('list-previous').disabled = page.offset === 0;
    $('list-next').disabled = page.offset + page.items.length >= page.total;
  }

  function onOpen(event) {
    state.opener = event.currentTarget;
    openTranscript(event.currentTarget.getAttribute('data-id'));
  }

  // ---- one conversation ----------------------------------------------------------------

  function openTranscript(id) {
    state.openId = id;
    $('detail-error').textContent = '';
    HR.announce(t('detail.loading'));
    HR.api('GET', '/staff/api/review/transcripts/' + encodeURIComponent(id)).then(function (result) {
      if (result.status !== 200) {
        $('list-error').textContent = HR.errorText(result);
        return;
      }
      renderTranscript(result.body.transcript);
      renderFlags(result.body.flags);
      $('list').hidden = true;
      $('detail').hidden = false;
      $('detail-heading').focus();
      HR.announce(t('detail.opened', { date: HR.dateTime(result.body.transcript.startedAt) }));
    });
  }

  function summaryRow(term, value) {
    return [el('dt', { text: term }), el('dd', { text: value })];
  }

  function renderTranscript(copy) {
    var triage = copy.triage;
    $('detail-heading').textContent = t('detail.heading', { date: HR.dateTime(copy.startedAt) });
    var rows = [
      summaryRow(t('detail.started'), HR.dateTime(copy.startedAt)),
      summaryRow(t('detail.ended'), HR.dateTime(copy.endedAt)),
      summaryRow(t('detail.language'), HR.label('locales', copy.locale)),
    ];
    if (triage) {
      var signals = (triage.signals || []).map((s) => HR.label('signals', s)).join(', ');
      rows.push(
        summaryRow(t('detail.role'), triage.role ? HR.label('roles', triage.role) : t('format.none')),
        summaryRow(t('detail.form'), HR.label('forms', triage.form || 'unknown')),
        summaryRow(t('detail.acute'), yesNo(triage.acute)),
        summaryRow(t('detail.minor'), yesNo(triage.minorInvolved)),
        summaryRow(t('detail.suicidal'), yesNo(triage.suicidal)),
        summaryRow(t('detail.signals'), signals || t('detail.noSignals')),
        summaryRow(t('detail.nextStep'), triage.nextStep ? HR.label('nextSteps', triage.nextStep) : t('format.none')),
        summaryRow(t('detail.region'), triage.region ? HR.label('regions', triage.region) : t('format.none')),
      );
    } else {
      rows.push([el('dt', { text: t('detail.summary') }), el('dd', { text: t('detail.noTriage') })]);
    }
    rows.push(
      summaryRow(t('detail.handedOff'), yesNo(copy.handedOff)),
      summaryRow(t('detail.wait'), HR.duration(copy.waitSeconds)),
      summaryRow(t('detail.abandoned'), yesNo(copy.abandoned)),
      summaryRow(t('detail.outcome'), HR.label('outcomes', copy.outcome || 'none')),
    );
    var summary = $('detail-summary');
    HR.clear(summary);
    rows.forEach(function (pair) {
      pair.forEach((node) => summary.appendChild(node));
    });

    var lines = $('detail-lines');
    HR.clear(lines);
    if (copy.lines.length === 0) lines.appendChild(el('li', { className: 'muted', text: t('detail.noLines') }));
    copy.lines.forEach(function (line) {
      lines.appendChild(
        el('li', { className: 'line line--' + line.role }, [
          el('p', { className: 'line__meta' }, [
            el('span', { className: 'line__who', text: HR.label('senders', line.role) }),
            ' ',
            el('time', { datetime: line.at, text: HR.time(line.at) }),
          ]),
          el('p', { className: 'line__text', text: line.text }),
        ]),
      );
    });
  }

  function renderFlags(flags) {
    var list = $('flag-list');
    HR.clear(list);
    if (flags.length === 0) list.appendChild(el('li', { className: 'muted', text: t('flags.empty') }));
    flags.forEach(function (flag) {
      list.appendChild(
        el('li', { className: 'flag' }, [
          el('strong', { className: 'tag', text: HR.label('flags', flag.flag) }),
          ' ',
          el('span', { className: 'muted', text: t('flags.by', { name: flag.reviewer, time: HR.dateTime(flag.at) }) }),
          flag.comment ? el('p', { className: 'flag__comment', text: flag.comment }) : null,
        ]),
      );
    });
  }

  function closeTranscript() {
    $('detail').hidden = true;
    $('list').hidden = false;
    state.openId = null;
    if (state.opener && document.body.contains(state.opener)) state.opener.focus();
    else $('list-heading').focus();
  }

  $('flag-form').addEventListener('submit', function (event) {
    event.preventDefault();
    if (!state.openId) return;
    $('flag-error').textContent = '';
    var id = state.openId;
    HR.api('POST', '/staff/api/review/transcripts/' + encodeURIComponent(id) + '/flags', {
      flag: $('flag-kind').value,
      comment: $('flag-comment').value,
    }).then(function (result) {
      if (result.status !== 201) {
        $('flag-error').textContent = result.status === 400 ? HR.errorText(result) : t('flags.failed');
        return;
      }
      $('flag-comment').value = '';
      HR.announce(t('flags.saved'));
      return HR.api('GET', '/staff/api/review/transcripts/' + encodeURIComponent(id)).then(function (again) {
        if (again.status === 200) renderFlags(again.body.flags);
      });
    });
  });

  // ---- wiring ---------------------------------------------------------------------------

  $('filters').addEventListener('submit', function (event) {
    event.preventDefault();
    state.offset = 0;
    loadList();
  });
  $('filters').addEventListener('reset', function () {
    window.setTimeout(function () {
      state.offset = 0;
      loadList();
    }, 0);
  });
  $('list-previous').addEventListener('click', function () {
    state.offset = Math.max(0, state.offset - PAGE);
    loadList();
  });
  $('list-next').addEventListener('click', function () {
    state.offset += PAGE;
    loadList();
  });
  $('detail-back').addEventListener('click', closeTranscript);
  $('detail').addEventListener('keydown', function (event) {
    if (event.key === 'Escape') closeTranscript();
  });
  $('stats-form').addEventListener('submit', function (event) {
    event.preventDefault();
    HR.loadStats($('stats-form'));
  });

  HR.onReady = function () {
    loadList();
    HR.loadStats($('stats-form'));
  };
  HR.start();
})();
