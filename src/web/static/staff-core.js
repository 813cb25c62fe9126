/*
 * Counsellor console, part 1: texts, a DOM helper, the staff API client and the live feed.
 * Texts come from the page's JSON data block (locales/<lang>/console.json). Text from citizens,
 * counsellors or the server only ever reaches the page through textContent, never as HTML.
 */
(function () {
  'use strict';

  var HC = (window.helplineConsole = window.helplineConsole || {});
  var textsNode = document.getElementById('console-texts');
  var TEXTS = {};
  try {
    TEXTS = JSON.parse((textsNode && textsNode.textContent) || '{}');
  } catch {
    TEXTS = {};
  }

  HC.locale = document.documentElement.lang === 'en' ? 'en' : 'nl';

  /** A console text with {placeholders} filled in; the key itself when the text is missing. */
  HC.t = function (key, params) {
    var value = TEXTS[key];
    if (typeof value !== 'string') return key;
    return value.replace(/\{(\w+)\}/g, function (whole, name) {
      return params && Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole;
    });
  };

  /** A human-readable label for an id (form, signal, role, outcome, …); the id when unknown. */
  HC.label = function (group, id) {
    var value = TEXTS['labels.' + group + '.' + id];
    return typeof value === 'string' ? value : String(id);
  };

  HC.keysOf = function (group) {
    var prefix = 'labels.' + group + '.';
    return Object.keys(TEXTS)
      .filter(function (key) {
        return key.indexOf(prefix) === 0;
      })
      .map(function (key) {
        return key.slice(prefix.length);
      });
  };

  /**
   * Builds an element. Attributes starting with "on" are listeners; `text` sets textContent;
   * children may be elements, strings (as text nodes) or null.
   */
  HC.el = function (tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = String(value);
      else if (name.indexOf('on') === 0 && typeof value === 'function') node.addEventListener(name.slice(2), value);
      else if (name === 'className') node.className = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  };

  HC.time = function (iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) return '';
    return date.toLocaleTimeString(HC.locale === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit' });
  };

  var announcer = document.getElementById('announcer');
  /** Polite announcement for screen readers; set twice so the same text is read again. */
  HC.announce = function (text) {
    if (!announcer) return;
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = text;
    }, 50);
  };

  /* ---- the staff API ---- */

  function ApiError(status, code) {
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.message = 'staff api ' + status + ' ' + code;
  }
  ApiError.prototype = Object.create(Error.prototype);
  HC.ApiError = ApiError;

  var csrfToken = null;
  var sessionLost = function () {};

  HC.api = {
    setCsrf: function (token) {
      csrfToken = token;
    },
    /** Called once when a request finds the session gone (401), e.g. after an idle timeout. */
    onSessionLost: function (fn) {
      sessionLost = fn;
    },
    request: function (method, path, body) {
      var headers = { Accept: 'application/json' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
      return window
        .fetch(path, {
          method: method,
          headers: headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: 'same-origin',
          cache: 'no-store',
        })
        .catch(function () {
          throw new ApiError(0, 'Network');
        })
        .then(function (res) {
          if (res.status === 204) return null;
          return res
            .json()
            .catch(function () {
              return null;
            })
            .then(function (json) {
              if (res.ok) return json;
              var code = json && json.error && typeof json.error.code === 'string' ? json.error.code : 'Unknown';
              if (res.status === 401 && path !== '/staff/api/login') sessionLost();
              throw new ApiError(res.status, code);
            });
        });
    },
    get: function (path) {
      return HC.api.request('GET', path);
    },
    post: function (path, body) {
      return HC.api.request('POST', path, body === undefined ? {} : body);
    },
    put: function (path, body) {
      return HC.api.request('PUT', path, body);
    },
    conversation: function (id) {
      return '/staff/api/conversations/' + encodeURIComponent(id);
    },
  };

  /** The text for a failed request, for the places where no more specific text fits. */
  HC.errorText = function (err) {
    if (!(err instanceof ApiError)) return HC.t('errors.generic');
    if (err.status === 0) return HC.t('errors.network');
    if (err.status === 403) return HC.t('errors.forbidden');
    if (err.status === 404) return HC.t('ended.gone');
    if (err.status === 413) return HC.t('errors.tooLong');
    if (err.status === 429) return HC.t('errors.tooMany');
    return HC.t('errors.generic');
  };

  /* ---- the live feed: GET /staff/ws with reconnects ---- */

  var MAX_DELAY_MS = 30000;
  /** The server closes the feed with this code when the session ends; reconnecting cannot help. */
  var SESSION_ENDED = 4401;

  /**
   * handlers: event(event), open(), state(connected), sessionEnded(), beforeReconnect() →
   * Promise<boolean> (false stops reconnecting, e.g. when the session has ended).
   */
  HC.createFeed = function (handlers) {
    var socket = null;
    var attempt = 0;
    var timer = null;
    var running = false;

    function url() {
      return (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + '/staff/ws';
    }

    function connect() {
      if (!running) return;
      var ws = new WebSocket(url());
      socket = ws;
      ws.onopen = function () {
        attempt = 0;
        handlers.state(true);
        handlers.open();
      };
      ws.onmessage = function (message) {
        var event = null;
        try {
          event = JSON.parse(message.data);
        } catch {
          return;
        }
        if (event && typeof event.kind === 'string') handlers.event(event);
      };
      ws.onclose = function (event) {
        if (socket !== ws) return;
        socket = null;
        handlers.state(false);
        if (event.code === SESSION_ENDED) {
          running = false;
          handlers.sessionEnded();
          return;
        }
        if (running) schedule();
      };
    }

    /* Exponential backoff with jitter, so many consoles do not all return at the same moment. */
    function schedule() {
      var delay = Math.min(MAX_DELAY_MS, 1000 * Math.pow(2, attempt)) * (0.5 + Math.random() / 2);
      attempt += 1;
      timer = window.setTimeout(function () {
        timer = null;
        Promise.resolve(handlers.beforeReconnect()).then(function (again) {
          if (again && running) connect();
        });
      }, delay);
    }

    return {
      start: function () {
        if (running) return;
        running = true;
        attempt = 0;
        connect();
      },
      stop: function () {
        running = false;
        if (timer) window.clearTimeout(timer);
        timer = null;
        if (socket) {
          var ws = socket;
          socket = null;
          ws.close();
        }
      },
      connected: function () {
        return !!socket && socket.readyState === WebSocket.OPEN;
      },
    };
  };
})();
