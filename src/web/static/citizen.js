/*
 * Starts the Web Chat widget against this server's own Direct Line endpoint.
 * The token lives only in this closure: nothing about the chat is written to localStorage,
 * sessionStorage, cookies or IndexedDB, so nothing is left in the browser after leaving.
 * All visible texts are in the page (from locales); this script only shows or hides them.
 */
(function () {
  'use strict';

  var TOKEN_URL = '/api/directline/token';
  var EXIT_URL = '/api/directline/exit';
  /* Direct Line ConnectionStatus values after which the widget cannot recover by itself. */
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;

  var root = document.getElementById('webchat');
  if (!root) return;
  var locale = root.getAttribute('data-locale') || 'nl';
  var webChatLocale = root.getAttribute('data-webchat-locale') || 'nl-NL';
  // Web Chat's Dutch strings say "u"; our texts say "je".
  var localizedStrings = { TEXT_INPUT_PLACEHOLDER: root.getAttribute('data-input-placeholder') || undefined };
  // Browsers hide the nonce attribute from getAttribute; the property still has it.
  var nonce = (document.currentScript && document.currentScript.nonce) || undefined;
  var token = null;
  var directLine = null;

  var styleOptions = {
    accent: '#3d2a73',
    backgroundColor: '#ffffff',
    subtle: '#5b5570',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    rootHeight: '100%',
    bubbleBackground: '#f1eef8',
    bubbleBorderColor: '#d9d3e8',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 12,
    bubbleTextColor: '#1f1b2d',
    bubbleFromUserBackground: '#3d2a73',
    bubbleFromUserBorderColor: '#3d2a73',
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: '#ffffff',
    hideUploadButton: true,
    hideTelephoneKeypadButton: true,
    markdownRenderHTML: false,
    sendBoxTextWrap: true,
    sendBoxButtonColor: '#3d2a73',
    sendBoxPlaceholderColor: '#5b5570',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#3d2a73',
    suggestedActionBorderWidth: 2,
    suggestedActionBorderRadius: 8,
    suggestedActionTextColor: '#3d2a73',
    suggestedActionHeight: 40,
    timestampColor: '#5b5570',
  };

  function showError() {
    var loading = document.getElementById('chat-loading');
    if (loading) loading.hidden = true;
    // Without a conversation the empty widget would only push the phone lines out of view.
    if (!directLine) root.hidden = true;
    var error = document.getElementById('chat-error');
    if (error) error.hidden = false;
  }

  function currentToken() {
    // The Direct Line client refreshes its token; prefer its newest one.
    return (directLine && directLine.token) || token;
  }

  function endConversation() {
    var value = currentToken();
    if (value && navigator.sendBeacon) {
      var body = new Blob([JSON.stringify({ token: value })], { type: 'application/json' });
      navigator.sendBeacon(EXIT_URL, body);
    }
    if (directLine && typeof directLine.end === 'function') directLine.end();
    token = null;
    directLine = null;
  }

  if (window.helplineQuickExit) window.helplineQuickExit.onExit(endConversation);

  function isTokenResponse(body) {
    return body && typeof body.token === 'string' && body.token.length > 0 && typeof body.conversationId === 'string';
  }

  function start(body) {
    token = body.token;
    directLine = window.WebChat.createDirectLine({
      token: token,
      domain: window.location.origin + '/v3/directline',
      webSocket: true,
    });
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT) showError();
    });
    var loading = document.getElementById('chat-loading');
    if (loading) loading.parentNode.removeChild(loading);
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        locale: webChatLocale,
        nonce: nonce,
        // The page's <section> is the labelled landmark; a nested "complementary" would be noise.
        role: 'region',
        overrideLocalizedStrings: localizedStrings,
        // A counsellor in a live chat sees when the citizen is typing (bot turns ignore it).
        sendTypingIndicator: true,
        styleOptions: styleOptions,
      },
      root,
    );
  }

  if (!window.WebChat || typeof window.fetch !== 'function') {
    showError();
    return;
  }

  window
    .fetch(TOKEN_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: locale }),
      credentials: 'same-origin',
      cache: 'no-store',
    })
    .then(function (res) {
      if (!res.ok) throw new Error('token request failed: ' + res.status);
      return res.json();
    })
    .then(function (body) {
      if (!isTokenResponse(body)) throw new Error('token response has the wrong shape');
      start(body);
    })
    .catch(showError);
})();
