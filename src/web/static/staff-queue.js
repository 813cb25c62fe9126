/*
 * Counsellor console, part 2: the triage summary and the queue. The queue is rebuilt on every
 * refresh; keyboard focus on an accept button survives the rebuild.
 */
(function () {
  'use strict';

  var HC = window.helplineConsole;
  var el = HC.el;
  var t = HC.t;

  function answer(value) {
    return HC.label('answers', value === true ? 'yes' : value === false ? 'no' : 'unknown');
  }

  /** The acute flag: words and a symbol, never colour alone. */
  HC.acuteBadge = function () {
    return el('span', { className: 'badge badge--acute' }, [el('span', { 'aria-hidden': 'true', text: '⚠ ' }), t('queue.acute')]);
  };

  /** The bot's triage summary as a description list; categories only, never the citizen's words. */
  HC.triageList = function (triage) {
    if (!triage || typeof triage !== 'object') return el('p', { className: 'muted', text: t('triage.none') });
    var rows = [];
    function row(term, detail, extraClass) {
      rows.push(el('div', { className: 'triage__row' + (extraClass ? ' ' + extraClass : '') }, [el('dt', { text: term }), detail]));
    }
    var signals = Array.isArray(triage.signals) ? triage.signals : [];
    row(t('triage.role'), el('dd', { text: triage.role ? HC.label('roles', triage.role) : answer(null) }));
    row(t('triage.form'), el('dd', { text: HC.label('forms', triage.form || 'unknown') }));
    row(
      t('triage.signals'),
      el('dd', {}, [
        signals.length === 0
          ? t('triage.noSignals')
          : el(
              'ul',
              { className: 'triage__signals' },
              signals.map(function (id) {
                return el('li', { text: HC.label('signals', id) });
              }),
            ),
      ]),
    );
    row(t('triage.minor'), el('dd', { text: answer(triage.minorInvolved) }), triage.minorInvolved === true ? 'triage__row--flag' : '');
    row(t('triage.region'), el('dd', { text: triage.region ? HC.label('regions', triage.region) : answer(null) }));
    row(t('triage.nextStep'), el('dd', { text: triage.nextStep ? HC.label('nextSteps', triage.nextStep) : answer(null) }));
    if (triage.suicidal === true) row(t('triage.suicidal'), el('dd', { text: answer(true) }), 'triage__row--flag');
    return el('dl', { className: 'triage' }, rows);
  };

  function waited(seconds) {
    var minutes = Math.floor((Number(seconds) || 0) / 60);
    return minutes < 1 ? t('queue.waitingShort') : t('queue.waiting', { minutes: minutes });
  }

  function estimate(minutes) {
    if (typeof minutes !== 'number') return t('queue.estimateUnknown');
    return minutes < 1 ? t('queue.estimateNow') : t('queue.estimate', { minutes: minutes });
  }

  function ticket(item, onAccept) {
    var code = item.code || item.conversationId.slice(0, 8);
    var titleId = 'q-' + item.conversationId.replace(/[^A-Za-z0-9_-]/g, '_');
    var button = el('button', {
      type: 'button',
      className: 'button button--primary',
      'data-accept': item.conversationId,
      'aria-label': t('queue.acceptLabel', { code: code }),
      text: t('queue.accept'),
    });
    button.addEventListener('click', function () {
      button.disabled = true;
      onAccept(item, function () {
        button.disabled = false;
      });
    });
    var meta = [
      t('queue.position', { position: item.position }),
      waited(item.waitingSeconds),
      t('queue.locale', { language: HC.label('locales', item.locale) }),
      estimate(item.estimatedWaitMinutes),
    ];
    return el('li', { className: 'ticket' + (item.acute ? ' ticket--acute' : ''), 'data-conversation': item.conversationId }, [
      el('article', { 'aria-labelledby': titleId }, [
        el('h3', { className: 'ticket__title', id: titleId }, [
          t('queue.chat', { code: code }),
          item.acute ? ' ' : null,
          item.acute ? HC.acuteBadge() : null,
        ]),
        el(
          'ul',
          { className: 'ticket__meta' },
          meta.map(function (line) {
            return el('li', { text: line });
          }),
        ),
        HC.triageList(item.triage),
        button,
      ]),
    ]);
  }

  /**
   * nodes: list, empty, count, status, message (role=alert). onAccept(item, done) is called with
   * a callback that re-enables the button when the accept failed.
   */
  HC.createQueue = function (nodes, onAccept) {
    var codes = {};

    function render(items) {
      var focused = document.activeElement && document.activeElement.getAttribute('data-accept');
      var fresh = document.createDocumentFragment();
      items.forEach(function (item) {
        codes[item.conversationId] = item.code;
        fresh.appendChild(ticket(item, onAccept));
      });
      nodes.list.replaceChildren(fresh);
      nodes.empty.hidden = items.length > 0;
      nodes.count.textContent = items.length > 0 ? '(' + t('queue.count', { count: items.length }) + ')' : '';
      nodes.status.textContent = t('queue.updated', { time: HC.time(new Date().toISOString()) });
      if (focused) {
        var again = nodes.list.querySelector('[data-accept="' + CSS.escape(focused) + '"]');
        (again || nodes.list.querySelector('[data-accept]') || nodes.list.closest('section')).focus();
      }
    }

    return {
      render: render,
      failed: function () {
        nodes.status.textContent = t('queue.loadFailed');
      },
      message: function (text) {
        nodes.message.textContent = text;
      },
      clear: function () {
        nodes.list.replaceChildren();
        nodes.message.textContent = '';
        nodes.status.textContent = '';
        nodes.count.textContent = '';
        codes = {};
      },
      codeOf: function (conversationId) {
        return codes[conversationId] || null;
      },
    };
  };
})();
