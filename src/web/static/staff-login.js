/*
 * Counsellor console, part 5: the sign-in form. A failed sign-in says only that the username or
 * password is wrong (or that there were too many tries), never which of the two.
 */
(function () {
  'use strict';

  var HC = window.helplineConsole;
  var t = HC.t;
  var $ = function (id) {
    return document.getElementById(id);
  };

  /** onSignedIn(session) gets the login response: {user, role, csrfToken}. */
  HC.bindLoginForm = function (onSignedIn) {
    $('login-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var username = $('login-username').value.trim();
      var password = $('login-password').value;
      var error = $('login-error');
      if (!username || !password) {
        error.textContent = t('login.missing');
        return;
      }
      error.textContent = '';
      HC.announce(t('login.busy'));
      var button = event.target.querySelector('button[type="submit"]');
      button.disabled = true;
      HC.api.post('/staff/api/login', { username: username, password: password }).then(
        function (session) {
          button.disabled = false;
          $('login-password').value = '';
          onSignedIn(session);
        },
        function (err) {
          button.disabled = false;
          $('login-password').value = '';
          var status = err instanceof HC.ApiError ? err.status : 0;
          error.textContent = status === 401 ? t('login.failed') : status === 429 ? t('login.tooMany') : HC.errorText(err);
          $('login-password').focus();
        },
      );
    });
  };
})();
