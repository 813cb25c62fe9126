/**
 * Bar charts as inline SVG, built with DOM calls (no library, no inline styles: the CSP forbids
 * them). Readable without a legend or colour: every bar carries its own label and value, bars are
 * hatched, and each chart comes with the same figures as a table. The layout is computed by pure
 * functions (tested on their own); rendering only draws what they return.
 */
import { el } from '../shared/dom';
import type { Texts } from '../shared/texts';

export interface ChartItem {
  label: string;
  /** For crowded axes (weeks, hours); the full label stays in the tooltip and the table. */
  shortLabel?: string;
  value: number;
  valueText: string;
  /** The table's cells after the label. */
  cells: readonly string[];
}

export interface ChartOptions {
  orientation: 'horizontal' | 'vertical';
  title: string;
  description: string;
  /** The table's header texts, the label column first. */
  columns: readonly string[];
  items: readonly ChartItem[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle';
  kind: 'label' | 'value';
  small: boolean;
}
export interface ChartLayout {
  width: number;
  height: number;
  bars: (Box & { title: string })[];
  texts: Label[];
  axis: { x1: number; x2: number; y: number } | null;
}

const WIDTH = 600;

function maxOf(items: readonly ChartItem[]): number {
  return Math.max(1, ...items.map((i) => i.value));
}

/** One row per item: its label above the bar (long labels fit), the value right after the bar. */
export function horizontalLayout(items: readonly ChartItem[]): ChartLayout {
  const barSpace = 440;
  const rowHeight = 50;
  const max = maxOf(items);
  const layout: ChartLayout = { width: WIDTH, height: Math.max(items.length, 1) * rowHeight + 6, bars: [], texts: [], axis: null };
  items.forEach((item, index) => {
    const y = 4 + index * rowHeight;
    const w = Math.max(0, (item.value / max) * barSpace);
    layout.texts.push({ x: 2, y: y + 16, text: item.label, anchor: 'start', kind: 'label', small: false });
    layout.bars.push({ x: 2, y: y + 22, width: w, height: 20, title: `${item.label}: ${item.valueText}` });
    layout.texts.push({ x: w + 10, y: y + 38, text: item.valueText, anchor: 'start', kind: 'value', small: false });
  });
  return layout;
}

/** Columns with the value above each one and a label below; long series label every n-th column. */
export function verticalLayout(items: readonly ChartItem[]): ChartLayout {
  const top = 24;
  const plot = 170;
  const left = 10;
  const slot = (WIDTH - left * 2) / Math.max(items.length, 1);
  const every = Math.max(1, Math.ceil(items.length / 16));
  const max = maxOf(items);
  const layout: ChartLayout = {
    width: WIDTH,
    height: top + plot + 30,
    bars: [],
    texts: [],
    axis: { x1: left, x2: WIDTH - left, y: top + plot },
  };
  items.forEach((item, index) => {
    const x = left + index * slot;
    const h = Math.max(0, (item.value / max) * plot);
    const middle = x + slot / 2;
    layout.bars.push({ x: x + slot * 0.15, y: top + plot - h, width: slot * 0.7, height: h, title: `${item.label}: ${item.valueText}` });
    if (item.value > 0 || items.length <= 16)
      layout.texts.push({ x: middle, y: top + plot - h - 5, text: item.valueText, anchor: 'middle', kind: 'value', small: true });
    if (index % every === 0)
      layout.texts.push({
        x: middle,
        y: top + plot + 20,
        text: item.shortLabel ?? item.label,
        anchor: 'middle',
        kind: 'label',
        small: true,
      });
  });
  return layout;
}

const NS = 'http://www.w3.org/2000/svg';
let counter = 0;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function draw(layout: ChartLayout, title: string, description: string): SVGSVGElement {
  const id = `chart-${++counter}`;
  const root = svg('svg', {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'chart__svg',
    focusable: 'false',
  });
  root.appendChild(svg('title', { id: `${id}-title` }, title));
  root.appendChild(svg('desc', { id: `${id}-desc` }, description));
  // Diagonal hatching, so a bar reads as a bar in greyscale and for colour-blind readers.
  const pattern = svg('pattern', {
    id: `${id}-hatch`,
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.appendChild(svg('rect', { width: 6, height: 6, class: 'chart__bar-back' }));
  pattern.appendChild(svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'chart__hatch' }));
  const defs = svg('defs');
  defs.appendChild(pattern);
  root.appendChild(defs);
  if (layout.axis)
    root.appendChild(svg('line', { x1: layout.axis.x1, y1: layout.axis.y, x2: layout.axis.x2, y2: layout.axis.y, class: 'chart__axis' }));
  for (const bar of layout.bars) {
    const rect = svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: `url(#${id}-hatch)`, class: 'chart__bar' });
    rect.appendChild(svg('title', {}, bar.title));
    root.appendChild(rect);
  }
  for (const text of layout.texts) {
    const cls = `chart__${text.kind}${text.small ? ` chart__${text.kind}--small` : ''}`;
    root.appendChild(svg('text', { x: text.x, y: text.y, 'text-anchor': text.anchor, class: cls }, text.text));
  }
  return root;
}

function table(options: ChartOptions, captionId: string): HTMLTableElement {
  return el('table', { className: 'data data--compact', 'aria-labelledby': captionId }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        options.columns.map((c) => el('th', { scope: 'col', text: c })),
      ),
    ]),
    el(
      'tbody',
      {},
      options.items.map((item) =>
        el('tr', {}, [el('th', { scope: 'row', text: item.label }), ...item.cells.map((c) => el('td', { text: c }))]),
      ),
    ),
  ]);
}

/** A chart figure: caption, the drawing, and the figures as a table one click away. */
export function chartFigure(options: ChartOptions, texts: Texts): HTMLElement {
  const layout = options.orientation === 'horizontal' ? horizontalLayout(options.items) : verticalLayout(options.items);
  const headingId = `chart-heading-${counter + 1}`;
  return el('figure', { className: 'chart', 'aria-labelledby': headingId }, [
    el('figcaption', { id: headingId, className: 'chart__caption' }, [
      el('strong', { text: options.title }),
      ' ',
      el('span', { className: 'muted', text: options.description }),
    ]),
    draw(layout, options.title, options.description),
    el('details', { className: 'chart__table' }, [el('summary', { text: texts.t('stats.showTable') }), table(options, headingId)]),
  ]);
}
