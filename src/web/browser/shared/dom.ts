/**
 * A small element builder. Text from citizens, staff or the server only ever reaches the page as
 * text nodes or attribute values, never as HTML.
 */

type Listener = (event: Event) => void;
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined | Listener>>;
export type Child = Node | string | null | undefined | false;

/**
 * Builds an element. `text` sets textContent, `className` the class, attributes starting with
 * "on" given a function become listeners; `true` writes an empty attribute, null/false/undefined
 * leave it out.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      continue;
    }
    if (name === 'text') node.textContent = String(value);
    else if (name === 'className') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** The element with `id`, checked to be of the expected kind; a page without it is a bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string, kind?: new () => T): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  if (kind && !(node instanceof kind)) throw new Error(`#${id} is not the expected element`);
  return node as T;
}

/** A label and its control in the page's `.field` layout. */
export function field(id: string, labelText: string, control: HTMLElement): HTMLDivElement {
  return el('div', { className: 'field' }, [el('label', { for: id, text: labelText }), control]);
}

/** A string safe to use in an element id. */
export function slugOf(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
