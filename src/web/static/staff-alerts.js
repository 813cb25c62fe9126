/*
 * Counsellor console, part 2a: danger alerts. Each alert is read out at once (an assertive live
 * region) and stays visible in a banner until the counsellor dismisses it.
 */
(function () {
  'use strict';

  var HC = window.helplineConsole;
  var el = HC.el;
  var t = HC.t;

  /** nodes: banner (hidden when empty), list (ul), live (role=alert, aria-live=assertive) */
  HC.createAlerts = function (nodes) {
    var shown = {};

    function update() {
      nodes.banner.hidden = nodes.list.children.length === 0;
    }

    return {
      /** Reads `text` out now; only in the banner when it is not there yet. */
      say: function (text) {
        nodes.live.textContent = text;
      },
      raise: function (key, text) {
        nodes.live.textContent = text;
        if (shown[key]) return;
        var item = el('li', { className: 'alert-banner__item' }, [
          el('span', { 'aria-hidden': 'true', className: 'alert-banner__icon', text: '⚠' }),
          el('span', { className: 'alert-banner__text', text: text }),
        ]);
        item.appendChild(
          el('button', {
            type: 'button',
            className: 'button button--quiet',
            text: t('alerts.dismiss'),
            onclick: function () {
              item.remove();
              delete shown[key];
              update();
            },
          }),
        );
        shown[key] = item;
        nodes.list.appendChild(item);
        update();
      },
      clear: function () {
        shown = {};
        nodes.list.replaceChildren();
        nodes.live.textContent = '';
        update();
      },
    };
  };
})();
