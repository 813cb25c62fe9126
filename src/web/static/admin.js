/*
 * The admin page: audit log search, legal holds (list, add, lift with a reason), erasure by
 * conversation code with a confirmation step, and the retention purge (dry run or real run).
 */
(function () {
  'use strict';

  var HR = window.helplineReview;
  var el = HR.el;
  var t = HR.t;
  var $ = HR.byId;
  var AUDIT_PAGE = 50;
  var auditOffset = 0;

  function fail(id, result, specific) {
    $(id).textContent = (specific && specific[result.status]) || HR.errorText(result);
  }

  // ---- audit log ------------------------------------------------------------------------

  function actorName(entry) {
    if (entry.actorName) return entry.actorName;
    return entry.actor === 'system' || entry.actor === 'cli' ? HR.label('actors', entry.actor) : entry.actor;
  }

  function detailText(detail) {
    return Object.keys(detail || {})
      .map((key) => key + ': ' + (Array.isArray(detail[key]) ? detail[key].join(', ') : String(detail[key])))
      .join('; ');
  }

  function searchAudit() {
    $('audit-error').textContent = '';
    $('audit-status').textContent = t('admin.audit.loading');
    HR.api('GET', '/staff/api/admin/audit?' + HR.query($('audit-form'), { limit: AUDIT_PAGE, offset: auditOffset })).then(
      function (result) {
        if (result.status !== 200) {
          $('audit-status').textContent = '';
          return fail('audit-error', result);
        }
        var entries = result.body.entries;
        var body = $('audit-body');
        HR.clear(body);
        entries.forEach(function (e) {
          body.appendChild(
            el('tr', {}, [
              el('td', { text: HR.dateTime(e.at) }),
              el('td', { text: actorName(e) }),
              el('td', { text: HR.label('auditActions', e.action) }),
              el('td', { className: 'mono', text: e.conversationId || t('format.none') }),
              el('td', { className: 'small', text: detailText(e.detail) }),
            ]),
          );
        });
        $('audit-table').hidden = entries.length === 0;
        $('audit-status').textContent =
          entries.length === 0
            ? t('admin.audit.empty')
            : t('admin.audit.count', { from: auditOffset + 1, to: auditOffset + entries.length });
        $('audit-previous').disabled = auditOffset === 0;
        $('audit-next').disabled = entries.length < AUDIT_PAGE;
      },
    );
  }

  // ---- legal holds ----------------------------------------------------------------------

  function loadHolds() {
    $('holds-status').textContent = t('admin.holds.loading');
    HR.api('GET', '/staff/api/admin/holds').then(function (result) {
      if (result.status !== 200) {
        $('holds-status').textContent = '';
        return fail('holds-error', result);
      }
      var body = $('holds-body');
      HR.clear(body);
      result.body.holds.forEach(function (hold) {
        body.appendChild(
          el('tr', {}, [
            el('td', { className: 'mono', text: hold.code }),
            el('td', { text: hold.reason }),
            el('td', { text: HR.dateTime(hold.at) }),
            el('td', {}, [liftControl(hold.code)]),
          ]),
        );
      });
      $('holds-table').hidden = result.body.holds.length === 0;
      $('holds-status').textContent = result.body.holds.length === 0 ? t('admin.holds.empty') : '';
    });
  }

  /** "Lift" opens a small form in the row: a reason is required, as for every hold change. */
  function liftControl(code) {
    var cell = el('div', { className: 'lift' });
    var open = el('button', {
      type: 'button',
      className: 'button button--small',
      'aria-label': t('admin.holds.liftLabel', { code: code }),
      text: t('admin.holds.lift'),
    });
    var inputId = 'lift-' + code.replace(/[^A-Za-z0-9]/g, '');
    var input = el('input', { id: inputId, type: 'text', minlength: '3', maxlength: '500', required: true });
    var form = el('form', { className: 'lift__form', hidden: true, novalidate: true }, [
      el('label', { for: inputId, text: t('admin.holds.liftReason') }),
      input,
      el('button', { type: 'submit', className: 'button button--small button--danger', text: t('admin.holds.liftConfirm') }),
      el('button', {
        type: 'button',
        className: 'button button--small',
        text: t('admin.holds.liftCancel'),
        onclick: () => ((form.hidden = true), (open.hidden = false), open.focus()),
      }),
    ]);
    open.addEventListener('click', function () {
      open.hidden = true;
      form.hidden = false;
      input.focus();
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      $('holds-error').textContent = '';
      HR.api('DELETE', '/staff/api/admin/holds/' + encodeURIComponent(code), { reason: input.value }).then(function (result) {
        if (result.status !== 200) return fail('holds-error', result, { 409: t('admin.holds.notOnHold') });
        HR.announce(t('admin.holds.lifted', { code: code }));
        loadHolds();
        $('holds-heading').focus();
      });
    });
    cell.appendChild(open);
    cell.appendChild(form);
    return cell;
  }

  $('hold-form').addEventListener('submit', function (event) {
    event.preventDefault();
    $('holds-error').textContent = '';
    HR.api('POST', '/staff/api/admin/holds', { code: $('hold-code').value, reason: $('hold-reason').value }).then(function (result) {
      if (result.status !== 201) return fail('holds-error', result);
      $('hold-code').value = '';
      $('hold-reason').value = '';
      HR.announce(t('admin.holds.added', { code: result.body.code }));
      loadHolds();
    });
  });

  // ---- erasure --------------------------------------------------------------------------

  function hideErasureConfirm() {
    $('erasure-confirm').hidden = true;
  }

  $('erasure-form').addEventListener('submit', function (event) {
    event.preventDefault();
    $('erasure-error').textContent = '';
    $('erasure-status').textContent = '';
    var code = $('erasure-code').value.trim();
    if (!code || $('erasure-reason').value.trim().length < 3) {
      $('erasure-error').textContent = t('errors.badInput');
      return;
    }
    $('erasure-confirm-text').textContent = t('admin.erasure.confirmText', { code: code });
    $('erasure-confirm').hidden = false;
    $('erasure-no').focus();
  });
  $('erasure-no').addEventListener('click', function () {
    hideErasureConfirm();
    $('erasure-status').textContent = t('admin.erasure.cancelled');
    $('erasure-code').focus();
  });
  $('erasure-yes').addEventListener('click', function () {
    var code = $('erasure-code').value.trim();
    HR.api('POST', '/staff/api/admin/erasure', { code: code, reason: $('erasure-reason').value }).then(function (result) {
      hideErasureConfirm();
      if (result.status !== 200) return fail('erasure-error', result, { 409: t('admin.erasure.onHold') });
      $('erasure-code').value = '';
      $('erasure-reason').value = '';
      $('erasure-status').textContent = t('admin.erasure.done', { code: code });
      $('erasure-code').focus();
    });
  });

  // ---- retention ------------------------------------------------------------------------

  function runRetention(dryRun) {
    $('retention-error').textContent = '';
    $('retention-status').textContent = t('admin.retention.busy');
    HR.api('POST', '/staff/api/admin/retention/run', { dryRun: dryRun }).then(function (result) {
      $('retention-status').textContent = '';
      if (result.status !== 200) return fail('retention-error', result);
      var s = result.body;
      var rows = [
        ['endedIdle', s.endedIdle],
        ['anonymisedCopiesMade', s.anonymisedCopiesMade],
        ['rawBotOnly', s.deleted.rawBotOnly],
        ['rawWithCounsellor', s.deleted.rawWithCounsellor],
        ['anonymised', s.deleted.anonymised],
        ['audit', s.deleted.audit],
      ];
      var body = $('retention-body');
      HR.clear(body);
      rows.forEach((r) =>
        body.appendChild(
          el('tr', {}, [el('th', { scope: 'row', text: t('admin.retention.rows.' + r[0]) }), el('td', { text: String(r[1]) })]),
        ),
      );
      $('retention-caption').textContent = t(s.dryRun ? 'admin.retention.captionDry' : 'admin.retention.captionRun', {
        time: HR.dateTime(s.now),
      });
      $('retention-table').hidden = false;
      HR.announce($('retention-caption').textContent);
    });
  }

  $('retention-dry-run').addEventListener('click', () => runRetention(true));
  $('retention-run').addEventListener('click', function () {
    $('retention-confirm').hidden = false;
    $('retention-no').focus();
  });
  $('retention-no').addEventListener('click', function () {
    $('retention-confirm').hidden = true;
    $('retention-run').focus();
  });
  $('retention-yes').addEventListener('click', function () {
    $('retention-confirm').hidden = true;
    runRetention(false);
  });

  // ---- wiring ---------------------------------------------------------------------------

  $('audit-form').addEventListener('submit', function (event) {
    event.preventDefault();
    auditOffset = 0;
    searchAudit();
  });
  $('audit-previous').addEventListener('click', function () {
    auditOffset = Math.max(0, auditOffset - AUDIT_PAGE);
    searchAudit();
  });
  $('audit-next').addEventListener('click', function () {
    auditOffset += AUDIT_PAGE;
    searchAudit();
  });

  HR.onReady = function () {
    loadHolds();
    searchAudit();
  };
  HR.start();
})();
