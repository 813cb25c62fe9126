/*
 * Counsellor console, part 3b: one live chat panel. The transcript so far comes from the API;
 * new lines arrive as live-feed events. Lines that arrive while the transcript loads are held
 * back and only added when the loaded transcript does not already have them.
 */
(function () {
  'use strict';

  var HC = window.helplineConsole;
  var el = HC.el;
  var t = HC.t;
  var TYPING_SHOWN_MS = 5000;
  var TYPING_SENT_EVERY_MS = 3000;

  function sender(role, name) {
    if (role === 'counsellor') return name ? t('senders.counsellorNamed', { name: name }) : t('senders.counsellor');
    return t('senders.' + (role === 'citizen' || role === 'bot' ? role : 'system'));
  }

  function messageNode(line) {
    return el('div', { className: 'msg msg--' + line.role }, [
      el('p', { className: 'msg__meta' }, [
        el('span', { className: 'msg__who', text: sender(line.role, line.name) }),
        ' ',
        el('time', { datetime: line.at, text: HC.time(line.at) }),
      ]),
      el('p', { className: 'msg__text', text: line.text }),
    ]);
  }

  /** Feed lines not yet in the loaded transcript (same sender and text, among its last lines). */
  function missing(held, lines) {
    var recent = lines.slice(-20);
    return held.filter(function (line) {
      var i = recent.findIndex(function (r) {
        return r.role === line.role && r.text === line.text;
      });
      if (i === -1) return true;
      recent.splice(i, 1);
      return false;
    });
  }

  /** options: id, code, me ({displayName}), canned(locale) → Promise<string[]>, onMessage(chat, line), onEnded(chat), onDismiss(chat) */
  HC.createChat = function (options) {
    var id = options.id;
    var base = HC.api.conversation(id);
    var slug = id.replace(/[^A-Za-z0-9_-]/g, '_');
    var chat = { id: id, code: options.code || id.slice(0, 8), status: 'loading', locale: HC.locale };
    // Feed lines that arrive while the transcript (re)loads; the loaded transcript replaces the log.
    var held = [];
    var loading = false;
    var typingTimer = null;
    var lastTypingSent = 0;

    var log = el('div', { className: 'transcript', role: 'log', 'aria-live': 'polite', 'aria-busy': 'true', tabindex: '0' }, [
      el('p', { className: 'muted', text: t('chats.loading') }),
    ]);
    var typing = el('p', { className: 'typing', 'aria-live': 'polite' });
    var noticeText = el('p', { className: 'chat__notice-text', role: 'status' });
    var notice = el('div', { className: 'chat__notice', hidden: true }, [
      noticeText,
      el('button', {
        type: 'button',
        className: 'button button--quiet',
        text: t('chats.closeTab'),
        onclick: function () {
          options.onDismiss(chat);
        },
      }),
    ]);
    var composeError = el('p', { className: 'form__error', role: 'alert' });
    var input = el('textarea', { id: 'compose-' + slug, rows: '3', maxlength: '4000', 'aria-describedby': 'compose-hint-' + slug });
    var sendButton = el('button', { type: 'submit', className: 'button button--primary', text: t('compose.send') });
    var cannedList = el('ul', { className: 'canned__list' });
    var canned = el('details', { className: 'canned' }, [
      el('summary', { text: t('compose.canned') }),
      el('p', { className: 'muted small', text: t('compose.cannedHint') }),
      cannedList,
    ]);
    var composer = el('form', { className: 'composer', novalidate: true }, [
      composeError,
      HC.field('compose-' + slug, t('compose.label'), input),
      el('p', { id: 'compose-hint-' + slug, className: 'muted small', text: t('compose.hint') }),
      el('div', { className: 'composer__actions' }, [canned, sendButton]),
    ]);
    var side = HC.createChatSide(chat, base, slug);
    var title = el('span', { text: t('chats.tab', { code: chat.code }) });
    chat.heading = el('h3', { className: 'chat__title' }, [title]);
    chat.panel = el('section', { className: 'chat', role: 'tabpanel', id: 'panel-' + slug, hidden: true }, [
      el('div', { className: 'chat__main' }, [chat.heading, notice, log, typing, composer]),
      side.node,
    ]);

    function nearBottom() {
      return log.scrollHeight - log.scrollTop - log.clientHeight < 80;
    }

    // Whether the reader follows the newest line. Kept across resizes (notices, the canned list,
    // switching tabs), which would otherwise leave the newest lines out of view.
    var following = true;
    log.addEventListener('scroll', function () {
      following = nearBottom();
    });
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(function () {
        if (following) log.scrollTop = log.scrollHeight;
      }).observe(log);
    }

    function append(line) {
      var stick = following || nearBottom();
      log.appendChild(messageNode(line));
      if (stick) log.scrollTop = log.scrollHeight;
    }

    function showCanned(replies) {
      cannedList.replaceChildren.apply(
        cannedList,
        (replies || []).map(function (text) {
          return el('li', {}, [
            el('button', {
              type: 'button',
              className: 'canned__reply',
              text: text,
              onclick: function () {
                insertCanned(text);
              },
            }),
          ]);
        }),
      );
    }

    function insertCanned(text) {
      input.value = input.value.trim() ? input.value.replace(/\s+$/, '') + ' ' + text : text;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }

    chat.load = function () {
      loading = true;
      log.setAttribute('aria-busy', 'true');
      return HC.api
        .get(base)
        .then(
          function (body) {
            chat.locale = body.conversation.locale === 'en' ? 'en' : 'nl';
            if (body.conversation.code) chat.code = body.conversation.code;
            title.textContent = t('chats.tab', { code: chat.code });
            if (body.conversation.acute && !chat.heading.querySelector('.badge')) chat.heading.append(' ', HC.acuteBadge());
            var lines = body.transcript.map(function (e) {
              return { role: e.role, text: e.text, at: e.at, name: e.counsellor };
            });
            var extra = missing(held, lines);
            held = [];
            loading = false;
            var stick = chat.status === 'loading' || following;
            log.replaceChildren.apply(log, lines.concat(extra).map(messageNode));
            log.setAttribute('aria-busy', 'false');
            following = stick;
            if (stick) log.scrollTop = log.scrollHeight;
            side.show(body.conversation, body.notes);
            if (chat.status === 'loading') chat.status = 'live';
            return options.canned(chat.locale);
          },
          function (err) {
            loading = false;
            log.setAttribute('aria-busy', 'false');
            // 404: the chat ended (perhaps while the feed was down); 403: someone else holds it now.
            var gone = err instanceof HC.ApiError && (err.status === 404 || err.status === 403);
            if (chat.status === 'loading')
              log.replaceChildren(gone ? document.createTextNode('') : el('p', { className: 'form__error', text: t('chats.loadFailed') }));
            held.splice(0).forEach(append);
            if (gone) chat.end(err.status === 403 ? t('transfer.doneElsewhere') : t('ended.gone'));
            return [];
          },
        )
        .then(showCanned);
    };

    /** A live-feed event about this chat. */
    chat.handle = function (event) {
      if (event.kind === 'message') {
        var line = { role: event.role, text: event.text, at: event.at, name: event.role === 'counsellor' ? options.me.displayName : null };
        if (event.role === 'citizen') showTyping(false);
        if (loading) held.push(line);
        else append(line);
        options.onMessage(chat, line);
      } else if (event.kind === 'typing' && event.role === 'citizen' && chat.status === 'live') {
        showTyping(true);
      }
    };

    function showTyping(on) {
      if (typingTimer) window.clearTimeout(typingTimer);
      typingTimer = on
        ? window.setTimeout(function () {
            showTyping(false);
          }, TYPING_SHOWN_MS)
        : null;
      // Only the first "typing" is announced; the text stays while the citizen keeps typing.
      if (on && typing.textContent) return;
      typing.textContent = on ? t('chats.typing') : '';
    }

    /** Ends the chat in this console: the reason stays visible and nothing can be sent any more. */
    chat.end = function (text) {
      if (chat.status === 'ended') return;
      var stick = following || nearBottom();
      chat.status = 'ended';
      showTyping(false);
      noticeText.textContent = text;
      notice.hidden = false;
      chat.panel.classList.add('chat--ended');
      canned.open = false;
      if (stick) log.scrollTop = log.scrollHeight;
      var controls = chat.panel.querySelectorAll(
        '.composer textarea, .composer button, .chat__side textarea, .chat__side input, .chat__side select, .chat__side button',
      );
      Array.prototype.forEach.call(controls, function (node) {
        node.disabled = true;
      });
      options.onEnded(chat);
    };

    input.addEventListener('input', function () {
      var now = Date.now();
      if (chat.status !== 'live' || !input.value.trim() || now - lastTypingSent < TYPING_SENT_EVERY_MS) return;
      lastTypingSent = now;
      HC.api.post(base + '/typing').catch(function () {});
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });
    composer.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text || chat.status !== 'live') return;
      sendButton.disabled = true;
      composeError.textContent = '';
      HC.api
        .post(base + '/messages', { text: text })
        .then(
          function () {
            input.value = '';
            lastTypingSent = 0;
          },
          function (err) {
            // The text stays in the box, so nothing the counsellor wrote is lost.
            var known = err instanceof HC.ApiError && [0, 403, 404, 413, 429].indexOf(err.status) !== -1;
            composeError.textContent = known ? HC.errorText(err) : t('compose.failed');
          },
        )
        .then(function () {
          sendButton.disabled = chat.status !== 'live';
          if (chat.status === 'live') input.focus();
        });
    });

    chat.focusComposer = function () {
      if (!input.disabled) input.focus();
    };

    return chat;
  };
})();
