/*
 * Counsellor console, part 4: the chats a counsellor holds, one tab each (WAI-ARIA tabs pattern
 * with arrow keys), with unread counts on the tabs and in the window title.
 */
(function () {
  'use strict';

  var HC = window.helplineConsole;
  var el = HC.el;
  var t = HC.t;

  /** nodes: tabs (role=tablist), panels, empty. options: me, canned(locale) */
  HC.createDesk = function (nodes, options) {
    var chats = new Map();
    var order = [];
    var selected = null;
    var baseTitle = document.title;

    function visible(chat) {
      return selected === chat.id && !document.hidden;
    }

    function renderTab(chat) {
      var label = t('chats.tab', { code: chat.code }) + (chat.status === 'ended' ? ' (' + t('chats.endedTab') + ')' : '');
      var children = [el('span', { text: label })];
      if (chat.unread > 0) {
        children.push(' ');
        children.push(
          el('span', { className: 'badge badge--unread' }, [
            el('span', { 'aria-hidden': 'true', text: String(chat.unread) }),
            el('span', { className: 'visually-hidden', text: t('chats.unread', { count: chat.unread }) }),
          ]),
        );
      }
      chat.tab.replaceChildren.apply(chat.tab, children);
      chat.tab.classList.toggle('tab--ended', chat.status === 'ended');
      updateTitle();
    }

    function updateTitle() {
      var total = 0;
      chats.forEach(function (chat) {
        total += chat.unread;
      });
      document.title = total > 0 ? '(' + total + ') ' + baseTitle : baseTitle;
    }

    function select(id, focusTab) {
      selected = id;
      chats.forEach(function (chat) {
        var on = chat.id === id;
        chat.tab.setAttribute('aria-selected', on ? 'true' : 'false');
        chat.tab.tabIndex = on ? 0 : -1;
        chat.panel.hidden = !on;
        if (on && chat.unread > 0) {
          chat.unread = 0;
          renderTab(chat);
        }
      });
      nodes.empty.hidden = chats.size > 0;
      var current = chats.get(id);
      if (current && focusTab) current.tab.focus();
    }

    function onKey(event) {
      var index = order.indexOf(selected);
      var next = null;
      if (event.key === 'ArrowRight') next = order[(index + 1) % order.length];
      else if (event.key === 'ArrowLeft') next = order[(index - 1 + order.length) % order.length];
      else if (event.key === 'Home') next = order[0];
      else if (event.key === 'End') next = order[order.length - 1];
      if (next === null || next === undefined) return;
      event.preventDefault();
      select(next, true);
    }

    function remove(chat) {
      chats.delete(chat.id);
      order = order.filter(function (id) {
        return id !== chat.id;
      });
      chat.tab.remove();
      chat.panel.remove();
      var next = order[0] || null;
      if (next) select(next, true);
      else {
        selected = null;
        nodes.empty.hidden = false;
        updateTitle();
      }
    }

    function open(id, how) {
      how = how || {};
      // The same citizen may come back after a hand-back: the old, ended panel makes way.
      var previous = chats.get(id);
      if (previous && previous.status === 'ended') {
        chats.delete(id);
        order = order.filter(function (other) {
          return other !== id;
        });
        previous.tab.remove();
        previous.panel.remove();
        if (selected === id) selected = null;
      }
      if (chats.has(id)) {
        if (how.select) select(id, false);
        return chats.get(id);
      }
      var chat = HC.createChat({
        id: id,
        code: how.code,
        me: options.me(),
        canned: options.canned,
        onMessage: function (c, line) {
          if (!visible(c)) {
            c.unread += 1;
            renderTab(c);
            if (line.role === 'citizen') HC.announce(t('chats.newMessage', { code: c.code }));
          }
        },
        onEnded: renderTab,
        onDismiss: remove,
      });
      chat.unread = 0;
      var slug = chat.panel.id.slice('panel-'.length);
      chat.tab = el('button', {
        type: 'button',
        role: 'tab',
        className: 'tab',
        id: 'tab-' + slug,
        'aria-controls': chat.panel.id,
        'aria-selected': 'false',
        tabindex: '-1',
      });
      chat.tab.addEventListener('click', function () {
        select(id, false);
      });
      chat.tab.addEventListener('keydown', onKey);
      chat.panel.setAttribute('aria-labelledby', chat.tab.id);
      chats.set(id, chat);
      order.push(id);
      nodes.tabs.appendChild(chat.tab);
      nodes.panels.appendChild(chat.panel);
      renderTab(chat);
      if (how.select || selected === null) select(id, false);
      chat.load().then(function () {
        renderTab(chat);
        if (how.focus && selected === id) chat.focusComposer();
        if (how.loaded) how.loaded(chat);
      });
      return chat;
    }

    document.addEventListener('visibilitychange', function () {
      if (!document.hidden && selected) select(selected, false);
    });

    return {
      open: open,
      get: function (id) {
        return chats.get(id) || null;
      },
      liveIds: function () {
        return order.filter(function (id) {
          return chats.get(id).status !== 'ended';
        });
      },
      /** Reloads every open live chat, e.g. after the live feed was gone for a while. */
      reloadLive: function () {
        chats.forEach(function (chat) {
          if (chat.status !== 'ended')
            chat.load().then(function () {
              renderTab(chat);
            });
        });
      },
      handle: function (event) {
        var chat = chats.get(event.conversationId);
        if (!chat) return;
        if (event.kind === 'ended') chat.end(t('ended.' + event.reason));
        else chat.handle(event);
      },
      clear: function () {
        chats.forEach(function (chat) {
          chat.tab.remove();
          chat.panel.remove();
        });
        chats.clear();
        order = [];
        selected = null;
        nodes.empty.hidden = false;
        document.title = baseTitle;
      },
    };
  };
})();
