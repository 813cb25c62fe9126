/*
 * Quick exit ("Snel weg"). Loaded before the chat so it works while Web Chat is still loading.
 * Without JavaScript the link still leads to the neutral site; with it, the page is replaced
 * (no new history entry), the conversation is ended on the server and browser storage is cleared.
 * Pressing Escape three times in a row also leaves, as an escape route for keyboard users.
 * Other scripts register clean-up work through window.helplineQuickExit.onExit(fn).
 */
(function () {
  'use strict';

  var PRESSES_NEEDED = 3;
  var PRESS_WINDOW_MS = 2000;

  var link = document.getElementById('quick-exit');
  if (!link) return;
  var exitUrl = link.getAttribute('href');
  var status = document.getElementById('quick-exit-status');
  var cleanups = [];
  var leaving = false;
  var presses = 0;
  var resetTimer = null;

  function announce(text) {
    if (status && text) status.textContent = text;
  }

  function clearStorage() {
    // Storage can throw (disabled cookies, private mode); leaving must never fail because of it.
    try {
      window.localStorage.clear();
    } catch {
      /* nothing to clear */
    }
    try {
      window.sessionStorage.clear();
    } catch {
      /* nothing to clear */
    }
  }

  function leave() {
    if (leaving) return;
    leaving = true;
    announce(link.getAttribute('data-leaving'));
    cleanups.forEach(function (fn) {
      try {
        fn();
      } catch {
        /* best effort: the exit itself comes first */
      }
    });
    clearStorage();
    var widget = document.getElementById('webchat');
    if (widget && widget.parentNode) widget.parentNode.removeChild(widget);
    // Hide everything at once, so nothing of the chat shows while the neutral site loads.
    document.documentElement.classList.add('is-leaving');
    document.title = '';
    window.location.replace(exitUrl);
  }

  function resetPresses() {
    if (presses > 0 && presses < PRESSES_NEEDED) announce(link.getAttribute('data-reset'));
    presses = 0;
    resetTimer = null;
  }

  function onEscape() {
    presses += 1;
    if (resetTimer) window.clearTimeout(resetTimer);
    if (presses >= PRESSES_NEEDED) {
      leave();
      return;
    }
    var left = PRESSES_NEEDED - presses;
    var template = left === 1 ? link.getAttribute('data-presses-left-one') : link.getAttribute('data-presses-left-many');
    announce((template || '').replace('{count}', String(left)));
    resetTimer = window.setTimeout(resetPresses, PRESS_WINDOW_MS);
  }

  link.addEventListener('click', function (event) {
    event.preventDefault();
    leave();
  });

  // role="button" promises that Space works too.
  link.addEventListener('keydown', function (event) {
    if (event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      leave();
    }
  });

  // Capture phase: the widget must not be able to swallow the Escape presses.
  document.addEventListener(
    'keydown',
    function (event) {
      // A held-down key is one press, not three.
      if ((event.key === 'Escape' || event.key === 'Esc') && !event.repeat) onEscape();
    },
    true,
  );

  // If the browser ever shows this page again from its back/forward cache, do not revive it.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && leaving) window.location.replace(exitUrl);
  });

  window.helplineQuickExit = Object.freeze({
    onExit: function (fn) {
      if (typeof fn === 'function') cleanups.push(fn);
    },
    leave: leave,
  });
})();
