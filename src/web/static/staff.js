/*
 * Counsellor console, part 6: starting and ending a session, availability, alerts, the queue refresh and
 * the live feed. Starts by resuming a session (GET /staff/api/me) when the browser has one.
 */
(function () {
  'use strict';

  var HC = window.helplineConsole;
  var t = HC.t;
  var QUEUE_REFRESH_MS = 15000;

  var $ = function (id) {
    return document.getElementById(id);
  };
  var me = null;
  var cannedReplies = null;
  var queueTimer = null;
  var queueSoon = null;
  var availabilityChangedAt = 0;

  var alerts = HC.createAlerts({ banner: $('alert-banner'), list: $('alert-list'), live: $('alert-live') });
  var queue = HC.createQueue(
    { list: $('queue-list'), empty: $('queue-empty'), count: $('queue-count'), status: $('queue-status'), message: $('queue-message') },
    accept,
  );
  var desk = HC.createDesk(
    { tabs: $('chat-tabs'), panels: $('chat-panels'), empty: $('chats-empty') },
    {
      me: function () {
        return me ? me.user : { displayName: '' };
      },
      canned: function (locale) {
        cannedReplies = cannedReplies || HC.api.get('/staff/api/canned');
        return cannedReplies.then(
          function (body) {
            return (body && body[locale]) || [];
          },
          function () {
            cannedReplies = null;
            return [];
          },
        );
      },
    },
  );
  var feed = HC.createFeed({
    event: onEvent,
    open: function () {
      refreshQueue(true);
      desk.reloadLive();
    },
    state: function (connected) {
      var node = $('connection');
      node.textContent = connected ? t('connection.online') : t('connection.offline');
      node.classList.toggle('connection--offline', !connected);
    },
    sessionEnded: function () {
      if (me) showLogin(t('login.expired'));
    },
    beforeReconnect: function () {
      return HC.api.get('/staff/api/me').then(
        function () {
          return true;
        },
        function (err) {
          // 401 is handled by onSessionLost; anything else (network, 5xx): keep trying.
          return !(err instanceof HC.ApiError && err.status === 401);
        },
      );
    },
  });

  function show(view) {
    $('starting').hidden = true;
    $('login').hidden = view !== 'login';
    $('wrong-role').hidden = view !== 'wrong-role';
    $('workspace').hidden = view !== 'workspace';
    $('session-bar').hidden = view === 'login';
  }

  function showLogin(message) {
    stop();
    me = null;
    HC.api.setCsrf(null);
    show('login');
    $('login-error').textContent = message || '';
    $('login-password').value = '';
    $('login-username').focus();
  }

  function stop() {
    feed.stop();
    $('connection').textContent = '';
    $('connection').classList.remove('connection--offline');
    if (queueTimer) window.clearInterval(queueTimer);
    queueTimer = null;
    desk.clear();
    queue.clear();
    alerts.clear();
    cannedReplies = null;
  }

  function start(session) {
    me = session;
    HC.api.setCsrf(session.csrfToken);
    $('signed-in-as').textContent = t('session.signedInAs', { name: session.user.displayName });
    if (session.role !== 'counsellor') {
      show('wrong-role');
      $('availability').closest('.availability').hidden = true;
      $('wrong-role-text').textContent = t('session.wrongRole', { role: HC.label('staffRoles', session.role) });
      return;
    }
    $('availability').closest('.availability').hidden = false;
    show('workspace');
    $('main').focus();
    refreshQueue(true);
    feed.start();
    queueTimer = window.setInterval(function () {
      refreshQueue(false);
    }, QUEUE_REFRESH_MS);
  }

  /* ---- queue and availability ---- */

  function refreshQueue(openMine) {
    var startedAt = Date.now();
    return HC.api.get('/staff/api/queue').then(
      function (body) {
        if (!me) return;
        queue.render(body.items);
        // An older answer must not undo a switch the counsellor flipped meanwhile.
        if (startedAt > availabilityChangedAt) setAvailability(body.available);
        if (openMine)
          body.myChats.forEach(function (id) {
            desk.open(id);
          });
        return body;
      },
      function (err) {
        if (me) queue.failed(err);
      },
    );
  }

  /** Many events can come at once (accept, queue change); one refresh covers them. */
  function refreshQueueSoon() {
    if (queueSoon) return;
    queueSoon = window.setTimeout(function () {
      queueSoon = null;
      refreshQueue(false);
    }, 150);
  }

  function setAvailability(available) {
    $('availability').checked = !!available;
    $('availability-state').textContent = available ? t('availability.on') : t('availability.off');
  }

  $('availability').addEventListener('change', function (event) {
    var box = event.target;
    var wanted = box.checked;
    availabilityChangedAt = Date.now();
    box.disabled = true;
    HC.api
      .put('/staff/api/me/availability', { available: wanted })
      .then(
        function () {
          setAvailability(wanted);
        },
        function () {
          setAvailability(!wanted);
          queue.message(t('availability.failed'));
        },
      )
      .then(function () {
        box.disabled = false;
      });
  });

  function accept(item, failed) {
    var code = item.code || item.conversationId.slice(0, 8);
    queue.message('');
    HC.api.post(HC.api.conversation(item.conversationId) + '/accept').then(
      function () {
        desk.open(item.conversationId, { code: code, select: true, focus: true });
        HC.announce(t('chats.accepted', { code: code }));
        refreshQueue(false);
      },
      function (err) {
        failed();
        if (err instanceof HC.ApiError && err.status === 409) queue.message(t('queue.taken'));
        else if (err instanceof HC.ApiError && err.status === 404) queue.message(t('queue.gone'));
        else queue.message(HC.errorText(err));
        refreshQueue(false);
      },
    );
  }

  /* ---- alerts ---- */

  function alertFor(event) {
    var chat = desk.get(event.conversationId);
    var known = (chat && chat.code) || queue.codeOf(event.conversationId);
    var shown = known
      ? Promise.resolve(known)
      : refreshQueue(false).then(function () {
          return queue.codeOf(event.conversationId) || event.conversationId.slice(0, 8);
        });
    shown.then(function (code) {
      var live = event.reason === 'acute_in_live_chat';
      alerts.raise(event.conversationId + event.reason, t(live ? 'alerts.acuteLive' : 'alerts.acuteWaiting', { code: code }));
    });
    // The bot's 112 answer is in the transcript, not in the feed: load it.
    if (chat && event.reason === 'acute_in_live_chat') chat.load();
  }

  /* ---- the live feed ---- */

  function onEvent(event) {
    switch (event.kind) {
      case 'queue_changed':
        refreshQueueSoon();
        return;
      case 'alert':
        alertFor(event);
        return;
      case 'accepted':
        desk.open(event.conversationId);
        return;
      case 'transferred':
        onTransferred(event);
        return;
      case 'ended':
        if (event.reason === 'quick_exit' && desk.get(event.conversationId)) alerts.say(t('ended.quick_exit'));
        desk.handle(event);
        return;
      default:
        desk.handle(event);
    }
  }

  /** The feed names user ids only; the API tells whether this console gave or got the chat. */
  function onTransferred(event) {
    var chat = desk.get(event.conversationId);
    if (chat && chat.status !== 'ended') {
      HC.api.get(HC.api.conversation(event.conversationId)).catch(function (err) {
        if (err instanceof HC.ApiError && err.status === 403) chat.end(t('transfer.doneElsewhere'));
      });
      return;
    }
    refreshQueue(false).then(function (body) {
      if (body && body.myChats.indexOf(event.conversationId) !== -1) {
        desk.open(event.conversationId, {
          select: !desk.liveIds().length,
          loaded: function (chat) {
            HC.announce(t('chats.transferredToYou', { code: chat.code }));
          },
        });
      }
    });
  }

  /* ---- signing in and out ---- */

  HC.api.onSessionLost(function () {
    if (me) showLogin(t('login.expired'));
  });

  HC.bindLoginForm(start);

  $('logout').addEventListener('click', function () {
    HC.api.post('/staff/api/logout').then(
      function () {
        showLogin(t('login.loggedOut'));
      },
      function (err) {
        if (!(err instanceof HC.ApiError && err.status === 401)) queue.message(HC.errorText(err));
      },
    );
  });

  HC.api.get('/staff/api/me').then(start, function () {
    showLogin('');
  });
})();
