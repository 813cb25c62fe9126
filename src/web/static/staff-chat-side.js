/*
 * Counsellor console, part 3a: the side panel of a chat: the triage summary, private notes,
 * transfer, hand back to the bot and close with a wrap-up. Actions that only make sense in a
 * live chat are hidden (by CSS, .chat--ended) once it has ended.
 */
(function () {
  'use strict';

  var HC = window.helplineConsole;
  var el = HC.el;
  var t = HC.t;

  function section(titleText, children, liveOnly) {
    return el(
      'section',
      { className: 'side__section' + (liveOnly ? ' side__section--live' : '') },
      [el('h4', { text: titleText })].concat(children),
    );
  }

  HC.field = function (id, labelText, control) {
    return el('div', { className: 'field' }, [el('label', { for: id, text: labelText }), control]);
  };

  function form(onsubmit, children) {
    return el('form', { className: 'form', novalidate: true, onsubmit: onsubmit }, children);
  }

  /** chat: {id, code, end(text)}; base: the chat's API path; slug: safe for element ids. */
  HC.createChatSide = function (chat, base, slug) {
    var triageBox = el('div', {}, [el('p', { className: 'muted', text: t('chats.loading') })]);
    var notesList = el('ul', { className: 'notes' });
    var notesError = el('p', { className: 'form__error', role: 'alert' });
    var noteInput = el('textarea', { id: 'note-' + slug, rows: '2', maxlength: '4000' });
    var transferInput = el('input', { id: 'transfer-' + slug, type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '64' });
    var actionError = el('p', { className: 'form__error', role: 'alert' });
    var outcome = el(
      'select',
      { id: 'outcome-' + slug },
      [el('option', { value: '', text: t('close.choose') })].concat(
        HC.keysOf('outcomes').map(function (key) {
          return el('option', { value: key, text: HC.label('outcomes', key) });
        }),
      ),
    );
    var closeNote = el('textarea', { id: 'close-note-' + slug, rows: '2', maxlength: '4000' });

    /** Runs a request; its failure is shown in `target`, success runs `done`. */
    function run(target, promise, done) {
      target.textContent = '';
      return promise.then(done, function (err) {
        target.textContent = HC.errorText(err);
      });
    }

    function saveNote(event) {
      event.preventDefault();
      var text = noteInput.value.trim();
      if (!text) return;
      run(notesError, HC.api.post(base + '/notes', { text: text }), function () {
        noteInput.value = '';
        HC.announce(t('notes.saved'));
        return HC.api.get(base).then(function (body) {
          renderNotes(body.notes);
        });
      });
    }

    function transfer(event) {
      event.preventDefault();
      var username = transferInput.value.trim();
      if (!username) return;
      actionError.textContent = '';
      HC.api.post(base + '/transfer', { username: username }).then(
        function (body) {
          chat.end(t('transfer.done', { name: body.counsellor }));
        },
        function (err) {
          actionError.textContent = err instanceof HC.ApiError && err.status === 400 ? t('transfer.failed') : HC.errorText(err);
        },
      );
    }

    function release() {
      run(actionError, HC.api.post(base + '/release'), function () {
        chat.end(t('ended.released'));
      });
    }

    function close(event) {
      event.preventDefault();
      if (!outcome.value) {
        actionError.textContent = t('close.chooseFirst');
        outcome.focus();
        return;
      }
      var body = { outcome: outcome.value };
      if (closeNote.value.trim()) body.note = closeNote.value.trim();
      run(actionError, HC.api.post(base + '/close', body), function () {
        chat.end(t('ended.closed'));
      });
    }

    function renderNotes(notes) {
      notesList.replaceChildren.apply(
        notesList,
        notes.length === 0
          ? [el('li', { className: 'muted', text: t('notes.empty') })]
          : notes.map(function (note) {
              return el('li', {}, [
                el('time', { datetime: note.at, text: HC.time(note.at) }),
                ' ',
                el('span', { className: 'notes__text', text: note.text }),
              ]);
            }),
      );
    }

    var node = el('aside', { className: 'chat__side', 'aria-label': t('chats.actions', { code: chat.code }) }, [
      section(t('triage.heading'), [triageBox]),
      section(t('notes.heading'), [
        el('p', { className: 'muted small', text: t('notes.hint') }),
        notesList,
        form(saveNote, [
          notesError,
          HC.field('note-' + slug, t('notes.label'), noteInput),
          el('button', { type: 'submit', className: 'button', text: t('notes.save') }),
        ]),
      ]),
      actionError,
      section(
        t('transfer.heading'),
        [
          form(transfer, [
            HC.field('transfer-' + slug, t('transfer.label'), transferInput),
            el('button', { type: 'submit', className: 'button', text: t('transfer.submit') }),
          ]),
        ],
        true,
      ),
      section(
        t('release.heading'),
        [
          el('p', { className: 'muted small', text: t('release.hint') }),
          el('button', { type: 'button', className: 'button', text: t('release.submit'), onclick: release }),
        ],
        true,
      ),
      section(
        t('close.heading'),
        [
          form(close, [
            HC.field('outcome-' + slug, t('close.outcome'), outcome),
            HC.field('close-note-' + slug, t('close.note'), closeNote),
            el('button', { type: 'submit', className: 'button button--danger', text: t('close.submit') }),
          ]),
        ],
        true,
      ),
    ]);

    return {
      node: node,
      /** Shows what the API returned for the conversation: code, triage summary and notes. */
      show: function (conversation, notes) {
        node.setAttribute('aria-label', t('chats.actions', { code: chat.code }));
        triageBox.replaceChildren(HC.triageList(conversation.triage));
        renderNotes(notes);
      },
    };
  };
})();
