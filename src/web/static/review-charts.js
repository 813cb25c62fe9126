/*
 * Bar charts as inline SVG, built with DOM calls (no library, no inline styles: the CSP forbids
 * them). Readable without colour: every bar has its label and value written next to it, bars are
 * hatched, and each chart comes with the same figures as a table.
 */
(function () {
  'use strict';

  var HR = window.helplineReview;
  var NS = 'http://www.w3.org/2000/svg';
  var counter = 0;

  function svgEl(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, String(attrs[name]));
    });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  /** Diagonal hatching, so a bar reads as a bar in greyscale and for colour-blind readers. */
  function hatch(id) {
    var pattern = svgEl('pattern', { id: id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.appendChild(svgEl('rect', { width: 6, height: 6, class: 'chart__bar-back' }));
    pattern.appendChild(svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'chart__hatch' }));
    var defs = svgEl('defs');
    defs.appendChild(pattern);
    return defs;
  }

  function frame(width, height, titleText, descText) {
    var id = 'chart-' + ++counter;
    var svg = svgEl('svg', {
      viewBox: '0 0 ' + width + ' ' + height,
      role: 'img',
      'aria-labelledby': id + '-title ' + id + '-desc',
      class: 'chart__svg',
      focusable: 'false',
    });
    svg.appendChild(svgEl('title', { id: id + '-title' }, titleText));
    svg.appendChild(svgEl('desc', { id: id + '-desc' }, descText));
    svg.appendChild(hatch(id + '-hatch'));
    return { svg: svg, fill: 'url(#' + id + '-hatch)' };
  }

  function bar(chart, x, y, w, h, label, valueText) {
    var rect = svgEl('rect', { x: x, y: y, width: Math.max(w, 0), height: Math.max(h, 0), fill: chart.fill, class: 'chart__bar' });
    rect.appendChild(svgEl('title', {}, HR.t('stats.barLabel', { label: label, count: valueText })));
    chart.svg.appendChild(rect);
  }

  /** One row per item: its label written above the bar (long labels fit), the value after the bar. */
  function horizontal(items, title, desc) {
    var width = 600;
    var barSpace = 440;
    var rowHeight = 50;
    var height = Math.max(items.length, 1) * rowHeight + 6;
    var chart = frame(width, height, title, desc);
    var max = Math.max.apply(null, items.map((i) => i.value).concat([1]));
    items.forEach(function (item, index) {
      var y = 4 + index * rowHeight;
      var w = (item.value / max) * barSpace;
      chart.svg.appendChild(svgEl('text', { x: 2, y: y + 16, class: 'chart__label' }, item.label));
      bar(chart, 2, y + 22, w, 20, item.label, item.valueText);
      chart.svg.appendChild(svgEl('text', { x: w + 10, y: y + 38, class: 'chart__value' }, item.valueText));
    });
    return chart.svg;
  }

  /** Columns with the value above each one and a label below; long series label every n-th column. */
  function vertical(items, title, desc) {
    var width = 600;
    var top = 24;
    var plot = 170;
    var left = 10;
    var slot = (width - left * 2) / Math.max(items.length, 1);
    var every = Math.ceil(items.length / 16);
    var chart = frame(width, top + plot + 30, title, desc);
    var max = Math.max.apply(null, items.map((i) => i.value).concat([1]));
    chart.svg.appendChild(svgEl('line', { x1: left, y1: top + plot, x2: width - left, y2: top + plot, class: 'chart__axis' }));
    items.forEach(function (item, index) {
      var x = left + index * slot;
      var h = (item.value / max) * plot;
      var middle = x + slot / 2;
      bar(chart, x + slot * 0.15, top + plot - h, slot * 0.7, h, item.label, item.valueText);
      if (item.value > 0 || items.length <= 16) {
        chart.svg.appendChild(
          svgEl(
            'text',
            { x: middle, y: top + plot - h - 5, 'text-anchor': 'middle', class: 'chart__value chart__value--small' },
            item.valueText,
          ),
        );
      }
      if (index % every === 0) {
        chart.svg.appendChild(
          svgEl(
            'text',
            { x: middle, y: top + plot + 20, 'text-anchor': 'middle', class: 'chart__label chart__label--small' },
            item.shortLabel || item.label,
          ),
        );
      }
    });
    return chart.svg;
  }

  function table(items, columns) {
    var head = HR.el(
      'tr',
      {},
      columns.map((c) => HR.el('th', { scope: 'col', text: c })),
    );
    var rows = items.map(function (item) {
      return HR.el('tr', {}, [HR.el('th', { scope: 'row', text: item.label })].concat(item.cells.map((c) => HR.el('td', { text: c }))));
    });
    return HR.el('table', { className: 'data data--compact' }, [HR.el('thead', {}, [head]), HR.el('tbody', {}, rows)]);
  }

  /**
   * A chart figure. `items`: { label, shortLabel?, value, valueText, cells[] } where cells are the
   * table's columns after the label. `columns`: the table's header texts.
   */
  HR.chart = function (options) {
    var draw = options.orientation === 'horizontal' ? horizontal : vertical;
    var headingId = 'chart-heading-' + (counter + 1);
    return HR.el('figure', { className: 'chart', 'aria-labelledby': headingId }, [
      HR.el('figcaption', { id: headingId, className: 'chart__caption' }, [
        HR.el('strong', { text: options.title }),
        ' ',
        HR.el('span', { className: 'muted', text: options.description }),
      ]),
      draw(options.items, options.title, options.description),
      HR.el('details', { className: 'chart__table' }, [
        HR.el('summary', { text: HR.t('stats.showTable') }),
        table(options.items, options.columns),
      ]),
    ]);
  };
})();
