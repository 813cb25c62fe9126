/*
 * Review and admin pages, shared part: texts from the page's JSON data block
 * (locales/<lang>/review.json), a DOM helper, formatting on the Amsterdam clock, the staff API
 * client with the CSRF token, and signing in. Server data only reaches the page through
 * textContent and attributes, never as HTML.
 */
(function () {
  'use strict';

  var HR = (window.helplineReview = window.helplineReview || {});
  var TEXTS = {};
  try {
    TEXTS = JSON.parse(document.getElementById('review-texts').textContent || '{}');
  } catch {
    TEXTS = {};
  }

  HR.locale = document.documentElement.lang === 'en' ? 'en' : 'nl';
  var intlLocale = HR.locale === 'en' ? 'en-GB' : 'nl-NL';
  var ZONE = 'Europe/Amsterdam';

  /** A text with {placeholders} filled in; the key itself when the text is missing. */
  HR.t = function (key, params) {
    var value = TEXTS[key];
    if (typeof value !== 'string') return key;
    return value.replace(/\{(\w+)\}/g, function (whole, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  };

  /** The label of an id in a group (forms, outcomes, signals, flags, …); the id when unknown. */
  HR.label = function (group, id) {
    var value = TEXTS['labels.' + group + '.' + id];
    return typeof value === 'string' ? value : String(id);
  };

  /** Builds an element: `text` sets textContent, on* attributes are listeners, children are nodes or strings. */
  HR.byId = function (id) {
    return document.getElementById(id);
  };

  HR.el = function (tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = String(value);
      else if (name === 'className') node.className = value;
      else if (name.indexOf('on') === 0 && typeof value === 'function') node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  };

  HR.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  };

  HR.dateTime = function (iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '';
    return d.toLocaleString(intlLocale, {
      timeZone: ZONE,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  };

  HR.time = function (iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? '' : d.toLocaleTimeString(intlLocale, { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
  };

  HR.day = function (iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? '' : d.toLocaleDateString(intlLocale, { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
  };

  HR.duration = function (seconds) {
    if (seconds === null || seconds === undefined) return HR.t('format.none');
    var s = Math.round(seconds);
    if (s < 60) return HR.t('format.seconds', { seconds: s });
    return HR.t('format.minutesSeconds', { minutes: Math.floor(s / 60), seconds: s % 60 });
  };

  HR.percent = function (share) {
    var value = Math.round(share * 1000) / 10;
    return HR.t('format.percent', { value: value.toLocaleString(intlLocale) });
  };

  var announcer = document.getElementById('announcer');
  /** Polite announcement for screen readers; cleared first so the same text is read again. */
  HR.announce = function (text) {
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  };

  var session = null;

  /** JSON request to the staff API; resolves { status, body }. Never rejects on HTTP errors. */
  HR.api = function (method, path, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && session) headers['X-CSRF-Token'] = session.csrfToken;
    return fetch(path, {
      method: method,
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(
      function (res) {
        if (res.status === 401 && path !== '/staff/api/login') showLogin(session ? HR.t('login.expired') : '');
        return res.text().then(function (text) {
          var parsed = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            parsed = null;
          }
          return { status: res.status, body: parsed };
        });
      },
      function () {
        return { status: 0, body: null };
      },
    );
  };

  /** A readable message for a failed call. */
  HR.errorText = function (result) {
    if (result.status === 0) return HR.t('errors.network');
    if (result.status === 403) return HR.t('errors.forbidden');
    if (result.status === 404) return HR.t('errors.notFound');
    if (result.status === 429) return HR.t('errors.tooMany');
    if (result.status === 400 || result.status === 413) return HR.t('errors.badInput');
    return HR.t('errors.generic');
  };

  /** A query string from a form's filled-in fields. */
  HR.query = function (form, extra) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value !== '') params.set(field.name, field.value);
    });
    Object.keys(extra || {}).forEach(function (key) {
      params.set(key, String(extra[key]));
    });
    return params.toString();
  };

  var $ = HR.byId;

  function show(which) {
    $('starting').hidden = true;
    ['login', 'wrong-role', 'workspace'].forEach(function (id) {
      $(id).hidden = id !== which;
    });
    $('session-bar').hidden = which === 'login';
  }

  function showLogin(message) {
    session = null;
    show('login');
    $('login-error').textContent = message || '';
    $('login-username').focus();
  }

  function enter(me) {
    session = me;
    var needed = document.body.getAttribute('data-role');
    $('signed-in-as').textContent = HR.t('session.signedInAs', { name: me.user.displayName, role: HR.label('staffRoles', me.role) });
    if (me.role !== needed) {
      show('wrong-role');
      $('wrong-role-text').textContent = HR.t('session.wrongRole', {
        needed: HR.label('staffRoles', needed),
        role: HR.label('staffRoles', me.role),
      });
      return;
    }
    show('workspace');
    if (typeof HR.onReady === 'function') HR.onReady(me);
  }

  $('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var username = $('login-username').value.trim();
    var password = $('login-password').value;
    if (!username || !password) {
      $('login-error').textContent = HR.t('login.missing');
      return;
    }
    $('login-error').textContent = '';
    HR.announce(HR.t('login.busy'));
    HR.api('POST', '/staff/api/login', { username: username, password: password }).then(function (result) {
      $('login-password').value = '';
      if (result.status === 200) return enter(result.body);
      $('login-error').textContent =
        result.status === 429 ? HR.t('login.tooMany') : result.status === 401 ? HR.t('login.failed') : HR.errorText(result);
    });
  });

  $('logout').addEventListener('click', function () {
    HR.api('POST', '/staff/api/logout').then(function () {
      showLogin(HR.t('login.loggedOut'));
    });
  });

  /** Called by the page script once its handlers are in place. */
  HR.start = function () {
    HR.api('GET', '/staff/api/me').then(function (result) {
      if (result.status === 200) enter(result.body);
      else if (result.status !== 401) showLogin(HR.errorText(result));
    });
  };
})();
